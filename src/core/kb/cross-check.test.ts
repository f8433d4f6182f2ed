import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawKnowledgeBase } from './knowledge-base.ts';
import { likelihoodRatios, normalisePhrase } from './cross-check.ts';
import { loadKnowledgeBase, validateKnowledgeBase, KbError } from './load.ts';

const finding = (id: string, lexicon: string[] = []) => ({ id, category: 'timing', question: `Do you have ${id}?`, label: id, type: 'boolean', lexicon });
const ev = (f: string, lrPlus: number, lrMinus: number) => ({ finding: f, lrPlus, lrMinus, basis: 'judgement' });

/** A tiny but complete raw KB: one zone, eight findings, one condition, one source. */
function rawKb(): RawKnowledgeBase {
  const fids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((x) => `finding-${x}`);
  return {
    meta: { version: '1.2.3', changelog: [{ version: '1.2.3', date: '2026-01-01', changes: ['tiny fixture'] }] },
    zones: [{ id: 'heel-underside', name: 'Underside of the heel', lexicon: ['bottom of my heel'], region: 'heel', description: 'Under the heel.' }],
    sources: [{ id: 'src-2020', kind: 'article', citation: 'Someone A. A study. J Feet 2020;1:1-2.' }],
    findings: fids.map((id, i) => finding(id, [`phrase number ${i}`])),
    conditions: [{
      id: 'heel-thing', name: 'Sore heel thing', clinicalName: 'Calcaneal thing', category: 'fascia', zones: ['heel-underside'],
      summary: 'A made-up condition that exists only to test the knowledge-base cross-checks.',
      feelsLike: 'It feels like a test fixture under the heel.',
      prior: { weight: 2, basis: 'judgement' },
      evidence: [ev(fids[0] ?? '', 3, 0.4), ev(fids[1] ?? '', 2.5, 0.6), ev(fids[2] ?? '', 2, 0.8), ev(fids[3] ?? '', 1.2, 0.9), ev(fids[4] ?? '', 1.1, 0.95), ev(fids[5] ?? '', 1.3, 0.9)],
      redFlag: false,
      care: { level: 'selfcare', timeframe: 'this week', action: 'Rest it and see how it goes.' },
      running: { advice: 'modify', guidance: 'Run shorter and easier.' },
      recovery: { minWeeks: 2, maxWeeks: 6 },
      causes: [{ factor: 'overuse', note: 'Too much too soon.' }],
      selfCare: ['Rest a little.'], clinicianCare: ['Examine the heel.'], whenToSeeSomeone: 'If it is not better in three weeks.',
      protocol: 'plantar-heel', sources: ['src-2020'],
    }],
    exercises: [], selfTests: [], protocols: [],
  };
}

type Mutable = Record<string, unknown>;
const firstCondition = (raw: RawKnowledgeBase): Mutable => raw.conditions[0] as Mutable;

test('the fixture is valid', () => {
  const { kb, problems } = validateKnowledgeBase(rawKb());
  assert.deepEqual(problems, []);
  assert.equal(kb.version, '1.2.3');
  assert.equal(kb.conditionById.get('heel-thing')?.care.level, 'selfcare');
});

test('normalisePhrase ignores case, punctuation and spacing', () => {
  assert.equal(normalisePhrase('  First   steps, in the MORNING! '), 'first steps in the morning');
  assert.equal(normalisePhrase("can't push off"), "can't push off");
});

test('likelihoodRatios uses LRs when given, else derives them from sensitivity and specificity', () => {
  assert.deepEqual(likelihoodRatios({ finding: 'x', lrPlus: 3, lrMinus: 0.5, basis: 'judgement', sources: [] }), { plus: 3, minus: 0.5 });
  const r = likelihoodRatios({ finding: 'x', sens: 0.8, spec: 0.9, basis: 'judgement', sources: [] });
  assert.ok(Math.abs(r.plus - 8) < 1e-9);
  assert.ok(Math.abs(r.minus - 0.2 / 0.9) < 1e-9);
  // 100% specificity stays finite.
  assert.ok(Number.isFinite(likelihoodRatios({ finding: 'x', sens: 0.3, spec: 1, basis: 'judgement', sources: [] }).plus));
});

test('a condition needs enough discriminating findings', () => {
  const raw = rawKb();
  const c = firstCondition(raw);
  c.evidence = [ev('finding-a', 1.2, 0.9), ev('finding-b', 1.1, 0.95), ev('finding-c', 1.3, 0.9), ev('finding-d', 1.2, 0.9), ev('finding-e', 3, 0.4), ev('finding-f', 1.1, 0.9)];
  const { problems } = validateKnowledgeBase(raw);
  assert.equal(problems.length, 1);
  assert.match(problems[0] ?? '', /^condition heel-thing: too few discriminating findings \(6 evidence, 1 discriminating/);
});

test('unknown ids and sources, and probabilities or weights out of range, are each reported on their own line', () => {
  const raw = rawKb();
  const c = firstCondition(raw);
  c.zones = ['heel-underside', 'elbow'];
  c.sources = ['src-2020', 'ghost-1999'];
  const evidence = c.evidence as Mutable[];
  evidence[1] = { finding: 'finding-z', lrPlus: 2.5, lrMinus: 0.6, basis: 'judgement' };
  const { problems } = validateKnowledgeBase(raw);
  assert.ok(problems.includes('condition heel-thing: unknown zone "elbow"'), problems.join('\n'));
  assert.ok(problems.includes('condition heel-thing: cites unknown source "ghost-1999"'));
  assert.ok(problems.includes('condition heel-thing: evidence names unknown finding "finding-z"'));
  for (const p of problems) assert.ok(!p.includes('\n'));
  // A shape error (probability above 1) is caught by the schema at load.
  const bad = rawKb();
  (firstCondition(bad).evidence as Mutable[])[2] = { finding: 'finding-c', sens: 1.5, spec: 0.5, basis: 'judgement' };
  assert.ok(validateKnowledgeBase(bad).problems.some((p) => /^condition heel-thing: evidence\.2\.sens: /.test(p)));
  const negative = rawKb();
  (firstCondition(negative).prior as Mutable).weight = -1;
  assert.ok(validateKnowledgeBase(negative).problems.some((p) => /^condition heel-thing: prior\.weight: /.test(p)));
});

test('a red flag cannot be self-care, and a lexicon phrase cannot belong to two findings', () => {
  const raw = rawKb();
  firstCondition(raw).redFlag = true;
  (raw.findings[1] as Mutable).lexicon = ['Phrase number 0.'];
  const { problems } = validateKnowledgeBase(raw);
  assert.ok(problems.includes('condition heel-thing: red flag without a level of care above selfcare'), problems.join('\n'));
  assert.ok(problems.includes('lexicon: "phrase number 0" belongs to both finding-a and finding-b'));
  assert.throws(() => loadKnowledgeBase(raw), (err) => err instanceof KbError && err.problems.length === problems.length);
});

test('a care escalation must name a known finding and raise the level of care', () => {
  const raw = rawKb();
  const condition = raw.conditions[0] as { care: Record<string, unknown> };
  const escalation = (finding: string, level: string) => ({ finding, level, timeframe: 'soon', reason: 'a reason that is long enough', basis: 'judgement' });
  condition.care.escalate = [escalation('finding-a', 'doctor'), escalation('finding-zz', 'doctor'), escalation('finding-b', 'selfcare')];
  const { problems } = validateKnowledgeBase(raw);
  assert.deepEqual(problems.filter((p) => p.includes('escalation')), [
    'condition heel-thing: escalation names unknown finding "finding-zz"',
    'condition heel-thing: escalation finding-b does not raise the level of care',
  ]);
});
