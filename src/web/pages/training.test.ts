import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { exportWithGaps } from '../../../test/fixtures/strava-export-builder.ts';

const FIX = join(import.meta.dirname, '../../../../shared/fixtures/activities');
let t: TestApp;
before(async () => { t = await createTestApp({ today: '2024-04-17' }); });
after(() => t.close());
const post = (path: string, fields: Record<string, string>) => t.app.request(path, { method: 'POST', body: new URLSearchParams(fields) });

test('log form: a plain POST saves and redirects; a mistake re-renders with the error', async () => {
  for (const [date, km] of [['2024-04-01', '5'], ['2024-04-08', '5'], ['2024-04-15', '12']] as const) {
    const r = await post('/training/log', { date, sport: 'running', distance: km, hours: '0', minutes: '40', seconds: '0', rpe: '4' });
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), '/training/log?added=1');
  }
  const bad = await post('/training/log', { date: '2024-04-16', sport: 'running', distance: '', minutes: '10' });
  assert.equal(bad.status, 400);
  const page = await bad.text();
  assert.match(page, /role="alert"/);
  assert.match(page, /distanceMeters/);
  const ok = await (await t.app.request('/training/log?added=1')).text();
  assert.match(ok, /Saved\./);
});

test('timeline: accessible SVG, a data table, warnings with explanation and source', async () => {
  await post('/training/pain', { date: '2024-04-15', painDuring: '3', painAfter: '5', painNextMorning: '', stiffness: '2', note: 'heel' });
  const html = await (await t.app.request('/training')).text();
  assert.match(html, /<svg class="timeline"[^>]*role="img"[^>]*aria-labelledby="tl-title tl-desc"/);
  assert.match(html, /<desc id="tl-desc">[^<]*1 week with a run spike[^<]*highest 5 out of 10/);
  assert.match(html, /class="marker-warning"/);
  assert.match(html, /class="pain-line"|class="pain-dot"/);
  assert.match(html, /<th scope="row">2024-04-15<\/th><td>12.0<\/td>/);
  assert.match(html, /Warning:<\/span> Run 140% longer/);
  assert.match(html, /Source: Frandsen JSB/);
  assert.match(html, /aria-current="page">Timeline/);
});

test('units switch: miles everywhere after saving the preference', async () => {
  const r = await post('/training/units', { units: 'mi', back: '/training/shoes' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/training/shoes');
  // The test app's actor object is fixed, so check the stored preference itself.
  const row = await t.database.db.selectFrom('users').select('units').where('id', '=', t.owner.id).executeTakeFirst();
  assert.equal(row?.units, 'mi');
  const away = await post('/training/units', { units: 'km', back: 'https://evil.example' });
  assert.equal(away.headers.get('location'), '/training', 'only our own pages are redirect targets');
});

test('shoes page: add a used pair, see its wear bar and prompt, retire it', async () => {
  const r = await post('/training/shoes', { name: 'Old pair', brand: 'Asics', start: '810', alert: '800', defaultFor: 'running' });
  assert.equal(r.status, 303);
  let html = await (await t.app.request('/training/shoes')).text();
  assert.match(html, /<h3>Old pair <span class="muted">Asics<\/span><\/h3>/);
  assert.match(html, /class="bar warn" role="img" aria-labelledby="wear-/, 'past 800 km: the bar says so (and the text next to it)');
  assert.match(html, /Time to look at this pair/);
  const id = /action="\/training\/shoes\/([^"]+)"/.exec(html)?.[1] ?? assert.fail('no shoe form');
  assert.equal((await post(`/training/shoes/${id}`, { action: 'retire' })).status, 303);
  html = await (await t.app.request('/training/shoes')).text();
  assert.match(html, /Retired/);
  assert.doesNotMatch(html, /Time to look at this pair/);
  assert.equal((await post('/training/shoes', { name: '' })).status, 400);
});

test('pain diary: saving shows guidance; bad scores are explained', async () => {
  const r = await post('/training/pain', { date: '2024-04-17', painDuring: '7' });
  assert.equal(r.status, 303);
  const html = await (await t.app.request(r.headers.get('location') ?? '')).text();
  assert.match(html, /Ease off:<\/strong> Pain above 5 out of 10/);
  assert.match(html, /<th scope="row">2024-04-15<\/th><td>3\/10<\/td><td>5\/10<\/td><td>–<\/td><td>2\/10<\/td><td>running 12.0 km<\/td><td>heel<\/td>/);
  const bad = await post('/training/pain', { date: '2024-04-17', painDuring: '12' });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /0 to 10/);
});

test('import: a plain multipart POST redirects to the job page with a progress bar and live status', async () => {
  const page = await (await t.app.request('/training/import')).text();
  assert.match(page, /<input type="file" id="files" name="files" multiple/);
  assert.match(page, /src="\/static\/import.js"/);
  const form = new FormData();
  form.append('files', new File([readFileSync(join(FIX, 'Friday-Evening-Run.gpx'))], 'Friday-Evening-Run.gpx'));
  const r = await t.app.request('/training/import', { method: 'POST', body: form });
  assert.equal(r.status, 303);
  const loc = r.headers.get('location') ?? '';
  assert.match(loc, /^\/training\/import\/[0-9a-f-]+$/);
  let html = '';
  for (let i = 0; i < 200 && !/data-finished="true"/.test(html); i++) {
    html = await (await t.app.request(loc)).text();
    await new Promise((res) => setImmediate(res));
  }
  assert.match(html, /<progress class="progress" max="100" value="100"/);
  assert.match(html, /aria-live="polite">1 imported, 0 duplicates skipped, 0 files could not be read\./);
  assert.equal((await t.app.request('/training/import/unknown')).status, 404);
  const empty = await t.app.request('/training/import', { method: 'POST', body: new FormData() });
  assert.equal(empty.status, 400);
});

test('import: a Strava export with missing files says which rows were missing and which were stored from the CSV', async () => {
  const form = new FormData();
  form.append('files', new File([new Uint8Array(exportWithGaps())], 'export.zip'));
  const r = await t.app.request('/training/import', { method: 'POST', body: form });
  const loc = r.headers.get('location') ?? '';
  let html = '';
  for (let i = 0; i < 200 && !/data-finished="true"/.test(html); i++) {
    html = await (await t.app.request(loc)).text();
    await new Promise((res) => setImmediate(res));
  }
  assert.match(html, /5 imported, 0 duplicates skipped, 1 file could not be read\. 2 listed in activities\.csv but missing from the export\./);
  assert.match(html, /<h2>Listed in activities\.csv but missing from the export<\/h2>/);
  assert.match(html, /<strong>export\.zip: activities\.csv row 3<\/strong> \(activities\/9302\.fit\.gz\): [^<]*stored as a manual activity/);
});

test('static assets are served', async () => {
  assert.equal((await t.app.request('/static/training.css')).status, 200);
  assert.equal((await t.app.request('/static/import.js')).status, 200);
});
