import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from '../../core/triage/fixture-kb.ts';
import { createTestApp } from '../../../test/support/app.ts';
import { triageOpenApi } from './triage.ts';

const post = async (body: string | Uint8Array<ArrayBuffer>) => {
  const t = await createTestApp({ kb: fixtureKb(), today: '2026-05-01' });
  try {
    return await t.app.request('/api/v1/triage', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  } finally {
    await t.close();
  }
};


test('POST /api/v1/triage returns the result contract', async () => {
  const res = await post(JSON.stringify({ text: 'my heel hurts on the first steps in the morning', evidence: { swelling: false } }));
  assert.equal(res.status, 200);
  const r = await res.json() as { kbVersion: string; triage: { level: string }; differential: { conditionId: string }[]; findings: { id: string; source: string }[] };
  assert.equal(r.kbVersion, '0.0.1');
  assert.equal(r.differential[0]?.conditionId, 'plantar-fasciitis');
  assert.ok(r.findings.some((f) => f.id === 'pain-first-steps' && f.source === 'text'));
});

test('unknown finding ids give a 400 that lists them', async () => {
  const res = await post(JSON.stringify({ evidence: [{ id: 'made-up', value: true }, { id: 'also-made-up', value: false }] }));
  assert.equal(res.status, 400);
  const body = await res.json() as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'bad_input');
  assert.match(body.error.message, /made-up, also-made-up/);
});

test('bad bodies give 400: not JSON, not UTF-8, text too long, wrong shape', async () => {
  assert.equal((await post('{nope')).status, 400);
  assert.equal((await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).status, 400);
  assert.equal((await post(JSON.stringify({ text: 'x'.repeat(10_001) }))).status, 400);
  assert.equal((await post(JSON.stringify({ colour: 'blue' }))).status, 400);
});

test('empty text starts with the first question', async () => {
  const res = await post(JSON.stringify({ text: '' }));
  assert.equal(res.status, 200);
  const r = await res.json() as { nextQuestion: { kind: string } | null };
  assert.equal(r.nextQuestion?.kind, 'red-flag-screen');
});

test('a body over the route limit is refused with 413 too_large, even without a Content-Length', async () => {
  const big = JSON.stringify({ text: 'x'.repeat(300 * 1024) });
  const res = await post(big);
  assert.equal(res.status, 413);
  assert.equal((await res.json() as { error: { code: string } }).error.code, 'too_large');
  const t = await createTestApp({ kb: fixtureKb() });
  try {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
        controller.close();
      },
    });
    // A streamed body carries no Content-Length, so the limit must count bytes as they arrive.
    const init = { method: 'POST', body: chunks, headers: { 'content-type': 'application/json' }, duplex: 'half' };
    const streamed = await t.app.request(new Request('http://localhost/api/v1/triage', init));
    assert.equal(streamed.status, 413);
  } finally {
    await t.close();
  }
});

test('the OpenAPI response schema describes every field of a real result, and requires the disclaimer', async () => {
  const res = await post(JSON.stringify({ text: 'my heel hurts on the first steps in the morning' }));
  const result = await res.json() as Record<string, unknown>;
  const schema = triageOpenApi['/api/v1/triage'].post.responses[200].content['application/json'].schema;
  assert.deepEqual(Object.keys(result).filter((k) => !(k in schema.properties)), [], 'undocumented fields');
  assert.deepEqual(schema.required.filter((k) => !(k in result)), [], 'required fields missing from the result');
  assert.ok(schema.required.includes('disclaimer'));
  assert.match(String(result.disclaimer), /not a diagnosis/);
});
