import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from '../fixture-kb.ts';
import { understandText } from './understand.ts';
import { readNumbers } from './numbers.ts';
import { readSide } from './side.ts';
import { stem } from './tokens.ts';
import { TriageInputError } from '../errors.ts';

const kb = fixtureKb();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('negation scope: no, didn\'t, never, not — and lists', () => {
  assert.equal(val('No swelling at all', 'swelling'), false);
  assert.equal(val("I didn't roll my ankle", 'injury-rolled-ankle'), false);
  assert.equal(val('I rolled my ankle on a trail', 'injury-rolled-ankle'), true);
  assert.equal(val('never had any swelling', 'swelling'), false);
  assert.equal(val('no bruising, swelling or redness', 'swelling'), false);
  assert.equal(val("no swelling, but it's worse on the first steps in the morning", 'pain-first-steps'), true);
  assert.equal(val('it is not swollen', 'swelling'), false);
  assert.equal(val("not sure if it's swollen", 'swelling'), 'unknown');
});

test('the latest statement wins inside the text', () => {
  assert.equal(val('I thought it was swollen. Actually it is not swollen.', 'swelling'), false);
});

test('tolerant matching: case, punctuation, inflection and word order', () => {
  assert.equal(val('SWELLING!!', 'swelling'), true);
  assert.equal(val('When I got out of bed my heel was killing me', 'pain-first-steps'), true);
  assert.equal(val('the tendon is very tender', 'tender-to-squeeze-tendon'), true);
  assert.equal(stem('hurting'), stem('hurts'));
  assert.equal(stem('swollen'), stem('swelling'));
  assert.equal(stem('feet'), 'foot');
});

test('zones: the longer place wins over a shorter one inside it', () => {
  const ids = understandText(kb, 'pain under my heel').findings.map((f) => f.id);
  assert.ok(ids.includes('pain-heel-underside'));
  assert.equal(val('no pain in my achilles, just my arch', 'pain-achilles'), false);
  assert.equal(val('no pain in my achilles, just my arch', 'pain-arch'), true);
});

test('spans point back at the words', () => {
  const text = 'My calf is swollen after a long flight';
  for (const f of understandText(kb, text).findings) {
    assert.ok(f.span && f.span[0] >= 0 && f.span[1] <= text.length && f.span[1] > f.span[0]);
  }
  const flight = understandText(kb, text).findings.find((f) => f.id === 'long-travel-or-immobilisation');
  assert.equal(text.slice(flight!.span![0], flight!.span![1]), 'long flight');
});

test('side: left, right, both; "right after" is not a side', () => {
  assert.equal(readSide('my LEFT heel')?.value, 'left');
  assert.equal(readSide('both feet hurt')?.value, 'both');
  assert.equal(readSide('pain on the right')?.value, 'right');
  assert.equal(readSide('it hurts right after running'), null);
  assert.equal(val('left achilles and right achilles', 'side'), 'both');
});

test('durations in many forms', () => {
  const weeks = (t: string): unknown => readNumbers(t).find((n) => n.kind === 'duration-weeks')?.value;
  assert.equal(weeks('for 3 weeks'), 3);
  assert.equal(weeks('a couple of months'), 8.7);
  assert.equal(weeks('started 10 days ago'), 1.4);
  assert.equal(weeks('three or four weeks'), 3.5);
  assert.equal(weeks('I run 4 days a week'), undefined);
  assert.equal(weeks('race in 3 weeks'), undefined);
  assert.equal(readNumbers('since march', '2026-05-15').find((n) => n.kind === 'duration-weeks')?.value, 8.7);
  assert.equal(readNumbers('since march').length, 0);
});

test('numbers: weekly distance with change, km and miles, pain score, age', () => {
  const n = readNumbers('went from 20 to 35 miles a week, pain 6/10, 34 year old');
  const get = (k: string): unknown => n.find((x) => x.kind === k)?.value;
  assert.equal(get('weekly-km'), 56.3);
  assert.equal(get('change-percent'), 75);
  assert.equal(get('pain-score'), 6);
  assert.equal(get('age'), 34);
  assert.equal(readNumbers('about 40km a week').find((x) => x.kind === 'weekly-km')?.value, 40);
  const f = understandText(kb, 'upped from 30 to 45 km per week').findings;
  assert.equal(f.find((x) => x.id === 'distance-change-percent')?.value, 50);
  assert.equal(f.find((x) => x.id === 'recent-training-increase')?.value, true);
});

test('bad text gives clear errors', () => {
  assert.throws(() => understandText(kb, '   '), (e: unknown) => e instanceof TriageInputError && e.kind === 'text-empty');
  assert.throws(() => understandText(kb, 'a'.repeat(10_001)), (e: unknown) => e instanceof TriageInputError && e.kind === 'text-too-long');
  assert.throws(() => understandText(kb, 'heel\u0000\u0001'), (e: unknown) => e instanceof TriageInputError && e.kind === 'text-binary');
  assert.throws(() => understandText(kb, 'heel \ufffd'), (e: unknown) => e instanceof TriageInputError && e.kind === 'text-binary');
});
