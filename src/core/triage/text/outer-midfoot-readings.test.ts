/**
 * Outer-midfoot stories: a stab of pain called a "catch", a joint someone "cracked" back, a place measured ahead of
 * the ankle, the outer sole without the heel, and a rolled ankle that has settled. On the real KB, each next to the
 * sentence that must keep its old reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('a catch told as pain is not a clicking joint; a plain catching still is', () => {
  assert.equal(val('There is a sharp catch on the outer side of my foot whenever I sprint', 'character-clicking-or-catching'), undefined);
  assert.equal(val('My outer foot catches me on every hill climb', 'character-clicking-or-catching'), undefined);
  assert.equal(val('The side of the foot catches sharply when I land', 'character-clicking-or-catching'), undefined);
  assert.equal(val('My ankle keeps catching and clicking when I step down', 'character-clicking-or-catching'), true);
});

test('a joint someone cracked back is a manipulation, not a crack at injury', () => {
  assert.equal(val('At the clinic they cracked it for me on Monday and it felt better for a day', 'injury-pop-or-snap'), undefined);
  assert.equal(val('Jumped off a wall and heard my ankle crack', 'injury-pop-or-snap'), true);
});

test('a distance in front of the ankle is the foot, not the front of the ankle', () => {
  const text = 'The sore bit is on the outer edge of my foot, about two inches in front of the ankle';
  assert.equal(val(text, 'pain-front-of-ankle'), undefined);
  assert.equal(val(text, 'pain-outside-of-foot'), true);
  assert.equal(val('It pinches right at the front of the ankle when I squat', 'pain-front-of-ankle'), true);
});

test('the outer sole without the heel is not heel pain spreading', () => {
  const text = 'It feels like a marble lodged under the outside of the foot, midway along';
  assert.equal(val(text, 'heel-pain-spreads-to-outer-sole'), undefined);
  assert.equal(val(text, 'pain-heel-underside'), undefined);
  assert.equal(val('My heel hurts first thing and it spreads across the sole to the outer edge', 'heel-pain-spreads-to-outer-sole'), true);
});

test('a rolled ankle that has settled while the outer midfoot still hurts leans to the midfoot joint', () => {
  const text = "Went over on my ankle ten days ago. The ankle is fine but the outer middle of my foot stabs when I push off and it feels out of place.";
  assert.equal(val(text, 'ankle-settled-foot-still-sore'), true);
  assert.equal(assess(kb, { text }).differential[0]?.conditionId, 'cuboid-syndrome');
});
