/**
 * Red flags told as a niggle (issue #4, the dev14 study): each family in new words, next to a harmless sentence that
 * shares its words and must keep its old reading. On the real KB.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { understandText } from './understand.ts';
import { assess } from '../assess.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const level = (text: string): string => assess(kb, { text }).triage.level;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('a foot left sitting sideways after dropping into a hole is a deformity after an injury', () => {
  const text = 'My foot dropped into a hole on the trail and now the foot is sitting sideways from my leg.';
  assert.equal(val(text, 'deformity'), true);
  assert.equal(val(text, 'injury-rolled-ankle'), true);
  assert.equal(level(text), 'emergency');
  // A foot that slid sideways off a kerb is how a sprain starts, not a foot out of line.
  assert.notEqual(val('My foot slid sideways off the kerb and my leg aches a bit.', 'deformity'), true);
});

test('redness racing up the leg with the shakes and pain beyond any injury is an emergency', () => {
  const text = 'Grazed my shin on a gate. By tonight the redness has travelled up past my knee, it hurts worse than when I broke my wrist and I am shivering under the covers.';
  assert.equal(val(text, 'spreading-redness'), true);
  assert.equal(val(text, 'fever-or-unwell'), true);
  assert.equal(val(text, 'severe-pain-out-of-proportion'), true);
  assert.ok(flags(text).includes('infection-racing-with-fever'));
  assert.equal(level(text), 'emergency');
  // A red face on a climb is effort, and shivering after a race is cold: neither is an infection.
  assert.notEqual(val('My face went red marching up the hill, shin a bit sore.', 'spreading-redness'), true);
  assert.notEqual(val('I was shivering after the race, heel sore next morning.', 'fever-or-unwell'), true);
});

test('a keyhole knee operation counts as recent surgery before an aching calf', () => {
  const text = 'Ten days since my arthroscopy and my calf aches deep down.';
  assert.equal(val(text, 'recent-surgery-or-cast'), true);
  assert.equal(level(text), 'urgent');
  assert.notEqual(val('My calf aches deep down after hill repeats.', 'recent-surgery-or-cast'), true);
});

test('pressing the inner part of the top of the arch is the navicular point', () => {
  const text = 'Five weeks of a dull ache on top of my foot after tempo runs. Pushing on the inner part of the top of my arch is really tender.';
  assert.equal(val(text, 'ottawa-tender-navicular'), true);
  assert.equal(level(text), 'doctor');
  assert.notEqual(val('Pushing on the inner part of the top of my arch does not hurt at all.', 'ottawa-tender-navicular'), true);
});

test('a foot folding over itself with a purple arch is a midfoot injury', () => {
  const text = 'Hopped off a wall, my foot folded under itself and there is a purple patch under my arch.';
  assert.equal(val(text, 'injury-midfoot-bent-or-crushed'), true);
  assert.equal(val(text, 'bruising-sole-of-midfoot'), true);
  assert.ok(flags(text).includes('midfoot-injury'));
  assert.notEqual(val('I rolled my foot over a golf ball to ease my arch.', 'injury-midfoot-bent-or-crushed'), true);
});

test('toes caught again and again with a back ache is foot drop, even when the foot slaps on runs', () => {
  const text = 'My foot slaps on runs and I have caught my toe a few times on the pavement. My lower back has ached for a fortnight.';
  assert.equal(val(text, 'weakness-foot-drop'), true);
  assert.equal(level(text), 'urgent');
  assert.notEqual(val('My feet slap down at the end of long runs when I am tired.', 'weakness-foot-drop'), true);
});

test('a lost push-off with back pain and a numb outer foot is a nerve root warning', () => {
  const text = 'My back went a month ago. Now I cannot push off with my right foot and the outer edge of that foot is numb.';
  assert.ok(flags(text).includes('calf-weakness-with-back-pain'));
  assert.equal(level(text), 'urgent');
  assert.ok(!flags('Heard a loud snap at my heel, cannot push off, back aches from the fall, toes feel numb.').includes('calf-weakness-with-back-pain'));
});

test("an occasion at someone's house or wedding is not a story about that person", () => {
  const text = "Woke up after my aunt's party with my big toe joint hot and swollen.";
  assert.equal(val(text, 'warmth'), true);
  assert.equal(val(text, 'swelling'), true);
  assert.notEqual(val('My aunt has a hot swollen toe; my own heel aches.', 'swelling'), true);
});

test('heel pain creeping out toward the outer sole is the nerve pattern, not shoe wear', () => {
  assert.equal(val('Inner heel burns and creeps toward the outside of the sole after a few miles.', 'heel-pain-spreads-to-outer-sole'), true);
  assert.notEqual(val('My shoes wear on the outside of the sole, heel sore first thing.', 'heel-pain-spreads-to-outer-sole'), true);
});
