import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { formBody, hiddenField, stateOf } from '../assess/html.test-support.ts';

let t: TestApp;
before(async () => { t = await createTestApp({ today: '2026-05-01' }); });
after(async () => { await t.close(); });

// The physio's label is a self-diagnosis hint: without it the evidence alone puts shin splints first.
const NAMED = 'pain on the inside of my ankle, physio said it was tibialis posterior tendinopathy';

async function post(path: string, pairs: readonly (readonly [string, string])[]): Promise<string> {
  const res = await t.app.request(path, { method: 'POST', body: formBody(pairs), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(res.status, 200);
  return res.text();
}

async function api(body: unknown): Promise<string[]> {
  const res = await t.app.request('/api/v1/triage', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  assert.equal(res.status, 200);
  const json: { differential: { conditionId: string }[] } = await res.json();
  return json.differential.map((d) => d.conditionId);
}

/** The conditions the result page lists, in order (each links to its page). */
const shownRanking = (page: string): string[] => [...page.matchAll(/<li class="condition">[\s\S]*?<a href="\/learn\/([a-z0-9-]+)">/g)].map((m) => m[1] ?? '');

test('a condition named in the own words weighs the same on the web as through the JSON API', async () => {
  const chips = await post('/assess/understand', [['text', NAMED]]);
  const state = JSON.parse(stateOf(chips));
  assert.deepEqual(state.hints.map((h: { conditionId: string }) => h.conditionId), ['posterior-tibial-tendinopathy']);
  const where = await post('/assess/chips', [['state', stateOf(chips)], ['op', 'continue']]);
  // Submit the body map as a browser would: the zones the words already named stay ticked.
  const ticked = [...where.matchAll(/<input type="checkbox" id="[^"]+" name="zone" value="([^"]+)" checked/g)].map((m): [string, string] => ['zone', m[1] ?? '']);
  assert.ok(ticked.length > 0, 'the words named a place');
  const question = await post('/assess/where', [['state', stateOf(where)], ...ticked, ['side', '']]);
  const result = await post('/assess/answer', [['state', stateOf(question)], ['qid', hiddenField(question, 'qid') ?? ''], ['nav', 'result']]);
  const web = shownRanking(result);
  assert.ok(web.length >= 2, 'the result lists conditions');

  const evidence = JSON.parse(stateOf(result)).evidence;
  const withText = await api({ text: NAMED, evidence });
  assert.deepEqual(web, withText.slice(0, web.length));
  assert.equal(web[0], 'posterior-tibial-tendinopathy');
  // The check can fail: the same evidence without the words ranks differently.
  const evidenceOnly = await api({ evidence });
  assert.notDeepEqual(evidenceOnly.slice(0, web.length), web);
});

test('a condition named in added words is carried too, and a forged hint starts again', async () => {
  const chips = await post('/assess/understand', [['text', 'pain on the inside of my ankle']]);
  assert.equal(JSON.parse(stateOf(chips)).hints, undefined);
  const more = await post('/assess/chips', [['state', stateOf(chips)], ['more', 'physio said tibialis posterior tendinopathy'], ['op', 'add']]);
  const state = JSON.parse(stateOf(more));
  assert.equal(state.hints[0].conditionId, 'posterior-tibial-tendinopathy');
  assert.equal(state.text.slice(state.hints[0].span[0], state.hints[0].span[1]), state.hints[0].phrase);

  const forged = JSON.stringify({ ...state, hints: [{ conditionId: 'not-a-condition', phrase: 'x', span: [0, 1] }] });
  const res = await t.app.request('/assess/chips', { method: 'POST', body: formBody([['state', forged], ['op', 'continue']]), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(res.status, 400);
});
