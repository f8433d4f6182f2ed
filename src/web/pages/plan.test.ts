import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { generatePlan } from '../../core/planner/generate.ts';
import type { Plan } from '../../core/planner/types.ts';
import { planHandoutPage, planOverviewPage, planTodayPage, planWeekPage } from './plan.ts';

const kb = fixtureKb();
function plan(conditionId: string, advice: 'stop' | 'modify' = 'modify'): Plan {
  const r = generatePlan(kb, { assessment: { conditionId, runningAdvice: advice, redFlags: [], findings: { 'flat-feet': true } }, startDate: '2026-03-02', profile: { equipment: ['pool'] } });
  if (r.status !== 'plan') throw new Error('expected a plan');
  return r.plan;
}
const text = async (h: unknown): Promise<string> => String(await h);
const checkin = { tests: [], askClearance: false, warningSigns: [{ id: 'calf-swelling-one-side', label: 'one calf swollen' }] };
const today = (p: Plan, id: string, date: string) => planTodayPage({ kb, planId: id, plan: p, today: date, units: 'km', status: 'active', pausedUntil: null, checkin });

test('today shows exercises with drawings, dose, a rest timer, the run and the check-in form', async () => {
  const p = plan('achilles-tendinopathy');
  const out = await text(today(p, 'p1', '2026-03-02'));
  assert.match(out, /<h1>Today’s session<\/h1>/);
  const first = p.days[0]?.exercises[0];
  assert.ok(first);
  assert.ok(out.includes(first.name));
  assert.match(out, /<svg/);
  assert.match(out, /data-rest="\d+"/);
  assert.match(out, /<label for="ci-painMorning">/);
  assert.match(out, /action="\/plan\/p1\/checkin"/);
  assert.match(out, /calendar\.ics/);
});

test('a bone-stress day shows the cross-training stand-in, not a run', async () => {
  const p = plan('tibial-stress', 'stop');
  const day = p.days.find((d) => d.crossTraining);
  assert.ok(day?.date);
  const out = await text(today(p, 'p2', day.date));
  assert.match(out, /Instead of running/);
  assert.match(out, /pool running/);
  assert.match(out, /<h2 id="run-h">Instead of running<\/h2>/);
  assert.doesNotMatch(out, /<h2 id="run-h">Run<\/h2>/);
});

test('week, whole plan and handout pages render their parts', async () => {
  const p = plan('plantar-fasciitis');
  const week = await text(planWeekPage('p3', p, '2026-03-10', 'mi'));
  assert.match(week, /Week 2 of 12/);
  const all = await text(planOverviewPage('p3', p));
  for (const ph of p.phases) assert.ok(all.includes(ph.name));
  assert.match(all, /Made for you/);
  assert.match(all, /<caption>/);
  const handout = await text(planHandoutPage(kb, 'p3', p));
  assert.match(handout, /plan-print\.css" media="print"/);
  assert.equal(handout.match(/class="handout-phase"/g)?.length, p.phases.length);
});
