import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../test/support/app.ts';

const form = (headers: Record<string, string>) => ({
  method: 'POST',
  body: 'weeklyDistance=20',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
});

test('a form posted from another site is refused with the one error shape', async () => {
  const t = await createTestApp();
  try {
    const res = await t.app.request('http://localhost/api/v1/triage', form({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }));
    assert.equal(res.status, 403);
    const body = await res.json() as { error: { code: string } };
    assert.equal(body.error.code, 'forbidden');
    const res2 = await t.app.request('http://localhost/api/v1/triage', form({ origin: 'null' }));
    assert.equal(res2.status, 403);
  } finally {
    await t.close();
  }
});

test('same-origin browser requests and non-browser clients pass', async () => {
  const t = await createTestApp();
  try {
    const same = await t.app.request('http://localhost/api/v1/triage', { method: 'POST', body: '{"text":"heel hurts"}', headers: { 'content-type': 'application/json', origin: 'http://localhost', 'sec-fetch-site': 'same-origin' } });
    assert.equal(same.status, 200);
    const curl = await t.app.request('http://localhost/api/v1/triage', { method: 'POST', body: '{"text":"heel hurts"}', headers: { 'content-type': 'application/json' } });
    assert.equal(curl.status, 200);
  } finally {
    await t.close();
  }
});
