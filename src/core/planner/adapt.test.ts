import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { adaptPlan, replayPlan } from './adapt.ts';
import { addDays } from './dates.ts';
import { simulateRunner, type SimulatedDay } from './simulate.ts';
import type { Plan, PlanAssessment, PlanDay, PlanRequest } from './types.ts';

const kb = fixtureKb();
const START = '2026-03-02';
const request = (conditionId: string, o: Partial<PlanAssessment> = {}, profile: PlanRequest['profile'] = { weeklyKmBefore: 30, equipment: ['bike', 'pool', 'band'] }): PlanRequest => ({
  assessment: { conditionId, runningAdvice: 'modify', redFlags: [], findings: {}, ...o }, startDate: START, profile,
});
const window = (plan: Plan, date: string, days = 7): PlanDay[] => plan.days.filter((d) => d.date !== undefined && d.date > date && d.date <= addDays(date, days));
const runMinutes = (days: readonly PlanDay[]): number => days.reduce((a, d) => a + (d.run?.runMinutes ?? 0), 0);
const first = (days: SimulatedDay[], kind: string): SimulatedDay => {
  const d = days.find((x) => x.decision.decision === kind);
  assert.ok(d, `no ${kind} in ${days.map((x) => x.decision.rule).join(',')}`);
  return d;
};

test('a tendon runner whose pain settles moves on through the phases, and the plan follows from the next day', () => {
  const sim = simulateRunner(kb, request('achilles-tendinopathy'), 56, (n) => {
    const p = Math.max(1, 4 - Math.floor(n / 7));
    return { painDuring: p, painAfter: p, painMorning: Math.min(p, 2), heelRaiseCount: 12 + n, painHop: 0, painWalking: 0 };
  });
  const moves = sim.days.filter((d) => d.decision.rule === 'phase-exit');
  assert.ok(moves.length >= 2, sim.days.map((d) => d.decision.rule).join(','));
  const move = moves[0];
  assert.ok(move);
  const tomorrow = move.after.days.find((d) => d.date === addDays(move.date, 1));
  const wasTomorrow = move.before.days.find((d) => d.date === addDays(move.date, 1));
  assert.equal(tomorrow?.phaseId, kb.protocolById.get('achilles-midportion')?.phases[move.decision.next.phaseIndex]?.id);
  assert.notEqual(tomorrow?.phaseId, wasTomorrow?.phaseId === tomorrow?.phaseId ? 'x' : undefined);
  assert.equal(move.after.days.find((d) => d.date === move.date)?.phaseId, move.before.days.find((d) => d.date === move.date)?.phaseId, 'today is not rewritten');
  assert.ok(!sim.days.some((d) => d.decision.decision === 'regress' || d.decision.decision === 'see-clinician'));
});

test('a flare steps back: less running for the next week, cross-training in its place, exercises at the starting dose, reason shown', () => {
  const sim = simulateRunner(kb, request('achilles-tendinopathy'), 30, (n) => ({ painDuring: n === 17 ? 7 : 2, painAfter: 2, painMorning: 1, heelRaiseCount: 14 }));
  const flare = first(sim.days, 'regress');
  assert.equal(flare.date, addDays(START, 17));
  const before = window(flare.before, flare.date);
  const after = window(flare.after, flare.date);
  assert.ok(runMinutes(before) > 0);
  assert.ok(runMinutes(after) <= runMinutes(before) / 2 + 1e-9, `${runMinutes(after)} after ${runMinutes(before)}`);
  // Runs are shortened, never lengthened; any run day that lost its run gets cross-training of the same time.
  for (const d of after) {
    const old = before.find((x) => x.date === d.date);
    if (d.run) assert.ok(old?.run && d.run.runMinutes <= old.run.runMinutes, `${d.date} run grew`);
    else if (old?.run) assert.equal(d.crossTraining?.minutes, old.run.totalMinutes, `${d.date} lost its run without a stand-in`);
  }
  const note = flare.after.adjustments?.at(-1);
  assert.equal(note?.decision, 'regress');
  assert.match(note?.reason ?? '', /above the limit of 5/);
  assert.ok(note?.changes.some((c) => /Running in the next 7 days|No running/.test(c)));
  assert.ok(note?.changes.some((c) => /starting dose/.test(c)));
  // Exercise doses in the next week are never above what the old plan had for the same exercise.
  for (const d of after) {
    const old = before.find((x) => x.date === d.date);
    for (const e of d.exercises) {
      const o = old?.exercises.find((x) => x.exerciseId === e.exerciseId);
      if (o) assert.ok(e.sets * (e.reps ?? e.seconds ?? 0) <= o.sets * (o.reps ?? o.seconds ?? 0), `${d.date} ${e.exerciseId}`);
    }
  }
  // Up to the check-in the plan is what it was.
  assert.deepEqual(flare.after.days.filter((d) => (d.date ?? '') <= flare.date), flare.before.days.filter((d) => (d.date ?? '') <= flare.date));
});

test('the stored decisions rebuild exactly the same plan', () => {
  const req = request('plantar-fasciitis');
  const sim = simulateRunner(kb, req, 35, (n) => ({ painDuring: n % 11 === 10 ? 6 : 2, painAfter: 2, painMorning: n % 11 === 10 ? 4 : 1 }));
  assert.ok(sim.days.some((d) => d.decision.decision === 'regress'));
  const rebuilt = replayPlan(kb, req, sim.adaptations);
  assert.equal(rebuilt.status, 'plan');
  assert.deepEqual(rebuilt.status === 'plan' ? rebuilt.plan : null, sim.plan);
});

test('bone stress on the walk-run ladder: bone pain pauses running for three days, then one stage lower', () => {
  const req = request('tibial-stress', { runningAdvice: 'stop' });
  const base = replayPlan(kb, req, []);
  assert.equal(base.status, 'plan');
  const sim = simulateRunner(kb, req, 84, (n, day) => ({
    painWalking: 0, painHop: 0, painMorning: 0,
    painDuring: day?.run && day.run.stage >= 3 && n < 70 && !simState.hurt ? ((simState.hurt = true), 2) : 0,
  }));
  const hurt = first(sim.days, 'regress');
  assert.equal(hurt.decision.rule, 'bone-pain');
  const stageBefore = Math.max(...window(hurt.before, hurt.date, 14).map((d) => d.run?.stage ?? 0), 0);
  const next3 = window(hurt.after, hurt.date, 3);
  assert.ok(next3.every((d) => d.run === null), 'no running for three days');
  assert.ok(next3.some((d) => d.crossTraining !== null), 'cross-training instead');
  const later = window(hurt.after, hurt.date, 14).filter((d) => d.run);
  assert.ok(later.every((d) => (d.run?.stage ?? 0) < stageBefore), `stages ${later.map((d) => d.run?.stage).join(',')} after ${stageBefore}`);
});
const simState = { hurt: false };

test('pain rising two weeks running: see a clinician, no running for the rest of the plan, the plan no longer', () => {
  const sim = simulateRunner(kb, request('plantar-fasciitis'), 30, (n) => {
    const base = n < 7 ? 1 : n < 14 ? 2.5 : 4;
    return { painDuring: Math.min(base, 3), painAfter: Math.min(base, 3), painMorning: Math.floor(base) };
  });
  const last = sim.days.at(-1);
  assert.equal(last?.decision.decision, 'see-clinician');
  assert.ok(last);
  assert.equal(last.after.days.length, last.before.days.length);
  assert.ok(last.after.days.filter((d) => (d.date ?? '') > last.date).every((d) => d.run === null));
  assert.ok(last.after.days.filter((d) => (d.date ?? '') > last.date).some((d) => d.exercises.length > 0), 'gentle exercises continue');
});

test('a red-flag finding stops everything from tomorrow: no running, no cross-training, no exercises', () => {
  const sim = simulateRunner(kb, request('sprain'), 6, (n) => ({ painMorning: 1, newFindings: n === 4 ? ['calf-swelling-one-side'] : [] }));
  const flag = first(sim.days, 'see-clinician');
  assert.equal(flag.decision.rule, 'red-flag');
  const rest = flag.after.days.filter((d) => (d.date ?? '') > flag.date);
  assert.ok(rest.length > 0 && rest.every((d) => d.run === null && d.crossTraining === null && d.exercises.length === 0 && d.rest));
  assert.ok(flag.after.adjustments?.at(-1)?.changes.some((c) => /paused until a clinician/.test(c)));
});

test('a hold leaves the plan as it is; a stage-up moves the walk-run ladder on from tomorrow', () => {
  const req = request('sprain');
  const sim = simulateRunner(kb, req, 60, () => ({ painDuring: 1, painAfter: 1, painMorning: 0, painHop: 0, painWalking: 0, heelRaiseCount: 20 }));
  const hold = first(sim.days, 'hold');
  assert.deepEqual(hold.after.days, hold.before.days);
  assert.equal(hold.after.adjustments?.at(-1)?.decision, 'hold');
  const up = sim.days.find((d) => d.decision.rule === 'stage-up');
  if (up) {
    const stageAfter = Math.max(0, ...window(up.after, up.date).map((d) => d.run?.stage ?? 0));
    assert.ok(stageAfter >= up.decision.next.runStage - 1 && stageAfter <= up.decision.next.runStage, `stage ${stageAfter} for ${up.decision.next.runStage}`);
  }
});

test('a step back on a small running week replaces the runs with cross-training of the same time', () => {
  const sim = simulateRunner(kb, request('achilles-tendinopathy', {}, { weeklyKmBefore: 10, equipment: ['bike'] }), 30, (n) => ({ painDuring: n === 17 ? 7 : 2, painAfter: 2, painMorning: 1, heelRaiseCount: 14 }));
  const second = sim.days.find((d) => d.decision.decision === 'regress');
  assert.ok(second, sim.days.map((d) => d.decision.rule).join(','));
  const after = window(second.after, second.date);
  const before = window(second.before, second.date);
  assert.equal(runMinutes(after), 0);
  for (const d of before) if (d.run) assert.equal(after.find((x) => x.date === d.date)?.crossTraining?.mode, 'cycling');
  assert.ok(second.after.adjustments?.at(-1)?.changes.some((c) => /No running for now/.test(c)));
});

test('a decision after the plan has ended is noted and changes nothing', () => {
  const r = replayPlan(kb, request('sprain'), []);
  assert.equal(r.status, 'plan');
  if (r.status !== 'plan') return;
  const d = { decision: 'regress' as const, rule: 'over-limit', reason: 'x', next: { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0, runCleared: true }, pauseRunningDays: 0 };
  const after = adaptPlan(kb, request('sprain'), r.plan, d, '2027-01-01');
  assert.deepEqual(after.days, r.plan.days);
  assert.equal(after.adjustments?.length, 1);
});
