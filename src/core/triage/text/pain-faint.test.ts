/**
 * Faintness brought on by pain is not the faint of a clot in the lung (dev25). Every sentence was written for this
 * test; each sits next to a faint that still counts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';

const kb = await readKnowledgeBase();
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('going lightheaded with pain on loading an injured ankle is not a lung-clot sign', () => {
  for (const s of [
    'Rolled my ankle this morning. Every time I put weight on it I go lightheaded with the pain.',
    'Went over on my ankle; pressing the bone made me woozy from the pain.',
    'Twisted my foot at netball and felt dizzy with pain when I stood on it.',
  ]) assert.ok(!flags(s).includes('clot-to-lungs'), s);
});

test('a faint with breathlessness or on its own still counts', () => {
  for (const s of [
    'My calf has been swollen since the flight and today I felt lightheaded and short of breath.',
    'Calf swollen after the long drive and I felt lightheaded walking to the shop.',
  ]) assert.ok(flags(s).includes('clot-to-lungs'), s);
});
