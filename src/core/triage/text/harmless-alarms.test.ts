/**
 * Alarm words used harmlessly, and findings from the wrong body part (issue #4): each mechanism on sentences written
 * for this test, with the harmless wording and the still-alarming one beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';
import { askedAbout } from './question-hints.ts';

const kb = await readKnowledgeBase();
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));
const hints = (text: string): string[] => understandText(kb, text).hints.map((h) => h.conditionId);
const level = (text: string): string => assess(kb, { text }).triage.level;
const EMERGENCY_OR_URGENT = new Set(['emergency', 'urgent']);

test('a sign that settled is asked about, not counted; one that stays or returns still counts', () => {
  const settled = [
    'Out early in the frost and my toes turned white and numb, but they were back to normal after ten minutes indoors. Arch aches after long runs.',
    'My left foot went cold and pale on a winter run. It was fine once I warmed up in the shower. The ball of the foot is sore.',
    'Calf puffed up one evening after the long run and went down by the next morning. Heel hurts first thing.',
  ];
  for (const text of settled) {
    assert.ok(!EMERGENCY_OR_URGENT.has(level(text)), text);
    assert.ok(understandText(kb, text).notes.some((n) => n.includes('settled since')), text);
  }
  const alarming = [
    'Out early in the frost and my toes turned white and numb, and they are still white an hour later.',
    'My left foot went cold and pale on a run, it went back to normal but now it is white and cold again.',
    'My calf swelled up after the flight and it has not gone down.',
  ];
  for (const text of alarming) assert.ok(EMERGENCY_OR_URGENT.has(level(text)), text);
});

test('"gone off" said of food is spoiled, not settled: a smelly wound stays a sign; a settled one still settles (dev27)', () => {
  for (const text of [
    'The plaster over my blister smells like milk that has gone off.',
    'Took the bandage off my toe and it reeks, like meat gone off in the sun.',
  ]) assert.equal(read(text).get('pus-or-discharge'), true, text);
  // The settling reading is untouched when nothing is likened to food.
  const settled = 'My left foot went cold and pale on a winter run, but it went off after ten minutes in the car.';
  assert.ok(understandText(kb, settled).notes.some((n) => n.includes('settled since')), settled);
});

test('a sign clearly in the past is asked about; a duration or a sign that goes on is today', () => {
  for (const text of [
    'I had flu with a high temperature a fortnight back, last week really, and now my heel hurts for the first few steps.',
    'Had a fever two weeks ago with a chest cold, these days the inside of my ankle aches after runs.',
    'Back in 2019 my calf swelled up for a few days. Now the top of my foot aches on runs.',
  ]) {
    assert.ok(!EMERGENCY_OR_URGENT.has(level(text)), text);
    assert.ok(understandText(kb, text).notes.some((n) => n.includes('in the past')), text);
  }
  for (const text of [
    'Had a fever last week and now the red patch on my shin is spreading.',
    'My calf has been swollen since last week and it aches.',
    'I had a fever last week and still feel shivery and unwell, the foot is hot.',
  ]) assert.ok(EMERGENCY_OR_URGENT.has(level(text)), text);
});

test('a sign with an everyday cause is asked about; a denied cause keeps it', () => {
  for (const text of [
    'My lower calf looked a bit swollen after the race but it was only the marks from my compression socks. The achilles is stiff in the morning.',
    'Calf looked puffy on one side after the long run, just the sock marks really. Heel sore first thing.',
  ]) {
    assert.ok(!EMERGENCY_OR_URGENT.has(level(text)), text);
    assert.ok(understandText(kb, text).notes.some((n) => n.includes('everyday cause')), text);
  }
  for (const text of [
    'My left calf is swollen since the long drive home, and it is not the compression socks.',
    'My calf looked puffy on one side from the sock marks, and it is still swollen two days later.',
    'Calf looked puffy on one side after the flight home, just the sock marks really.',
    'There is a red mark on my heel from the new shoes rubbing and the redness is spreading.',
  ]) assert.ok(EMERGENCY_OR_URGENT.has(level(text)), text);
});

test('with another warning sign said plainly, a settled or past one is kept: the combination may matter', () => {
  const text = 'Had a temperature last week, and now my ankle is red, hot and the redness is spreading.';
  assert.equal(read(text).get('fever-or-unwell'), true);
});

test('words about the knee, hip, hamstring, neck or back give no foot findings', () => {
  const neck = read('My neck is stiff in the mornings and my heel hurts in the evening.');
  assert.equal(neck.has('pain-first-steps'), false);
  const hamstring = read('Hamstring feels tight and slightly numb after sitting, arch aches on runs.');
  assert.equal(hamstring.has('character-numbness'), false);
  assert.equal(hamstring.has('character-tight-cramping'), false);
  assert.equal(hamstring.get('pain-arch'), true);
  const hip = read('My hip is red and warm after gardening, and the ball of my foot is sore.');
  assert.equal(hip.has('redness'), false);
  assert.equal(hip.has('warmth'), false);
  assert.equal(read('My knee buckles now and then, achilles is sore.').has('character-giving-way'), false);
  assert.equal(read('The knee is tender in one spot and my arch aches.').has('bony-tenderness-focal'), false);
  // The same words said of the foot or leg still count, and so does the part itself.
  assert.equal(read('My ankle gives way on trails.').get('character-giving-way'), true);
  assert.equal(read('Heel is stiff in the mornings.').get('pain-first-steps'), true);
  assert.equal(read('Lower back is stiff and the foot goes numb.').get('back-pain'), true);
  assert.equal(read('Lower back is stiff and the foot goes numb.').get('character-numbness'), true);
});

test('a tender spot in muscle or along a long stretch is not focal bony tenderness; one bony spot still is', () => {
  for (const text of [
    'Felt a grab in my calf on the hill reps, there is a tender spot in the calf muscle now.',
    'The front of my shin is sore in the muscle beside it, not on the bone.',
    'The inner shins are tender along a long stretch of the bone, maybe 12 cm, no single spot worse than the rest.',
  ]) assert.notEqual(read(text).get('bony-tenderness-focal'), true, text);
  for (const text of [
    'There is one spot on the shin bone, low on the inside, that is really tender when I press it.',
    'A hand width above the outer ankle bone there is one sore spot right on the bone.',
  ]) assert.equal(read(text).get('bony-tenderness-focal'), true, text);
});

test('a question about a condition gives no hint; a belief does', () => {
  assert.ok(!hints('Is this plantar fasciitis? My heel is sore for the first steps.').includes('plantar-fasciitis'));
  assert.ok(!hints('Could it be shin splints? The inside of my shin aches.').includes('medial-tibial-stress-syndrome'));
  assert.ok(hints('I reckon it is plantar fasciitis, heel is sore first thing.').includes('plantar-fasciitis'));
  assert.ok(hints('Plantar fasciitis again I think? Heel sore first thing.').includes('plantar-fasciitis'));
  assert.equal(askedAbout('Is this gout? The toe is red.', [8, 12]), true);
  assert.equal(askedAbout('Physio said gout? The toe is red.', [11, 15]), false);
});

test('a heel slipping in the shoe is about fit, not a heel finding or a fall', () => {
  const f = read('My heel keeps slipping in the new shoes and the arch aches.');
  assert.equal(f.has('injury-fall-or-jump'), false);
  assert.equal(f.get('pain-arch'), true);
  assert.equal(read('Slipped on the wet steps and landed on my heel, it hurts.').get('injury-fall-or-jump'), true);
});

test('a rock underfoot is not a rock-hard leg; a leg likened to a rock still is (dev19)', () => {
  for (const text of [
    'Landed hard on a pointy rock on the descent and the middle of my heel is bruised since.',
    'Stubbed my toe on some rocks hard enough to bleed a bit.',
  ]) assert.notEqual(read(text).get('leg-rock-hard'), true, text);
  for (const text of [
    'Knocked my shin on a rock yesterday and tonight the front of the leg is rock hard and agony.',
    'My calf is as hard as a rock since the race.',
  ]) assert.equal(read(text).get('leg-rock-hard'), true, text);
});
