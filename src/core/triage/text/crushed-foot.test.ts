/**
 * A foot crushed under something heavy, told as what happened (dev27), and a thing dropped on the foot: each with the
 * everyday sentence that shares its words and must stay harmless. Every sentence was written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readCrushedFoot } from './crushed-foot.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const ids = (text: string): string[] => readCrushedFoot(text).map((f) => f.id);
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));

test('a heavy thing that went over or onto the foot, or a foot trapped under one, is a crush', () => {
  for (const text of [
    'The mobility scooter reversed right over my left foot in the car park.',
    'A pallet truck ran over the front of my foot at work.',
    'My foot got pinned under the quad bike when it tipped.',
    'The horse stood on my foot while I was picking out its hooves.',
  ]) assert.ok(ids(text).includes('injury-midfoot-bent-or-crushed'), text);
});

test('the runner going over on the foot, a near miss, or a bike falling over is not a crush', () => {
  for (const text of [
    'I went over on my foot stepping off the kerb.',
    'I rolled over on my ankle on the trail.',
    'The van nearly went over my foot, gave me a fright.',
    'My bike fell over on the drive and scratched the paint.',
    // Wedged between rocks and twisted over: a twisting injury, not a weight on the foot.
    'My foot got stuck between two rocks and I turned over it.',
  ]) assert.deepEqual(ids(text), [], text);
});

test('a thing dropped on the foot is a blow, a heavy one a crush too, and not a dropped foot', () => {
  assert.deepEqual(ids('I dropped a tin of tomatoes on my big toe.'), ['injury-direct-blow']);
  assert.deepEqual(ids('Dropped a dumbbell on my foot at the gym.').sort(), ['injury-direct-blow', 'injury-midfoot-bent-or-crushed']);
  assert.notEqual(read('Dropped a dumbbell on my foot at the gym and the top is swollen.').get('weakness-foot-drop'), true);
  // A dropped foot named as such keeps its sense.
  assert.equal(read('I have had a dropped foot on the left since my back went.').get('weakness-foot-drop'), true);
  assert.deepEqual(ids('I nearly dropped the weight plate on my toes.'), []);
});

test('a crushed midfoot that is swollen and will not push off is seen today', () => {
  const r = assess(kb, { text: 'The electric wheelchair rolled over my foot this afternoon. The middle of the foot is swollen and I cannot go up on my toes.' });
  assert.equal(r.triage.level, 'urgent');
  assert.ok(r.redFlags.some((f) => f.id === 'midfoot-injury'));
});
