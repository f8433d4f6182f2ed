/**
 * Mechanisms: a fired warning-sign rule puts its condition at or near the top; a runner's own guess at the diagnosis
 * is a small hint, never a finding; rules need the combination, not one weak finding, to raise care; the chronic
 * exertional compartment pattern reaches a doctor. Real KB, written cases (none from a vignette set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { PATTERN_ID, PRIORITY_ID, SELF_DIAGNOSIS_ID, SELF_DIAGNOSIS_LR } from './differential.ts';
import { PATTERN_LR, rulePatterns } from './rule-patterns.ts';
import type { TriageResult } from './types.ts';

const kb = await readKnowledgeBase();
const rank = (r: TriageResult, id: string): number => r.differential.findIndex((d) => d.conditionId === id) + 1;
const row = (r: TriageResult, id: string) => r.differential.find((d) => d.conditionId === id);
const flags = (r: TriageResult): string[] => r.redFlags.map((f) => f.id);

test('an emergency rule puts its rare condition first, and says why', () => {
  const r = assess(kb, { evidence: { 'injury-direct-blow': true, 'pain-front-of-shin': true, 'severe-pain-out-of-proportion': true, 'leg-rock-hard': true, swelling: true } });
  assert.ok(flags(r).includes('acute-compartment-syndrome'), flags(r).join());
  assert.equal(r.triage.level, 'emergency');
  assert.equal(rank(r, 'acute-compartment-syndrome'), 1, r.differential.map((d) => d.conditionId).join());
  const why = row(r, 'acute-compartment-syndrome')?.for ?? [];
  assert.ok(why.some((c) => c.findingId === PATTERN_ID && c.lr === PATTERN_LR.emergency && /acute-compartment-syndrome/.test(c.label)));
});

test('a kick to the shin with a tense, shiny leg and tingling toes is an emergency even when the pain is played down', () => {
  const r = assess(kb, { text: 'Got kicked in the shin at football an hour ago. The front of the shin is tight as a drum and the skin is shiny, and my toes feel a bit tingly. Probably just a dead leg.' });
  assert.equal(r.triage.level, 'emergency', flags(r).join());
  assert.ok(rank(r, 'acute-compartment-syndrome') <= 2, r.differential.map((d) => d.conditionId).join());
});

test('navicular tenderness with no injury ranks the navicular stress fracture above sprain and fracture', () => {
  const r = assess(kb, { evidence: { 'ottawa-tender-navicular': true, 'onset-gradual': true, 'injury-rolled-ankle': false, 'injury-fall-or-jump': false, 'pain-top-of-foot': true } });
  assert.ok(flags(r).includes('bone-stress-high-risk-site'));
  const nav = rank(r, 'navicular-stress-fracture');
  assert.ok(nav >= 1 && nav <= 2, r.differential.map((d) => d.conditionId).join());
  for (const other of ['lateral-ankle-sprain', 'ankle-foot-fracture']) {
    const o = rank(r, other);
    assert.ok(o === 0 || o > nav, `${other} at #${o}, navicular at #${nav}`);
  }
  assert.equal(r.running.advice, 'stop');
});

test('an urgent rule keeps its condition within reach of the leader (floor), shown as its own reason', () => {
  const r = assess(kb, { evidence: { 'pain-heel-underside': true, 'pain-first-steps': true, 'pain-calf': true, 'calf-swelling-one-side': true, 'long-travel-or-immobilisation': true } });
  const dvt = row(r, 'deep-vein-thrombosis');
  const top = r.differential[0];
  assert.ok(dvt && top && dvt.probability >= top.probability * 0.45, `${dvt?.probability} vs ${top?.probability}`);
  assert.ok(rank(r, 'deep-vein-thrombosis') <= 2);
  const reasons = dvt.for.map((c) => c.findingId);
  assert.ok(reasons.includes(PATTERN_ID));
  if (reasons.includes(PRIORITY_ID)) assert.match(dvt.for.find((c) => c.findingId === PRIORITY_ID)?.label ?? '', /kept near the top/);
});

test('one rule per condition counts: two Ottawa rules do not multiply', () => {
  const hits = assess(kb, { evidence: { 'injury-rolled-ankle': true, 'cannot-bear-weight': true, 'ottawa-tender-back-of-outer-ankle-bone': true } }).redFlags;
  const fracture = rulePatterns(hits).filter((p) => p.conditionId === 'ankle-foot-fracture');
  assert.equal(fracture.length, 1);
});

test('self-diagnosis is a small hint shown as "you mentioned", never a finding', () => {
  const plain = assess(kb, { text: 'my heel hurts first thing in the morning' });
  const hinted = assess(kb, { text: "pretty sure it's PF, my heel hurts first thing in the morning" });
  assert.deepEqual(hinted.findings.map((f) => f.id).sort(), plain.findings.map((f) => f.id).sort());
  const why = row(hinted, 'plantar-fasciitis')?.for.find((c) => c.findingId === SELF_DIAGNOSIS_ID);
  assert.equal(why?.lr, SELF_DIAGNOSIS_LR);
  assert.match(why?.label ?? '', /you mentioned "PF"/);
  assert.ok((row(hinted, 'plantar-fasciitis')?.probability ?? 0) > (row(plain, 'plantar-fasciitis')?.probability ?? 0));
  assert.ok(hinted.notes.some((n) => /You mentioned "PF"/.test(n)));
});

test('old labels and guesses count; negated names and other people do not', () => {
  const hint = (text: string, id: string): boolean =>
    row(assess(kb, { text }), id)?.for.some((c) => c.findingId === SELF_DIAGNOSIS_ID) === true;
  assert.ok(hint('physio said shin splints last year, the inside of my shin aches again', 'medial-tibial-stress-syndrome'));
  assert.ok(hint("think I've got achilles tendonitis, the tendon is stiff in the morning", 'achilles-tendinopathy-midportion'));
  assert.ok(hint('think i have planter fasciitis, heel is sore', 'plantar-fasciitis'));
  assert.ok(!hint("it's not plantar fasciitis, the doctor checked; my heel is sore", 'plantar-fasciitis'));
  assert.ok(!hint("don't think it's plantar fasciitis but my heel is sore", 'plantar-fasciitis'));
  assert.ok(!hint('my friend had shin splints; the inside of my shin aches', 'medial-tibial-stress-syndrome'));
  assert.ok(!hint('I had lots of sprains on that ankle years ago. The front of the ankle pinches now.', 'lateral-ankle-sprain'));
  assert.ok(!hint('the fat pad under my heel is sore', 'vascular-claudication'), 'an acronym that is a word needs capitals');
});

test('a named dangerous diagnosis fires no rule on its own', () => {
  for (const text of ['worried it is a DVT, my heel hurts in the morning', 'pretty sure I have a stress fracture, my arch aches after runs', 'think it might be compartment syndrome, my arch aches']) {
    const r = assess(kb, { text });
    assert.deepEqual(flags(r), [], text);
  }
});

test('the kicked feeling stands down for a tear when the runner can rise on tiptoe, but not when unsaid', () => {
  const base = { 'injury-kicked-in-calf': true, 'pain-calf': true } as const;
  assert.ok(flags(assess(kb, { evidence: base })).includes('achilles-rupture'));
  assert.ok(!flags(assess(kb, { evidence: { ...base, 'cannot-push-off-or-tiptoe': false } })).includes('achilles-rupture'));
  assert.ok(flags(assess(kb, { evidence: { 'injury-pop-or-snap': true, 'pain-achilles': true, 'cannot-push-off-or-tiptoe': false } })).includes('achilles-rupture'));
});

test('a clear injury counts against the clot cluster (Wells), one-sided swelling still goes today', () => {
  const strain = assess(kb, { evidence: { 'pain-calf': true, 'calf-tender-deep': true, 'calf-pull-during-run': true } });
  assert.ok(!flags(strain).includes('dvt-cluster'));
  const swollen = assess(kb, { evidence: { 'pain-calf': true, 'calf-tender-deep': true, 'calf-pull-during-run': true, 'calf-swelling-one-side': true } });
  assert.equal(swollen.triage.level, 'urgent');
});

test('both legs swollen goes to a doctor, one whole leg swollen the same day', () => {
  assert.equal(assess(kb, { evidence: { 'whole-leg-swollen': true, side: 'both' } }).triage.level, 'doctor');
  assert.equal(assess(kb, { evidence: { 'whole-leg-swollen': true, side: 'left' } }).triage.level, 'urgent');
  assert.equal(assess(kb, { evidence: { 'whole-leg-swollen': true } }).triage.level, 'urgent', 'side unknown: treated as one-sided');
});

test('a cold foot with months of walking pain is a doctor visit; a new or sudden one is not', () => {
  assert.equal(assess(kb, { evidence: { 'foot-cold-or-pale': true, 'pain-walking-relieved-standing': true, 'duration-weeks': 20 } }).triage.level, 'doctor');
  assert.equal(assess(kb, { evidence: { 'foot-cold-or-pale': true } }).triage.level, 'urgent');
  assert.equal(assess(kb, { evidence: { 'foot-cold-or-pale': true, 'pain-walking-relieved-standing': true, 'numbness-persistent': true } }).triage.level, 'emergency');
});

test('a clear chronic exertional compartment pattern reaches a doctor, may run below its threshold', () => {
  const r = assess(kb, { text: 'About 20 minutes into every run both shins at the front go tight like they will burst and the top of my feet goes numb. It is completely gone a few minutes after I stop. Months of this.' });
  assert.ok(flags(r).includes('exertional-compartment-pattern'), flags(r).join());
  assert.equal(r.triage.level, 'doctor');
  assert.equal(r.running.advice, 'modify');
  assert.ok(rank(r, 'chronic-exertional-compartment-syndrome') <= 2, r.differential.map((d) => d.conditionId).join());
  const weak = assess(kb, { evidence: { 'weakness-foot-drop': true, 'pain-stops-run-same-point': true, 'pain-front-of-shin': true } });
  assert.equal(weak.triage.level, 'doctor', 'foot weakness only during runs, recovering within minutes');
  assert.equal(assess(kb, { evidence: { 'weakness-foot-drop': true } }).triage.level, 'urgent');
});

test('the superlative keeps its order: "pain is worst in those shoes" is not severe pain', () => {
  const r = assess(kb, { text: 'The back of my heel is sore. Pain is worst with my new shoes on.' });
  assert.ok(!r.findings.some((f) => f.id === 'severe-pain-out-of-proportion'));
  assert.equal(r.triage.level, 'selfcare');
});
