import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, getPage, shippedKb, type TestApp } from '../../../test/support/app.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { equipmentKinds } from '../learn/equipment.ts';
import { doseText } from '../learn/dose.ts';

let t: TestApp;
let kb: KnowledgeBase;
before(async () => {
  t = await createTestApp();
  kb = await shippedKb();
});
after(() => t.close());

const get = (path: string) => getPage(t.app, path);

const linked = (body: string): string[] => [...body.matchAll(/<h3><a href="\/learn\/exercises\/([a-z0-9-]+)">/g)].map((m) => m[1] ?? '');

test('/learn/exercises lists every exercise grouped by purpose, with a drawing each', async () => {
  const { status, body } = await get('/learn/exercises');
  assert.equal(status, 200);
  assert.deepEqual(linked(body).sort(), kb.exercises.map((x) => x.id).sort());
  assert.match(body, /<h2 id="purpose-strength">Strength/);
  assert.match(body, /<h2 id="purpose-balance">Balance/);
  const strength = body.slice(body.indexOf('id="purpose-strength"'), body.indexOf('<h2 ', body.indexOf('id="purpose-strength"') + 5));
  assert.ok(strength.includes('/learn/exercises/calf-raise-single'));
  assert.ok(!strength.includes('/learn/exercises/clamshell"'), 'a hip exercise is not under strength');
  assert.equal((body.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/g) ?? []).length, kb.exercises.length);
  assert.ok(body.includes(`Showing ${kb.exercises.length} of ${kb.exercises.length} exercises`));
});

test('the filter is a GET form with labelled selects that works without JavaScript', async () => {
  const { body } = await get('/learn/exercises');
  assert.match(body, /<form class="learn-filter" method="get" action="\/learn\/exercises"/);
  assert.match(body, /<label for="area">Body area<\/label>\s*<select id="area" name="area">/);
  assert.match(body, /<label for="equipment">Equipment<\/label>\s*<select id="equipment" name="equipment">/);
  assert.match(body, /<option value="band">Resistance band<\/option>/);
  assert.match(body, /<option value="none">No equipment<\/option>/);
});

test('filtering by body area and equipment shows exactly the matching exercises and keeps the choice selected', async () => {
  const { body } = await get('/learn/exercises?area=hip&equipment=band');
  const expected = kb.exercises.filter((x) => x.bodyArea.includes('hip') && equipmentKinds(x).some((k) => k.id === 'band')).map((x) => x.id);
  assert.ok(expected.length > 0, 'the KB has banded hip exercises');
  assert.deepEqual(linked(body).sort(), expected.sort());
  assert.match(body, /<option value="hip" selected>Hip<\/option>/);
  assert.match(body, /<option value="band" selected>/);
  assert.ok(body.includes(`Showing ${expected.length} of ${kb.exercises.length}`));
  assert.ok(body.includes('href="/learn/exercises">Clear filters'));
});

test('"no equipment" shows only exercises that need nothing; unknown filter values are ignored', async () => {
  const none = linked((await get('/learn/exercises?equipment=none')).body);
  assert.ok(none.length > 0);
  for (const id of none) assert.ok(kb.exerciseById.get(id)?.equipment.every((e) => /optional/i.test(e)), `${id} needs equipment`);
  const junk = await get('/learn/exercises?area=elbow&equipment=%3Cscript%3E');
  assert.equal(junk.status, 200);
  assert.equal(linked(junk.body).length, kb.exercises.length);
  assert.ok(!junk.body.includes('<script>'));
});

test('/learn/exercises/ID shows steps, dosage, equipment, cautions, variations and both drawings with titles', async () => {
  const x = kb.exerciseById.get('calf-raise-single');
  assert.ok(x);
  const { status, body } = await get('/learn/exercises/calf-raise-single');
  assert.equal(status, 200);
  assert.match(body, /<h1>Single-leg calf raise<\/h1>/);
  for (const s of x.steps) assert.ok(body.includes(s.replace(/'/g, '&#39;')), `step missing: ${s}`);
  assert.ok(body.includes(doseText(x.dosage)));
  assert.match(doseText(x.dosage), /^3 sets × 10 reps, each side, every day$/);
  assert.ok(body.includes('2 s up, 2 s down'));
  assert.ok(body.includes('<li>wall</li>'));
  assert.ok(body.includes('pain-monitoring rule'));
  assert.match(body, /Easier: <a href="\/learn\/exercises\/calf-raise-double">Double-leg calf raise<\/a>/);
  assert.match(body, /Harder: <a href="\/learn\/exercises\/towel-heel-raise">/);
  assert.match(body, /<title id="calf-raise-single-start-title">Single-leg calf raise: start position<\/title>/);
  assert.match(body, /<title id="calf-raise-single-end-title">Single-leg calf raise: end position<\/title>/);
  assert.ok(body.includes('href="/about#source-silbernagel-2007"'));
  assert.match(body, /Part of the plan for[\s\S]*href="\/learn\/achilles-tendinopathy-midportion"/);
});

test('every exercise page renders with its two drawings', async () => {
  for (const x of kb.exercises) {
    const { status, body } = await get(`/learn/exercises/${x.id}`);
    assert.equal(status, 200, x.id);
    assert.equal((body.match(/<figure><svg /g) ?? []).length, 2, `${x.id} drawings`);
  }
});

test('self-tests: the list links every test; a test page puts safety before the steps', async () => {
  const list = await get('/learn/self-tests');
  assert.equal(list.status, 200);
  for (const s of kb.selfTests) assert.ok(list.body.includes(`href="/learn/self-tests/${s.id}"`), s.id);
  const st = kb.selfTestById.get('knee-to-wall');
  assert.ok(st);
  const { status, body } = await get('/learn/self-tests/knee-to-wall');
  assert.equal(status, 200);
  assert.ok(body.indexOf('id="safety-h"') < body.indexOf('id="steps-h"'));
  assert.match(body, /Do not do this test if you have:/);
  assert.ok(body.includes(kb.findingById.get('cannot-bear-weight')?.label ?? 'missing label'));
  assert.ok(body.includes('What to write down'));
  for (const s of st.sources) assert.ok(body.includes(`href="/about#source-${s}"`));
});

test('unknown exercise and self-test ids are friendly 404 pages', async () => {
  const x = await get('/learn/exercises/moonwalk');
  assert.equal(x.status, 404);
  assert.match(x.body, /We could not find that exercise/);
  assert.match(x.body, /href="\/learn\/exercises">Browse all exercises/);
  const s = await get('/learn/self-tests/mind-reading');
  assert.equal(s.status, 404);
  assert.match(s.body, /We could not find that self-test/);
});

test('the Learn stylesheet is served', async () => {
  const res = await t.app.request('/static/learn.css');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/css/);
});
