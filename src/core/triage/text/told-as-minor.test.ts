/**
 * Red flags told as a niggle (dev13): a clot told as a tight calf after travel or a boot, a stress fracture told as a
 * bruise or a tightness with a sore point on the bone, a broken heel told as a stone bruise after a jump. Each must
 * reach at least its care level; each has a harmless near-miss that must not be raised. Sentences are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import type { CareLevel } from '../../kb/schema.ts';
import { careRank } from '../levels.ts';

const kb = await readKnowledgeBase();
const level = (text: string): CareLevel => assess(kb, { text }).triage.level;
const atLeast = (text: string, min: CareLevel): void => assert.ok(careRank(level(text)) >= careRank(min), `${level(text)} < ${min}: "${text}"`);

test('a tight calf after a trip, with a sock dent or a dip when pressed, needs a clot ruled out today', () => {
  atLeast('Got back from my trip on Sunday and my right calf has felt tight since, the sock dent on that leg stays for ages.', 'urgent');
  atLeast('My left calf aches and is puffy; pressing on it leaves a dip that fills slowly.', 'urgent');
});

test('a calf that aches after coming out of a boot, with new surface veins, needs a clot ruled out today', () => {
  atLeast('I came out of the boot for a broken toe last week and now my calf aches and there are veins I have never noticed before.', 'urgent');
});

test('a sore point on the bone, or pain sharp right on a bony lump, is a stress fracture to see a doctor about', () => {
  atLeast('The outer edge of my foot has ached for weeks and now there is a sore point on the bone halfway along.', 'doctor');
  atLeast('Front of my shin has a small bump on the bone, and it is sharp right on it when I do hill sprints.', 'doctor');
});

test('a heel swollen and bruised after jumping down off a wall needs an X-ray today', () => {
  atLeast('Jumped down from a high fence and landed on my heel; now the heel is swollen and bruising has come out round the sides.', 'urgent');
  atLeast('I hopped down off a ledge onto concrete, the heel has puffed up and there is bruising underneath it.', 'urgent');
});

test('harmless near-misses are not raised', () => {
  // A sore calf after a run with no swelling, travel or cast: no clot pattern.
  assert.equal(level('Calves are a bit sore after a hilly trail run yesterday, no swelling.'), 'selfcare');
  // A sore spot in the muscle, not on the bone.
  assert.notEqual(level('There is a sore point in my calf muscle after speed work, the bone is fine.'), 'urgent');
  // A deep heel ache in the morning with no jump or fall, no swelling or bruising.
  assert.equal(level('My heel is sore underneath for the first few steps in the morning, then it eases.'), 'selfcare');
});
