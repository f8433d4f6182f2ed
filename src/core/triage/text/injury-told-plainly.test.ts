/**
 * Injuries and forefoot stories told plainly (dev24, dev26), on sentences written for this test: a roll told as a past
 * event, a tender bone pinned "right on the bump", only a couple of steps, the leg-bones squeeze, checks and ways of
 * walking that name a part that is not sore, a bone that "sticks out" as a landmark, and the big toe called "the toe".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';
import { readFewSteps } from './few-steps.ts';
import { readPressTender } from './press-tender.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('a foot rolled inwards once, in the past tense, is the injury; a foot that rolls in as you run is the arch', () => {
  for (const text of [
    'I rolled my ankle inwards stepping off a kerb on Tuesday.',
    'My foot rolled inwards on a tree root this morning and it swelled up.',
    'Foot turned inside on the edge of the pavement and now the outside of my foot is puffy.',
  ]) {
    assert.equal(val(text, 'injury-rolled-ankle'), true, text);
    assert.notEqual(val(text, 'flat-feet'), true, text);
  }
  for (const text of [
    'My feet roll inwards when I run and my arches ache.',
    'The treadmill video showed my foot rolled inwards on every stride.',
  ]) {
    assert.equal(val(text, 'flat-feet'), true, text);
    assert.notEqual(val(text, 'injury-rolled-ankle'), true, text);
  }
  // "Badly" is how hard today's twist was; a sprain said badly years ago stays history.
  assert.notEqual(val('Twisted my ankle really badly on the trail an hour ago.', 'previous-ankle-sprains'), true);
  assert.equal(val('I sprained that ankle badly at university.', 'previous-ankle-sprains'), true);
});

test('pain pinned right on a bony bump after a roll is a tender bone at the Ottawa midfoot point', () => {
  const text = 'Went over on a stone this afternoon. It is the outside of my foot that aches, not the ankle, just on the bony bump halfway down.';
  assert.equal(val(text, 'bony-tenderness-focal'), true);
  assert.ok(flags(text).includes('ottawa-midfoot'));
  // The bone pinned but a press denied, and the outer-midfoot (cuboid) place without a press, give no Ottawa point.
  assert.equal(readPressTender('It aches on the bone but not when I press it.').length, 0);
  assert.ok(!readPressTender('Rolled it last week; sore on the bone in front of my heel on the outside.').some((f) => f.id === 'bony-tenderness-focal'));
  // The ankle knob named by its side is the outer ankle bone.
  const knob = 'Turned my ankle on a root, and the hard knob on the outside of my ankle is sore to press.';
  assert.equal(val(knob, 'ottawa-tender-back-of-outer-ankle-bone'), true);
  assert.ok(flags(knob).includes('ottawa-ankle'));
});

test('only a couple of steps is not bearing weight; a run cut short is not', () => {
  for (const text of [
    "She couldn't manage more than two steps before sitting on the kerb.",
    'I could only hobble a few steps after it happened.',
    'Managed a couple of steps and had to be sat down.',
    'No more than a step or two on it, then I hopped.',
  ]) assert.equal(readFewSteps(text)[0]?.id, 'cannot-bear-weight', text);
  assert.equal(readFewSteps("I couldn't run more than a few strides of the drill.").length, 0);
  assert.ok(flags('Went over on my ankle in a rut and could only take a couple of steps.').includes('ottawa-weight-bearing'));
});

test('the leg-bones squeeze is done up the leg; the places it names are not where it hurts', () => {
  const text = 'My foot got forced outwards in a tackle. If I squeeze my two shin bones together up near the middle of my calf I feel it down at the front of the ankle.';
  assert.equal(val(text, 'test-squeeze-shin-painful'), true);
  assert.notEqual(val(text, 'pain-calf'), true);
  // A calf that is sore in its own words stays.
  assert.equal(val('My calf is sore after the hills.', 'pain-calf'), true);
});

test('a normal check, and walking on one part to spare another, name parts that are not sore', () => {
  const check = 'Fell on the stairs; my ankle is swollen but I can wiggle my toes and the foot is a normal colour.';
  assert.notEqual(val(check, 'pain-lesser-toes'), true);
  const heel = "Dropped a weight on the front of my foot and I'm getting about on my heel.";
  assert.notEqual(val(heel, 'pain-heel-underside'), true);
  assert.equal(val(heel, 'pain-with-walking'), true);
  // What is still possible is not a limp.
  assert.notEqual(val('The forefoot is sore but I can walk on my heel without trouble.', 'pain-with-walking'), true);
});

test('a bone that sticks out at a named place on the foot is a landmark; a bone through the skin is still a deformity', () => {
  const landmark = 'Turned my foot on a kerb and the bone that sticks out halfway along the outer edge of my foot is tender.';
  assert.notEqual(val(landmark, 'deformity'), true);
  assert.ok(!flags(landmark).includes('deformity-after-injury'));
  assert.ok(flags(landmark).includes('ottawa-midfoot'));
  assert.ok(flags('Fell off the ladder and there is bone sticking out through the skin by my ankle.').includes('deformity-after-injury'));
});

test('"the toe" in a big-toe story is the big toe', () => {
  const text = 'The underside of my big toe joint is sore since the track session; it kills bending the toe back.';
  assert.equal(val(text, 'pain-bending-big-toe-up'), true);
  assert.notEqual(val(text, 'pain-lesser-toes'), true);
  assert.equal(val('Ball of my foot under the big toe is bruised-feeling.', 'pain-under-big-toe-joint'), true);
  assert.equal(val('My big toe is getting a bump and the toe is drifting across towards the others.', 'bump-big-toe-joint-side'), true);
  // A smaller toe named keeps the bare "toe" as it was read.
  assert.equal(val('My little toe and the big toe both rub; the toe is red by the nail.', 'pain-lesser-toes'), true);
});

test('stopping a run and walking home is not claudication; walking on the flat is not the flat-footed walk', () => {
  const strain = 'Something twanged in my calf on the last rep, so I stopped straight away and walked back to the car.';
  assert.notEqual(val(strain, 'pain-walking-relieved-standing'), true);
  assert.ok(!flags(strain).includes('vascular-claudication'));
  assert.equal(val('My calves cramp on walks and I have to stop walking for a minute before I carry on.', 'pain-walking-relieved-standing'), true);
  assert.notEqual(val('Walking on the flat is fine, it is the downhill that catches the back of my ankle.', 'cannot-push-off-or-tiptoe'), true);
  assert.equal(val('Since the bang in my heel cord I am walking flat and cannot push off.', 'cannot-push-off-or-tiptoe'), true);
});
