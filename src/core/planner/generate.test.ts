import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { generatePlan } from './generate.ts';
import type { Plan, PlanAssessment, PlanRequest } from './types.ts';

const kb = fixtureKb();
const assess = (conditionId: string, o: Partial<PlanAssessment> = {}): PlanAssessment => ({ conditionId, runningAdvice: 'modify', redFlags: [], findings: {}, ...o });
function plan(req: PlanRequest): Plan {
  const r = generatePlan(kb, req);
  assert.equal(r.status, 'plan', r.status === 'see-clinician' ? r.reason : '');
  if (r.status !== 'plan') throw new Error('unreachable');
  return r.plan;
}
const idsInPhase = (p: Plan, phaseId: string): Set<string> => new Set(p.days.filter((d) => d.phaseId === phaseId).flatMap((d) => d.exercises.map((e) => e.exerciseId)));

test('default plan: 12 weeks of days, phases in order, 3–5 exercises on exercise days', () => {
  const p = plan({ assessment: assess('achilles-tendinopathy') });
  assert.equal(p.weeks, 12);
  assert.equal(p.days.length, 84);
  assert.deepEqual(p.phases.map((ph) => ph.id), ['settle', 'heavy-load', 'spring', 'run']);
  assert.equal(p.phases.reduce((a, ph) => a + ph.weeks, 0), 12);
  assert.equal(p.days[0]?.day, 1);
  assert.equal(p.days[0]?.date, undefined);
  for (const d of p.days) if (d.exercises.length > 0) assert.ok(d.exercises.length >= 3 && d.exercises.length <= 5, `day ${d.day}: ${d.exercises.length}`);
});

test('weeks are clamped to 6–16 and dates follow the start date', () => {
  assert.equal(plan({ assessment: assess('ankle-instability'), weeks: 3 }).weeks, 6);
  const long = plan({ assessment: assess('achilles-tendinopathy'), weeks: 6 });
  assert.equal(long.weeks, 7, 'phase minimums win over a shorter request');
  assert.ok(long.cautions.some((c) => c.includes('at least 7 weeks')));
  assert.equal(plan({ assessment: assess('plantar-fasciitis'), weeks: 40 }).weeks, 16);
  const p = plan({ assessment: assess('plantar-fasciitis'), weeks: 8, startDate: '2026-03-30' });
  assert.equal(p.days[0]?.date, '2026-03-30');
  assert.equal(p.days[0]?.weekday, 'mon');
  assert.equal(p.days.at(-1)?.date, '2026-05-24');
});

test('the same request gives the same plan', () => {
  const req: PlanRequest = { assessment: assess('sprain', { findings: { 'previous-ankle-sprains': true } }), startDate: '2026-01-05', profile: { weeklyKmBefore: 35, daysAvailable: ['mon', 'wed', 'sat'] } };
  assert.deepEqual(generatePlan(kb, req), generatePlan(kb, req));
});

test('a knee-to-wall deficit adds ankle mobility work; without it there is none', () => {
  const withDeficit = plan({ assessment: assess('achilles-tendinopathy', { findings: { 'test-knee-to-wall-left-cm': 6, 'test-knee-to-wall-right-cm': 11 } }) });
  assert.ok(idsInPhase(withDeficit, 'settle').has('half-kneeling-ankle-mobilisation'));
  assert.ok(withDeficit.personalisation.some((r) => r.includes('5 cm')));
  const without = plan({ assessment: assess('achilles-tendinopathy') });
  assert.ok(!idsInPhase(without, 'settle').has('half-kneeling-ankle-mobilisation'));
});

test('weak single-leg heel raises start the calf block on two legs; painful ones start with holds', () => {
  const weak = plan({ assessment: assess('achilles-tendinopathy', { findings: { 'test-heel-raise-count': 4 } }) });
  assert.ok(!idsInPhase(weak, 'settle').has('calf-raise-single'));
  assert.ok(idsInPhase(weak, 'settle').has('calf-raise-double'));
  const strong = plan({ assessment: assess('achilles-tendinopathy', { findings: { 'test-heel-raise-count': 25 } }) });
  assert.ok(idsInPhase(strong, 'settle').has('calf-raise-single'));
  assert.ok(!idsInPhase(strong, 'settle').has('isometric-calf-hold'));
  const painful = plan({ assessment: assess('achilles-tendinopathy', { findings: { 'test-heel-raise-painful': true } }) });
  assert.ok(idsInPhase(painful, 'settle').has('isometric-calf-hold'));
});

test('signs from above add hip work', () => {
  const p = plan({ assessment: assess('plantar-fasciitis', { findings: { 'flat-feet': true } }) });
  assert.ok(idsInPhase(p, 'high-load').has('clamshell'));
  assert.ok(p.tags.includes('hip-signs'));
  assert.ok(!idsInPhase(plan({ assessment: assess('plantar-fasciitis') }), 'high-load').has('clamshell'));
});

test('equipment picks heavy slow resistance in a gym and heel drops at home, with the HSR load ladder', () => {
  const gym = plan({ assessment: assess('achilles-tendinopathy'), profile: { equipment: ['gym'] } });
  const heavy = gym.phases.find((ph) => ph.id === 'heavy-load');
  assert.ok(heavy);
  const inWeek = (w: number) => gym.days.filter((d) => d.week === w).flatMap((d) => d.exercises).find((e) => e.exerciseId === 'leg-press-calf-raise');
  assert.deepEqual([inWeek(heavy.startWeek)?.sets, inWeek(heavy.startWeek)?.reps], [3, 15]);
  assert.deepEqual([inWeek(heavy.startWeek + 3)?.sets, inWeek(heavy.startWeek + 3)?.reps], [4, 10]);
  const home = plan({ assessment: assess('achilles-tendinopathy'), profile: { equipment: [] } });
  const ids = idsInPhase(home, 'heavy-load');
  assert.ok(ids.has('eccentric-heel-drop-straight-knee'));
  assert.ok(!ids.has('leg-press-calf-raise'));
});

test('missing kit falls back to the regression', () => {
  const p = plan({ assessment: assess('sprain'), profile: { equipment: [] } });
  const all = p.days.flatMap((d) => d.exercises);
  assert.ok(!all.some((e) => e.exerciseId === 'band-eversion'));
  assert.ok(all.some((e) => e.replaces === 'band-eversion' && e.exerciseId === 'ankle-alphabet'));
});

test('red flags, red-flag conditions and medical-first give no plan', () => {
  for (const a of [assess('achilles-tendinopathy', { redFlags: ['cannot-bear-weight'] }), assess('achilles-tendinopathy', { findings: { 'calf-swelling-one-side': true } }), assess('clot'), assess('medical-first'), assess('compartment-acute')]) {
    const r = generatePlan(kb, { assessment: a });
    assert.equal(r.status, 'see-clinician', a.conditionId);
  }
  assert.throws(() => generatePlan(kb, { assessment: assess('no-such-thing') }), /unknown condition/);
});

test('bone stress: no running while offloading, cross-training instead, walk-run later', () => {
  const p = plan({ assessment: assess('tibial-stress', { runningAdvice: 'stop' }), startDate: '2026-01-05', profile: { equipment: ['pool'] } });
  const early = p.days.filter((d) => d.phaseId === 'offload' || d.phaseId === 'reload');
  assert.ok(early.every((d) => d.run === null));
  assert.ok(early.some((d) => d.crossTraining?.mode === 'pool-running'));
  assert.ok(early.every((d) => d.crossTraining === null || ['pool-running', 'swimming'].includes(d.crossTraining.mode)));
  const ladder = p.days.filter((d) => d.phaseId === 'walk-run' && d.run);
  assert.ok(ladder.length > 0);
  assert.equal(ladder[0]?.run?.kind, 'walk-run');
  assert.equal(ladder[0]?.run?.stage, 1);
});

test('high-risk bone stress never schedules running without clearance', () => {
  const p = plan({ assessment: assess('navicular-stress', { runningAdvice: 'stop' }), weeks: 16 });
  assert.ok(p.days.every((d) => d.run === null));
  assert.ok(p.cautions.some((c) => c.includes('clinician has cleared')));
});

test('a race date sets the plan length but cannot shorten a phase below its minimum', () => {
  const p = plan({ assessment: assess('achilles-tendinopathy'), startDate: '2026-01-05', profile: { weeklyKmBefore: 30, goalRace: { date: '2026-03-16' } } });
  assert.equal(p.weeks, 10);
  assert.ok(p.race);
  const soon = plan({ assessment: assess('tibial-stress', { runningAdvice: 'stop' }), startDate: '2026-01-05', profile: { goalRace: { date: '2026-02-02' } } });
  assert.equal(soon.race?.status, 'not-advisable');
  const offload = soon.phases.find((ph) => ph.id === 'offload');
  assert.ok(offload && offload.weeks >= 2);
});

test('a near race is called not advisable in plain words, and changes neither phase minimums nor running', () => {
  const req: PlanRequest = { assessment: assess('tibial-stress', { runningAdvice: 'stop' }), startDate: '2026-01-05', weeks: 12, profile: { weeklyKmBefore: 40, equipment: ['pool'] } };
  const near = plan({ ...req, profile: { ...req.profile, goalRace: { date: '2026-01-25', distanceKm: 21.1 } } });
  const none = plan(req);
  assert.equal(near.race?.status, 'not-advisable');
  assert.match(near.race?.message ?? '', /^This race is not advisable/);
  assert.ok(near.cautions.includes(near.race?.message ?? ''), 'said plainly among the cautions');
  assert.deepEqual(near.days, none.days, 'the race does not speed anything up');
  assert.deepEqual(near.phases, none.phases);
  const bone = plan({ assessment: assess('tibial-stress', { runningAdvice: 'stop' }), startDate: '2026-01-05', profile: { goalRace: { date: '2026-02-23' } } });
  const protocol = kb.protocolById.get('bone-stress-low-risk');
  for (const ph of bone.phases) assert.ok(ph.weeks >= (protocol?.phases.find((p) => p.id === ph.id)?.weeks.min ?? 1), ph.id);
  assert.equal(bone.race?.status, 'not-advisable');
});
