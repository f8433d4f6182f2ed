import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { AppError } from '../core/errors.ts';
import type { AppEnv } from './env.ts';
import { handleError } from './errors.ts';
import { createLogger } from './logger.ts';
import { requestContext } from './middleware/request-context.ts';
import { createTestApp } from '../../test/support/app.ts';

const BROWSER = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

function app(lines: string[]) {
  const a = new Hono<AppEnv>();
  a.use('*', requestContext(createLogger('error', (l) => lines.push(l)), async () => null));
  a.onError(handleError);
  a.get('/boom', () => { throw new Error('secret detail\n    at stack frame'); });
  a.get('/api/boom', () => { throw new Error('secret detail'); });
  a.get('/refused', () => { throw new AppError('forbidden', 'this request came from another site'); });
  return a;
}

test('an unexpected error is a 500 naming the request id; the detail goes to the log only', async () => {
  const lines: string[] = [];
  const res = await app(lines).request('/api/boom', { headers: { 'x-request-id': 'req-1' } });
  assert.equal(res.status, 500);
  const body = await res.json() as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'internal');
  assert.match(body.error.message, /request req-1/);
  assert.doesNotMatch(JSON.stringify(body), /secret/);
  assert.ok(lines.some((l) => l.includes('secret detail') && l.includes('req-1')), 'logged with the request id');
});

test('a browser asking for a page gets the error as an HTML page, not JSON', async () => {
  const lines: string[] = [];
  const a = app(lines);
  const crash = await a.request('/boom', { headers: { ...BROWSER, 'x-request-id': 'req-2' } });
  assert.equal(crash.status, 500);
  assert.match(crash.headers.get('content-type') ?? '', /text\/html/);
  const page = await crash.text();
  assert.match(page, /<h1>Something went wrong on our side<\/h1>/);
  assert.match(page, /quote request req-2/);
  assert.match(page, /Footing is not a diagnosis/);
  assert.doesNotMatch(page, /secret|stack frame/);

  const refused = await a.request('/refused', { headers: BROWSER });
  assert.equal(refused.status, 403);
  assert.match(await refused.text(), /<p class="lead">This request came from another site\.<\/p>/);

  const api = await a.request('/api/boom', { headers: BROWSER });
  assert.match(api.headers.get('content-type') ?? '', /application\/json/, 'the API always answers JSON');
});

test('unknown pages get the site frame with a 404; unknown API paths the JSON error', async () => {
  const t = await createTestApp();
  try {
    const page = await t.app.request('/no/such/page', { headers: BROWSER });
    assert.equal(page.status, 404);
    const text = await page.text();
    assert.match(text, /<h1>Page not found<\/h1>/);
    assert.match(text, /href="\/static\/app.css"/);
    const api = await t.app.request('/api/v1/nothing-here');
    assert.equal(api.status, 404);
    assert.equal((await api.json() as { error: { code: string } }).error.code, 'not_found');
  } finally {
    await t.close();
  }
});
