/**
 * Issue 4, known open mechanisms: a clot from an irregular heart blocking a leg artery, the high ankle sprain's
 * running rule, pain while running for forefoot problems, the healthy side, and places given relative to the ankle
 * bone. Sentences written for these tests, not taken from any vignette set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { understandText } from './text/understand.ts';
import type { TriageResult } from './types.ts';

const kb = await readKnowledgeBase();
const run = (text: string): TriageResult => assess(kb, { text }, { today: '2026-11-22' });
const val = (text: string, id: string): unknown => understandText(kb, text, { today: '2026-11-22' }).findings.find((f) => f.id === id)?.value;

test('an irregular heartbeat or a blood thinner for the heart is read in lay words', () => {
  for (const text of [
    'I have AF.', 'Diagnosed with a-fib two years ago.', 'My heart flutters now and then.', 'I have an irregular heartbeat.',
    'I take apixaban for my heart rhythm.', 'On warfarin for my heart.', 'I have atrial fibrillation.',
  ]) assert.equal(val(text, 'irregular-heartbeat'), true, text);
  assert.equal(val('I came off my blood thinners a week ago.', 'stopped-anticoagulant'), true);
  assert.notEqual(val('My heel hurts in the morning.', 'irregular-heartbeat'), true);
});

test('a sudden cold, pale or numb foot or leg with an irregular heart or a stopped blood thinner is an emergency', () => {
  for (const text of [
    'I have a-fib. An hour ago my right foot went numb out of nowhere and it really aches.',
    'My heart flutters and I take warfarin for my heart. This morning my calf suddenly went numb and weak.',
    'I stopped my apixaban last week. Now my foot is pale and cold and hurts.',
  ]) {
    const r = run(text);
    assert.equal(r.triage.level, 'emergency', text);
    assert.ok(r.redFlags.some((f) => f.id === 'limb-embolus'), text);
    assert.equal(r.running.advice, 'stop', text);
  }
});

test('an irregular heart with an ordinary running pain, or a sudden numb foot after a twist, is not an embolus', () => {
  assert.ok(!run('I have AF. My heel hurts for the first few steps every morning for a month.').redFlags.some((f) => f.id === 'limb-embolus'));
  assert.ok(!run('I have AF. Rolled my ankle suddenly on a kerb and the outside is numb.').redFlags.some((f) => f.id === 'limb-embolus'));
});

test('signs of a high ankle sprain mean no running until it has been checked', () => {
  for (const text of [
    'Got tackled and my foot was forced outwards. Pain sits a few cm above the ankle, between the two leg bones, and it hurts to turn the foot out.',
    'Twisted my ankle at hockey. Squeezing my lower leg halfway up hurts down at the ankle.',
  ]) {
    const r = run(text);
    assert.equal(r.running.advice, 'stop', text);
  }
});

test('a forefoot problem that hurts while running means modify; one that does not may continue', () => {
  const hurts = run('I have a bunion on my left big toe joint and it gets sore during my runs.');
  assert.equal(hurts.differential[0]?.conditionId, 'bunion');
  assert.equal(hurts.running.advice, 'modify');
  assert.equal(hurts.running.rule, 'hurts-while-running');
  const fine = run('I have a bunion on my left big toe joint, it rubs in narrow work shoes but running is fine.');
  assert.equal(fine.differential[0]?.conditionId, 'bunion');
  assert.equal(fine.running.advice, 'continue');
  assert.equal(val('Running doesn\'t hurt at all.', 'pain-during-run'), false);
});

test('the side said to be fine gives the other side, and its words give no findings', () => {
  assert.equal(val('Heel pain for the first steps each morning. Left is fine.', 'side'), 'right');
  assert.equal(val('Achilles sore after runs, the right one is totally fine.', 'side'), 'left');
  assert.equal(val('My left foot is fine but the other heel aches every morning.', 'side'), 'right');
  const text = 'Right calf tight after runs, left calf is fine and not swollen.';
  assert.equal(val(text, 'side'), 'right');
  assert.notEqual(val(text, 'swelling'), false);
  assert.equal(val(text, 'pain-calf'), true);
  // A "fine" that says when it is fine is not a healthy side.
  assert.equal(val('My left heel is fine when I walk but sore after runs.', 'side'), 'left');
});

test('a place given relative to the ankle bone is next to it, not at it', () => {
  const front = 'It aches in front of the outer ankle bone after trail runs.';
  assert.equal(val(front, 'pain-outside-ankle'), true);
  assert.notEqual(val(front, 'pain-front-of-ankle'), true);
  assert.equal(val('Tender just under the ankle bone on the inside after long runs.', 'pain-inside-ankle'), true);
  const navicular = 'A sore bony bump on the inner side of my foot, below and in front of the ankle bone.';
  assert.equal(val(navicular, 'pain-inside-of-foot'), true);
  assert.notEqual(val(navicular, 'pain-front-of-ankle'), true);
  assert.notEqual(val(navicular, 'pain-inside-ankle'), true);
  // Without a bony landmark "in front of my ankle" is still the front of the ankle.
  assert.equal(val('Pinching in front of my ankle when I lunge.', 'pain-front-of-ankle'), true);
});
