/**
 * Place words that are not where it hurts (landmarks, exercises, ways of landing), verdicts said after the thing
 * ("the Achilles is fine"), and the wording families added with them. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('the heel as an exercise, a shoe measure, a way of landing or a landmark is not heel pain', () => {
  for (const text of [
    'Pulled something in my calf, well up from the ankle and higher than the heel.',
    'I can do ten heel raises on the bad leg, it just aches in the calf.',
    'Shins ache since I tried running on my heels more.',
    'Eight days after my foot op, heel weight bearing only, and now the calf is swollen.',
    'Switched to a 4mm heel drop shoe and the calf is sore.',
    'Aching tendon on the top of my foot running down towards the heel.',
  ]) assert.notEqual(val(text, 'pain-heel-underside'), true, text);
});

test('the heel still reads as the place when it is the place', () => {
  for (const text of ['My heel hurts for the first few steps.', 'Sharp pain in the heel when I stand up.', 'pain from the heel to the arch']) {
    assert.ok(val(text, 'pain-heel-underside') === true || val(text, 'pain-arch') === true, text);
  }
  assert.equal(val('Sore heel, worse after parkrun.', 'pain-heel-underside'), true);
});

test('a verdict after the thing negates it: "the Achilles is fine", "other joints fine", "itself isn\'t sore"', () => {
  assert.equal(val('Deep ache at the back of my ankle when I point my foot. Pinching the Achilles is fine.', 'pain-achilles'), false);
  assert.equal(val('Both forefeet hurt when I walk; wrists and other joints fine.', 'other-joints-swollen'), false);
  assert.equal(val('The tendon itself isn\'t sore, it is deeper than that.', 'tender-to-squeeze-tendon') === true, false);
});

test('a "fine" that says when, or how it looks, leaves the place alone', () => {
  assert.equal(val('My heel is fine when I walk but sore after runs.', 'pain-heel-underside'), true);
  assert.equal(val('Aching under the lesser toes, the toes look normal.', 'pain-lesser-toes'), true);
  assert.equal(val('heel is fine, the achilles is what hurts', 'pain-achilles'), true);
});

test('front and outer edges of the shin bone are not the inner shin', () => {
  assert.equal(val('Sore spot on the front edge of my shin bone.', 'pain-front-of-shin'), true);
  assert.notEqual(val('Sore spot on the front edge of my shin bone.', 'pain-inner-shin'), true);
  assert.equal(val('The muscle on the outside of the shin bone aches after runs.', 'pain-outer-leg'), true);
  assert.notEqual(val('The muscle on the outside of the shin bone aches after runs.', 'pain-inner-shin'), true);
});

test('an ankle that "goes over" again and again, and one that feels like it could go', () => {
  const text = 'My left ankle has gone over five times in two years and on rocky paths it feels like it could go any second.';
  assert.equal(val(text, 'previous-ankle-sprains'), true);
  assert.equal(val(text, 'character-giving-way'), true);
  assert.notEqual(val(text, 'pain-stops-run-same-point'), true);
});

test('the bony knob of the ankle is a landmark, not a lump; a knobbly lump elsewhere still is', () => {
  assert.notEqual(val('Aching just below the bony knob on the inside of my ankle.', 'lump-or-thickening'), true);
  assert.equal(val('There is a knobbly lump on top of my foot.', 'lump-or-thickening'), true);
});

test('pain lifting the foot against resistance reads as the resisted toe-lift test', () => {
  assert.equal(val('The front of my ankle hurts when I pull my foot up against resistance.', 'test-resisted-toe-lift-painful'), true);
});

test('warning signs in plain, non-native or roundabout words', () => {
  const cases: [string, string][] = [
    ['Since this morning the red is going up towards my knee.', 'spreading-redness'],
    ['My brother pushes my toes down and it is terrible pain.', 'pain-on-stretching-toes-severe'],
    ['Every hour the pain is getting bigger.', 'pain-getting-worse-by-hour'],
    ['The small toes feel like sleeping since the fall.', 'character-numbness'],
    ['The left leg is puffier than the right since Tuesday.', 'calf-swelling-one-side'],
    ['At night the sock leaves a deep mark on that leg.', 'pitting-swelling'],
    ['Six weeks ago I had my hip replaced.', 'recent-surgery-or-cast'],
  ];
  for (const [text, id] of cases) assert.equal(val(text, id), true, `${text} → ${id}`);
});

test('"fatter than the left" is a thick tendon when the tendon is named, not a swollen leg', () => {
  const text = 'The tendon itself looks fatter than the left one and is sore to pinch.';
  assert.notEqual(val(text, 'calf-swelling-one-side'), true);
  assert.equal(val(text, 'lump-or-thickening'), true);
});

test('"can\'t X without pain" says X hurts; "can\'t walk without crutches" still cannot bear weight', () => {
  const text = "I can't jog down the stairs without a stabbing pain at the front of my ankle.";
  assert.notEqual(val(text, 'cannot-bear-weight'), true);
  assert.equal(val(text, 'pain-front-of-ankle'), true);
  assert.equal(val(text, 'character-sharp') === false, false);
  assert.equal(val("Since the fall I can't walk without crutches.", 'cannot-bear-weight'), true);
  assert.equal(val('Walked to the shops without any pain.', 'pain-with-walking'), false);
});

test('the Achilles joined to the heel by any verb is the back of the heel, not its underside (dev19)', () => {
  for (const text of [
    'It hurts exactly where the Achilles anchors onto my heel bone.',
    'Sore at the spot where my achilles inserts into the heel, worse on hills.',
    'The tendon hooks into the heel there and that is the sore bit.',
  ]) {
    assert.equal(val(text, 'pain-back-of-heel'), true, text);
    assert.notEqual(val(text, 'pain-heel-underside'), true, text);
  }
  // Pain under the heel said as well keeps the underside.
  assert.equal(val('Where the achilles joins the heel is fine; it is the bottom of my heel that hurts.', 'pain-heel-underside'), true);
});

test('an insertion named only to say it is fine is not the place that hurts (dev19)', () => {
  assert.notEqual(val('Where the achilles joins the heel is fine; it is the bottom of my heel that hurts.', 'pain-back-of-heel'), true);
});

test('an examiner\'s soft-tissue tenderness beside a bony landmark is not the Ottawa point (dev23)', () => {
  // In front of the ankle bone is the ligament, not the bone's back edge or tip.
  assert.notEqual(val('After rolling it yesterday she is tender just in front of the outer ankle bone.', 'ottawa-tender-back-of-outer-ankle-bone'), true);
  assert.notEqual(val('After rolling it yesterday she is tender just in front of the outer ankle bone.', 'bony-tenderness-focal'), true);
  // Places listed after "but not over" are the ones found not tender.
  const listed = 'He turned his ankle on Sunday; tender over the ligament but not over the tip of either ankle bone, the navicular or the fifth metatarsal base.';
  assert.equal(val(listed, 'ottawa-tender-navicular'), false);
  assert.notEqual(val(listed, 'ottawa-tender-base-of-fifth-metatarsal'), true);
  // A tendon's course towards where it attaches is not a tender bone there.
  assert.notEqual(val('Tender along the tendons behind the outer ankle bone, running towards the base of the fifth metatarsal.', 'ottawa-tender-base-of-fifth-metatarsal'), true);
  // The bone's own back edge still counts.
  assert.equal(val('After rolling it she is tender at the back edge of the outer ankle bone.', 'ottawa-tender-back-of-outer-ankle-bone'), true);
});

test('the outer ankle bone named by its shape and the Ottawa reach is the Ottawa point (dev25)', () => {
  for (const s of [
    'Went over on my ankle. Pressing the back edge of the bony lump on the outside nearly sends me through the ceiling.',
    'Rolled it on a kerb. When I press the knobbly bit on the outside, three fingers up from the tip, it really hurts.',
    'Turned my ankle. Pressing the tip of the knobbly outside bone makes me yelp.',
  ]) {
    assert.equal(val(s, 'ottawa-tender-back-of-outer-ankle-bone'), true, s);
    assert.equal(val(s, 'bony-tenderness-focal'), true, s);
  }
  // The bony bump on the outside of the foot stays the fifth metatarsal's base.
  assert.equal(val('Went over on the side of my foot. Pressing the back edge of the bony bump on the outside of my foot really hurts.', 'ottawa-tender-back-of-outer-ankle-bone'), undefined);
});
