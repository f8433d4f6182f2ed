/**
 * Bladder, bowel and saddle changes told through the toilet in plain or second-language words (dev18). Every sentence
 * was written for this test; each family of alarms sits next to everyday sentences that share its words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readToiletChange } from './toilet-stories.ts';

const kb = await readKnowledgeBase();
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);
const reads = (sentence: string): boolean => readToiletChange(sentence.toLowerCase()) !== null;

test('a feeling that fails on the toilet is read whatever the word order', () => {
  for (const s of [
    'when i sit on the toilet i do not feel the paper good between my legs',
    'my back hurts and i can hardly feel the toilet paper',
    "i don't feel it when i need to pee anymore",
    "i don't notice when i need to go to the toilet",
    "i couldn't tell if i had finished peeing",
    'i feel nothing when i wipe',
    'the wiping feels like it is not my skin',
    'between the legs it is sleepy since yesterday',
    'my private parts are numb since the back went',
    // The saddle named as where you sit on a bike (dev22).
    'the area where you sit on a bike has gone numb',
    'the skin that touches the saddle feels dead since monday',
  ]) assert.ok(reads(s), s);
});

test('a bladder that must be forced or waited on is read', () => {
  for (const s of [
    'i must push hard so the pee starts',
    'now i need to press to make the water come',
    'the pee is not coming normal since this morning',
    'i have to wait a long time before the urine comes',
    'i have to strain to get my wee going',
    // Told pee first (dev22).
    'when i go to pee it is slow and i have to push',
    'each time i wee i need to strain a bit',
  ]) assert.ok(reads(s), s);
});

test('the same words about running, a denial or a long habit are not a toilet change', () => {
  for (const s of [
    'i have to push hard up hills',
    'i had to wait at the water station for ages',
    'i have to push a wee bit harder on the climbs',
    "i don't have to push to pee, all normal",
    'there is no numbness between my legs',
    "i don't feel it when i need to go up the stairs",
    'i have always had to wait for my stream to start because of my prostate',
    "i can't tell if i need new shoes",
    'we had to wait for the stream crossing to drop',
    'when i pee it is normal, i have to push hard on the hills though',
    'the part where i sit at my desk is a cheap chair and my legs go numb',
  ]) assert.ok(!reads(s), s);
});

test('back pain with the paper not felt and a wee that must be pushed is the cauda equina emergency', () => {
  const text = 'Disc trouble again, pain in both legs. On the toilet I do not feel the tissue well and I must push for the wee to come.';
  assert.ok(flags(text).includes('nerve-cauda-equina'));
  assert.equal(assess(kb, { text }).triage.level, 'emergency');
  assert.ok(!flags('Disc trouble again, pain in both legs. Toilet is all normal, no need to push to pee.').includes('nerve-cauda-equina'));
});
