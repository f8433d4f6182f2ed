/**
 * Emergency combinations that were graded one level too low (dev5): a lung clot said in plain or non-native words,
 * a septic diabetic foot with little pain, a cold numb foot, escalating leg pain with a new nerve deficit after a
 * race. Sentences written for this test, not taken from any vignette set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';

const kb = await readKnowledgeBase();
const level = (text: string): string => assess(kb, { text }, { today: '2026-11-22' }).triage.level;
const flags = (text: string): string[] => assess(kb, { text }, { today: '2026-11-22' }).redFlags.map((f) => f.id);

test('breathlessness, a racing heart or a red cough after a swollen calf is an emergency', () => {
  for (const text of [
    'after the long bus trip my calf is fat and sore, and now I need stopping for the air on the stairs',
    'my right calf is swollen since the flight and today my heart goes very fast when I sit',
    'calf swollen for a week and this morning I cough with some red',
  ]) assert.equal(level(text), 'emergency', text);
});

test('a diabetic foot wound that is red or swollen, with shivering or fever, is an emergency', () => {
  for (const text of [
    'I have diabetes, the cut on my toe is red and swollen and tonight I have a fever',
    'type 2 diabetic, blister on my heel, the foot is red up to my ankle and I feel shivery',
  ]) assert.equal(level(text), 'emergency', text);
  // Without fever it is still urgent, never self-care.
  assert.equal(level('I have diabetes and the cut on my toe is red and swollen'), 'urgent');
});

test('a cold white foot that cannot be felt is an emergency', () => {
  assert.equal(level('my left foot went white and cold half an hour ago and I cant feel my toes'), 'emergency');
});

test('leg pain climbing after a race with a foot that cannot be lifted is acute compartment syndrome', () => {
  for (const text of [
    'since the race my front of shin is swollen and getting worse by the hour, and I cant lift my foot up',
    'my shin has got worse every hour since the finish and now my foot is floppy',
  ]) {
    assert.equal(level(text), 'emergency', text);
    assert.ok(flags(text).includes('acute-compartment-syndrome'), text);
  }
});

test('the run-and-settle pattern is not made an emergency by the new combination', () => {
  assert.notEqual(level('my shin goes tight 20 minutes into a run and my foot slaps down, then it settles within minutes of stopping'), 'emergency');
});
