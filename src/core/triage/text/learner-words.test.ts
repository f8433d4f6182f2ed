/**
 * Second-language body words and false friends (dev22), on the real KB: each family in our own sentences, next to
 * the English sentence that must keep its meaning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { understandText } from './understand.ts';
import { readAboveHeel } from './above-heel.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('the fingers of the foot or leg are toes, and the owning leg is no leg pain', () => {
  for (const t of ['pain under my foot fingers when I run', 'the leg fingers hurt under the pads', 'sore under the fingers of my right foot']) {
    assert.equal(val(t, 'pain-lesser-toes') ?? val(t, 'pain-ball-of-foot'), true, t);
    assert.equal(val(t, 'pain-lower-leg-area'), undefined, t);
  }
  assert.equal(val('my leg big finger joint has a red bump', 'pain-big-toe'), true);
  assert.equal(val('in my trainers the big finger rubs and hurts', 'pain-big-toe'), true);
  // A hand stays a hand.
  assert.equal(val('my big finger on my hand is stiff and my heel hurts', 'pain-big-toe'), undefined);
});

test('the calf, shin, ankle and heel in the writer\'s own words', () => {
  assert.equal(val('the inner twin of my leg is sore to press', 'pain-calf'), true);
  assert.equal(val('my twin sister says my heel is swollen', 'pain-calf'), undefined);
  assert.equal(val('the melon of my leg is swollen and tight', 'pain-calf'), true);
  assert.equal(val('a Zerrung in the Wade after the race', 'pain-calf'), true);
  assert.equal(val('we had to wade through a river and my heel hurt', 'pain-calf'), undefined);
  assert.equal(val('pain in the canela for two weeks', 'pain-lower-leg-area') ?? val('pain in the canela for two weeks', 'pain-inner-shin'), true);
  assert.equal(val('the whistle of my leg aches at the front', 'pain-lower-leg-area'), undefined);
  assert.equal(val('I twisted my foot neck on a root', 'pain-ankle-area'), true);
  assert.equal(val('it aches behind the inner knuckle and down into the arch', 'pain-inside-ankle'), true);
  assert.equal(val('the knuckle of my big toe is stiff', 'pain-inside-ankle'), undefined);
});

test('a measured place above a heel named in another language is the Achilles', () => {
  assert.equal(readAboveHeel('two fingers over the talon it is thick')[0]?.findingId, 'pain-achilles-above-heel');
  assert.equal(readAboveHeel('3 cm above my heels')[0]?.findingId, 'pain-achilles-above-heel');
  assert.equal(val("j'ai mal at the tendon d'Achille", 'pain-achilles'), true);
});

test('false friends: mal, footing, augmented, becoming thick, going through, pulsing', () => {
  assert.equal(val('I have mal in my heel since March', 'sex'), undefined);
  assert.equal(val('I am a 40 year old male with heel pain', 'sex'), 'male');
  assert.equal(val('after ten minutes of footing it goes away', 'pain-eases-with-warm-up'), true);
  assert.equal(val('I augmented my kilometers a lot this month', 'recent-training-increase'), true);
  assert.equal(val('after each sprain the ankle becomes a bit thick for some days', 'swelling-ankle'), true);
  assert.equal(val('every time it turns a little thick for a few days', 'swelling'), true);
  assert.equal(val('the tendon feels thick and knobbly', 'swelling'), undefined);
  assert.equal(val('my ankle goes through again on every trail', 'character-giving-way'), true);
  assert.equal(val('a burning pain goes through my foot', 'character-giving-way'), undefined);
  assert.equal(val('at night my shin pulses', 'pain-at-night-or-rest'), true);
});

test('a leg a test is done on, walking in flat shoes, and "not in place"', () => {
  assert.equal(val('my top of foot hurts when I hop on that leg', 'pain-lower-leg-area'), undefined);
  assert.equal(val('my top of foot hurts when I hop on that leg', 'pain-hopping'), true);
  assert.equal(val('walking in flat shoes is fine, running hurts the outside of my foot', 'cannot-push-off-or-tiptoe'), undefined);
  assert.equal(val('since the sprain the outside of my foot feels like a bone is not in place', 'midfoot-feels-out-of-place'), true);
});

test('a short gloss in brackets does not cut the sentence', () => {
  assert.equal(val('my leg melon (calf) is swollen since the flight', 'calf-swelling-one-side'), true);
});

test('tiptoe as the tip of the foot; the ballet half-toe is no toe pain', () => {
  assert.equal(val('it hurts when I stand on the tip of the foot', 'pain-tiptoe'), true);
  assert.equal(val('I can not stand on the fingers of this foot', 'cannot-push-off-or-tiptoe'), true);
  assert.equal(val('deep at the back of the ankle when I rise to half-toe in class', 'pain-lesser-toes'), undefined);
});

test('learner phrase families: warming up, a bunion by its shape, stiff hands', () => {
  assert.equal(val('stiff at the start, after ten minutes of running it disappears', 'pain-eases-with-warm-up'), true);
  assert.equal(val('stiff at the start, after ten minutes of running it disappears', 'pain-after-run'), undefined);
  assert.equal(val('my big toe joint comes out to the side and the shoe rubs it', 'bump-big-toe-joint-side'), true);
  assert.equal(val('my left big toe is crossing over the second toe now', 'bump-big-toe-joint-side'), true);
  assert.equal(val('the fingers of my hands are stiff too when I wake up', 'other-joints-swollen'), true);
});

test('the foot going "inside" or "outside" is a direction, not a place', () => {
  assert.equal(val('on a root my foot went inside and it swelled', 'injury-rolled-ankle'), true);
  assert.equal(val('on a root my foot went inside and it swelled', 'pain-inside-of-foot'), undefined);
  assert.equal(val('it stings when I turn my foot outside', 'pain-turning-foot-out'), true);
  assert.equal(val('it stings when I turn my foot outside', 'pain-outside-of-foot'), undefined);
  assert.equal(val('my foot goes inside when I run', 'injury-rolled-ankle'), undefined);
  assert.equal(val('the outside of my foot aches', 'pain-outside-of-foot'), true);
  assert.equal(val('my boot got stuck in a rut and my body turned over the foot', 'injury-twisting-foot-planted'), true);
});
