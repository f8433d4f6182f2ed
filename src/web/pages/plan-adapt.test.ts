// End to end through the real app: check-ins (web form and API) change the stored plan, and the three roads to
// "see a clinician" (pain rising two weeks running, a red-flag finding, a stalled plan) each get there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../test/support/app.ts';
import { addDays } from '../../core/planner/dates.ts';
import type { Plan, PlanDay } from '../../core/planner/types.ts';
import { openDatabase, type Database } from '../../db/database.ts';

const START = '2026-03-02';
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const form = (fields: Record<string, string | string[]>): URLSearchParams => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p;
};
const runMinutes = (days: readonly PlanDay[]): number => days.reduce((a, d) => a + (d.run?.runMinutes ?? 0), 0);
const next7 = (plan: Plan, date: string): PlanDay[] => plan.days.filter((d) => (d.date ?? '') > date && (d.date ?? '') <= addDays(date, 7));

describe('check-ins change the stored plan', () => {
  let database: Database;
  before(async () => { database = await openDatabase({ kind: 'sqlite', file: ':memory:' }); });
  after(async () => { await database.close(); });
  /** The app as it is on a given day (same database, same owner). */
  const appOn = async (today: string) => (await createTestApp({ database, today })).app;
  const api = async (today: string, url: string, body?: unknown) => {
    const app = await appOn(today);
    return body === undefined ? app.request(url) : app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  };
  const planOf = async (id: string, today = START): Promise<{ plan: Plan; status: string }> => (await (await api(today, `/api/v1/plans/${id}`)).json()) as { plan: Plan; status: string };
  async function newPlan(conditionId: string, extra: Record<string, string | string[]> = {}): Promise<string> {
    const res = await (await appOn(START)).request('/plan/new', { method: 'POST', body: form({ conditionId, weekly: '30', startDate: START, days: ALL_DAYS, equipment: ['bike', 'band'], ...extra }) });
    assert.equal(res.status, 303);
    return (res.headers.get('location') ?? '').split('/').pop() ?? '';
  }
  const webCheckin = async (id: string, date: string, fields: Record<string, string | string[]>) => {
    const res = await (await appOn(date)).request(`/plan/${id}/checkin`, { method: 'POST', body: form({ date, sessionsDone: '2', sessionsPlanned: '2', ...fields }) });
    assert.equal(res.status, 303, `${date}: ${res.status}`);
  };

  test('a step back through the web form reduces the next week\'s running, is stored, and the reason shows tomorrow', async () => {
    const id = await newPlan('achilles-tendinopathy-midportion');
    for (let n = 0; n < 10; n += 1) await webCheckin(id, addDays(START, n), { painMorning: '1', painDuring: '2', painAfter: '2' });
    const flareDay = addDays(START, 10);
    const beforePlan = (await planOf(id)).plan;
    await webCheckin(id, flareDay, { painMorning: '2', painDuring: '8', painAfter: '4' });
    const { plan } = await planOf(id);
    assert.ok(runMinutes(next7(beforePlan, flareDay)) > 0);
    assert.ok(runMinutes(next7(plan, flareDay)) < runMinutes(next7(beforePlan, flareDay)), 'less running in the next 7 days');
    assert.equal(plan.adjustments?.at(-1)?.decision, 'regress');
    const tomorrow = await (await (await appOn(addDays(flareDay, 1))).request(`/plan/${id}`)).text();
    assert.match(tomorrow, /Your plan stepped back/);
    assert.match(tomorrow, /above the limit of 5/);
    assert.match(tomorrow, /Running in the next 7 days|No running for now/);
    // Replacing that evening's check-in with a calm one undoes the step back.
    await webCheckin(id, flareDay, { painMorning: '1', painDuring: '2', painAfter: '2' });
    const undone = (await planOf(id)).plan;
    assert.equal(runMinutes(next7(undone, flareDay)), runMinutes(next7(beforePlan, flareDay)));
  });

  test('pain rising two weeks running (web form): see a clinician, no running from the next day, no more check-in form', async () => {
    const id = await newPlan('plantar-fasciitis');
    let n = 0;
    for (; n < 21; n += 1) {
      const level = n < 7 ? 1 : n < 14 ? 3 : 5;
      await webCheckin(id, addDays(START, n), { painMorning: String(level), painDuring: String(Math.min(level, 3)), painAfter: String(Math.min(level, 3)) });
      if ((await planOf(id)).status === 'see-clinician') break;
    }
    const date = addDays(START, n);
    const saved = await (await (await appOn(date)).request(`/plan/${id}/checkin?saved=${date}`)).text();
    assert.match(saved, /See a clinician/);
    assert.match(saved, /gone up two weeks running/);
    const { plan, status } = await planOf(id, date);
    assert.equal(status, 'see-clinician');
    assert.ok(plan.days.filter((d) => (d.date ?? '') > date).every((d) => d.run === null));
    const page = await (await (await appOn(addDays(date, 1))).request(`/plan/${id}`)).text();
    assert.match(page, /Time to see a clinician/);
    assert.doesNotMatch(page, /<form method="post" action="\/plan\/[^"]+\/checkin"/);
  });

  test('a red-flag finding (API): see a clinician, and the plan pauses everything from the next day', async () => {
    const id = await newPlan('achilles-tendinopathy-midportion');
    const res = await api(START, `/api/v1/plans/${id}/checkins`, { date: START, painMorning: 2, sessionsDone: 1, sessionsPlanned: 2, newFindings: ['calf-swelling-one-side'] });
    assert.equal(res.status, 201);
    const d = (await res.json()) as { decision: string; rule: string };
    assert.deepEqual([d.decision, d.rule], ['see-clinician', 'red-flag']);
    const { plan, status } = await planOf(id);
    assert.equal(status, 'see-clinician');
    assert.ok(plan.days.filter((x) => (x.date ?? '') > START).every((x) => x.rest && x.exercises.length === 0 && x.crossTraining === null));
    const page = await (await (await appOn(addDays(START, 1))).request(`/plan/${id}`)).text();
    assert.match(page, /Your plan is paused/);
    assert.match(page, /paused until a clinician has seen you/);
  });

  test('a stalled plan (API): three weeks with no step forward means see a clinician', async () => {
    // Told to stop running, morning pain stuck at 4 and no readiness tests: nothing can move the plan on.
    const id = await newPlan('plantar-fasciitis', { advice: 'stop' });
    let last = { decision: '', rule: '' };
    for (let n = 0; n < 35 && last.decision !== 'see-clinician'; n += 1) {
      const date = addDays(START, n);
      last = (await (await api(date, `/api/v1/plans/${id}/checkins`, { date, painMorning: 4, painDuring: 3, painAfter: 3, sessionsDone: 2, sessionsPlanned: 2 })).json()) as typeof last;
    }
    assert.deepEqual([last.decision, last.rule], ['see-clinician', 'stalled']);
    assert.equal((await planOf(id)).status, 'see-clinician');
  });

  test('the hand-off from an assessment personalises the plan; a tampered link is read defensively', async () => {
    const app = await appOn(START);
    const link = '/plan/new?condition=achilles-tendinopathy-midportion&advice=stop&findings=test-knee-to-wall-deficit:true,test-heel-raise-count:4,flat-feet:true,bogus:1,back-pain:maybe';
    const html = await (await app.request(link)).text();
    assert.match(html, /<input type="hidden" name="findings" value="test-knee-to-wall-deficit:true,test-heel-raise-count:4,flat-feet:true">/);
    assert.match(html, /From your assessment/);
    assert.match(html, /Ankle mobility work added/);
    assert.match(html, /Hip strengthening added/);
    const id = await newPlan('achilles-tendinopathy-midportion', { advice: 'stop', findings: 'test-knee-to-wall-deficit:true,test-heel-raise-count:4,flat-feet:true,bogus:1' });
    const { plan } = await planOf(id);
    assert.deepEqual([...plan.tags].sort(), ['calf-weak', 'hip-signs', 'mobility-deficit']);
    assert.ok(plan.days.slice(0, 7).every((d) => d.run === null), 'advice stop: no running in week 1');
  });

  test('back on track (web form): the clearance form replaces the check-in, checks its answers, and restarts the plan', async () => {
    const id = await newPlan('achilles-tendinopathy-midportion');
    await api(START, `/api/v1/plans/${id}/checkins`, { date: START, painMorning: 1, sessionsDone: 1, sessionsPlanned: 2, newFindings: ['calf-swelling-one-side'] });
    const day = addDays(START, 3);
    const app = await appOn(day);
    const today = await (await app.request(`/plan/${id}`)).text();
    assert.match(today, /Time to see a clinician/);
    assert.match(today, /no running, cross-training or exercises/);
    assert.match(today, /<form method="post" action="\/plan\/[^"]+\/clearance"/);
    assert.doesNotMatch(today, /action="\/plan\/[^"]+\/checkin"/);
    // A calm check-in while waiting changes nothing.
    const before = (await planOf(id, day)).plan;
    await webCheckin(id, addDays(START, 1), { painMorning: '0' });
    assert.deepEqual((await planOf(id, day)).plan.days, before.days);
    const saved = await (await app.request(`/plan/${id}/checkin?saved=${addDays(START, 1)}`)).text();
    assert.match(saved, /waiting for a clinician since your check-in/);
    assert.match(saved, /href="\/plan\/[^"]+\/clearance"/);
    const post = (fields: Record<string, string>) => app.request(`/plan/${id}/clearance`, { method: 'POST', body: form(fields) });
    const early = await post({ date: START, note: 'seen' });
    assert.equal(early.status, 400);
    const page = await early.text();
    assert.match(page, /<title>Error: Seen a clinician\?/);
    assert.match(page, /Enter a date after 2026-03-02/);
    assert.match(page, />seen<\/textarea>/, 'the answers are kept');
    assert.equal((await post({ date: addDays(day, 1) })).status, 400, 'not in the future');
    const ok = await post({ date: day, note: 'GP: calf scan clear', runCleared: 'yes' });
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), `/plan/${id}#adjust-h`);
    const { plan, status } = await planOf(id, day);
    assert.equal(status, 'active');
    assert.ok(plan.days.filter((d) => (d.date ?? '') > day).slice(0, 7).some((d) => d.exercises.length > 0), 'exercises are back');
    const after = await (await (await appOn(day)).request(`/plan/${id}`)).text();
    assert.match(after, /Back on track/);
    assert.match(after, /GP: calf scan clear/);
    assert.match(after, /Restarting .* from its first week/);
    assert.doesNotMatch(after, /action="\/plan\/[^"]+\/clearance"/);
    const gone = await (await appOn(day)).request(`/plan/${id}/clearance`);
    assert.equal(gone.status, 303, 'nothing to clear any more');
  });
});
