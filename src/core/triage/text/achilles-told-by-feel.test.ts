/**
 * A torn Achilles told by feel: the Matles sign by comparing the feet while kneeling or lying face down, and a gap
 * told by its softness (dev25). Every sentence was written for this test; each family sits next to everyday sentences
 * that share its words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('a foot that hangs differently from the other with the knee bent is the Matles sign', () => {
  for (const s of [
    'Kneeling on the sofa, my right foot drops straight down but the left one stays a bit pointed.',
    'Lying face down on the bed my sore foot hangs flatter than the other one.',
    'When he knelt on a chair his bad foot dangled lower than the good one.',
    'On my front with my knees bent, the left foot flops down at a different angle compared to the right.',
  ]) assert.equal(val(s, 'exam-matles-positive'), true, s);
});

test('the same words without the kneeling comparison are not the Matles sign', () => {
  for (const s of [
    'Kneeling in the garden makes the front of my knee sore.',
    'My foot hangs off the end of the bed at night and the heel aches.',
    'When I kneel my foot sits flat on the floor, just like the other one was always fine.',
  ]) assert.notEqual(val(s, 'exam-matles-positive'), true, s);
});

test('a soft place where the tendon should be is a gap', () => {
  for (const s of [
    'Where my achilles should be there is something squishy.',
    'Where the tendon used to be, it now feels soft and empty.',
    'At the back of my ankle there is a soft spot you can push a finger into, just above the heel on the tendon.',
  ]) assert.equal(val(s, 'gap-in-achilles'), true, s);
});

test('a soft heel pad, a squishy bruise or a soft spot elsewhere is not a gap', () => {
  for (const s of [
    'There is a soft bit under my heel pad you can push a finger into.',
    'A squishy bruise on my shin where the tendon should be rubbing on my sock.',
    'My arch has a soft spot I can press a finger into.',
  ]) assert.notEqual(val(s, 'gap-in-achilles'), true, s);
});

test('a missed rupture told by feel is seen urgently as a torn Achilles', () => {
  const r = assess(kb, { text: 'Hurt the back of my ankle at squash a fortnight ago; the walk-in centre said a strain. It barely hurts now. '
    + 'Kneeling on a stool my bad foot hangs right down while the other one points a little. Where the tendon should be there is a squishy bit. '
    + 'Any exercises to get my power back?' });
  assert.equal(r.differential[0]?.conditionId, 'achilles-rupture');
  assert.ok(r.redFlags.some((f) => f.id === 'achilles-rupture'));
  assert.equal(r.findings.find((f) => f.id === 'back-pain')?.value, undefined);
});
