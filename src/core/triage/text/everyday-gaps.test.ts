/**
 * Everyday wordings the lexicon missed: a shoe's build said with a "not", a test done on one leg, a clot's signs
 * measured or seen on a sock, a long drive, a boot still worn, tingling in the sole and a tap that sends it there.
 * On the real KB, each next to the sentence that must keep its old reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('a shoe with not much under the forefoot does not deny forefoot pain', () => {
  const text = 'Ball of my foot aches. I race in plated shoes with not much foam under the forefoot.';
  assert.equal(val(text, 'pain-ball-of-foot'), true);
  assert.equal(val('No pain in the ball of my foot at all.', 'pain-ball-of-foot'), false);
});

test('a single-leg test is not the leg as a place; one leg swollen still is', () => {
  assert.equal(val('Top of my foot hurts and a single leg hop makes it worse', 'pain-lower-leg-area'), undefined);
  assert.equal(val('Top of my foot hurts and a single leg hop makes it worse', 'pain-hopping'), true);
  assert.equal(val('Since the flight one leg is swollen', 'calf-swelling-one-side'), true);
});

test('clot signs in plain words: measured bigger, a sock dent that stays, a long drive, a boot still on', () => {
  assert.equal(val('My left calf is 2 cm bigger than the right when I measure it', 'calf-swelling-one-side'), true);
  assert.equal(val('My sock left a dent that stays for ages', 'pitting-swelling'), true);
  assert.equal(val('We drove 11 hours back from the race', 'long-travel-or-immobilisation'), true);
  assert.equal(val('I am still in the boot after breaking a toe', 'recent-surgery-or-cast'), true);
});

test('tingling in the sole and a tap behind the inside ankle bone that sends it there', () => {
  assert.equal(val('I get tingling on the bottom of my foot after long runs', 'tingling-sole'), true);
  assert.equal(val('If I tap behind the inside ankle bone it sends a buzz into the arch', 'test-tinel-tarsal-tunnel'), true);
});
