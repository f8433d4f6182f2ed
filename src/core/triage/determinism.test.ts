/**
 * Determinism and refactoring safety: a fixed set of inputs (descriptions, structured cases and scripted sessions of
 * up to 15 answers) must give the same result twice in a row, and the same ids, levels and probabilities (to 4
 * places) as the stored snapshot, taken before the engine was optimised. The snapshot records a fingerprint of the
 * result-relevant parts of the KB; when the KB itself changes on purpose, check the differences and regenerate with
 *   UPDATE_TRIAGE_SNAPSHOT=1 node --test src/core/triage/determinism.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { walkSession, unitHash } from './answer-walk.ts';
import { assess } from './assess.ts';
import { devCases } from './dev-cases.ts';
import type { AssessInput, TriageResult } from './types.ts';

const SNAPSHOT = fileURLToPath(new URL('./determinism.snapshot.json', import.meta.url));
const TODAY = '2026-11-22';
const kb = await readKnowledgeBase();

/** Round to 4 places, so the comparison is about the numbers, not floating-point noise in the last bit. */
const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/** The parts of a result the snapshot pins down: every id, level and probability. */
function digest(r: TriageResult): unknown {
  return {
    level: r.triage.level, timeframe: r.triage.timeframe, advice: r.running.advice, rule: r.running.rule,
    redFlags: r.redFlags.map((h) => [h.id, h.level, [...h.findings]]),
    differential: r.differential.map((d) => [d.conditionId, r4(d.probability), d.for.map((c) => [c.findingId, r4(c.lr)]), d.against.map((c) => [c.findingId, r4(c.lr)])]),
    somethingElse: r4(r.somethingElse),
    together: r.together.map((t) => [...t.conditionIds, r4(t.probability)]),
    findings: r.findings.map((f) => [f.id, f.value, f.source, f.span ? [...f.span] : null]),
    next: r.nextQuestion ? [r.nextQuestion.kind, r.nextQuestion.findingId, r.nextQuestion.items?.length ?? 0] : null,
    progress: [r.progress.answered, r.progress.asked, r.progress.remainingEstimate, r.progress.confident, r.progress.stopReason],
    notes: r.notes.length,
  };
}

/** A fingerprint of everything in the KB that can change a result's ids, levels or probabilities (not prose). */
function kbFingerprint(k: KnowledgeBase): string {
  const relevant = {
    conditions: k.conditions.map((c) => [c.id, c.zones, c.prior.weight, c.evidence, c.care.level, c.care.timeframe, c.running.advice, c.category, c.redFlag]),
    findings: k.findings,
    zones: k.zones.map((z) => [z.id, z.name, z.region, z.lexicon]),
    selfTests: k.selfTests.map((s) => [s.id, s.contraindicatedBy]),
  };
  return unitHash(JSON.stringify(relevant)).toString(36);
}

/** Starting points: the benchmark's cases, every development case and a few structured ones. */
function starts(): { id: string; input: AssessInput }[] {
  return [
    { id: 'empty', input: {} },
    { id: 's-burning', input: { evidence: { 'pain-ball-of-foot': true, 'character-burning': true, 'worse-tight-shoes': true } } },
    { id: 's-calf', input: { evidence: { 'pain-calf': true, 'calf-swelling-one-side': true, 'long-travel-or-immobilisation': true } } },
    { id: 's-shin', input: { evidence: { 'pain-inner-shin': true, 'side': 'both', 'duration-weeks': 3 } } },
    { id: 'half-marathon-heel', input: { text: 'my heel hurts when I get out of bed in the morning, eases after a few minutes, been upping my mileage for a half marathon' } },
    { id: 'both-shins', input: { text: 'pain on the inside of my shin, both legs, worse at the start of runs, for about 3 weeks, no swelling' } },
    { id: 'rolled-ankle', input: { text: 'rolled my left ankle on a trail yesterday, swollen on the outside, can walk but it hurts' } },
    { id: 'flight-calf', input: { text: 'my calf is swollen and warm after a long flight back from the race' } },
    { id: 'achilles-4cm', input: { text: 'achilles is stiff in the morning and sore to squeeze about 4cm above the heel, 2 months now' } },
    ...devCases.map((c) => ({ id: c.id, input: { text: c.text } })),
    // Long descriptions (many findings, many phrase matches), up to the 10 000-character limit.
    { id: 'long-3', input: { text: joined(3) } },
    { id: 'long-12', input: { text: joined(12) } },
    { id: 'long-all', input: { text: joined(devCases.length) } },
  ];
}

/** The first n development cases as one description, kept under the length limit. */
function joined(n: number): string {
  let text = '';
  for (const c of devCases.slice(0, n)) {
    if (text.length + c.text.length + 1 > 9900) break;
    text += `${text ? ' ' : ''}${c.text}`;
  }
  return text;
}

interface Snapshot {
  readonly kb: string;
  readonly cases: readonly { readonly id: string; readonly input: AssessInput; readonly digest: unknown }[];
}

/** Every start, then scripted sessions: all steps of the first few, steps 5, 10 and 15 of the rest. */
function buildInputs(): { id: string; input: AssessInput }[] {
  const out: { id: string; input: AssessInput }[] = [];
  starts().forEach(({ id, input }, n) => {
    const session = walkSession(kb, input, id, 15, { today: TODAY });
    session.forEach((step, i) => {
      if (n < 10 ? true : i === 0 || i % 5 === 0) out.push({ id: `${id}#${i}`, input: step });
    });
  });
  return out;
}

if (process.env.UPDATE_TRIAGE_SNAPSHOT === '1') {
  const cases = buildInputs().map(({ id, input }) => ({ id, input, digest: digest(assess(kb, input, { today: TODAY })) }));
  const snap: Snapshot = { kb: kbFingerprint(kb), cases };
  // One case a line: small, and a diff shows which inputs changed.
  writeFileSync(SNAPSHOT, `{"kb":${JSON.stringify(snap.kb)},"cases":[\n${snap.cases.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`);
}

const stored = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;

test('the snapshot covers descriptions, structured cases and sessions of 5 to 15 answers', () => {
  assert.ok(stored.cases.length >= 100, String(stored.cases.length));
  const answered = stored.cases.map((c) => (Array.isArray(c.input.evidence) ? c.input.evidence.length : 0));
  assert.ok(answered.some((n) => n >= 5) && answered.some((n) => n >= 15));
  assert.ok(stored.cases.some((c) => typeof c.input.text === 'string' && c.input.evidence === undefined));
});

test('the same input gives the same full result twice in a row', () => {
  for (const c of stored.cases) {
    const a = assess(kb, c.input, { today: TODAY });
    const b = assess(kb, c.input, { today: TODAY });
    assert.deepEqual(b, a, c.id);
  }
});

test('results match the stored snapshot (ids, levels, probabilities to 4 places)', () => {
  assert.equal(stored.kb, kbFingerprint(kb), 'the KB changed since the snapshot was taken: check the differences, then regenerate (see the file note)');
  for (const c of stored.cases) assert.deepEqual(digest(assess(kb, c.input, { today: TODAY })), c.digest, c.id);
});
