/**
 * Misreadings found in long, rambling accounts (dev18): a guess, an old problem, another person's or a shoe's words
 * that must not become today's findings. Every sentence was written for this test, each beside a near sentence that
 * must keep its meaning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('naming a stress fracture as a guess or a fear is not a history of one; having had one is', () => {
  for (const text of [
    'Pretty sure this is a stress fracture, my shin aches on every run.',
    'The forums say this is how stress fractures begin, so I am worried.',
    'Can you keep training through a stress fracture? The top of my foot hurts.',
  ]) assert.notEqual(val(text, 'previous-stress-fracture'), true, text);
  for (const text of [
    'My shin aches. I had a stress fracture in the other leg three years ago.',
    'I have had two stress fractures, both in the foot.',
    'Same foot as my stress fracture before.',
  ]) assert.equal(val(text, 'previous-stress-fracture'), true, text);
});

test('an old problem that went away gives neither its place nor its side; one that came back still does', () => {
  const settled = 'I had shin splints on the left a few summers ago that physio sorted. Now the top of my right foot aches.';
  assert.notEqual(val(settled, 'pain-inner-shin'), true);
  assert.equal(val(settled, 'side'), 'right');
  const healed = 'Years back I had heel pain on the right which healed with rest. This time it is my left big toe.';
  assert.notEqual(val(healed, 'pain-heel-underside'), true);
  assert.equal(val(healed, 'side'), 'left');
  assert.equal(val('I had heel pain last year that cleared up, but now it is back again.', 'pain-heel-underside'), true);
});

test('the feeling of being struck from behind is the Achilles kick, whoever seemed to do it; a real kick or a bus is not', () => {
  for (const text of [
    'Sprinting for the bus it felt as if a stranger had whacked me on the back of the heel.',
    'At the start of the hill I thought somebody had smacked me from behind, and I turned round and nobody was there.',
  ]) {
    assert.equal(val(text, 'injury-kicked-in-calf'), true, text);
    assert.equal(assess(kb, { text: `${text} Now I cannot go up on my toes on that side.` }).redFlags.some((f) => f.id === 'achilles-rupture'), true, text);
  }
  for (const text of [
    'After the marathon my legs feel like a bus hit me.',
    'It felt like a sharp stab in the heel when I got up.',
  ]) assert.notEqual(val(text, 'injury-kicked-in-calf'), true, text);
});

test('turning round to confront whoever did it, or finding nobody within reach, is the Achilles kick; a viewpoint is not (dev27)', () => {
  for (const text of [
    'Pushing off at netball I whipped round to have a go at whoever booted me, but the nearest player was yards away.',
    'Felt a crack at the back of my ankle on the squash court and spun round, there was no one near me.',
  ]) assert.equal(val(text, 'injury-kicked-in-calf'), true, text);
  for (const text of [
    'My heel looks swollen looking from behind in the mirror.',
    'Turned round at the halfway cone and no one was there to hand me a gel, so I bonked.',
  ]) assert.notEqual(val(text, 'injury-kicked-in-calf'), true, text);
});

test('"nothing happens" when trying something is not "nothing happened" to start the pain', () => {
  assert.notEqual(val('When I try to rise onto my toes nothing happens.', 'onset-gradual'), true);
  assert.equal(val('Nothing happened to it, the ache came on by itself.', 'onset-gradual'), true);
});

test('an examining act whose result is denied later in the sentence is a "no"', () => {
  assert.equal(val('I can squeeze the tendon from top to bottom and it does not hurt.', 'tender-to-squeeze-tendon'), false);
  assert.equal(val('When I pinch the tendon it hurts a lot.', 'tender-to-squeeze-tendon'), true);
  assert.equal(val('Pinching the tendon hurts and the ache does not ease.', 'tender-to-squeeze-tendon'), true);
});

test('a bone said to be fine after a press is not a tender bone; a sore spot on the bone still is', () => {
  assert.notEqual(val('The lump is sore to press, pressing the bone behind it does not, and there is no swelling.', 'bony-tenderness-focal'), true);
  assert.notEqual(val('Pressing the muscle hurts, but the shin bone itself is fine.', 'bony-tenderness-focal'), true);
  assert.equal(val('Pressing one spot on the bone makes me wince.', 'bony-tenderness-focal'), true);
});

test('"there" points a press back to the place named before', () => {
  const text = 'The ache is on the outside of my foot, roughly the middle. Pressing under there is sore.';
  assert.equal(val(text, 'tender-outer-midfoot'), true);
});

test('the warm-up, an easy pace, a shoe that fits tight and going barefoot are not warmth, easing, a tight leg or minimalist shoes', () => {
  assert.notEqual(val('Once it has warmed up the shin feels fine.', 'warmth'), true);
  assert.notEqual(val('It now aches even on easy runs.', 'pain-eases-with-warm-up'), true);
  assert.equal(val('The ache eases once I warm up.', 'pain-eases-with-warm-up'), true);
  assert.notEqual(val('My new racing flats are really tight across the top.', 'character-tight-cramping'), true);
  assert.equal(val('My calf gets really tight.', 'character-tight-cramping'), true);
  assert.notEqual(val('It is fine in roomy trainers or barefoot.', 'minimalist-shoes'), true);
  assert.equal(val('I switched to barefoot shoes in March.', 'minimalist-shoes'), true);
});

test('"running since 8 years" is how long they have run; "since three weeks I have pain" is how long it hurts', () => {
  assert.equal(val('I am running since 8 years. Since three weeks I have pain in the arch.', 'duration-weeks'), 3);
  assert.equal(val('Training since 6 years, no problems until now.', 'duration-weeks'), undefined);
});
