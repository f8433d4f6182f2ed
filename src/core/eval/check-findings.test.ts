import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingSchema, type Finding } from '../kb/schema.ts';
import { checkAgainstKb } from './check-findings.ts';
import { makeVignette } from './fixtures.ts';
import type { Vignette } from './vignette-schema.ts';

const finding = (raw: object): Finding => findingSchema.parse({ category: 'sign', question: 'Is it so?', label: 'a label', ...raw });
const findings = [
  finding({ id: 'pain-heel-underside', type: 'boolean' }),
  finding({ id: 'pain-first-steps', type: 'boolean' }),
  finding({ id: 'duration-weeks', type: 'number', min: 0, max: 520 }),
  finding({ id: 'side', type: 'side' }),
  finding({ id: 'sex', type: 'choice', options: [{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }] }),
];
const kb = {
  findingById: new Map(findings.map((f) => [f.id, f])),
  conditionById: new Map([['plantar-fasciitis', {}], ['fat-pad-syndrome', {}]]),
};


test('a vignette whose findings and conditions all exist passes', () => {
  const v = makeVignette('v001', 'plantar-fasciitis', 'selfcare', 'modify', { evidence: true, acceptable: ['fat-pad-syndrome'] });
  assert.deepEqual(checkAgainstKb([v], kb), []);
});

test('unknown finding ids and conditions missing from the KB are reported', () => {
  const v = makeVignette('v002', 'plantar-fasciitis', 'selfcare', 'modify', { acceptable: ['mortons-neuroma'] });
  const evidence: Vignette = { id: 'v003', gold: v.gold, redFlag: false, notes: 'x'.repeat(5), evidence: [{ id: 'pain-knee', value: true }, { id: 'side', value: 'left' }] };
  const problems = checkAgainstKb([v, evidence], kb);
  assert.deepEqual(problems, [
    { id: 'v002', message: 'condition mortons-neuroma is not in the KB' },
    { id: 'v003', message: 'condition mortons-neuroma is not in the KB' },
    { id: 'v003', message: 'unknown finding pain-knee' },
  ]);
});

test('values must fit the finding type', () => {
  const gold = makeVignette('v004', 'plantar-fasciitis', 'selfcare', 'modify').gold;
  const v: Vignette = {
    id: 'v004', gold, redFlag: false, notes: 'types',
    evidence: [
      { id: 'pain-heel-underside', value: 'yes' },
      { id: 'duration-weeks', value: true },
      { id: 'side', value: 'up' },
      { id: 'sex', value: 'robot' },
      { id: 'pain-first-steps', value: false },
    ],
  };
  const messages = checkAgainstKb([v], kb).map((p) => p.message);
  assert.equal(messages.length, 4);
  assert.match(messages[0] ?? '', /pain-heel-underside is yes\/no/);
  assert.match(messages[1] ?? '', /duration-weeks is a number/);
  assert.match(messages[2] ?? '', /side is left\/right\/both/);
  assert.match(messages[3] ?? '', /sex must be one of female\/male/);
});

test('numbers outside the finding range are reported', () => {
  const gold = makeVignette('v005', 'plantar-fasciitis', 'selfcare', 'modify').gold;
  const v: Vignette = { id: 'v005', gold, redFlag: false, notes: 'range', evidence: [{ id: 'duration-weeks', value: -1 }, { id: 'side', value: 'both' }] };
  assert.match(checkAgainstKb([v], kb)[0]?.message ?? '', /below its minimum/);
});
