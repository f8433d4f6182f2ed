import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { forEachDialect } from '../../../test/support/dialects.ts';
import type { Actor } from '../../core/actor.ts';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { usersRepository } from '../../db/repositories/users.ts';
import type { AppEnv } from '../env.ts';
import { handleError } from '../errors.ts';
import { registerPlanRoutes } from './plans.ts';

const kb = fixtureKb();

forEachDialect('plan routes', (ctx) => {
  async function appFor(email: string | null, today = '2026-03-02'): Promise<Hono<AppEnv>> {
    const database = ctx.database();
    let actor: Actor | null = null;
    if (email) {
      const users = usersRepository(database.db);
      const u = (await users.findByEmail(email)) ?? await users.insert({ email, name: 'Runner', role: 'runner' });
      actor = { id: u.id, email: u.email, role: 'runner', units: 'km', timeZone: 'UTC' };
    }
    const app = new Hono<AppEnv>();
    app.use('*', async (c, next) => { c.set('actor', actor); await next(); });
    app.onError(handleError);
    registerPlanRoutes(app, { database, kb, today: () => today, now: () => '2026-03-02T07:00:00Z' });
    return app;
  }
  const post = (app: Hono<AppEnv>, url: string, body: unknown) => app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  test('create, read, check in, export; decisions move the plan', async () => {
    const app = await appFor('route-sam@example.org');
    const created = await post(app, '/api/v1/plans', { conditionId: 'achilles-tendinopathy', profile: { weeklyKmBefore: 30, equipment: ['band'] } });
    assert.equal(created.status, 201);
    const { id, plan } = await created.json() as { id: string; plan: { days: { date: string }[] } };
    assert.equal(plan.days[0]?.date, '2026-03-02');
    const got = await app.request(`/api/v1/plans/${id}`);
    assert.equal(got.status, 200);
    const ok = await post(app, `/api/v1/plans/${id}/checkins`, { painMorning: 1, painDuring: 3, painAfter: 2, sessionsDone: 1, sessionsPlanned: 1 });
    assert.equal(ok.status, 201);
    assert.equal((await ok.json() as { decision: string }).decision, 'hold');
    const flare = await post(app, `/api/v1/plans/${id}/checkins`, { date: '2026-03-03', painMorning: 2, painDuring: 8, sessionsDone: 1, sessionsPlanned: 1 });
    assert.equal((await flare.json() as { decision: string }).decision, 'regress');
    const flag = await post(app, `/api/v1/plans/${id}/checkins`, { date: '2026-03-04', painMorning: 2, sessionsDone: 1, sessionsPlanned: 1, newFindings: ['calf-swelling-one-side'] });
    assert.equal((await flag.json() as { decision: string }).decision, 'see-clinician');
    const list = await app.request(`/api/v1/plans/${id}/checkins`);
    assert.equal((await list.json() as { checkins: unknown[] }).checkins.length, 3);
    const after = await app.request(`/api/v1/plans/${id}`);
    assert.equal((await after.json() as { status: string }).status, 'see-clinician');
    const ics = await app.request(`/api/v1/plans/${id}/calendar.ics`);
    assert.equal(ics.status, 200);
    assert.match(ics.headers.get('content-type') ?? '', /text\/calendar/);
  });

  test('red flags give no stored plan; bad input is 400; others cannot see my plan; anonymous is 401', async () => {
    const app = await appFor('route-priya@example.org');
    const flagged = await post(app, '/api/v1/plans', { conditionId: 'clot' });
    assert.equal(flagged.status, 200);
    assert.equal((await flagged.json() as { status: string }).status, 'see-clinician');
    assert.equal((await post(app, '/api/v1/plans', { weeks: 8 })).status, 400);
    const mine = await post(app, '/api/v1/plans', { conditionId: 'sprain' });
    const { id } = await mine.json() as { id: string };
    assert.equal((await post(app, `/api/v1/plans/${id}/checkins`, { painMorning: 11, sessionsDone: 1, sessionsPlanned: 1 })).status, 400);
    const other = await appFor('route-dan@example.org');
    assert.equal((await other.request(`/api/v1/plans/${id}`)).status, 404);
    const anon = await appFor(null);
    assert.equal((await anon.request('/api/v1/plans')).status, 401);
  });

  test('after see-clinician: check-ins change nothing until a clearance, which restarts the plan from a safe point', async () => {
    const email = 'route-kai@example.org';
    const app = await appFor(email);
    const created = await post(app, '/api/v1/plans', { conditionId: 'achilles-tendinopathy', profile: { weeklyKmBefore: 30 } });
    const { id } = await created.json() as { id: string };
    assert.equal((await post(app, `/api/v1/plans/${id}/clearance`, {})).status, 409, 'nothing to clear yet');
    const flag = await post(app, `/api/v1/plans/${id}/checkins`, { painMorning: 1, sessionsDone: 1, sessionsPlanned: 1, newFindings: ['cannot-bear-weight'] });
    assert.equal((await flag.json() as { rule: string }).rule, 'red-flag');
    const later = await appFor(email, '2026-03-06');
    const planNow = async () => await (await later.request(`/api/v1/plans/${id}`)).json() as { status: string; awaitingClinician: { since: string } | null; plan: { days: { date: string; exercises: unknown[]; run: unknown }[]; adjustments: { decision: string; note?: string; changes: string[] }[] } };
    const blocked = await planNow();
    assert.equal(blocked.status, 'see-clinician');
    assert.equal(blocked.awaitingClinician?.since, '2026-03-02');
    const calm = await post(later, `/api/v1/plans/${id}/checkins`, { date: '2026-03-04', painMorning: 0, sessionsDone: 0, sessionsPlanned: 0 });
    const waiting = await calm.json() as { decision: string; rule: string; reason: string };
    assert.deepEqual([waiting.decision, waiting.rule], ['see-clinician', 'awaiting-clinician']);
    assert.match(waiting.reason, /waiting for a clinician since your check-in on 2026-03-02/);
    assert.deepEqual((await planNow()).plan.days, blocked.plan.days, 'a check-in while waiting changes nothing');
    for (const [body, status] of [[{ date: '2026-03-07' }, 400], [{ restartPhase: 'run' }, 400], [{ note: 'x'.repeat(501) }, 400], [{ surprise: true }, 400]] as const) {
      assert.equal((await post(later, `/api/v1/plans/${id}/clearance`, body)).status, status, JSON.stringify(body).slice(0, 40));
    }
    assert.equal((await post(await appFor('route-other@example.org', '2026-03-06'), `/api/v1/plans/${id}/clearance`, {})).status, 404);
    const cleared = await post(later, `/api/v1/plans/${id}/clearance`, { date: '2026-03-05', note: 'Physio: calf fine' });
    assert.equal(cleared.status, 201);
    const d = await cleared.json() as { decision: string; rule: string; status: string; changes: string[]; position: { phaseIndex: number } };
    assert.deepEqual([d.decision, d.rule, d.status, d.position.phaseIndex], ['resume', 'clinician-cleared', 'active', 0]);
    assert.ok(d.changes.some((c) => /Restarting/.test(c)));
    const resumed = await planNow();
    assert.equal(resumed.status, 'active');
    assert.equal(resumed.awaitingClinician, null);
    assert.equal(resumed.plan.adjustments.at(-1)?.note, 'Physio: calf fine');
    assert.ok(resumed.plan.days.filter((x) => x.date > '2026-03-05').slice(0, 7).some((x) => x.exercises.length > 0), 'exercises are back');
    assert.equal((await post(later, `/api/v1/plans/${id}/clearance`, {})).status, 409, 'cleared once');
  });
});
