import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const ids = (text: string): string[] => understandText(kb, text).findings.filter((f) => f.value === true).map((f) => f.id);

test('a story told wholly about one other person keeps its findings', () => {
  const got = ids('my son 12 has a lump on the inside of his foot. It gets sore after running. He has flat feet.');
  assert.ok(got.includes('bony-bump-inner-midfoot'), got.join(','));
});

test('a bystander named beside the writer still gives nothing', () => {
  const got = ids('my husband has plantar fasciitis. I have pain at the back of my heel');
  assert.ok(!got.includes('pain-heel-underside') && got.includes('pain-back-of-heel'), got.join(','));
});

test('high-ankle-sprain wording is read', () => {
  assert.ok(ids('rolled my ankle, it hurts above the ankle, between the bones').includes('pain-above-ankle-between-shin-bones'));
  assert.ok(ids('the pain is between the two shin bones above the ankle').includes('pain-above-ankle-between-shin-bones'));
});

test('a bare shin in a statement about the skin is not shin pain', () => {
  assert.ok(!ids('I have less hair on my shin').includes('pain-inner-shin'));
  assert.ok(ids('my shin hurts, there is a scar on it').includes('pain-inner-shin'));
});

test('another person helping the runner ("my husband had to carry me") keeps the clause about the runner', () => {
  assert.ok(ids('Rolled my ankle on the trail and my husband had to carry me back to the car.').includes('cannot-bear-weight'));
  assert.ok(ids('A friend had to help me hobble off the course.').includes('cannot-bear-weight'));
  // Someone else's injury in the runner's own story still stays theirs.
  assert.ok(!ids('My shin aches after runs. My husband had a sprained ankle last month.').includes('injury-rolled-ankle'));
});

test('a text that opens on a child is about the child even when the parent says as much of themselves (dev16)', () => {
  const text = 'My daughter is 12 and went over on her ankle at netball tonight. She is hobbling. What I have noticed is it is not where my own sprains hurt, it is on her outer ankle bone.';
  const found = understandText(kb, text).findings;
  assert.equal(found.find((f) => f.id === 'injury-rolled-ankle')?.value, true);
});
