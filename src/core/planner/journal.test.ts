import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { AppError } from '../errors.ts';
import { placeOn, replayPlan } from './adapt.ts';
import { AWAITING_RULE } from './checkin.ts';
import { addDays, daysBetween } from './dates.ts';
import { initialRunMinutes } from './generate.ts';
import { journalState, openJournal, recordCheckIn, recordClearance, type PlanJournal } from './journal.ts';
import { weeklyCap } from './run-ladder.ts';
import { simulateRunner, type SimulatedDay } from './simulate.ts';
import type { Plan, PlanAssessment, PlanDay, PlanRequest } from './types.ts';

const kb = fixtureKb();
const START = '2026-03-02';
const request = (conditionId: string, o: Partial<PlanAssessment> = {}): PlanRequest => ({
  assessment: { conditionId, runningAdvice: 'modify', redFlags: [], findings: {}, ...o }, startDate: START, profile: { weeklyKmBefore: 30, equipment: ['bike', 'pool', 'band'] },
});
const after = (plan: Plan, date: string, days: number): PlanDay[] => plan.days.filter((d) => d.date !== undefined && d.date > date && d.date <= addDays(date, days));
const runMinutes = (days: readonly PlanDay[]): number => days.reduce((a, d) => a + (d.run?.runMinutes ?? 0), 0);
const protocolOf = (plan: Plan) => {
  const p = kb.protocolById.get(plan.protocolId);
  assert.ok(p);
  return p;
};
const rising = (n: number) => {
  const base = n < 7 ? 1 : n < 14 ? 2.5 : 4;
  return { painDuring: Math.min(base, 3), painAfter: Math.min(base, 3), painMorning: Math.floor(base) };
};
const throwsCode = (fn: () => unknown, code: string, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof AppError && e.code === code && message.test(e.message));
};

/** A tendon runner who progresses for 40 days, then reports a red flag: a journal waiting for a clinician. */
function flaggedLater(): { journal: PlanJournal; flagDate: string } {
  const sim = simulateRunner(kb, request('achilles-tendinopathy'), 41, (n) => ({
    painDuring: 1, painAfter: 1, painMorning: 0, heelRaiseCount: 25, painHop: 0, painWalking: 0, newFindings: n === 40 ? ['calf-swelling-one-side'] : [],
  }));
  const flag = sim.days.at(-1);
  assert.equal(flag?.decision.rule, 'red-flag');
  return { journal: openJournal(kb, request('achilles-tendinopathy'), sim.adaptations, sim.days.map((d) => d.checkIn)), flagDate: flag?.date ?? '' };
}

test('waiting for a clinician: check-ins are kept but change nothing; a clearance restarts the phase from its first week and running rebuilds within the cap', () => {
  const req = request('plantar-fasciitis');
  let clearedOn = -1;
  const sim = simulateRunner(kb, req, 63, (n) => (clearedOn < 0 ? rising(n) : { painDuring: 1, painAfter: 1, painMorning: 1 }), (n, waiting) => {
    if (n < daysBetween(START, waiting.since) + 9) return null;
    clearedOn = n;
    return { note: 'Physio: plantar fascia, no tear; carry on gently' };
  });
  const block = sim.days.find((d) => d.decision.decision === 'see-clinician');
  assert.ok(block, sim.days.map((d) => d.decision.rule).join(','));
  assert.equal(block.decision.rule, 'rising-two-weeks');
  const resumed = sim.days.find((d) => d.clearance);
  assert.ok(resumed && resumed.clearance);
  const waiting = sim.days.filter((d) => d.date > block.date && d.date < resumed.date);
  assert.ok(waiting.length >= 3);
  for (const d of waiting) {
    assert.deepEqual([d.decision.decision, d.decision.rule], ['see-clinician', AWAITING_RULE]);
    assert.deepEqual(d.after, d.before, `${d.date}: a check-in while waiting changed the plan`);
    assert.equal(d.before.days.find((x) => x.date === d.date)?.run ?? null, null, `${d.date}: running while waiting`);
  }
  // The clearance: the phase the plan stopped in (never later), from its first week, the note kept.
  const blockedPhase = block.decision.next.phaseIndex;
  assert.equal(resumed.clearance.decision, 'resume');
  assert.equal(resumed.clearance.next.phaseIndex, blockedPhase);
  const plan = resumed.before;
  const protocol = protocolOf(plan);
  assert.equal(plan.adjustments?.find((a) => a.decision === 'resume')?.note, 'Physio: plantar fascia, no tear; carry on gently');
  assert.equal(after(plan, resumed.date, 1)[0]?.phaseId, protocol.phases[blockedPhase]?.id);
  const place = (date: string) => placeOn(sim.plan, protocol, date, true, initialRunMinutes(req));
  assert.ok(waiting.length >= 7, 'waited more than a week');
  assert.equal(place(resumed.date)?.position.weekInPhase, 0, 'the waiting weeks do not count towards the phase');
  assert.equal(place(addDays(resumed.date, 7))?.position.weekInPhase, 1);
  // Running never rises faster than the weekly cap from the week before, through the wait and after it.
  const capPercent = protocol.returnToRun?.weeklyIncreaseCapPercent ?? 10;
  sim.plan.weekly.forEach((w, i) => {
    const prev = i === 0 ? initialRunMinutes(req) : sim.plan.weekly[i - 1]?.runMinutes ?? 0;
    assert.ok(w.runMinutes <= weeklyCap(prev, capPercent) + 1e-9, `week ${w.week}: ${w.runMinutes} after ${prev}`);
  });
  // Trends start again: calm check-ins after the clearance do not send the runner straight back.
  const later = sim.days.filter((d) => d.date >= resumed.date);
  assert.ok(later.length > 21);
  assert.ok(later.every((d) => d.decision.decision !== 'see-clinician'), later.map((d) => d.decision.rule).join(','));
  assert.ok(later.some((d) => d.decision.decision === 'progress'), 'the plan moves on again');
  // The log rebuilds exactly the same plan.
  const rebuilt = replayPlan(kb, req, sim.adaptations);
  assert.deepEqual(rebuilt.status === 'plan' ? rebuilt.plan : null, sim.plan);
});

test('a red flag blocks until cleared: calm check-ins do not lift it, a second red flag tightens it again', () => {
  const req = request('sprain');
  const sim = simulateRunner(kb, req, 9, (n) => ({ painMorning: 0, newFindings: n === 3 || n === 6 ? ['calf-swelling-one-side'] : [] }), () => null);
  const days: SimulatedDay[] = sim.days;
  assert.deepEqual(days.slice(3).map((d) => d.decision.rule), ['red-flag', AWAITING_RULE, AWAITING_RULE, 'red-flag', AWAITING_RULE, AWAITING_RULE]);
  const last = days.at(-1);
  assert.ok(last);
  assert.ok(after(last.after, days[3]?.date ?? '', 20).every((d) => d.rest && d.exercises.length === 0 && d.run === null && d.crossTraining === null));
  const j = openJournal(kb, req, sim.adaptations, days.map((d) => d.checkIn));
  const s = journalState(kb, j, last.date);
  assert.equal(s.status, 'see-clinician');
  assert.equal(s.awaiting?.since, days[6]?.date);
  // Cleared: exercises come back from tomorrow, the status is active again.
  const c = recordClearance(kb, j, { date: addDays(last.date, 1) });
  assert.ok(after(c.journal.plan, addDays(last.date, 1), 7).some((d) => d.exercises.length > 0));
  assert.equal(journalState(kb, c.journal, addDays(last.date, 1)).status, 'active');
  assert.ok(c.journal.plan.adjustments?.at(-1)?.changes.some((x) => /Restarting .* from its first week/.test(x)));
});

test('a clearance may restart from an earlier phase, never a later one; it needs a plan that is waiting and a later date', () => {
  const { journal, flagDate } = flaggedLater();
  const protocol = protocolOf(journal.plan);
  const blocked = journalState(kb, journal, flagDate).awaiting?.position;
  assert.ok(blocked && blocked.phaseIndex >= 1, `phase ${blocked?.phaseIndex}`);
  const day = addDays(flagDate, 3);
  const first = protocol.phases[0]?.id ?? '';
  const earlier = recordClearance(kb, journal, { date: day, restartPhaseId: first, runCleared: false });
  assert.equal(after(earlier.journal.plan, day, 1)[0]?.phaseId, first);
  assert.equal(earlier.decision.next.runStage, 0);
  throwsCode(() => recordClearance(kb, journal, { date: day, restartPhaseId: protocol.phases[blocked.phaseIndex + 1]?.id ?? 'x' }), 'bad_input', /the phase you were in or an earlier one/);
  throwsCode(() => recordClearance(kb, journal, { date: day, restartPhaseId: 'no-such-phase' }), 'bad_input', /earlier one/);
  throwsCode(() => recordClearance(kb, journal, { date: flagDate }), 'bad_input', /dated after/);
  throwsCode(() => recordClearance(kb, earlier.journal, { date: addDays(day, 1) }), 'conflict', /not waiting/);
  // After the clearance, a check-in counts again: with pain over the limit it steps back.
  const r = recordCheckIn(kb, earlier.journal, { date: day, painMorning: 2, painDuring: 8, sessionsDone: 1, sessionsPlanned: 1 });
  assert.equal(r.decision.decision, 'regress');
});

test('running after a clearance: only as the rules allow', () => {
  // Tendon (runners clear themselves): running was cleared before the block, so it still is.
  const { journal, flagDate } = flaggedLater();
  const tendon = recordClearance(kb, journal, { date: addDays(flagDate, 2) });
  assert.equal(tendon.decision.next.runCleared, true);
  const stageBefore = journalState(kb, journal, flagDate).awaiting?.position.runStage ?? 0;
  assert.equal(tendon.decision.next.runStage, Math.max(0, stageBefore - 1));
  // Exercises restart at the phase's starting dose: never above what the runner was doing before the flag.
  const dose = (days: readonly PlanDay[], id: string): number => Math.max(0, ...days.flatMap((d) => d.exercises.filter((e) => e.exerciseId === id).map((e) => e.sets * (e.reps ?? e.seconds ?? 0))));
  const beforeFlag = journal.plan.days.filter((d) => d.date !== undefined && d.date <= flagDate && d.date > addDays(flagDate, -7));
  const restarted = after(tendon.journal.plan, addDays(flagDate, 2), 7);
  assert.ok(restarted.some((d) => d.exercises.length > 0));
  for (const e of restarted.flatMap((d) => d.exercises)) {
    if (dose(beforeFlag, e.exerciseId) > 0) assert.ok(dose(restarted, e.exerciseId) <= dose(beforeFlag, e.exerciseId), e.exerciseId);
  }
  // Bone stress that needs a clinician's go-ahead: cleared to run only when the clinician said so.
  const req = request('navicular-stress', { runningAdvice: 'stop' });
  const sim = simulateRunner(kb, req, 5, (n) => ({ painMorning: 0, newFindings: n === 2 ? ['cannot-bear-weight'] : [] }), () => null);
  const bone = openJournal(kb, req, sim.adaptations, sim.days.map((d) => d.checkIn));
  const date = addDays(START, 5);
  const notToRun = recordClearance(kb, bone, { date });
  assert.equal(notToRun.decision.next.runCleared, false);
  assert.match(notToRun.decision.reason, /Running waits until a clinician clears you to run/);
  assert.equal(recordClearance(kb, bone, { date, runCleared: true }).decision.next.runCleared, true);
  assert.equal(runMinutes(after(notToRun.journal.plan, date, 400)), 0, 'no running without clearance to run');
});
