/**
 * Second-language English (dev22): body parts in the home language's word or its literal translation, injuries and
 * signs in the home language's frame, and the grammar that turns a symptom around. Each rewrite next to the ordinary
 * English it must leave alone, then whole descriptions that must reach the right warning sign.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { plainEnglish } from './second-language.ts';
import { understandText } from './understand.ts';

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
