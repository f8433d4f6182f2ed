import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { smallExport } from '../../../test/fixtures/strava-export-builder.ts';

const FIX = join(import.meta.dirname, '../../../../shared/fixtures/activities');
let t: TestApp;
before(async () => { t = await createTestApp(); });
after(() => t.close());

interface Job { id: string; status: string; percent: number | null; report: { imported: number; duplicates: unknown[]; failed: { source: string; reason: string }[] } | null }

/** Ask for the job until it has finished (the import runs on after the 202). */
async function finished(id: string): Promise<Job> {
  for (let i = 0; i < 500; i++) {
    const { job } = (await (await t.app.request(`/api/v1/imports/${id}`)).json()) as { job: Job };
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('import did not finish');
}

test('upload files and a Strava zip; poll the job to its report', async () => {
  const form = new FormData();
  form.append('files', new File([new Uint8Array(smallExport())], 'export.zip'));
  form.append('files', new File([readFileSync(join(FIX, 'activity-small-fenix2-run.fit'))], 'run.fit'));
  form.append('files', new File([readFileSync(join(FIX, 'running-with-developer-data-badcrc.fit'))], '..\\..\\evil.fit'));
  const res = await t.app.request('/api/v1/imports', { method: 'POST', body: form });
  assert.equal(res.status, 202);
  const { job } = (await res.json()) as { job: Job };
  const done = await finished(job.id);
  assert.equal(done.status, 'done');
  assert.equal(done.percent, 100);
  assert.equal(done.report?.imported, 5);
  assert.deepEqual(done.report?.failed.map((f) => f.source), ['evil.fit'], 'the client’s path is reduced to a name');
  const list = (await (await t.app.request('/api/v1/imports')).json()) as { imports: { id: string }[] };
  assert.equal(list.imports[0]?.id, job.id);
});

test('no files is a 400; an unknown job is a 404', async () => {
  const empty = await t.app.request('/api/v1/imports', { method: 'POST', body: new FormData() });
  assert.equal(empty.status, 400);
  assert.equal((await t.app.request('/api/v1/imports/nope')).status, 404);
  assert.equal((await t.app.request('/api/v1/imports', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } })).status, 400);
});
