/**
 * A fall from a height told by the height or by what was come off (dev27), the heel it leaves "wider than the left"
 * told with "it", and a heels-first landing that is the fall, not heel-strike pain. Every sentence was written for
 * this test, each with the everyday sentence that shares its words and must stay harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readFallFromHeight } from './fall-from-height.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const ids = (text: string): string[] => readFallFromHeight(text).map((f) => f.id);
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));

test('a height with a fall, coming off something high, or landing feet-first is a fall', () => {
  for (const text of [
    'Lost my grip about two metres up the indoor wall and dropped onto the matting.',
    'Slipped off the stepladder while painting the ceiling.',
    'Peeled off the top of the route and landed on the pad awkwardly.',
    'Jumped off the harbour wall and landed feet-first on the sand.',
  ]) assert.ok(ids(text).includes('injury-fall-or-jump'), text);
});

test('metres of climbing on a run, a running hill and a heel-striking gait are not falls', () => {
  for (const text of [
    'The trail race had 800 m up and my calves are tired.',
    'Came off the top of the climb and my calf cramped on the descent.',
    'I always land on my heels when I run, is that bad?',
  ]) assert.deepEqual(ids(text), [], text);
});

test('"it is wider than the left" takes the part from the sentence before; muscle or a shoe does not', () => {
  assert.equal(read('My left heel went massive. It looks wider than the right from behind.').get('swelling'), true);
  assert.notEqual(read('I bought new shoes last week. It is wider than the other one.').get('swelling'), true);
  assert.notEqual(read('My calf is tight. It is bigger than the right since all the hill training.').get('calf-swelling-one-side'), true);
});

test('a heels-first landing from a height is the fall, and with a swollen bruised heel it needs an X-ray today', () => {
  const text = 'Came off a ladder about three metres up and landed heels-first on the patio. The heel went massive and there is a bruise round the side.';
  assert.notEqual(read(text).get('worse-heel-strike'), true);
  const r = assess(kb, { text });
  assert.ok(r.redFlags.some((f) => f.id === 'heel-after-fall'));
  assert.ok(r.differential.slice(0, 3).some((d) => d.conditionId === 'ankle-foot-fracture'));
  // Heel-strike pain told as running stays.
  assert.equal(read('My heel hurts when I land on it running, ever since the fall last month.').get('worse-heel-strike'), true);
});
