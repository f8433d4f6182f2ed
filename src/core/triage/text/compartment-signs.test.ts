/**
 * A compartment under pressure as an examiner writes it in a case report or referral letter (dev23), with the
 * ordinary examination sentences that share its words and must stay harmless. Sentences are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readCompartmentSigns } from './compartment-signs.ts';

const kb = await readKnowledgeBase();
const sign = (text: string, id: string): boolean | undefined => readCompartmentSigns(text.toLowerCase(), 0).find((s) => s.id === id)?.value;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('a tense or firm front of the leg is the rock-hard compartment; soft or not tense is its absence', () => {
  assert.equal(sign('The front of the lower leg is tense and firm compared with the other side', 'leg-rock-hard'), true);
  assert.equal(sign('The outer leg compartment feels woody', 'leg-rock-hard'), true);
  assert.equal(sign('There is a tense, shiny anterior compartment', 'leg-rock-hard'), true);
  assert.equal(sign('The shin was swollen, red and firm', 'leg-rock-hard'), true);
  assert.equal(sign('The compartments are soft and non-tender', 'leg-rock-hard'), false);
  assert.equal(sign('The anterior compartment is not tense', 'leg-rock-hard'), false);
  assert.equal(sign('Firm pressure along the shin is painful over the lower third', 'leg-rock-hard'), undefined);
  assert.equal(sign('The leg is hard to move first thing in the morning', 'leg-rock-hard'), undefined);
});

test('toes moved passively with pain, in any grammar, is the stretch sign; painless is not', () => {
  assert.equal(sign('Passively flexing her toes down brings on severe pain in the shin', 'pain-on-stretching-toes-severe'), true);
  assert.equal(sign('Passive toe extension reproduces his pain', 'pain-on-stretching-toes-severe'), true);
  assert.equal(sign('Passively bending the toes is painless', 'pain-on-stretching-toes-severe'), undefined);
  assert.equal(sign('Passive ankle movement is full and comfortable', 'pain-on-stretching-toes-severe'), undefined);
});

test('difficulty lifting the foot or toes is weakness, unless pain is the reason or it is denied', () => {
  assert.equal(sign('She now struggles to raise her toes off the floor', 'weakness-foot-drop'), true);
  assert.equal(sign('He has difficulty lifting the front of his foot when walking', 'weakness-foot-drop'), true);
  assert.equal(sign('It is hard to lift my foot onto the step because the heel hurts', 'weakness-foot-drop'), undefined);
  assert.equal(sign('There is no difficulty lifting the foot', 'weakness-foot-drop'), undefined);
});

test('exertional acute compartment syndrome written as a case report is an emergency, with or without a blow', () => {
  for (const text of [
    'A 38-year-old man finished a hot trail marathon without any fall. Since then the pain along the front of his shin has kept increasing despite ibuprofen and codeine. The anterior compartment is tense, and passively stretching his toes makes him shout out.',
    'A 22-year-old hockey player was struck on the outer shin by a stick. The lateral compartment feels firm and woody and she has difficulty lifting her foot. Passive movement of the toes causes marked pain.',
  ]) assert.ok(flags(text).includes('acute-compartment-syndrome'), text);
  for (const text of [
    'A 33-year-old runner has three weeks of aching along the inner shin. The compartments are soft and passive stretch of the toes is painless.',
    'Her shin pain has gradually worsened over the last two weeks despite ibuprofen; the leg is not tense.',
  ]) assert.ok(!flags(text).includes('acute-compartment-syndrome'), text);
});
