import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from './assess.ts';
import { fixtureKb } from './fixture-kb.ts';
import { capLr, LR_CAP, LR_FLOOR } from './likelihood.ts';
import { TriageInputError } from './errors.ts';
import { informationGain } from './information.ts';
import { posterior, scoreConditions } from './differential.ts';
import type { KnownFinding } from './types.ts';

const kb = fixtureKb();
const p = (r: ReturnType<typeof assess>, id: string): number => r.differential.find((d) => d.conditionId === id)?.probability ?? 0;

test('same input gives the same result', () => {
  const input = { text: 'heel hurts on the first steps in the morning', evidence: [{ id: 'swelling', value: false }] };
  assert.deepEqual(assess(kb, input), assess(kb, input));
});

test('heel pain with first-step pain ranks plantar fasciitis first, with reasons and sources', () => {
  const r = assess(kb, { evidence: { 'pain-heel-underside': true, 'pain-first-steps': true } });
  assert.equal(r.differential[0]?.conditionId, 'plantar-fasciitis');
  assert.ok(r.differential[0]!.for.some((c) => c.findingId === 'pain-first-steps' && c.weight > 0));
  assert.deepEqual(r.differential[0]?.sources, ['fixture']);
  assert.equal(r.triage.level, 'selfcare');
  assert.equal(r.redFlags.length, 0);
});

test('unknown is not no: an unknown answer leaves the differential as if unasked', () => {
  const base = assess(kb, { evidence: { 'pain-heel-underside': true } });
  const unknown = assess(kb, { evidence: { 'pain-heel-underside': true, 'pain-first-steps': 'unknown' } });
  const no = assess(kb, { evidence: { 'pain-heel-underside': true, 'pain-first-steps': false } });
  assert.equal(p(unknown, 'plantar-fasciitis'), p(base, 'plantar-fasciitis'));
  assert.ok(p(no, 'plantar-fasciitis') < p(base, 'plantar-fasciitis'));
});

test('likelihood ratios are capped', () => {
  assert.equal(capLr(1000), LR_CAP);
  assert.equal(capLr(0.0001), LR_FLOOR);
  const r = assess(kb, { evidence: { 'injury-rolled-ankle': true } });
  const sprain = r.differential.find((d) => d.conditionId === 'lateral-ankle-sprain');
  assert.ok(sprain!.for.every((c) => c.lr <= LR_CAP));
});

test('probabilities are sensible: within 0..1 and "something else" takes weight when nothing fits', () => {
  const weak = assess(kb, { evidence: { 'pain-first-steps': false, 'pain-eases-with-warm-up': false, swelling: false, 'tender-to-squeeze-tendon': false, 'injury-rolled-ankle': false, 'pain-hopping': false } });
  for (const d of weak.differential) assert.ok(d.probability >= 0 && d.probability <= 1);
  assert.ok(weak.somethingElse > 0.2, `something else ${weak.somethingElse}`);
  const strong = assess(kb, { evidence: { 'pain-heel-underside': true, 'pain-first-steps': true, 'pain-eases-with-warm-up': true } });
  assert.ok(strong.somethingElse < 0.1);
});

test('two problems at once: heel and achilles pain together are explained by a pair', () => {
  const r = assess(kb, { evidence: { 'pain-heel-underside': true, 'pain-achilles': true, 'pain-first-steps': true, 'tender-to-squeeze-tendon': true } });
  const ids = r.together[0]?.conditionIds ?? [];
  assert.deepEqual([...ids].sort(), ['achilles-tendinopathy-midportion', 'plantar-fasciitis']);
  assert.ok(p(r, 'plantar-fasciitis') > 0.5 && p(r, 'achilles-tendinopathy-midportion') > 0.5);
});

test('a red flag decides care and running first, even with a benign differential', () => {
  const r = assess(kb, { evidence: { 'pain-heel-underside': true, 'pain-first-steps': true, 'calf-swelling-one-side': true, 'long-travel-or-immobilisation': true } });
  assert.equal(r.redFlags[0]?.id, 'dvt-cluster');
  assert.equal(r.triage.level, 'urgent');
  assert.equal(r.running.advice, 'stop');
  assert.equal(r.running.rule, 'red-flag:dvt-cluster');
});

test('a likely stress fracture means stop running', () => {
  const r = assess(kb, { evidence: { 'pain-inner-shin': true, 'test-hop-painful': true, 'pain-eases-with-warm-up': false } });
  assert.equal(r.running.advice, 'stop');
});

test('contradictory answers: the latest wins with a note', () => {
  const r = assess(kb, { evidence: [{ id: 'swelling', value: true }, { id: 'swelling', value: 'no' }] });
  assert.equal(r.findings.find((f) => f.id === 'swelling')?.value, false);
  assert.ok(r.notes.some((n) => n.includes('later answer')));
  const t = assess(kb, { text: 'my heel is swollen', evidence: [{ id: 'swelling', value: false }] });
  assert.equal(t.findings.find((f) => f.id === 'swelling')?.value, false);
});

test('unknown finding ids raise a typed error listing them', () => {
  assert.throws(() => assess(kb, { evidence: [{ id: 'nope', value: true }, { id: 'swelling', value: true }, { id: 'zzz', value: 1 }] }), (err: unknown) =>
    err instanceof TriageInputError && err.kind === 'unknown-findings' && err.unknownIds.join() === 'nope,zzz' && err.status === 400);
  assert.throws(() => assess(kb, { evidence: [{ id: 'duration-weeks', value: 'long' }] }), TriageInputError);
});

test('no input: starts with the red-flag screen and leans cautious', () => {
  const r = assess(kb, { text: '' });
  assert.equal(r.nextQuestion?.kind, 'red-flag-screen');
  assert.ok((r.nextQuestion?.items ?? []).some((i) => i.findingId === 'cannot-bear-weight'));
  assert.equal(r.triage.level, 'doctor');
});

test('after the screen, the next question separates the leading conditions', () => {
  const screen = { 'cannot-bear-weight': false, 'calf-swelling-one-side': false, 'fever-or-unwell': false, 'numbness-persistent': false, 'chest-pain-or-breathless': false };
  const r = assess(kb, { evidence: { ...screen, 'pain-heel-underside': true, 'pain-achilles': true } });
  assert.ok(r.nextQuestion && r.nextQuestion.kind !== 'red-flag-screen');
  const findings: KnownFinding[] = Object.entries({ ...screen, 'pain-heel-underside': true, 'pain-achilles': true }).map(([id, value]) => ({ id, value, source: 'answer' }));
  const post = posterior(scoreConditions(kb, findings), findings);
  const gainTendon = informationGain(kb, kb.findingById.get('tender-to-squeeze-tendon')!, post).gain;
  const gainTravel = informationGain(kb, kb.findingById.get('long-travel-or-immobilisation')!, post).gain;
  assert.ok(gainTendon > gainTravel, 'a finding that splits the leaders beats an irrelevant one');
});

test('the hop self-test is offered for shin pain and withheld when it is unsafe', () => {
  const screen = { 'cannot-bear-weight': false, 'calf-swelling-one-side': false, 'fever-or-unwell': false, 'numbness-persistent': false, 'chest-pain-or-breathless': false };
  const asked: string[] = [];
  let evidence: Record<string, boolean> = { ...screen, 'pain-inner-shin': true };
  for (let i = 0; i < 6; i++) {
    const q = assess(kb, { evidence }).nextQuestion;
    if (!q?.findingId) break;
    asked.push(q.findingId);
    evidence = { ...evidence, [q.findingId]: false };
  }
  assert.ok(asked.includes('test-hop-painful') || asked.includes('pain-hopping') || asked.includes('bony-tenderness-focal'), asked.join());
  const unsafe = assess(kb, { evidence: { ...screen, 'cannot-bear-weight': true } });
  assert.notEqual(unsafe.nextQuestion?.findingId, 'test-hop-painful');
});

test('emergency stops the questions', () => {
  const r = assess(kb, { evidence: { 'chest-pain-or-breathless': true } });
  assert.equal(r.triage.level, 'emergency');
  assert.equal(r.nextQuestion, null);
});
