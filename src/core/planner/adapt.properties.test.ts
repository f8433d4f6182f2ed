import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import type { Phase } from '../kb/protocol-schema.ts';
import { addDays } from './dates.ts';
import { initialRunMinutes } from './generate.ts';
import { weeklyCap } from './run-ladder.ts';
import { stopRule } from './run-plan.ts';
import { startsCleared } from './journal.ts';
import { simulateRunner } from './simulate.ts';
import { equipmentKinds, type Plan, type PlanDay, type PlanRequest } from './types.ts';

const kb = fixtureKb();
const conditions = ['achilles-tendinopathy', 'insertional', 'plantar-fasciitis', 'tibial-stress', 'navicular-stress', 'sprain'];

/** A runner: a plan request and a pain trajectory (one entry a day), with now and then a bad day or a new symptom. */
const runnerArb = fc.record({
  conditionId: fc.constantFrom(...conditions),
  advice: fc.constantFrom('stop' as const, 'modify' as const, 'continue' as const),
  weeklyKm: fc.integer({ min: 5, max: 90 }),
  equipment: fc.option(fc.subarray([...equipmentKinds]), { nil: undefined }),
  findings: fc.subarray(['test-knee-to-wall-deficit', 'test-heel-raise-painful', 'flat-feet', 'previous-ankle-sprains']),
  race: fc.option(fc.integer({ min: 7, max: 140 }), { nil: undefined }),
  days: fc.array(fc.record({
    during: fc.integer({ min: 0, max: 9 }), after: fc.integer({ min: 0, max: 8 }), morning: fc.integer({ min: 0, max: 6 }),
    done: fc.boolean(), flag: fc.integer({ min: 0, max: 60 }),
  }), { minLength: 14, maxLength: 63 }),
});

type Runner = typeof runnerArb extends fc.Arbitrary<infer R> ? R : never;

function requestFor(r: Runner): PlanRequest {
  return {
    assessment: { conditionId: r.conditionId, runningAdvice: r.advice, redFlags: [], findings: Object.fromEntries(r.findings.map((f) => [f, true])) },
    startDate: '2026-03-02',
    profile: { weeklyKmBefore: r.weeklyKm, ...(r.equipment ? { equipment: r.equipment } : {}), ...(r.race !== undefined ? { goalRace: { date: addDays('2026-03-02', r.race) } } : {}) },
  };
}

function simulate(r: Runner) {
  return simulateRunner(kb, requestFor(r), r.days.length, (n) => {
    const d = r.days[n];
    return d ? { painDuring: d.during, painAfter: d.after, painMorning: d.morning, painWalking: d.morning, painHop: d.during, heelRaiseCount: 15, sessionsDone: d.done ? 2 : 0, sessionsPlanned: 2, newFindings: d.flag === 0 ? ['calf-swelling-one-side'] : [] } : {};
  });
}

const runMinutes = (days: readonly PlanDay[]): number => days.reduce((a, d) => a + (d.run?.runMinutes ?? 0), 0);
const next7 = (plan: Plan, date: string): number => runMinutes(plan.days.filter((d) => (d.date ?? '') > date && (d.date ?? '') <= addDays(date, 7)));
const runs = { numRuns: 120 };

/** Every week's running is within the cap from the week before (the first from the runner's usual week). */
function assertWithinCaps(plan: Plan, req: PlanRequest, capPercent: number): void {
  let previous = initialRunMinutes(req);
  for (let w = 1; w <= plan.weeks; w += 1) {
    const minutes = runMinutes(plan.days.filter((d) => d.week === w));
    assert.ok(minutes <= weeklyCap(previous, capPercent) + 1e-9, `week ${w}: ${minutes} after ${previous}`);
    previous = minutes;
  }
}

test('property: after a step back or a see-clinician, the next 7 days never hold more running than before', () => {
  fc.assert(fc.property(runnerArb, (r) => {
    for (const d of simulate(r).days) {
      if (d.decision.decision !== 'regress' && d.decision.decision !== 'see-clinician') continue;
      assert.ok(next7(d.after, d.date) <= next7(d.before, d.date), `${d.date} ${d.decision.rule}: ${next7(d.after, d.date)} > ${next7(d.before, d.date)}`);
      if (d.decision.decision === 'see-clinician') assert.equal(d.after.days.filter((x) => (x.date ?? '') > d.date && x.run).length, 0);
    }
  }), runs);
});

test('property: an adapted plan never runs above the weekly cap, nor while a stop rule holds, and uses only KB exercises', () => {
  fc.assert(fc.property(runnerArb, (r) => {
    const req = requestFor(r);
    const sim = simulate(r);
    const protocol = kb.protocolById.get(sim.plan.protocolId);
    assert.ok(protocol);
    const capPercent = protocol.returnToRun?.weeklyIncreaseCapPercent ?? 10;
    for (const plan of [sim.plan, ...sim.days.map((d) => d.after)]) assertWithinCaps(plan, req, capPercent);
    // Cleared to run on a date: the initial clearance, then whatever the last decision before that date said.
    const clearedOn = (date: string): boolean => sim.days.filter((d) => d.date < date).at(-1)?.decision.next.runCleared ?? startsCleared(sim.plan, req);
    const seen = sim.days.find((d) => d.decision.decision === 'see-clinician')?.date;
    for (const day of sim.plan.days) {
      for (const e of day.exercises) assert.ok(kb.exerciseById.has(e.exerciseId), e.exerciseId);
      if (!day.run) continue;
      const phase: Phase | undefined = protocol.phases.find((p) => p.id === day.phaseId);
      assert.ok(phase);
      assert.equal(stopRule({ mode: phase.running, advice: req.assessment.runningAdvice, cleared: clearedOn(day.date ?? '') }), null, `run on ${day.date} in ${phase.id}`);
      assert.ok(seen === undefined || (day.date ?? '') <= seen, `run on ${day.date} after see-clinician on ${seen}`);
      assert.equal(day.crossTraining, null);
    }
  }), runs);
});

test('property: a race date never shortens a phase below its minimum nor lifts a cap', () => {
  fc.assert(fc.property(runnerArb, fc.integer({ min: 6, max: 16 }), (r, weeks) => {
    const withRace = { ...requestFor(r), weeks };
    const without = { ...withRace, profile: { ...withRace.profile, goalRace: undefined } };
    const a = simulateRunner(kb, withRace, 0, () => ({})).plan;
    const b = simulateRunner(kb, without, 0, () => ({})).plan;
    assert.deepEqual(a.days, b.days, 'the race changes nothing in the days');
    const protocol = kb.protocolById.get(a.protocolId);
    for (const ph of a.phases) assert.ok(ph.weeks >= (protocol?.phases.find((p) => p.id === ph.id)?.weeks.min ?? 1), ph.id);
  }), { numRuns: 60 });
});

test('property: with a clinician who clears the runner after a wait, nothing runs while waiting, the restart is never later than the stop, and caps and stop rules still hold', () => {
  const clinicianArb = fc.record({ waitDays: fc.integer({ min: 1, max: 20 }), back: fc.integer({ min: 0, max: 3 }), toRun: fc.boolean() });
  fc.assert(fc.property(runnerArb, clinicianArb, (r, c) => {
    const req = requestFor(r);
    const protocol = kb.protocolById.get(kb.conditionById.get(r.conditionId)?.protocol ?? '');
    assert.ok(protocol?.returnToRun);
    const sim = simulateRunner(kb, req, r.days.length, (n) => {
      const d = r.days[n];
      return d ? { painDuring: d.during, painAfter: d.after, painMorning: d.morning, painWalking: d.morning, painHop: d.during, sessionsDone: d.done ? 2 : 0, sessionsPlanned: 2, newFindings: d.flag === 0 ? ['calf-swelling-one-side'] : [] } : {};
    }, (n, waiting) => {
      if (addDays('2026-03-02', n) < addDays(waiting.since, c.waitDays)) return null;
      const phase = protocol.phases[Math.max(0, waiting.position.phaseIndex - c.back)];
      return { ...(phase ? { restartPhaseId: phase.id } : {}), runCleared: c.toRun };
    });
    const log = sim.adaptations;
    const clearedOn = (date: string): boolean => log.filter((a) => a.date < date).at(-1)?.decision.next.runCleared ?? startsCleared(sim.plan, req);
    const waitingOn = (date: string): boolean => log.filter((a) => a.date < date && (a.decision.decision === 'see-clinician' || a.decision.decision === 'resume')).at(-1)?.decision.decision === 'see-clinician';
    for (const [i, a] of log.entries()) {
      if (a.decision.decision !== 'resume') continue;
      const stop = log.slice(0, i).filter((x) => x.decision.decision === 'see-clinician').at(-1);
      assert.ok(stop && stop.date < a.date);
      assert.ok(a.decision.next.phaseIndex <= stop.decision.next.phaseIndex, `restart ${a.decision.next.phaseIndex} after stop in ${stop.decision.next.phaseIndex}`);
    }
    assertWithinCaps(sim.plan, req, protocol.returnToRun.weeklyIncreaseCapPercent);
    for (const day of sim.plan.days) {
      for (const e of day.exercises) assert.ok(kb.exerciseById.has(e.exerciseId), e.exerciseId);
      if (!day.run || !day.date) continue;
      assert.ok(!waitingOn(day.date), `run on ${day.date} while waiting for a clinician`);
      const phase: Phase | undefined = protocol.phases.find((p) => p.id === day.phaseId);
      assert.ok(phase);
      assert.equal(stopRule({ mode: phase.running, advice: req.assessment.runningAdvice, cleared: clearedOn(day.date) }), null, `run on ${day.date} in ${phase.id}`);
    }
  }), { numRuns: 80 });
});
