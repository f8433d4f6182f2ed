import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, shippedKb, type TestApp } from '../../../test/support/app.ts';
import { localToday } from '../../core/training/zones.ts';
import { createLogger } from '../logger.ts';
import { createApp } from '../app.ts';

let t: TestApp;
before(async () => { t = await createTestApp({ today: '2024-04-17' }); });
after(() => t.close());
const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('activities: add, list, get, patch, delete; errors in the one shape', async () => {
  const add = await t.app.request('/api/v1/activities', json('POST', { date: '2024-04-15', distanceMeters: 12_000, durationSeconds: 4200, rpe: 6 }));
  assert.equal(add.status, 201);
  const { activity } = (await add.json()) as { activity: { id: string; sport: string } };
  assert.equal(activity.sport, 'running');
  const list = (await (await t.app.request('/api/v1/activities?limit=5')).json()) as { activities: unknown[] };
  assert.equal(list.activities.length, 1);
  const patched = (await (await t.app.request(`/api/v1/activities/${activity.id}`, json('PATCH', { notes: 'windy' }))).json()) as { activity: { notes: string } };
  assert.equal(patched.activity.notes, 'windy');
  const dup = await t.app.request('/api/v1/activities', json('POST', { date: '2024-04-15', distanceMeters: 12_000, durationSeconds: 4200 }));
  assert.equal(dup.status, 409);
  const bad = await t.app.request('/api/v1/activities', json('POST', { date: '2024-04-15', distanceMeters: -1, durationSeconds: 10 }));
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: { message: string } }).error.message, /distanceMeters/);
  assert.equal((await t.app.request('/api/v1/activities', { method: 'POST', body: 'nope' })).status, 400);
  assert.equal((await t.app.request('/api/v1/activities/does-not-exist')).status, 404);
  assert.equal((await t.app.request(`/api/v1/activities/${activity.id}`, { method: 'DELETE' })).status, 204);
  assert.equal((await t.app.request(`/api/v1/activities/${activity.id}`)).status, 404);
});

test('training overview, shoes, pain diary and units over HTTP', async () => {
  for (const d of ['2024-04-01', '2024-04-08']) await t.app.request('/api/v1/activities', json('POST', { date: d, distanceMeters: 5000, durationSeconds: 1800 }));
  await t.app.request('/api/v1/activities', json('POST', { date: '2024-04-16', distanceMeters: 12_000, durationSeconds: 4200 }));
  const pain = await t.app.request('/api/v1/pain/2024-04-16', json('PUT', { painDuring: 2, painAfter: 4 }));
  assert.equal(pain.status, 200);
  assert.equal(((await pain.json()) as { guidance: { level: string } }).guidance.level, 'ok');
  const o = (await (await t.app.request('/api/v1/training?weeks=3')).json()) as { units: string; weeks: { start: string; maxPain: number | null; spike: string | null }[]; flags: { source: { id: string } }[] };
  assert.equal(o.units, 'km');
  assert.deepEqual(o.weeks.map((w) => [w.start, w.maxPain, w.spike]), [['2024-04-01', null, null], ['2024-04-08', null, null], ['2024-04-15', 4, 'warning']]);
  assert.ok(o.flags.some((f) => f.source.id === 'frandsen-2025'));

  const shoe = await t.app.request('/api/v1/shoes', json('POST', { name: 'Daily', startDistanceMeters: 900_000 }));
  assert.equal(shoe.status, 201);
  const { shoe: s } = (await shoe.json()) as { shoe: { id: string; wearAlert: boolean } };
  assert.equal(s.wearAlert, true);
  const retired = (await (await t.app.request(`/api/v1/shoes/${s.id}`, json('PATCH', { retired: true }))).json()) as { shoe: { retired: boolean; distanceMeters: number } };
  assert.deepEqual([retired.shoe.retired, retired.shoe.distanceMeters], [true, 900_000]);
  const entries = (await (await t.app.request('/api/v1/pain')).json()) as { entries: { date: string; activities: unknown[] }[] };
  assert.deepEqual(entries.entries.map((e) => [e.date, e.activities.length]), [['2024-04-16', 1]]);
  assert.equal((await t.app.request('/api/v1/pain/2024-04-16', json('PUT', { painDuring: 14 }))).status, 400);
  assert.equal((await t.app.request('/api/v1/preferences/units', json('PUT', { units: 'mi' }))).status, 200);
  assert.equal((await t.app.request('/api/v1/preferences/units', json('PUT', { units: 'leagues' }))).status, 400);
});

test('the OpenAPI document describes the training-log endpoints', async () => {
  const spec = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  for (const p of ['/api/v1/activities', '/api/v1/activities/{id}', '/api/v1/training', '/api/v1/shoes', '/api/v1/shoes/{id}', '/api/v1/pain', '/api/v1/pain/{date}', '/api/v1/imports', '/api/v1/imports/{id}', '/api/v1/preferences/units']) {
    assert.ok(spec.paths[p], p);
  }
});

test('the overview and the pages use today in the runner’s time zone', async () => {
  // 21:00 UTC on 1 July is already 2 July in Auckland: the runner's "today" must be the 2nd.
  const now = Date.parse('2024-07-01T21:00:00Z');
  const actor = { ...t.owner, timeZone: 'Pacific/Auckland' };
  const app = createApp({
    database: t.database, kb: await shippedKb(), logger: createLogger('silent'), version: 'test',
    resolveActor: async () => actor, today: (timeZone = 'UTC') => localToday(timeZone, now),
  });
  const o = (await (await app.request('/api/v1/training?weeks=1')).json()) as { today: string };
  assert.equal(o.today, '2024-07-02');
  assert.match(await (await app.request('/training/log')).text(), /name="date"[^>]*value="2024-07-02"|value="2024-07-02"[^>]*name="date"/);
  assert.match(await (await app.request('/training/pain')).text(), /value="2024-07-02"/);
});
