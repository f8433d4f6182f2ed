import { after, before, describe, test } from 'node:test';
import { actorFromUser } from '../../services/actors.ts';
import assert from 'node:assert/strict';
import { createTestApp, shippedKb, type TestApp } from '../../../test/support/app.ts';
import type { Actor } from '../../core/actor.ts';
import { usersRepository } from '../../db/repositories/users.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { plansRepository } from '../../db/repositories/plans.ts';

const TODAY = '2026-03-02';
const form = (fields: Record<string, string | string[]>): URLSearchParams => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p;
};
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('plan pages (no JavaScript: forms post and redirect)', () => {
  let t: TestApp;
  before(async () => { t = await createTestApp({ today: TODAY }); });
  after(async () => { await t.close(); });
  const post = (url: string, body: URLSearchParams) => t.app.request(url, { method: 'POST', body });
  const page = async (url: string, status = 200): Promise<string> => {
    const res = await t.app.request(url);
    assert.equal(res.status, status, url);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    return res.text();
  };
  async function makePlan(conditionId: string, extra: Record<string, string | string[]> = {}): Promise<string> {
    const res = await post('/plan/new', form({ conditionId, weekly: '30', startDate: TODAY, days: ALL_DAYS, equipment: ['band', 'bike'], ...extra }));
    assert.equal(res.status, 303);
    const id = /^\/plan\/([0-9a-f-]{36})$/.exec(res.headers.get('location') ?? '')?.[1];
    assert.ok(id, `redirected to ${res.headers.get('location')}`);
    return id;
  }

  test('/plan with no plans invites the runner to start one', async () => {
    const html = await page('/plan');
    assert.match(html, /You have no plan yet/);
    assert.match(html, /href="\/plan\/new"/);
    assert.match(html, /href="\/assess"/);
  });

  test('/plan/new preselects ?condition and labels every field; red-flag conditions are not offered', async () => {
    const html = await page('/plan/new?condition=plantar-fasciitis&advice=modify');
    assert.match(html, /<option value="plantar-fasciitis" selected>/);
    assert.match(html, /<input type="hidden" name="advice" value="modify">/);
    for (const id of ['condition', 'weekly', 'startDate', 'weeks', 'raceName', 'raceDate', 'raceDistance']) assert.match(html, new RegExp(`<label for="${id}">`), id);
    assert.match(html, /Weekly distance before the pain started \(km\)/);
    assert.match(html, /<legend>What can you use\?<\/legend>/);
    assert.match(html, /<input type="checkbox" id="day-mon" name="days" value="mon" checked>/);
    assert.doesNotMatch(html, /<option value="deep-vein-thrombosis"/);
    const blocked = await page('/plan/new?condition=deep-vein-thrombosis');
    assert.match(blocked, /see a clinician first/);
    assert.doesNotMatch(blocked, /<option value="deep-vein-thrombosis"/);
  });

  test('a form with mistakes comes back (400) with an error summary that links to each field, keeping the answers', async () => {
    const res = await post('/plan/new', form({ conditionId: 'plantar-fasciitis', weekly: 'lots', raceName: 'Spring half', startDate: TODAY }));
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /<title>Error: Start a plan · Footing<\/title>/);
    assert.match(html, /class="error-summary"[^>]*tabindex="-1"[^>]*autofocus/);
    assert.match(html, /<a href="#weekly">/);
    assert.match(html, /<a href="#raceDate">/);
    assert.match(html, /<a href="#day-mon">Tick at least one day/);
    assert.match(html, /id="weekly"[^>]*value="lots"[^>]*aria-describedby="weekly-hint weekly-error" aria-invalid="true"/);
    assert.match(html, /value="Spring half"/);
    const unknown = await post('/plan/new', form({ conditionId: 'deep-vein-thrombosis', days: ALL_DAYS }));
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /Choose a problem from the list/);
  });

  test('creating a plan redirects to today: exercises with drawings, dose, rest timer, the run and the check-in form', async () => {
    const id = await makePlan('plantar-fasciitis');
    const html = await page(`/plan/${id}`);
    assert.match(html, /<h1>Today’s session<\/h1>/);
    assert.match(html, /<svg[^>]*role="img"/);
    assert.match(html, /<strong>\d+ × \d+( s)?( each side)?/);
    assert.match(html, /data-rest="\d+"/);
    assert.match(html, /Rest \d+ seconds between sets/);
    assert.match(html, /<form method="post" action="\/plan\/[^"]+\/checkin"/);
    assert.match(html, /<label for="ci-painMorning">/);
    assert.match(html, /<script type="module" src="\/static\/plan.js">/);
    const stored = await plansRepository(t.database.db).findById(id);
    assert.deepEqual((stored?.request as { profile: unknown }).profile, { weeklyKmBefore: 30, equipment: ['band', 'bike'], daysAvailable: ALL_DAYS });
    const list = await page('/plan');
    assert.match(list, new RegExp(`href="/plan/${id}"`));
    assert.match(list, /plantar fascia/);
  });

  test('week, whole plan, handout and calendar', async () => {
    const id = await makePlan('achilles-tendinopathy-midportion');
    const week = await page(`/plan/${id}/week`);
    assert.match(week, /<h1>Week 1 of \d+<\/h1>/);
    assert.match(week, /<span class="tag">Today<\/span>/);
    assert.match(await page(`/plan/${id}/week?week=2`), /<h1>Week 2 of/);
    const all = await page(`/plan/${id}/all`);
    assert.match(all, /<caption>Planned running minutes per week/);
    assert.match(all, /Rules that never change/);
    const handout = await page(`/plan/${id}/handout`);
    assert.match(handout, /href="\/static\/plan-print.css" media="print"/);
    const ids = [...handout.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'handout ids are unique even when an exercise repeats across phases');
    const ics = await t.app.request(`/plan/${id}/calendar.ics`);
    assert.equal(ics.status, 200);
    assert.match(ics.headers.get('content-type') ?? '', /text\/calendar/);
    assert.match(ics.headers.get('content-disposition') ?? '', /attachment; filename="footing-plan\.ics"/);
    assert.match(await ics.text(), /^BEGIN:VCALENDAR\r\n/);
  });

  test('the evening check-in: errors re-shown, then saved and the decision shown with its reason', async () => {
    const id = await makePlan('achilles-tendinopathy-midportion');
    const bad = await post(`/plan/${id}/checkin`, form({ date: TODAY, painDuring: '12', sessionsDone: '1', sessionsPlanned: '2' }));
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /<a href="#ci-painMorning">Enter your pain when you got up this morning/);
    assert.match(badHtml, /<a href="#ci-painDuring">/);
    assert.match(badHtml, /id="ci-painDuring"[^>]*value="12"/);
    const ok = await post(`/plan/${id}/checkin`, form({ date: TODAY, painMorning: '1', painDuring: '3', painAfter: '2', sessionsDone: '2', sessionsPlanned: '2' }));
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), `/plan/${id}/checkin?saved=${TODAY}#decision`);
    const shown = await page(`/plan/${id}/checkin?saved=${TODAY}`);
    assert.match(shown, /Holding steady/);
    assert.match(shown, /Within your limits/);
    const today = await page(`/plan/${id}`);
    assert.match(today, /Tonight’s check-in/);
    // A second check-in the same evening replaces the first: pain above the tendon limit steps back.
    await post(`/plan/${id}/checkin`, form({ date: TODAY, painMorning: '2', painDuring: '8', sessionsDone: '1', sessionsPlanned: '2' }));
    const regress = await page(`/plan/${id}/checkin?saved=${TODAY}`);
    assert.match(regress, /Stepping back/);
    assert.match(regress, /above the limit of 5/);
    // Today's run now carries the step back: shorten it or swap it.
    assert.match(await page(`/plan/${id}`), /Your check-in on <time datetime="2026-03-02">Monday, 2 March 2026<\/time> stepped back/);
  });

  test('a new warning sign in the check-in sends the runner to a clinician, and the plan says so', async () => {
    const id = await makePlan('plantar-fasciitis');
    const today = await page(`/plan/${id}`);
    assert.match(today, /<summary>Anything new or worrying\?<\/summary>/);
    const res = await post(`/plan/${id}/checkin`, form({ date: TODAY, painMorning: '2', sessionsDone: '1', sessionsPlanned: '2', newFindings: 'calf-swelling-one-side' }));
    assert.equal(res.status, 303);
    assert.match(await page(`/plan/${id}/checkin?saved=${TODAY}`), /See a clinician/);
    const after = await page(`/plan/${id}`);
    assert.match(after, /Time to see a clinician/);
    assert.doesNotMatch(after, /<form method="post" action="\/plan\/[^"]+\/checkin"/);
  });

  test('a bone stress plan asks for the readiness tests and shows cross-training, not a run', async () => {
    const id = await makePlan('tibial-stress-fracture', { equipment: ['pool'] });
    const html = await page(`/plan/${id}`);
    assert.doesNotMatch(html, /<h2 id="run-h">Run<\/h2>/);
    const checkin = await page(`/plan/${id}/checkin`);
    assert.match(checkin, /Tests for the next step/);
    assert.match(checkin, /<label for="ci-painWalking">Pain on the walking test/);
    assert.match(checkin, /<label for="ci-painHop">Pain on the hopping test/);
  });

  test('the check-in asks for the test the current phase is waiting on, and stores the answer', async () => {
    const id = await makePlan('achilles-tendinopathy-midportion');
    const html = await page(`/plan/${id}`);
    assert.match(html, /<label for="ci-heelRaiseCount">Single-leg heel raises/);
    assert.doesNotMatch(html, /ci-painHop/);
    const res = await post(`/plan/${id}/checkin`, form({ date: TODAY, painMorning: '1', heelRaiseCount: '14', sessionsDone: '2', sessionsPlanned: '2' }));
    assert.equal(res.status, 303);
    const [stored] = await plansRepository(t.database.db).listCheckins(id);
    assert.equal((stored?.data as { heelRaiseCount?: number }).heelRaiseCount, 14);
    const bad = await post(`/plan/${id}/checkin`, form({ date: TODAY, painMorning: '1', heelRaiseCount: 'many', sessionsDone: '2' }));
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /<a href="#ci-heelRaiseCount">/);
  });

  test('a plan that does not exist is a 404 page; bad ids too', async () => {
    await page('/plan/0193a1c2-7f3e-7abc-9def-0123456789ab', 404);
    await page('/plan/0193a1c2-7f3e-7abc-9def-0123456789ab/week', 404);
    const res = await post('/plan/0193a1c2-7f3e-7abc-9def-0123456789ab/checkin', form({ painMorning: '1', sessionsDone: '1' }));
    assert.equal(res.status, 404);
  });
});

describe('plan pages in miles', () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    t = await createTestApp({ today: TODAY });
    const row = await usersRepository(t.database.db).insert({ email: 'miles@example.org', name: 'Miles', role: 'runner', units: 'mi' });
    const runner: Actor = actorFromUser(row);
    app = createApp({ database: t.database, kb: await shippedKb(), logger: createLogger('silent'), version: 'test', resolveActor: async () => runner, today: () => TODAY });
  });
  after(async () => { await t.close(); });

  test('distances are asked and shown in miles, and stored in km', async () => {
    const html = await (await app.request('/plan/new')).text();
    assert.match(html, /Weekly distance before the pain started \(mi\)/);
    const res = await app.request('/plan/new', { method: 'POST', body: form({ conditionId: 'achilles-tendinopathy-midportion', weekly: '20', raceDate: '2026-05-10', raceDistance: '13.1', days: ALL_DAYS }) });
    assert.equal(res.status, 303);
    const id = (res.headers.get('location') ?? '').split('/').pop() ?? '';
    const stored = await plansRepository(t.database.db).findById(id);
    assert.deepEqual((stored?.request as { profile: unknown }).profile, { weeklyKmBefore: 32.2, goalRace: { date: '2026-05-10', distanceKm: 21.1 }, equipment: [], daysAvailable: ALL_DAYS });
    const week = await (await app.request(`/plan/${id}/week`)).text();
    assert.match(week, /<strong>Run:<\/strong> \d+ minutes easy \(about \d+\.\d mi\)/);
    assert.doesNotMatch(week, /\d km\)/);
  });
});
