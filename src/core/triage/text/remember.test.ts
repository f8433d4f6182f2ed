import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { createMemory, REMEMBERED } from './remember.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();

test('a result is computed once per key and knowledge base, and the oldest is forgotten past the limit', () => {
  const remember = createMemory<number>();
  let calls = 0;
  const compute = (): number => ++calls;
  assert.equal(remember(kb, 'a', compute), 1);
  assert.equal(remember(kb, 'a', compute), 1);
  for (let i = 0; i < REMEMBERED; i++) remember(kb, `k${i}`, compute);
  assert.equal(remember(kb, 'a', compute), REMEMBERED + 2, '"a" was the oldest, so it was read again');
});

test('reading the same description twice gives equal results, and changing one does not change the next', () => {
  const text = 'my left heel hurts first thing in the morning for 3 weeks';
  const first = understandText(kb, text, { today: '2026-11-22' });
  first.findings.length = 0;
  first.notes.push('changed by a caller');
  const second = understandText(kb, text, { today: '2026-11-22' });
  assert.ok(second.findings.some((f) => f.id === 'pain-first-steps'));
  assert.ok(!second.notes.includes('changed by a caller'));
});
