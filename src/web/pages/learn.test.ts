import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, getPage, shippedKb, type TestApp } from '../../../test/support/app.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';

let t: TestApp;
let kb: KnowledgeBase;
before(async () => {
  t = await createTestApp();
  kb = await shippedKb();
});
after(() => t.close());

const get = (path: string) => getPage(t.app, path);

/** Text content between two markers, to check what a section says. */
function section(body: string, startId: string): string {
  const i = body.indexOf(`id="${startId}"`);
  assert.ok(i >= 0, `section ${startId} missing`);
  const next = body.indexOf('<h2 ', i + 10);
  return body.slice(i, next < 0 ? undefined : next);
}

test('/learn groups conditions by region, names the zones in plain words and links every condition', async () => {
  const { status, body } = await get('/learn');
  assert.equal(status, 200);
  assert.match(body, /<h1>Conditions library<\/h1>/);
  assert.match(body, /<h2 id="region-heel">Heel and arch<\/h2>/);
  assert.match(body, /<h2 id="region-forefoot">Ball of the foot and toes<\/h2>/);
  for (const z of kb.zones) assert.ok(body.includes(`href="/learn?zone=${z.id}#zone-h">${z.name.replace(/'/g, '&#39;')}</a>`), `zone ${z.id} not linked by name`);
  const index = section(body, 'index-h');
  for (const c of kb.conditions) assert.ok(index.includes(`href="/learn/${c.id}"`), `index misses ${c.id}`);
  const heel = section(body, 'region-heel');
  assert.ok(heel.includes('href="/learn/plantar-fasciitis"'));
  assert.ok(!heel.includes('href="/learn/mortons-neuroma"'), 'a forefoot condition is not under the heel');
});

test('/learn marks warning-sign conditions with an icon and words, and only those', async () => {
  const { body } = await get('/learn');
  const index = section(body, 'index-h');
  const items = index.split('<li>').slice(1);
  for (const c of kb.conditions) {
    const item = items.find((i) => i.includes(`href="/learn/${c.id}"`)) ?? '';
    assert.equal(/class="learn-flag"><svg[^>]*aria-hidden="true"/.test(item) && item.includes('Warning sign'), c.redFlag, `${c.id} flag marker`);
  }
});

test('/learn?zone= narrows the library to one zone; an unknown zone is a friendly 404', async () => {
  const { status, body } = await get('/learn?zone=heel-underside');
  assert.equal(status, 200);
  assert.match(body, /<h2 id="zone-h"[^>]*>Underside of the heel<\/h2>/);
  assert.ok(body.includes('href="/learn/plantar-fasciitis"'));
  assert.ok(!body.includes('href="/learn/calf-strain"'));
  const missing = await get('/learn?zone=elbow');
  assert.equal(missing.status, 404);
  assert.match(missing.body, /could not find that place/);
  assert.match(missing.body, /href="\/learn"/);
});

test('/learn/ID shows every part of a condition, with sources linked to the bibliography', async () => {
  const c = kb.conditionById.get('plantar-fasciitis');
  assert.ok(c);
  const { status, body } = await get('/learn/plantar-fasciitis');
  assert.equal(status, 200);
  for (const h of ['What it is', 'How it usually feels', 'Causes and risk factors', 'What helps', 'What a clinician may do',
    'When to see someone', 'Can I run?', 'How long it usually takes', 'Exercises that help', 'Sources']) {
    assert.ok(body.includes(`>${h}</h2>`), `heading "${h}" missing`);
  }
  assert.ok(body.includes(c.name));
  assert.ok(body.includes('first steps'), 'feels-like text is shown');
  assert.match(body, /class="care care-selfcare"[\s\S]*?<svg[\s\S]*?You can look after this yourself for now/);
  assert.ok(section(body, 'run-h').includes('Yes, with changes'));
  assert.ok(section(body, 'recovery-h').includes(`${c.recovery.minWeeks}–${c.recovery.maxWeeks} weeks`));
  for (const s of c.sources) assert.ok(body.includes(`href="/about#source-${s}"`), `source ${s} not linked`);
  for (const x of c.selfCare) assert.ok(body.includes(x.replace(/'/g, '&#39;')), 'every self-care line is shown');
  // The protocol's exercises, linked to the library.
  assert.ok(section(body, 'exercises-h').includes('href="/learn/exercises/plantar-fascia-stretch"'));
});

test('/learn/ID has the clinicians’ evidence table and KB version in a collapsible section', async () => {
  const c = kb.conditionById.get('plantar-fasciitis');
  assert.ok(c);
  const { body } = await get('/learn/plantar-fasciitis');
  const review = section(body, 'review-h');
  assert.match(review, /<details>[\s\S]*<summary>/);
  assert.ok(review.includes(`<strong>${kb.version}</strong>`));
  const rows = review.split('<tr>').slice(2);
  assert.equal(rows.length, c.evidence.length, 'one row per evidence entry');
  const windlass = rows.find((r) => r.includes('<code>test-windlass-painful</code>')) ?? '';
  assert.match(windlass, /<td>8<\/td>\s*<td>0\.68<\/td>/);
  assert.match(windlass, /Published/);
  assert.ok(windlass.includes('href="/about#source-de-garceau-2003"'));
  assert.ok(rows.some((r) => r.includes('Judgement')));
});

test('a red-flag condition puts its level of care first and says stop running', async () => {
  const { body } = await get('/learn/deep-vein-thrombosis');
  const care = body.indexOf('class="care care-urgent"');
  assert.ok(care > 0);
  assert.ok(care < body.indexOf('id="what-h"'), 'care box comes before the explanation');
  assert.ok(body.includes('Urgent: see a doctor today'));
  assert.ok(section(body, 'run-h').includes('No — stop running for now'));
  assert.ok(section(body, 'exercises-h').includes('clinician'), 'medical-first shows the clinician note, no exercises');
  assert.ok(!section(body, 'exercises-h').includes('/learn/exercises/'));
});

test('every condition page renders', async () => {
  for (const c of kb.conditions) {
    const { status, body } = await get(`/learn/${c.id}`);
    assert.equal(status, 200, c.id);
    assert.ok(body.includes(`class="care care-${c.care.level}"`), `${c.id} care box`);
  }
});

test('an unknown condition id is a friendly 404 page, not an error', async () => {
  const { status, body } = await get('/learn/broken-everything');
  assert.equal(status, 404);
  assert.match(body, /<h1>We could not find that condition<\/h1>/);
  assert.ok(body.includes('broken-everything'));
  assert.match(body, /href="\/learn">Browse all conditions/);
  assert.match(body, /not a diagnosis/i, 'it is a full page with the usual footer');
});
