import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { accessibilityProblems, formBody, hiddenField, mainOf, stateOf } from '../assess/html.test-support.ts';

let t: TestApp;
before(async () => { t = await createTestApp({ today: '2026-05-01' }); });
after(async () => { await t.close(); });

const SAM = 'heel hurts when I get out of bed, better once I get going, been increasing my mileage for a half';
const PRIYA = 'calf swollen and warm after the flight back from the race';

async function post(path: string, pairs: readonly (readonly [string, string])[]): Promise<{ status: number; page: string }> {
  const res = await t.app.request(path, { method: 'POST', body: formBody(pairs), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  return { status: res.status, page: await res.text() };
}
const isResult = (page: string): boolean => /<h2 id="run-title">Can I run\?<\/h2>/.test(page);

/** Answer every question like a runner without JavaScript: no red flags ticked, then "Not sure" (or `pick`). */
async function walkToResult(page: string, pick: (page: string) => readonly (readonly [string, string])[] = () => [['nav', 'unsure']]): Promise<{ page: string; asked: string[] }> {
  const asked: string[] = [];
  for (let i = 0; i < 40 && !isResult(page); i++) {
    const qid = hiddenField(page, 'qid') ?? '';
    asked.push(qid);
    assert.deepEqual(accessibilityProblems(page), [], `question ${qid}`);
    const answer = qid === 'red-flag-screen' ? [['nav', 'answer'] as const] : pick(page);
    const r = await post('/assess/answer', [['state', stateOf(page)], ['qid', qid], ...answer]);
    assert.equal(r.status, 200, r.page.slice(0, 300));
    page = r.page;
  }
  assert.ok(isResult(page), 'reached the result');
  return { page, asked };
}

test('the own-words page has a labelled box and a way to answer questions instead', async () => {
  const res = await t.app.request('/assess');
  const page = await res.text();
  assert.equal(res.status, 200);
  assert.match(page, /<label for="own-words">Tell us what’s going on, in your own words<\/label>/);
  assert.match(page, /<form method="post" action="\/assess\/understand"/);
  assert.match(page, /href="\/assess\/where">Answer questions instead/);
  assert.deepEqual(accessibilityProblems(page), []);
});

test('own words become chips, each with the words it came from highlighted, removable and correctable', async () => {
  const { status, page } = await post('/assess/understand', [['text', SAM]]);
  assert.equal(status, 200);
  assert.match(page, /<h1>Here’s what we understood<\/h1>/);
  assert.match(page, /<mark>heel<\/mark>/);
  assert.match(page, /first-step pain in the morning/);
  assert.match(page, /from “get out of bed”|from “when I get out of bed”/);
  assert.match(page, /value="remove:pain-first-steps"/);
  assert.match(page, /Not right\?<\/span>\s*<button type="submit" name="op" value="toggle:pain-first-steps"[^>]*>Change to “no”/);
  assert.deepEqual(accessibilityProblems(page), []);
  const state = JSON.parse(stateOf(page));
  assert.ok(state.evidence.some((e: { id: string; source: string }) => e.id === 'pain-first-steps' && e.source === 'text'));

  const removed = await post('/assess/chips', [['state', stateOf(page)], ['op', 'remove:race-coming']]);
  assert.doesNotMatch(removed.page, /value="remove:race-coming"/);
  assert.match(removed.page, /value="remove:pain-first-steps"/);

  const toggled = await post('/assess/chips', [['state', stateOf(removed.page)], ['op', 'toggle:pain-first-steps']]);
  const after = JSON.parse(stateOf(toggled.page));
  assert.deepEqual(after.evidence.find((e: { id: string }) => e.id === 'pain-first-steps')?.value, false);
  assert.match(toggled.page, /first-step pain in the morning: no/);
});

test('more words can be added on the chips page', async () => {
  const first = await post('/assess/understand', [['text', 'my heel hurts']]);
  const more = await post('/assess/chips', [['state', stateOf(first.page)], ['op', 'add'], ['more', 'no swelling, for 3 weeks']]);
  const state = JSON.parse(stateOf(more.page));
  assert.equal(state.text, 'my heel hurts\nno swelling, for 3 weeks');
  const dur = state.evidence.find((e: { id: string }) => e.id === 'duration-weeks');
  assert.equal(dur?.value, 3);
  assert.match(state.text.slice(dur.span[0], dur.span[1]), /3 weeks/);

  const edited = await post('/assess/chips', [['state', stateOf(more.page)], ['set:duration-weeks', '4'], ['op', 'continue']]);
  assert.match(edited.page, /<h1>Where does it hurt\?<\/h1>/);
  assert.equal(JSON.parse(stateOf(edited.page)).evidence.find((e: { id: string }) => e.id === 'duration-weeks')?.value, 4);
  const bad = await post('/assess/chips', [['state', stateOf(more.page)], ['set:duration-weeks', 'lots'], ['op', 'continue']]);
  assert.equal(bad.status, 400);
  assert.match(bad.page, /needs a number/);
});

test('a full walk-through without JavaScript: words, chips, body map, questions, result', async () => {
  const words = await post('/assess/understand', [['text', SAM]]);
  const where = await post('/assess/chips', [['state', stateOf(words.page)], ['op', 'continue']]);
  assert.match(where.page, /<h1>Where does it hurt\?<\/h1>/);
  assert.match(where.page, /id="zone-heel-underside" name="zone" value="heel-underside" [^>]*checked/, 'zone from the words is pre-ticked');
  assert.equal((where.page.match(/name="zone"/g) ?? []).length, 18, 'one checkbox per KB zone');
  assert.deepEqual(accessibilityProblems(where.page), []);

  const first = await post('/assess/where', [['state', stateOf(where.page)], ['zone', 'heel-underside'], ['zone', 'arch'], ['side', 'left'], ['nav', 'next']]);
  assert.equal(first.status, 200);
  const state = JSON.parse(stateOf(first.page));
  assert.ok(state.evidence.some((e: { id: string; value: unknown }) => e.id === 'pain-arch' && e.value === true));
  assert.ok(state.evidence.some((e: { id: string; value: unknown }) => e.id === 'side' && e.value === 'left'));
  assert.equal(hiddenField(first.page, 'qid'), 'red-flag-screen', 'the safety check comes first');
  assert.match(first.page, /<progress class="progress" max="\d+" value="0"/);
  assert.match(first.page, /Question 1 of about \d+/);

  const { page, asked } = await walkToResult(first.page);
  assert.equal(asked[0], 'red-flag-screen');
  assert.ok(asked.length >= 2, 'asked more than the safety check');
  const main = mainOf(page);
  assert.match(main, /<h1>Your result<\/h1>/);
  assert.match(main, /class="care care-(selfcare|doctor)"/);
  assert.match(main, /<svg[^>]*aria-hidden="true"/, 'the level of care has an icon');
  assert.match(main, /Can I run\?/);
  assert.match(main, /Yes, with changes|No — stop running|Yes — carry on/);
  assert.match(main, /<h3>Heel pain from the plantar fascia/);
  assert.match(main, /Most likely|Quite likely/);
  assert.doesNotMatch(main.replace(/style="[^"]*"/g, ''), /\d+(\.\d+)?\s?%/, 'no percentages: words and a bar');
  assert.match(main, /<summary>Why this comes first<\/summary>/);
  assert.match(main, /href="\/about#source-[a-z0-9-]+"/);
  assert.match(main, /href="\/learn\/plantar-fasciitis"/);
  assert.match(main, /href="\/plan\/new\?condition=plantar-fasciitis&amp;advice=(modify|continue|stop)/);
  assert.match(main, /What to do now/);
  assert.match(main, /This is not a diagnosis/);
  assert.deepEqual(accessibilityProblems(page), []);
});

test('a red flag (calf swollen and warm after a flight) puts the doctor-today banner first, with no plan', async () => {
  const words = await post('/assess/understand', [['text', PRIYA]]);
  const where = await post('/assess/chips', [['state', stateOf(words.page)], ['op', 'continue']]);
  const first = await post('/assess/where', [['state', stateOf(where.page)], ['zone', 'calf'], ['side', 'right'], ['nav', 'next']]);
  // Already on the question pages the warning shows before anything else.
  assert.match(mainOf(first.page).slice(0, 400), /red-flag-banner/);
  const { page } = await walkToResult(first.page);
  const main = mainOf(page);
  const banner = main.indexOf('red-flag-banner');
  assert.ok(banner >= 0 && banner < 200, 'banner is the first thing in the content');
  assert.match(main, /<h1 id="red-flag-title">This needs a doctor today<\/h1>/);
  assert.match(main, /What to do now:<\/strong> See a doctor today/);
  assert.match(main, /clot/);
  assert.ok(main.indexOf('red-flag-banner') < main.indexOf('Can I run?'));
  assert.match(main, /No — stop running for now/);
  assert.doesNotMatch(main, /\/plan\/new/);
  assert.doesNotMatch(main, /Yes, with changes|carry on/);
  assert.match(main, /This is not a diagnosis/);
  assert.deepEqual(accessibilityProblems(page), []);
});

/** The result page for a given evidence map, and the JSON API's result for the same evidence. */
async function resultAndJson(evidence: Record<string, boolean>): Promise<{ main: string; json: { triage: { level: string; timeframe: string; action: string } } }> {
  const state = JSON.stringify({ v: 1, text: '', evidence: Object.entries(evidence).map(([id, value]) => ({ id, value, source: 'answer' })), history: [] });
  const r = await post('/assess/answer', [['state', state], ['qid', 'result'], ['nav', 'result']]);
  assert.equal(r.status, 200);
  const res = await t.app.request('/api/v1/triage', { method: 'POST', body: JSON.stringify({ evidence }), headers: { 'Content-Type': 'application/json' } });
  return { main: mainOf(r.page), json: await res.json() };
}

test('a red flag that needs a doctor within days says so, as the JSON does, not "today"', async () => {
  const { main, json } = await resultAndJson({ 'numbness-persistent': true, 'pain-arch': true });
  assert.equal(json.triage.level, 'doctor');
  assert.match(main, /care-doctor red-flag-banner/);
  assert.match(main, /<h1 id="red-flag-title">See a doctor or physio soon<\/h1>/);
  assert.ok(main.includes(`<strong>When:</strong> ${json.triage.timeframe}`), 'the time frame from the JSON');
  assert.doesNotMatch(main, /doctor today/);
  assert.match(main, /This is not a diagnosis/);
});

test('when a likely condition is more urgent than the red flag, the banner takes the more urgent level and action', async () => {
  const { main, json } = await resultAndJson({ 'numbness-persistent': true, 'pain-achilles': true, 'gap-in-achilles': true, 'injury-pop-or-snap': true, 'onset-sudden': true });
  assert.equal(json.triage.level, 'urgent');
  assert.match(main, /care-urgent red-flag-banner/);
  assert.ok(main.includes(`<strong>What to do now:</strong> ${json.triage.action}`), 'the JSON action comes first');
  assert.match(main, /See a doctor within a few days/, 'the milder red flag\'s action is still listed');
});

test('adding more words than the state can carry keeps the answers and says so', async () => {
  let page = (await post('/assess/understand', [['text', `heel hurts when I get out of bed ${'a'.repeat(9000)}`]])).page;
  for (let i = 0; i < 2; i++) page = (await post('/assess/chips', [['state', stateOf(page)], ['op', 'add'], ['more', 'b'.repeat(6000)]])).page;
  const refused = await post('/assess/chips', [['state', stateOf(page)], ['op', 'add'], ['more', 'c'.repeat(6000)]]);
  assert.equal(refused.status, 400);
  assert.match(refused.page, /more than Footing can read in one go/);
  assert.match(refused.page, /value="remove:pain-first-steps"/, 'the chips so far are still there');
  const onward = await post('/assess/chips', [['state', stateOf(refused.page)], ['op', 'continue']]);
  assert.equal(onward.status, 200);
  assert.match(onward.page, /Where does it hurt\?/);
});

test('a warning sign in the own words shows on the chips and body-map pages, before anything else', async () => {
  const words = await post('/assess/understand', [['text', PRIYA]]);
  assert.equal(words.status, 200);
  const chipsMain = mainOf(words.page);
  assert.ok(chipsMain.indexOf('red-flag-banner') >= 0 && chipsMain.indexOf('red-flag-banner') < chipsMain.indexOf('Here’s what we understood'));
  assert.match(chipsMain, /This needs a doctor today/);
  assert.deepEqual(accessibilityProblems(words.page), []);
  const where = await post('/assess/chips', [['state', stateOf(words.page)], ['op', 'continue']]);
  const whereMain = mainOf(where.page);
  assert.ok(whereMain.indexOf('red-flag-banner') >= 0 && whereMain.indexOf('red-flag-banner') < whereMain.indexOf('Where does it hurt?'));
  assert.deepEqual(accessibilityProblems(where.page), []);

  const calm = await post('/assess/understand', [['text', SAM]]);
  assert.doesNotMatch(calm.page, /red-flag-banner/, 'no banner without a warning sign');
});

test('ticking a red flag on the safety screen raises the level of care', async () => {
  const first = await post('/assess/where', [['state', '{"v":1,"text":"","evidence":[],"history":[]}'], ['zone', 'top-of-foot'], ['nav', 'next']]);
  assert.equal(hiddenField(first.page, 'qid'), 'red-flag-screen');
  const r = await post('/assess/answer', [['state', stateOf(first.page)], ['qid', 'red-flag-screen'], ['flag', 'spreading-redness'], ['flag', 'fever-or-unwell'], ['nav', 'answer']]);
  const state = JSON.parse(stateOf(r.page));
  assert.equal(state.evidence.find((e: { id: string }) => e.id === 'spreading-redness')?.value, true);
  assert.equal(state.evidence.find((e: { id: string }) => e.id === 'cannot-bear-weight')?.value, false, 'unticked means no');
  assert.match(mainOf(r.page), /care-(urgent|emergency) red-flag-banner/);
});

test('Back undoes one step and shows the answer given; from the first question it returns to the body map', async () => {
  const first = await post('/assess/where', [['state', '{"v":1,"text":"","evidence":[],"history":[]}'], ['zone', 'achilles'], ['side', 'right'], ['nav', 'next']]);
  const second = await post('/assess/answer', [['state', stateOf(first.page)], ['qid', 'red-flag-screen'], ['nav', 'answer']]);
  const q2 = hiddenField(second.page, 'qid') ?? '';
  assert.notEqual(q2, 'red-flag-screen');
  const third = await post('/assess/answer', [['state', stateOf(second.page)], ['qid', q2], ['nav', 'unsure']]);
  const back = await post('/assess/answer', [['state', stateOf(third.page)], ['qid', hiddenField(third.page, 'qid') ?? ''], ['nav', 'back']]);
  assert.equal(hiddenField(back.page, 'qid'), q2);
  assert.match(back.page, /You answered: not sure|<option|checked/);
  assert.deepEqual(JSON.parse(stateOf(back.page)), JSON.parse(stateOf(second.page)));

  const toScreen = await post('/assess/answer', [['state', stateOf(back.page)], ['qid', q2], ['nav', 'back']]);
  assert.equal(hiddenField(toScreen.page, 'qid'), 'red-flag-screen');
  const toMap = await post('/assess/answer', [['state', stateOf(toScreen.page)], ['qid', 'red-flag-screen'], ['nav', 'back']]);
  assert.match(toMap.page, /<h1>Where does it hurt\?<\/h1>/);
  assert.match(toMap.page, /id="zone-achilles" name="zone" value="achilles" [^>]*checked/);
  assert.match(toMap.page, /id="side-right" name="side" value="right" checked/);
});

test('bad input gets a clear page, not a stack trace', async () => {
  const tampered = await post('/assess/answer', [['state', '{"v":1,"text":"","evidence":[{"id":"no-such-finding","value":true,"source":"answer"}],"history":[]}'], ['nav', 'answer']]);
  assert.equal(tampered.status, 400);
  assert.match(tampered.page, /Please start again/);
  const garbage = await post('/assess/chips', [['state', 'not json'], ['op', 'continue']]);
  assert.equal(garbage.status, 400);
  const long = await post('/assess/understand', [['text', 'heel '.repeat(2100)]]);
  assert.equal(long.status, 400);
  assert.match(long.page, /There is a problem/);
  assert.match(long.page, /10[ ,]?000/);
  const empty = await post('/assess/understand', [['text', '   ']]);
  assert.match(empty.page, /<h1>Where does it hurt\?<\/h1>/, 'no words: straight to the questions');
  const wrong = await post('/assess/answer', [['state', '{"v":1,"text":"","evidence":[],"history":[]}'], ['qid', 'red-flag-screen'], ['nav', 'answer']]);
  assert.equal(wrong.status, 200);
  const redirect = await t.app.request('/assess/answer');
  assert.equal(redirect.status, 303);
});

test('the assessment script and stylesheet are served', async () => {
  for (const name of ['assess.js', 'assess.css']) {
    const res = await t.app.request(`/static/${name}`);
    assert.equal(res.status, 200, name);
  }
});
