/**
 * Constructions that put a place or injury in another time or under a shared verdict: two places cleared together,
 * an era that is over, a day that is recent, a list of presses closed by one "none of that hurts", a distance well
 * above the heel, a note's "diffuse tenderness" over the foot, and the heel's "backside". On the real KB, each next to
 * the sentence that must keep its old reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('two places under one "fine" are both cleared; a pronoun after the "and" is not a place', () => {
  assert.equal(val('My calf aches low down. Heel and arch fine.', 'pain-heel-underside'), false);
  assert.equal(val('My calf aches low down. Heel and arch fine.', 'pain-arch'), false);
  assert.equal(val('Heel hurts after parkrun, and the arch too.', 'pain-heel-underside'), true);
  assert.notEqual(val('The shin burns at 2 km, rest makes it go and I am fine', 'pain-stops-run-same-point'), false);
});

test('an injury told of an era that is over is history; one told with "yesterday" is today\'s', () => {
  assert.equal(val('Did gymnastics till I was 20 and sprained my ankles loads back then. Now the front of my ankle pinches on hills.', 'injury-rolled-ankle'), undefined);
  assert.equal(val('Did gymnastics till I was 20 and sprained my ankles loads back then. Now the front of my ankle pinches on hills.', 'previous-ankle-sprains'), true);
  assert.equal(val('He rolled his ankle at school yesterday and it is swollen', 'injury-rolled-ankle'), true);
  assert.equal(val('I rolled my ankle a lot at school', 'previous-ankle-sprains'), true);
});

test('a list of places pressed and closed by "none of that hurts" is a list of "no"s', () => {
  const text = 'I pushed on the knobbly bone halfway along the outside of my foot and the tip of the ankle bone, none of it is sore. The outer ankle is puffy.';
  assert.equal(val(text, 'ottawa-tender-base-of-fifth-metatarsal'), false);
  assert.equal(val('The knobbly bone halfway along the outside of my foot is really tender.', 'ottawa-tender-base-of-fifth-metatarsal'), true);
});

test('a hand\'s width or 10 cm above the heel is the lower calf; 4 cm is still the tendon', () => {
  assert.equal(val('It grabbed about 12cm above the heel on a hill sprint', 'pain-calf'), true);
  assert.equal(val('It grabbed about 12cm above the heel on a hill sprint', 'pain-achilles'), undefined);
  assert.equal(val('Sore cord about 4cm above the heel', 'pain-achilles'), true);
});

test('a note\'s diffuse tenderness over the foot is not the shin\'s tender edge', () => {
  assert.equal(val('O/E diffuse tenderness over the dorsal midfoot tendons.', 'tender-shin-inner-edge-long'), undefined);
  assert.equal(val('O/E diffuse tenderness along the posteromedial tibial border.', 'tender-shin-inner-edge-long'), true);
});

test('the backside of the heel is its back, not its underside', () => {
  assert.equal(val('It is sore on the backside of my heel after hills', 'pain-back-of-heel'), true);
  assert.equal(val('It is sore on the backside of my heel after hills', 'pain-heel-underside'), undefined);
});
