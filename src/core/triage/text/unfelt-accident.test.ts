/**
 * Saddle and bladder or bowel changes told shyly (dev25): an accident found only afterwards, told a sentence or two
 * away from the not-knowing and inside a question about the gut, and saddle skin likened to a lifeless material.
 * Every sentence was written for this test; each family sits next to everyday sentences that share its words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readToiletChange } from './toilet-stories.ts';

const kb = await readKnowledgeBase();
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('an accident only found afterwards is the cauda equina warning', () => {
  for (const s of [
    'Gut question really. My back went last week. I had a little accident on my run. I only noticed when I changed. Any tips for my stomach?',
    'Sciatica down both legs. Wet myself on the walk home. No warning at all.',
    'Bad back. Had an accident in my shorts at parkrun, honestly had no idea until my friend pointed it out. Which gels are kind on the bowels?',
  ]) assert.ok(flags(s).includes('nerve-cauda-equina'), s);
});

test('a fall, a bike crash, a felt stress leak or not knowing what to do is not that warning', () => {
  for (const s of [
    "I had an accident on my bike and didn't know I'd cut my knee until I got home and saw it. Gut is fine. My heel hurts.",
    'Had an accident on the trail - tripped on a root and never felt the graze until later. Any loo stops on the route?',
    'Since the baby I leak a little when I jump, no warning. My heel hurts in the mornings.',
    "My calf is sore. I had an accident on the loo this morning and didn't know what to do.",
  ]) assert.ok(!flags(s).includes('nerve-cauda-equina'), s);
});

test('saddle skin likened to a lifeless material is numbness', () => {
  for (const s of [
    'the area between my legs feels like it is made of cardboard',
    'down below feels like a block of wood',
    "my crotch feels like someone else's",
  ]) assert.ok(readToiletChange(s) !== null, s);
  for (const s of [
    'my shorts chafe between my legs like cardboard',
    'between my legs feels like it is on fire after the long run',
  ]) assert.equal(readToiletChange(s), null, s);
});
