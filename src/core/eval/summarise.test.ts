import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeOutcome, makeVignette } from './fixtures.ts';
import { checkGate } from './gate.ts';
import { evaluate, runOne } from './run.ts';
import { scoreVignette } from './score.ts';
import { summarise } from './summarise.ts';
import type { VignetteInput } from './vignette-schema.ts';

const vignettes = [
  makeVignette('v001', 'plantar-fasciitis', 'selfcare', 'modify'),
  makeVignette('v002', 'plantar-fasciitis', 'selfcare', 'modify', { evidence: true }),
  makeVignette('v003', 'deep-vein-thrombosis', 'urgent', 'stop', { redFlag: true }),
  makeVignette('v004', 'mortons-neuroma', 'selfcare', 'modify'),
];

const outcomes = new Map([
  ['v001', makeOutcome('selfcare', 'modify', ['plantar-fasciitis'])],
  ['v002', makeOutcome('doctor', 'continue', ['fat-pad-syndrome', 'plantar-fasciitis'])],
  ['v003', makeOutcome('doctor', 'stop', ['calf-strain', 'deep-vein-thrombosis'])],
  ['v004', makeOutcome('selfcare', 'modify', ['metatarsalgia', 'sesamoiditis', 'hallux-rigidus', 'mortons-neuroma'])],
]);

const report = summarise(
  vignettes.map((v) => scoreVignette(v, { outcome: outcomes.get(v.id) ?? makeOutcome('selfcare', 'continue', []) })),
);

test('headline rates count hits over all vignettes', () => {
  assert.equal(report.total, 4);
  assert.equal(report.redFlagTotal, 1);
  assert.deepEqual(report.top1, { hits: 1, n: 4, rate: 0.25 });
  assert.deepEqual(report.top3, { hits: 3, n: 4, rate: 0.75 });
  assert.deepEqual(report.coverage, { hits: 4, n: 4, rate: 1 });
  assert.deepEqual(report.safeTriage, { hits: 3, n: 4, rate: 0.75 });
  assert.deepEqual(report.overTriage, { hits: 1, n: 4, rate: 0.25 });
  assert.deepEqual(report.runningAgreement, { hits: 3, n: 4, rate: 0.75 });
});

test('under-triage and red-flag under-triage are listed', () => {
  assert.deepEqual(report.underTriage, [
    { id: 'v003', redFlag: true, gold: 'urgent', got: 'doctor', condition: 'deep-vein-thrombosis' },
  ]);
  assert.equal(report.redFlagUnderTriage.length, 1);
});

test('unsafe running advice is listed', () => {
  assert.deepEqual(report.unsafeRunning, [{ id: 'v002', gold: 'modify', got: 'continue', condition: 'plantar-fasciitis' }]);
});

test('per-condition figures and misses', () => {
  const pf = report.perCondition.find((c) => c.conditionId === 'plantar-fasciitis');
  assert.deepEqual(pf && { n: pf.n, top1: pf.top1, top3: pf.top3, misses: pf.misses.length }, { n: 2, top1: 1, top3: 2, misses: 0 });
  const mn = report.perCondition.find((c) => c.conditionId === 'mortons-neuroma');
  assert.deepEqual(mn?.misses, [{ id: 'v004', top3: ['metatarsalgia', 'sesamoiditis', 'hallux-rigidus'], rank: 4, error: null }]);
  assert.deepEqual(report.perCondition.map((c) => c.conditionId), ['deep-vein-thrombosis', 'mortons-neuroma', 'plantar-fasciitis']);
});

test('split by narrative and structured input', () => {
  assert.deepEqual(report.byKind.text.top3, { hits: 2, n: 3, rate: 2 / 3 });
  assert.deepEqual(report.byKind.evidence.top1, { hits: 0, n: 1, rate: 0 });
});

test('the gate fails on low top-3 and on red-flag under-triage, and passes a clean run', () => {
  const gate = checkGate(report);
  assert.equal(gate.pass, false);
  assert.equal(gate.failures.length, 2);
  assert.match(gate.failures.join(' '), /top-3 75\.0%/);
  assert.match(gate.failures.join(' '), /v003/);
  const clean = evaluate(vignettes, () =>
    makeOutcome('emergency', 'stop', ['plantar-fasciitis', 'deep-vein-thrombosis', 'mortons-neuroma']),
  );
  assert.deepEqual(checkGate(clean), { pass: true, failures: [] });
});

test('the gate fails on an empty set', () => {
  assert.equal(checkGate(summarise([])).pass, false);
});

test('a throwing engine or a result that breaks the contract becomes an error run', () => {
  const v = vignettes[0]!;
  assert.deepEqual(runOne(v, () => { throw new Error('no kb'); }), { error: 'no kb' });
  const bad = runOne(v, () => ({ triage: { level: 'soon' }, running: { advice: 'stop' }, differential: [] }));
  assert.ok('error' in bad && /contract/.test(bad.error));
  const ok = runOne(v, () => ({ kbVersion: '1.0.0', ...makeOutcome('doctor', 'stop', ['gout']) }));
  assert.ok('outcome' in ok && ok.outcome.differential[0]?.conditionId === 'gout');
});

test('the engine receives text for narratives and evidence for structured cases', () => {
  const seen: VignetteInput[] = [];
  evaluate(vignettes.slice(0, 2), (input) => { seen.push(input); return makeOutcome('selfcare', 'modify', []); });
  assert.ok('text' in seen[0]!);
  assert.ok('evidence' in seen[1]!);
});

test('safe triage is split by gold level', () => {
  assert.deepEqual(report.safeTriageByGoldLevel.urgent, { hits: 0, n: 1, rate: 0 });
  assert.deepEqual(report.safeTriageByGoldLevel.selfcare, { hits: 3, n: 3, rate: 1 });
  assert.deepEqual(report.safeTriageByGoldLevel.emergency, { hits: 0, n: 0, rate: 0 });
});
