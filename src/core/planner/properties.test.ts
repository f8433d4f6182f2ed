import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { generatePlan } from './generate.ts';
import { weeklyCap } from './run-ladder.ts';
import { stopRule } from './run-plan.ts';
import type { Phase } from '../kb/protocol-schema.ts';
import { equipmentKinds, weekdays, type PlanRequest } from './types.ts';

const kb = fixtureKb();
const protocolIds = kb.protocols.filter((p) => p.family !== 'medical-first').map((p) => p.id);
const findingIds = ['test-knee-to-wall-deficit', 'test-heel-raise-unable', 'test-heel-raise-painful', 'flat-feet', 'back-pain', 'previous-ankle-sprains'];

const requestArb: fc.Arbitrary<PlanRequest> = fc.record({
  conditionId: fc.constantFrom(...protocolIds),
  advice: fc.constantFrom('stop' as const, 'modify' as const, 'continue' as const),
  findings: fc.subarray(findingIds),
  heelRaises: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  weeklyKm: fc.option(fc.integer({ min: 3, max: 120 }), { nil: undefined }),
  equipment: fc.option(fc.subarray([...equipmentKinds]), { nil: undefined }),
  days: fc.option(fc.subarray([...weekdays], { minLength: 1 }), { nil: undefined }),
  weeks: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  dated: fc.boolean(),
  resume: fc.option(fc.record({
    phaseIndex: fc.integer({ min: 0, max: 2 }), runStage: fc.integer({ min: 0, max: 8 }), weekInPhase: fc.integer({ min: 0, max: 3 }),
    lastWeekRunMinutes: fc.integer({ min: 0, max: 400 }), runCleared: fc.boolean(),
  }), { nil: undefined }),
}).map((r) => ({
  assessment: {
    conditionId: r.conditionId, runningAdvice: r.advice, redFlags: [],
    findings: { ...Object.fromEntries(r.findings.map((f) => [f, true])), ...(r.heelRaises !== undefined ? { 'test-heel-raise-count': r.heelRaises } : {}) },
  },
  profile: {
    ...(r.weeklyKm !== undefined ? { weeklyKmBefore: r.weeklyKm } : {}),
    ...(r.equipment !== undefined ? { equipment: r.equipment } : {}),
    ...(r.days !== undefined ? { daysAvailable: r.days } : {}),
  },
  ...(r.weeks !== undefined ? { weeks: r.weeks } : {}),
  ...(r.dated ? { startDate: '2026-02-04' } : {}),
  ...(r.resume !== undefined ? { resume: r.resume } : {}),
}));

const runs = { numRuns: 300 };

test('property: never prescribes running while a stop rule holds', () => {
  fc.assert(fc.property(requestArb, (req) => {
    const r = generatePlan(kb, req);
    if (r.status !== 'plan') return;
    const protocol = kb.protocolById.get(r.plan.protocolId);
    assert.ok(protocol);
    const cleared = req.resume ? req.resume.runCleared : !(protocol.returnToRun?.requiresClinicianClearance ?? true);
    for (const d of r.plan.days) {
      if (!d.run) continue;
      const phase: Phase | undefined = protocol.phases.find((p) => p.id === d.phaseId);
      assert.ok(phase);
      assert.equal(stopRule({ mode: phase.running, advice: req.assessment.runningAdvice, cleared }), null, `run on day ${d.day} in ${phase.id}`);
      assert.notEqual(d.crossTraining !== null, true, 'a run day is not also a cross-training day');
    }
  }), runs);
});

test('property: weekly running never rises past the cap', () => {
  fc.assert(fc.property(requestArb, (req) => {
    const r = generatePlan(kb, req);
    if (r.status !== 'plan') return;
    const protocol = kb.protocolById.get(r.plan.protocolId);
    const cap = protocol?.returnToRun?.weeklyIncreaseCapPercent ?? 10;
    const pace = 6.5;
    const pre = Math.max(30, (req.profile?.weeklyKmBefore ?? 20) * pace);
    let previous = req.resume ? req.resume.lastWeekRunMinutes : req.assessment.runningAdvice === 'stop' ? 0 : pre;
    for (let w = 1; w <= r.plan.weeks; w += 1) {
      const minutes: number = r.plan.days.filter((d) => d.week === w).reduce((a: number, d) => a + (d.run?.runMinutes ?? 0), 0);
      assert.equal(minutes, r.plan.weekly[w - 1]?.runMinutes, `week ${w} total matches the summary`);
      assert.ok(minutes <= weeklyCap(previous, cap) + 1e-9, `week ${w}: ${minutes} after ${previous} (cap ${cap}%)`);
      previous = minutes;
    }
  }), runs);
});

test('property: every prescribed exercise exists in the KB, 1–5 a day, 6–16 weeks', () => {
  fc.assert(fc.property(requestArb, (req) => {
    const r = generatePlan(kb, req);
    if (r.status !== 'plan') return;
    // A resumed plan runs for the weeks that are left; a new one for 6–16.
    if (!req.resume) assert.ok(r.plan.weeks >= 6 && r.plan.weeks <= 16, `weeks ${r.plan.weeks}`);
    assert.equal(r.plan.days.length, r.plan.weeks * 7);
    for (const d of r.plan.days) {
      assert.ok(d.exercises.length <= 5, `day ${d.day} has ${d.exercises.length}`);
      for (const e of d.exercises) {
        assert.ok(kb.exerciseById.has(e.exerciseId), e.exerciseId);
        assert.ok(e.reps !== undefined || e.seconds !== undefined);
      }
      if (d.run && d.date && req.profile?.daysAvailable) assert.ok(req.profile.daysAvailable.includes(d.weekday ?? 'mon'));
    }
  }), runs);
});

test('property: red flags always mean no plan', () => {
  fc.assert(fc.property(requestArb, fc.constantFrom('cannot-bear-weight', 'calf-swelling-one-side'), (req, flag) => {
    const viaRule = generatePlan(kb, { ...req, assessment: { ...req.assessment, redFlags: [flag] } });
    const viaFinding = generatePlan(kb, { ...req, assessment: { ...req.assessment, findings: { ...req.assessment.findings, [flag]: true } } });
    assert.equal(viaRule.status, 'see-clinician');
    assert.equal(viaFinding.status, 'see-clinician');
  }), { numRuns: 50 });
});
