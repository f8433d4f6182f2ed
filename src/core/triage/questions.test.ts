/**
 * Next-question quality on the real KB: after the red-flag screen the first questions for common stories are the
 * ones a sports physio would ask (where exactly, when it hurts, the discriminating self-test), never irrelevant
 * ones (Ottawa without an injury, clot risk for forefoot pain); the questions stop when the leader is clear; and
 * the result carries a remaining-questions estimate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { CONFIDENT } from './next-question.ts';
import type { EvidenceInput, TriageResult } from './types.ts';

const kb = await readKnowledgeBase();

/** Every red-flag screen item answered "no", as most runners will. */
const screenNo: EvidenceInput[] = kb.findings.filter((f) => f.redFlag && f.type === 'boolean').map((f) => ({ id: f.id, value: false }));

/** Walk a session: the screen answered no, then each question answered by `answer` (default "no"). */
function session(text: string, answer: (id: string) => boolean | 'unknown' = () => false, limit = 5): { asked: string[]; results: TriageResult[] } {
  const evidence: EvidenceInput[] = [];
  const asked: string[] = [];
  const results: TriageResult[] = [];
  let r = assess(kb, { text });
  results.push(r);
  while (r.nextQuestion && asked.length < limit) {
    const q = r.nextQuestion;
    if (q.kind === 'red-flag-screen') evidence.push(...(q.items ?? []).map((i) => ({ id: i.findingId, value: false as const })));
    else {
      assert.ok(q.findingId);
      asked.push(q.findingId);
      evidence.push({ id: q.findingId, value: q.type === 'boolean' ? answer(q.findingId) : 'unknown' });
    }
    r = assess(kb, { text, evidence });
    results.push(r);
  }
  return { asked, results };
}

const OTTAWA = ['test-ottawa-ankle-positive', 'test-ottawa-midfoot-positive', 'ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone', 'ottawa-tender-base-of-fifth-metatarsal', 'ottawa-tender-navicular'];
const CLOT_RISK = ['long-travel-or-immobilisation', 'previous-clot', 'oestrogen-or-pregnancy', 'active-cancer', 'recent-surgery-or-cast', 'calf-tender-deep', 'pitting-swelling', 'visible-surface-veins'];

test('heel pain: the first question after the screen is a discriminating one, and no Ottawa without an injury', () => {
  const r = assess(kb, { text: 'my heel hurts, it has been a few weeks', evidence: screenNo });
  const first = r.nextQuestion?.findingId ?? '';
  assert.ok(['pain-first-steps', 'test-heel-squeeze-painful', 'bony-tenderness-focal', 'pain-after-sitting', 'test-windlass-painful'].includes(first), first);
  const { asked } = session('my heel hurts, it has been a few weeks', (id) => id === 'pain-first-steps');
  assert.ok(asked.slice(0, 4).includes('pain-first-steps'), asked.join());
  assert.deepEqual(asked.filter((id) => OTTAWA.includes(id) || CLOT_RISK.includes(id) || id === 'pain-calf'), [], asked.join());
});

test('gradual heel and Achilles stories never get the Ottawa self-check, even answering everything no', () => {
  for (const text of ['my heel hurts, it has been a few weeks', 'my achilles has been sore for a month', 'heel pain under my heel for 2 months, worse after runs']) {
    const { asked } = session(text, () => false, 12);
    assert.deepEqual(asked.filter((id) => OTTAWA.includes(id)), [], `${text}: ${asked.join()}`);
  }
});

test('Achilles: where exactly in the tendon comes early', () => {
  const { asked } = session('my achilles has been sore for a month', (id) => id === 'pain-achilles-above-heel' || id === 'onset-gradual');
  assert.ok(asked.slice(0, 3).some((id) => ['pain-achilles-above-heel', 'pain-back-of-heel', 'tender-to-squeeze-tendon', 'pain-eases-with-warm-up'].includes(id)), asked.join());
});

test('inner shin: the bone-stress check (a tender spot, hopping) is asked early', () => {
  const { asked } = session('the inside of my shin aches after runs');
  assert.ok(asked.slice(0, 3).some((id) => ['bony-tenderness-focal', 'test-hop-painful', 'pain-hopping', 'tender-shin-inner-edge-long', 'pain-at-night-or-rest'].includes(id)), asked.join());
});

test('outer ankle after a roll: the Ottawa self-check comes first', () => {
  const r = assess(kb, { text: 'rolled my ankle yesterday, the outside of the ankle is swollen', evidence: screenNo });
  assert.equal(r.nextQuestion?.kind, 'self-test');
  assert.equal(r.nextQuestion?.findingId, 'test-ottawa-ankle-positive');
  assert.equal(r.nextQuestion?.selfTest?.id, 'ottawa-self-check');
});

test('forefoot pain with no calf symptoms: no clot-risk questions', () => {
  const { asked } = session('ball of my foot hurts under the second toe', () => false, 10);
  assert.ok(asked.length > 0);
  assert.deepEqual(asked.filter((id) => CLOT_RISK.includes(id) || OTTAWA.includes(id)), [], asked.join());
});

test('Ottawa after an injury, and bone-stress (not urgent) without one', () => {
  const injured = assess(kb, { evidence: [{ id: 'injury-rolled-ankle', value: true }, { id: 'test-ottawa-ankle-positive', value: true }] });
  assert.equal(injured.triage.level, 'urgent');
  assert.ok(injured.redFlags.some((h) => h.id === 'ottawa-ankle'));
  const gradual = assess(kb, { evidence: [{ id: 'pain-outside-ankle', value: true }, { id: 'onset-gradual', value: true }, { id: 'test-ottawa-ankle-positive', value: true }] });
  assert.equal(gradual.triage.level, 'doctor');
  assert.equal(gradual.running.advice, 'stop');
  assert.ok(!gradual.redFlags.some((h) => h.id.startsWith('ottawa')), gradual.redFlags.map((h) => h.id).join());
  assert.ok(gradual.redFlags.some((h) => h.id === 'bone-stress-suspected'));
  const point = assess(kb, { evidence: [{ id: 'pain-outside-of-foot', value: true }, { id: 'ottawa-tender-base-of-fifth-metatarsal', value: true }] });
  assert.equal(point.triage.level, 'doctor');
});

test('stop when confident: no question once the leader is clear, and the result says so', () => {
  const text = 'sore about 4cm above my heel in the achilles for 2 months, came on gradually, stiff in the morning, warms up during runs, tender when I pinch the tendon';
  // Only the relevant warning signs are still checked (a pop means a tear must be excluded; quinolone
  // antibiotics weaken tendons), then the questions stop.
  const { asked, results } = session(text, () => false, 10);
  assert.ok(asked.length <= 3, asked.join());
  assert.ok(asked.every((id) => ['injury-pop-or-snap', 'medication-fluoroquinolone', 'gap-in-achilles', 'test-calf-squeeze-no-movement', 'injury-kicked-in-calf'].includes(id)), asked.join());
  const r = results.at(-1)!;
  assert.ok((r.differential[0]?.probability ?? 0) > CONFIDENT, String(r.differential[0]?.probability));
  assert.equal(r.nextQuestion, null);
  assert.equal(r.progress.stopReason, 'confident');
  assert.equal(r.progress.confident, true);
  assert.equal(r.progress.remainingEstimate, 0);
  assert.ok(r.notes.some((n) => n.includes('No more questions')));
  // Before the screen the same story still gets the safety check: warning signs are never skipped.
  assert.equal(assess(kb, { text }).nextQuestion?.kind, 'red-flag-screen');
});

test('a clear leader still gets a relevant warning-sign question first', () => {
  // Shin splints are very likely, but a focal bony spot (a stress fracture) would change the advice to stop.
  const r = assess(kb, { text: 'inner shins ache after runs, started running 6 weeks ago', evidence: screenNo });
  assert.ok((r.differential[0]?.probability ?? 0) > CONFIDENT);
  assert.ok(['bony-tenderness-focal', 'test-hop-painful', 'pain-hopping', 'pain-at-night-or-rest'].includes(r.nextQuestion?.findingId ?? ''), r.nextQuestion?.findingId ?? 'none');
  assert.equal(r.progress.stopReason, null);
  // Once a red flag decides, the questions stop for that reason.
  const rupture = assess(kb, { text: 'felt a pop in my lower calf near the achilles during a sprint, sudden pain', evidence: screenNo });
  assert.equal(rupture.nextQuestion, null);
  assert.equal(rupture.progress.stopReason, 'red-flag-decides');
});

test('progress: asked counts the screen as one question, and the estimate shrinks as answers come in', () => {
  const { results } = session('my heel hurts, it has been a few weeks', (id) => id === 'pain-first-steps', 10);
  const first = results[0]!;
  assert.equal(first.progress.asked, 0);
  assert.ok(first.progress.remainingEstimate >= 2, 'the screen and at least one more');
  const afterScreen = results[1]!;
  assert.equal(afterScreen.progress.asked, 1);
  const last = results.at(-1)!;
  assert.equal(last.nextQuestion, null);
  assert.equal(last.progress.remainingEstimate, 0);
  for (const r of results) assert.ok(Number.isInteger(r.progress.remainingEstimate) && r.progress.remainingEstimate >= 0);
  for (const r of results.slice(0, -1)) assert.ok(r.progress.remainingEstimate >= 1, 'a pending question counts');
  // Deterministic.
  assert.deepEqual(session('my heel hurts, it has been a few weeks').results.map((r) => r.progress), session('my heel hurts, it has been a few weeks').results.map((r) => r.progress));
});
