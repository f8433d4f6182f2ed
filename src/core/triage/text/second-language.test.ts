/**
 * Second-language English (dev22): body parts in the home language's word or its literal translation, injuries and
 * signs in the home language's frame, and the grammar that turns a symptom around. Each rewrite next to the ordinary
 * English it must leave alone, then whole descriptions (in our own sentences, on the real KB) that must reach the
 * right finding or warning sign.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { plainEnglish } from './second-language.ts';
import { understandText } from './understand.ts';
import { readAboveHeel } from './above-heel.ts';

const kb = await readKnowledgeBase();
const plain = (text: string): string => plainEnglish(text).text;
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('home-language body words and their literal translations become our words', () => {
  assert.equal(plain('I sprained my tornozelo and my Wade is sore'), 'I sprained my ankle and my calf is sore');
  assert.equal(plain('a knot in the caviar after the long run'), 'a knot in the calf after the long run');
  assert.equal(plain('the front of my cinnamon aches'), 'the front of my shin aches');
  assert.equal(plain('my foot wrist is stiff, and the sinew above the Ferse'), 'my ankle is stiff, and the tendon above the heel');
  assert.equal(plain('tender on the reed bone'), 'tender on the fibula');
  assert.equal(plain('it aches behind the inner knuckle'), 'it aches behind the inner ankle bone');
  assert.equal(plain('a pull in the outer twin'), 'a pull in the outer calf');
});

test('words that are also ordinary English keep their sense without a body word beside them', () => {
  for (const s of ['we had to wade through a stream', 'my twin sister runs too', 'the knuckle of my big toe is stiff',
    'I put cinnamon on my porridge before the run', 'I can press it with one finger']) assert.equal(plain(s), s);
});

test('fingers on the foot are toes; a finger on the hand stays a finger', () => {
  assert.equal(plain('the fingers of my foot are numb'), 'the toes are numb');
  assert.equal(plain('I cannot get up on the fingers'), 'I cannot get up on the toes');
  assert.equal(plain('sore under the 3rd leg finger'), 'sore under the 3rd toe');
  assert.equal(plain('her big finger leans onto the second finger'), 'her big toe leans onto the second toe');
  assert.equal(plain('I cut my second finger chopping onions'), 'I cut my second finger chopping onions');
});

test('learners\' false friends read as meant; the English senses stay (dev22)', () => {
  assert.equal(plain('I have mal under the heel after footing'), 'I have pain under the heel after running');
  assert.equal(plain('it is sensible when I press and raide in the morning'), 'it is tender when I press and stiff in the morning');
  assert.equal(plain('after each run it gets a bit thick'), 'after each run it gets a bit swollen');
  assert.equal(plain('my enkel went through again'), 'my ankle gave way again');
  assert.equal(plain('in the night my shin pulses'), 'in the night my shin throbs');
  for (const s of ['I lost my footing on the wet rocks', 'foot pulses are normal on both sides', 'the pain goes through my whole foot',
    'the tendon feels thick', 'the mal of the week was the hill session']) assert.equal(plain(s), s);
});

test('an action that does not work cannot be done; advice that does not work is left alone', () => {
  assert.equal(plain('Hopping on that leg does not work at all'), 'cannot hop on that leg');
  assert.equal(plain('Standing on tiptoe is not possible'), 'cannot stand on tiptoe');
  assert.equal(plain('the exercises do not work'), 'the exercises do not work');
  assert.equal(plain('going to the physio did not work'), 'going to the physio did not work');
  assert.equal(plain('I can make only three steps'), 'I can take only three steps');
  assert.equal(plain('walking up the stairs is heavy'), 'walking up the stairs is hard');
  assert.equal(plain('my legs feel heavy'), 'my legs feel heavy');
});

test('a course down the leg, a sleeping foot, ants and electricity are nerve words', () => {
  assert.equal(plain('it burns from my buttock until my ankle'), 'it burns from my buttock down to my ankle');
  assert.equal(plain('wait until the knee settles'), 'wait until the knee settles');
  assert.equal(plain('resting from Monday until my foot settles'), 'resting from Monday until my foot settles');
  assert.equal(plain('at night my foot sleeps'), 'at night my foot is numb');
  assert.equal(plain('I slept badly'), 'I slept badly');
  assert.equal(plain('I feel ants in the sole'), 'I feel pins and needles in the sole');
  assert.equal(plain('got bitten by ants on the trail'), 'got bitten by ants on the trail');
});

test('spans still point at what was typed', () => {
  const text = 'The Ferse hurts';
  const found = understandText(kb, text).findings.find((f) => f.id.startsWith('pain-heel'));
  assert.ok(found?.span);
  assert.equal(text.slice(found.span[0], found.span[1]).includes('Ferse'), true);
});

test('a twisted ankle told in a second language reaches the fracture rules', () => {
  const text = 'Yesterday I twisted the tobillo on a kerb, the foot went inwards. It is very inflamated and purple and I can make only two steps on it.';
  assert.equal(val(text, 'injury-rolled-ankle'), true);
  assert.equal(val(text, 'swelling'), true);
  assert.equal(assess(kb, { text }).triage.level, 'urgent');
  const bone = 'Went over on my enkel playing netball. When I press the bone on the outside, at the back edge, it hurts a lot.';
  assert.equal(val(bone, 'ottawa-tender-back-of-outer-ankle-bone'), true);
});

test('a torn Achilles told with home-language words and "does not work"', () => {
  const text = 'Playing squash I felt like somebody threw a stone at the back of my talon. Going up on the toes of that foot does not work.';
  assert.equal(val(text, 'cannot-push-off-or-tiptoe'), true);
  assert.ok(flags(text).includes('achilles-rupture'));
});

test('nerve signs in second-language words: a knock that zaps, a burning course from the buttock', () => {
  assert.equal(val('When the doctor knocks behind the inner knuckle it zaps into my sole', 'test-tinel-tarsal-tunnel'), true);
  assert.equal(val('Pain like fire from the buttock until the heel, on the outside of the leg', 'pain-radiates-down-leg'), true);
});

test('a fibula, sesamoids and a dropping arch said the learner\'s way', () => {
  assert.equal(val('One sore point on the reed bone, a hand above the outside ankle bone', 'tender-on-outer-leg-bone'), true);
  assert.equal(val('Under my big toe the two little round bones hurt when I push off', 'pain-under-big-toe-joint'), true);
  assert.equal(val('My right arch is lower than the other one since the summer', 'arch-flattening'), true);
  assert.notEqual(val('I have always had low arches', 'arch-flattening'), true);
  assert.equal(val('The big toe is leaning onto the second toe and the joint is red', 'bump-big-toe-joint-side'), true);
});

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
  // "Zerrung" is itself a muscle strain, so the Wade is read as the calf of a calf strain: the same finding a native
  // "a muscle strain in the calf" gives (the strain holds the place; its nested bare calf pain is not repeated).
  const zerrung = 'a Zerrung in the Wade after the race';
  assert.equal(val(zerrung, 'pain-calf') ?? val(zerrung, 'calf-pull-during-run'), true);
  assert.equal(val('we had to wade through a river and my heel hurt', 'pain-calf'), undefined);
  assert.equal(val('pain in the canela for two weeks', 'pain-lower-leg-area') ?? val('pain in the canela for two weeks', 'pain-inner-shin'), true);
  assert.equal(val('the whistle of my leg aches at the front', 'pain-lower-leg-area'), undefined);
  assert.equal(val('I twisted my foot neck on a root', 'pain-ankle-area'), true);
  assert.equal(val('it aches behind the inner knuckle and down into the arch', 'pain-inside-ankle'), true);
  assert.equal(val('the knuckle of my big toe is stiff', 'pain-inside-ankle'), undefined);
});

test('a measured place above a heel named in another language is the Achilles', () => {
  assert.equal(readAboveHeel(plainEnglish('two fingers over the talon it is thick').text)[0]?.findingId, 'pain-achilles-above-heel');
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
  // A habit told in the present ("goes inside when I run") is the arch rolling in on every step, not a rolled ankle;
  // a learner's bare verb in a story ("foot turn inside") is the injury.
  assert.equal(val('my foot goes inside when I run', 'injury-rolled-ankle'), undefined);
  assert.equal(val('my feet turn inside every time I run', 'injury-rolled-ankle'), undefined);
  assert.equal(val('stepped off the kerb badly, foot turn inside, now it is blue', 'injury-rolled-ankle'), true);
  assert.equal(val('the outside of my foot aches', 'pain-outside-of-foot'), true);
  assert.equal(val('my boot got stuck in a rut and my body turned over the foot', 'injury-twisting-foot-planted'), true);
});
