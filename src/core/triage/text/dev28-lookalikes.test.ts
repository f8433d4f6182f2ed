/**
 * Readings that told look-alike conditions apart in dev28 (heel, Achilles, shin, forefoot and ankle after a roll).
 * Every sentence was written for this test; each family sits next to everyday sentences that share its words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('a heel that lifts only part way is a calf that cannot push off, not an ability', () => {
  for (const s of [
    'Since the bang in my Achilles I can only get an inch up on tiptoe on the right.',
    'She can barely get up onto her toes on that leg.',
    'I manage to get halfway up on my tiptoes and then nothing.',
    'I go up on my toes for a moment before the heel drops again.',
  ]) assert.equal(val(s, 'cannot-push-off-or-tiptoe'), true, s);
  for (const s of [
    'I can go up on tiptoe on both sides without trouble.',
    'I can get up on my toes fine, I only did ten calf raises though.',
  ]) assert.notEqual(val(s, 'cannot-push-off-or-tiptoe'), true, s);
});

test('a hollow a finger fits into, after the tendon was named, is a gap in the Achilles', () => {
  for (const s of [
    'My achilles has niggled for a year. Now there is a dip I can push my finger into.',
    'Old tendon trouble on the left. This morning I found a hollow you could fit a thumb into.',
  ]) assert.equal(val(s, 'gap-in-achilles'), true, s);
  for (const s of [
    'My achilles is tight. My ankle is puffy and pressing a finger in leaves a dent.',
    'Achilles is fine. There is a dip in the arch I can press a finger into.',
    'There is a dent I can push my finger into on my shin.',
  ]) assert.notEqual(val(s, 'gap-in-achilles'), true, s);
});

test('a foot caught in a hole or on a root is a trip, not broken skin', () => {
  for (const s of [
    'Caught my foot in a pothole on the towpath and went down.',
    'I caught my left foot on a tree root near the end.',
    'She caught her foot in a rabbit hole during the fell race.',
  ]) assert.notEqual(val(s, 'wound-or-broken-skin'), true, s);
  for (const s of [
    'I caught my shin on a bike pedal and it bled.',
    'Caught my ankle on barbed wire climbing the stile.',
  ]) assert.equal(val(s, 'wound-or-broken-skin'), true, s);
});

test('the external-rotation test told plainly reads as the syndesmosis squeeze sign', () => {
  for (const s of [
    'Sitting with my knee bent, turning my foot outwards hurts just above the ankle.',
    'When the physio rotated my foot out the pain was up between the two leg bones.',
    'Twisting the foot out is sore above my ankle at the front.',
  ]) assert.equal(val(s, 'test-squeeze-shin-painful'), true, s);
  for (const s of [
    'Turning my foot outwards hurts on the outside of my ankle.',
    'My foot turns outwards when I run and my arch aches.',
  ]) assert.notEqual(val(s, 'test-squeeze-shin-painful'), true, s);
});

test("Baxter's nerve signs told in a note or plainly: a weak little-toe spread, heel pain sent to the outer sole", () => {
  for (const s of [
    'Reduced fifth toe abduction on the right compared with the left.',
    "I can't splay my little toe out like I can on the other foot.",
    'Little-toe spreading is weaker on the sore side.',
  ]) assert.equal(val(s, 'weak-little-toe-spread'), true, s);
  for (const s of ['Normal little toe abduction both sides.', 'My little toe is sore where the shoe rubs.']) {
    assert.notEqual(val(s, 'weak-little-toe-spread'), true, s);
  }
  for (const s of [
    'Pressing the inner heel sends a dull ache towards the lateral plantar foot.',
    'When I push on that spot the pain shoots across to the outer edge of my sole.',
  ]) assert.equal(val(s, 'heel-pain-spreads-to-outer-sole'), true, s);
  assert.equal(val('Maximal tenderness at the medial heel, deep to the fascia.', 'pain-inner-front-heel'), true);
});

test('a wobbly leg on tiptoe is not faintness, and a calf squeeze told in the past tense is read', () => {
  assert.notEqual(val('I can rise on my toes on the bad side, a bit wobbly, and it aches in the muscle.', 'sepsis-signs'), true);
  assert.notEqual(val('Shaky balancing on one leg when I got up this morning.', 'sepsis-signs'), true);
  assert.equal(val('He was wobbly getting up from the sofa and had to sit back down.', 'sepsis-signs'), true);
  assert.equal(val('My partner squeezed my calf and the foot moved just like on the good side.', 'test-calf-squeeze-no-movement'), false);
});
