/**
 * The policy table over HTTP: every API route declares its policy, anonymous callers are refused before the body is
 * read, another runner's records look exactly like missing ones, and no response carries an owner's id.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import type { Actor } from '../../core/actor.ts';
import { ruleFor } from '../../core/policy.ts';
import { declaredPolicy, type DeclaredPolicy } from '../middleware/policy.ts';

let t: TestApp;
let ana: Actor;
let ben: Actor;
before(async () => {
  t = await createTestApp({ today: '2024-04-17' });
  ana = t.owner;
  ben = await t.addRunner('ben@example.org');
});
after(() => t.close());

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Status and parsed body (JSON when there is one, else text). */
async function call(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const res = await t.app.request(path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a calendar, an empty 204): keep the text.
  }
  return { status: res.status, body };
}

/** Every object key anywhere in a JSON value. */
function keysIn(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysIn(x, out);
  else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      keysIn(x, out);
    }
  }
  return out;
}

/** API routes as `METHOD path`, each with the policies its handlers declare. */
function apiRoutes(): Map<string, { method: string; path: string; policies: DeclaredPolicy[] }> {
  const routes = new Map<string, { method: string; path: string; policies: DeclaredPolicy[] }>();
  for (const r of t.app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/v1/')) continue;
    const key = `${r.method} ${r.path}`;
    const entry = routes.get(key) ?? { method: r.method, path: r.path, policies: [] };
    const p = declaredPolicy(r.handler);
    if (p) entry.policies.push(p);
    routes.set(key, entry);
  }
  return routes;
}

test('every /api/v1 route declares exactly one policy, and the table has its action', () => {
  const routes = apiRoutes();
  assert.ok(routes.size >= 20, `found ${routes.size} routes`);
  for (const [key, r] of routes) {
    assert.equal(r.policies.length, 1, `${key} declares ${r.policies.length} policies`);
    const p = r.policies[0];
    assert.ok(p && ruleFor(p.subject, p.action) !== null, `${key}: ${p?.action} ${p?.subject} is not in the table`);
  }
});

test('anonymous callers get 401 from every route that needs an account, before the body is parsed', async () => {
  t.actAs(null);
  try {
    let guarded = 0;
    for (const [key, r] of apiRoutes()) {
      const p = r.policies[0];
      if (!p || ruleFor(p.subject, p.action) === 'anyone') continue;
      guarded++;
      const path = r.path.replace(':id', 'some-id').replace(':date', '2024-04-01');
      // A body that is not JSON: were it read first, the answer would be 400.
      const init: RequestInit = r.method === 'GET' || r.method === 'DELETE' ? { method: r.method } : { method: r.method, body: 'not json', headers: { 'content-type': 'application/json' } };
      const res = await call(path, init);
      assert.equal(res.status, 401, key);
      assert.deepEqual(keysIn(res.body), new Set(['error', 'code', 'message']), key);
      assert.match(JSON.stringify(res.body), /"code":"unauthorised","message":"sign in to keep a (plan|training log)"/, key);
    }
    assert.ok(guarded >= 18, `${guarded} guarded routes`);
    // Open routes stay open.
    assert.equal((await call('/api/v1/triage', json('POST', { text: 'my heel hurts in the morning' }))).status, 200);
  } finally {
    t.actAs(ana);
  }
});

test('an anonymous upload is refused without reading a byte of it', async () => {
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      controller.enqueue(new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="files"; filename="a.fit"\r\n\r\nxx\r\n--b--\r\n'));
      controller.close();
    },
  }, { highWaterMark: 0 });
  t.actAs(null);
  try {
    const res = await t.app.request('/api/v1/imports', { method: 'POST', body, headers: { 'content-type': 'multipart/form-data; boundary=b' }, duplex: 'half' } as RequestInit);
    assert.equal(res.status, 401);
    assert.equal(pulls, 0, 'the body was never read');
  } finally {
    t.actAs(ana);
  }
  // The same stream shape is read when the caller is signed in (so the count above means something).
  const signedIn = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      controller.enqueue(new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="files"; filename="a.gpx"\r\n\r\nnot a gpx\r\n--b--\r\n'));
      controller.close();
    },
  }, { highWaterMark: 0 });
  const ok = await t.app.request('/api/v1/imports', { method: 'POST', body: signedIn, headers: { 'content-type': 'multipart/form-data; boundary=b' }, duplex: 'half' } as RequestInit);
  assert.equal(ok.status, 202);
  assert.ok(pulls > 0);
  await finished(((await ok.json()) as { job: { id: string } }).job.id);
});

/** Wait for an import job to end (it runs on after the 202). */
async function finished(id: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { job } = (await (await t.app.request(`/api/v1/imports/${id}`)).json()) as { job: { status: string } };
    if (job.status === 'done' || job.status === 'failed') return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

test('another runner’s records look exactly like missing ones, on every owned subject', async () => {
  // Ana keeps one of everything.
  t.actAs(ana);
  const shoe = ((await call('/api/v1/shoes', json('POST', { name: 'Ana’s daily' }))).body as { shoe: { id: string } }).shoe;
  const activity = ((await call('/api/v1/activities', json('POST', { date: '2024-04-15', distanceMeters: 8000, durationSeconds: 2700, shoeId: shoe.id, notes: 'Ana’s run' }))).body as { activity: { id: string } }).activity;
  assert.equal((await call('/api/v1/pain/2024-04-15', json('PUT', { painDuring: 3 }))).status, 200);
  const plan = (await call('/api/v1/plans', json('POST', { conditionId: 'achilles-tendinopathy-midportion' }))).body as { id: string };
  assert.equal(typeof plan.id, 'string');
  const form = new FormData();
  form.append('files', new File(['not a gpx'], 'a.gpx'));
  const job = ((await call('/api/v1/imports', { method: 'POST', body: form })).body as { job: { id: string } }).job;
  await finished(job.id);

  // Ben asks for each of them, and for an id that does not exist: the answers must be the same.
  t.actAs(ben);
  try {
    const probes: [string, (id: string) => [string, RequestInit?]][] = [
      ['activity', (id) => [`/api/v1/activities/${id}`]],
      ['activity', (id) => [`/api/v1/activities/${id}`, json('PATCH', { notes: 'mine now' })]],
      ['activity', (id) => [`/api/v1/activities/${id}`, { method: 'DELETE' }]],
      ['shoe', (id) => [`/api/v1/shoes/${id}`, json('PATCH', { retired: true })]],
      ['shoe', (id) => ['/api/v1/activities', json('POST', { date: '2024-04-16', distanceMeters: 5000, durationSeconds: 1800, shoeId: id })]],
      ['plan', (id) => [`/api/v1/plans/${id}`]],
      ['plan', (id) => [`/api/v1/plans/${id}/checkins`]],
      ['plan', (id) => [`/api/v1/plans/${id}/checkins`, json('POST', { painMorning: 1, sessionsDone: 1, sessionsPlanned: 1 })]],
      ['plan', (id) => [`/api/v1/plans/${id}/clearance`, json('POST', {})]],
      ['plan', (id) => [`/api/v1/plans/${id}/calendar.ics`]],
      ['import', (id) => [`/api/v1/imports/${id}`]],
    ];
    const ids: Record<string, string> = { activity: activity.id, shoe: shoe.id, plan: plan.id, import: job.id };
    for (const [subject, probe] of probes) {
      const [path, init] = probe(ids[subject] ?? '');
      const [missingPath, missingInit] = probe('no-such-id');
      const theirs = await call(path, init);
      const missing = await call(missingPath, missingInit);
      assert.equal(theirs.status, 404, `${init?.method ?? 'GET'} ${path}`);
      assert.deepEqual(theirs.body, missing.body, `${init?.method ?? 'GET'} ${path} differs from a missing ${subject}`);
    }
    // Pain entries are addressed by day: Ben's "that day" is his own, and he has none.
    assert.equal((await call('/api/v1/pain/2024-04-15', { method: 'DELETE' })).status, 404);
    // His lists are his own: empty.
    for (const [path, key] of [['/api/v1/activities', 'activities'], ['/api/v1/shoes', 'shoes'], ['/api/v1/plans', 'plans'], ['/api/v1/imports', 'imports'], ['/api/v1/pain', 'entries']] as const) {
      const list = (await call(path)).body as Record<string, unknown>;
      assert.deepEqual(list[key], [], path);
    }
    assert.equal(((await call('/api/v1/training?weeks=2')).body as { activityCount: number }).activityCount, 0);
  } finally {
    t.actAs(ana);
  }

  // Nothing of Ana's changed.
  const mine = (await call(`/api/v1/activities/${activity.id}`)).body as { activity: { notes: string; shoeId: string } };
  assert.deepEqual([mine.activity.notes, mine.activity.shoeId], ['Ana’s run', shoe.id]);
  assert.equal(((await call('/api/v1/shoes')).body as { shoes: { retired: boolean }[] }).shoes[0]?.retired, false);
  assert.equal(((await call('/api/v1/pain')).body as { entries: unknown[] }).entries.length, 1);
  assert.equal(((await call(`/api/v1/plans/${plan.id}/checkins`)).body as { checkins: unknown[] }).checkins.length, 0);
});

test('no API response carries an owner’s id or import bookkeeping', async () => {
  t.actAs(ana);
  const seen = new Set<string>();
  const plans = (await call('/api/v1/plans')).body as { plans: { id: string }[] };
  const activities = (await call('/api/v1/activities')).body as { activities: { id: string }[] };
  const imports = (await call('/api/v1/imports')).body as { imports: { id: string }[] };
  const paths = ['/api/v1/activities', '/api/v1/shoes', '/api/v1/pain', '/api/v1/plans', '/api/v1/imports', '/api/v1/training', '/api/v1/preferences'];
  for (const p of plans.plans) paths.push(`/api/v1/plans/${p.id}`, `/api/v1/plans/${p.id}/checkins`);
  for (const a of activities.activities) paths.push(`/api/v1/activities/${a.id}`);
  for (const j of imports.imports) paths.push(`/api/v1/imports/${j.id}`);
  assert.ok(plans.plans.length > 0 && activities.activities.length > 0 && imports.imports.length > 0, 'the earlier test left records to look at');
  for (const p of paths) {
    const res = await call(p);
    assert.equal(res.status, 200, p);
    for (const k of keysIn(res.body)) seen.add(k);
  }
  for (const forbidden of ['userId', 'user_id', 'jobId', 'tempDir', 'externalId']) assert.ok(!seen.has(forbidden), `${forbidden} appears in a response`);
  // …while what clients use is still there.
  for (const k of ['startTime', 'distanceMeters', 'wearAlert', 'painDuring', 'percent', 'protocolId']) assert.ok(seen.has(k), k);
  assert.notEqual(ana.id, ben.id);
});
