import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { createLogger } from '../logger.ts';
import { requestContext } from './request-context.ts';
import { handleError } from '../errors.ts';

function app(lookups: string[]) {
  const a = new Hono<AppEnv>();
  a.use('*', requestContext(createLogger('silent'), async (req) => {
    lookups.push(new URL(req.url).pathname);
    return { id: 'u1', email: 'owner@localhost', role: 'owner', units: 'km', timeZone: 'UTC' };
  }));
  a.all('*', (c) => c.json({ actor: c.get('actor')?.id ?? null, requestId: c.get('requestId') }));
  return a;
}

test('public, stateless paths spend no account lookup; others get the acting user', async () => {
  const lookups: string[] = [];
  const a = app(lookups);
  for (const path of ['/healthz', '/static/app.css', '/api/v1/triage', '/assess/question', '/learn/plantar-fasciitis']) {
    assert.equal((await (await a.request(path)).json() as { actor: string | null }).actor, null, path);
  }
  for (const path of ['/training', '/plan/new', '/api/v1/activities', '/assessments-of-mine']) {
    assert.equal((await (await a.request(path)).json() as { actor: string | null }).actor, 'u1', path);
  }
  assert.deepEqual(lookups, ['/training', '/plan/new', '/api/v1/activities', '/assessments-of-mine']);
});

test('a safe X-Request-Id from a proxy is kept; anything else is replaced', async () => {
  const a = app([]);
  const kept = await a.request('/healthz', { headers: { 'x-request-id': 'abc-123' } });
  assert.equal(kept.headers.get('x-request-id'), 'abc-123');
  const replaced = await a.request('/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
  assert.match(replaced.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
});

test('a failed account lookup is a 503 worth retrying, logged with the request id', async () => {
  const lines: string[] = [];
  const a = new Hono<AppEnv>();
  a.use('*', requestContext(createLogger('error', (l) => lines.push(l)), async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:5432'); }));
  a.onError(handleError);
  a.get('*', (c) => c.text('never'));
  const res = await a.request('/training', { headers: { 'x-request-id': 'req-9' } });
  assert.equal(res.status, 503);
  const body = await res.json() as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'unavailable');
  assert.doesNotMatch(body.error.message, /ECONNREFUSED/);
  assert.ok(lines.some((l) => l.includes('ECONNREFUSED') && l.includes('req-9')));
});
