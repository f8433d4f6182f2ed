/**
 * Urgent and emergency stories told calmly (dev16): a leg "a bit bent" with something white in a cut, a parent's
 * child who will not put a foot down, a joint that went red and hot at 3am, a temperature read off a thermometer, a
 * tender ankle "knob", and a parent comparing their own sprains. Every sentence was written for this test (none is
 * a vignette's), each with the everyday sentence that shares its words and must stay harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readOvernightFlare } from './overnight-flare.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));
const level = (text: string): string => assess(kb, { text }).triage.level;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('a lower leg said to be bent, or something white in a cut after a fall, is a broken limb (emergency)', () => {
  for (const text of [
    'Slipped on the scree and my shin looks slightly kinked now, not too painful.',
    'Caught my foot in a root and went down; there is a bend in my lower leg above the ankle.',
    'Fell off the stile, there is a gash on my ankle with something white poking out of it.',
  ]) {
    assert.equal(read(text).get('deformity'), true, text);
    assert.equal(level(text), 'emergency', text);
  }
  for (const text of [
    'I rolled my ankle and my foot bent under me, it is swollen.',
    'I stretch with my leg bent at the knee and my calf feels tight.',
    'Grazed my shin on a rock, there is a cut but no bone showing and it has stopped bleeding.',
  ]) assert.notEqual(read(text).get('deformity'), true, text);
});

test('bone told by looking into a cut, or by naming what is seen there as bone, is an open fracture (dev27)', () => {
  for (const text of [
    'Came off my bike onto the kerb. There is a split over the ankle and when I look into it I can see something pale.',
    'Tripped down the steps, he has a gash on his shin with a bit of white at the bottom that looks like bone.',
  ]) {
    assert.equal(read(text).get('deformity'), true, text);
    assert.equal(level(text), 'emergency', text);
  }
  for (const text of [
    'Stubbed my toe and there is a little cut with something white which I think is a bit of sock fluff.',
    'There is a cut on my heel from the sandal; when I look at it the edges are white and soggy from the bath.',
  ]) assert.notEqual(read(text).get('deformity'), true, text);
});

test('a child who will not put the foot down is not bearing weight; a plan to rest it is not', () => {
  for (const text of [
    'My daughter wouldn\'t put any weight on her right foot after school.',
    'He won\'t stand on his left leg this morning and cries if we try.',
    'Since lunchtime my son refuses to walk and crawls everywhere.',
  ]) assert.equal(read(text).get('cannot-bear-weight'), true, text);
  for (const text of [
    'I won\'t put weight on it until the physio has had a look.',
    'There is not much pain when I put weight on my heel, only first thing.',
    'I am not walking on it much this week, my arch aches.',
  ]) assert.notEqual(read(text).get('cannot-bear-weight'), true, text);
});

test('a child who will not stand at all, or gets about on her bottom, is not bearing weight; tolerating or a baby is not (dev27)', () => {
  for (const text of [
    'Since he came off the climbing frame he won\'t stand up to get dressed, we do it on the bed.',
    'She has been scooting around the kitchen on her bottom all afternoon since the fall.',
    'He bum-shuffled up to bed last night after twisting it at football.',
  ]) assert.equal(read(text).get('cannot-bear-weight'), true, text);
  for (const text of [
    'My son won\'t stand for being told to rest, he wants to play.',
    'She won\'t stand still long enough for me to look at her heel.',
    'Our baby bottom-shuffles instead of crawling, is that normal? My own heel is sore.',
  ]) assert.notEqual(read(text).get('cannot-bear-weight'), true, text);
});

test('a feverish child who will not walk, with no injury, goes to the emergency department', () => {
  const text = 'My 6 year old has been off colour since yesterday, the thermometer said 38.9, and now she won\'t put her foot down. Her ankle looks a little puffy. No fall.';
  assert.equal(read(text).get('fever-or-unwell'), true);
  assert.ok(flags(text).includes('fever-not-bearing-weight'));
  assert.equal(level(text), 'emergency');
  // An injury explains not walking: the fracture rules speak for it instead.
  assert.ok(!flags('Fell off the trampoline, feels hot and shivery, won\'t put his foot down.').includes('fever-not-bearing-weight'));
});

test('a temperature read without the word "temperature" is a fever; a distance with a decimal is not', () => {
  assert.equal(read('My ankle is sore and swollen. He was 38.4 when we checked at lunch.').get('fever-or-unwell'), true);
  assert.equal(read('Heel is hot. The thermometer read 100.9 last night.').get('fever-or-unwell'), true);
  assert.notEqual(read('My heel hurts. I ran 38.4 km when I checked my watch.').get('fever-or-unwell'), true);
});

test('a joint that went red, hot and swollen in the night with no injury is checked the same day', () => {
  const text = 'About 2am my wife\'s ankle swelled up and went red and hot; she can\'t bear the sheet on it. She can\'t recall twisting it. No fever.';
  assert.equal(read(text).get('attack-peaked-within-a-day'), true);
  assert.ok(flags(text).includes('hot-swollen-joint'));
  assert.equal(level(text), 'urgent');
  // After an injury the swelling is the injury's; a flare that has come for weeks is not a new hot joint.
  assert.deepEqual(readOvernightFlare('Rolled it at 9pm and overnight it went purple and swollen.'), []);
  assert.ok(!flags('My ankle has been warm, red and swollen for three weeks, no injury.').includes('hot-swollen-joint'));
});

test('someone else\'s certainty is a guess: "he is convinced he sprained it" is not an injury', () => {
  const found = read('My partner is convinced he\'s sprained his ankle but he doesn\'t remember rolling it. It is red and hot.');
  assert.notEqual(found.get('injury-rolled-ankle'), true);
});

test('someone else\'s theory is a guess: "the coach thinks she twisted it" is not an injury (dev25)', () => {
  for (const text of [
    'Her netball coach thinks she twisted it in the match, but she can\'t remember doing anything. The ankle is hot and puffy.',
    'My husband reckons he went over on it on the stairs; he says he didn\'t. His ankle is warm and fat.',
  ]) {
    const found = read(text);
    assert.notEqual(found.get('injury-rolled-ankle'), true, text);
    assert.notEqual(found.get('injury-twisting-foot-planted'), true, text);
  }
  // The runner's own account of the twist still counts.
  assert.equal(read('I rolled my ankle on a pothole and it swelled straight away.').get('injury-rolled-ankle'), true);
});

test('a tender spot "on the bone itself" by the outer ankle knob after a twist is the Ottawa ankle point', () => {
  const text = 'Turned my ankle on a kerb. The sore bit is on the bone itself, just above the tip of the outer ankle knob.';
  assert.equal(read(text).get('ottawa-tender-back-of-outer-ankle-bone'), true);
  assert.ok(flags(text).includes('ottawa-ankle'));
  // The back edge of the outer ankle bone is on the outside of the ankle, not the back where the Achilles is.
  const edge = read('Went over on it and heard a crunch; pressing the back edge of the outer ankle bone is very tender.');
  assert.notEqual(edge.get('pain-back-of-ankle'), true);
  assert.ok(!flags('Went over on it and heard a crunch; pressing the back edge of the outer ankle bone is very tender.').includes('achilles-rupture'));
});

test('a parent comparing their own sprains does not deny the child\'s injury', () => {
  const text = 'My daughter is 12 and went over on her ankle at netball. What I noticed is the pain isn\'t at the front like my sprains were.';
  assert.equal(read(text).get('injury-rolled-ankle'), true);
});

test('a painless hot, swollen foot in someone with diabetes is checked within a working day (Charcot)', () => {
  const text = 'Type 2 for ten years and my feet are numb. My left foot is puffy and feels hotter than the right, no pain, no cuts.';
  const found = read(text);
  assert.equal(found.get('diabetes'), true);
  assert.equal(found.get('warmth'), true);
  assert.ok(flags(text).includes('diabetic-hot-swollen-foot'));
  assert.equal(level(text), 'urgent');
  assert.notEqual(read('My right foot is swollen after the long run, no diabetes, no heat in it.').get('warmth'), true);
});

test('steps counted and too few are not bearing weight; a count alone is not (dev22)', () => {
  assert.equal(read('Went over on my ankle on the kerb and I can take only two steps on it').get('cannot-bear-weight'), true);
  assert.equal(read('I rolled it yesterday, I could manage maybe three steps and then I had to stop').get('cannot-bear-weight'), true);
  assert.notEqual(read('My ankle is sore but I can take two steps at a time up the stairs').get('cannot-bear-weight'), true);
});
