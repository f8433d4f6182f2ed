import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, useBrowser } from './browser.ts';

const ctx = useBrowser();

async function assertAxeClean(page: Page, what: string): Promise<void> {
  const v = await axeViolations(page);
  assert.equal(v.length, 0, `${what}:\n${describeViolations(v)}`);
}

async function assertFits(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} is ${overflow}px wider than the screen`);
}

test('a runner on a phone starts a plan, sees today\'s session, uses the rest timer and checks in', async () => {
  const page = await ctx.newPage({ width: 390, height: 844 });
  await page.goto(`${ctx.baseUrl()}/plan/new?condition=plantar-fasciitis`);
  assert.equal(await page.locator('#condition').inputValue(), 'plantar-fasciitis');
  await assertAxeClean(page, 'new plan form');
  await assertFits(page, 'new plan form');

  // A mistake first: the error summary takes focus and links to the field.
  await page.getByLabel('Weekly distance before the pain started (km)').fill('-4');
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.waitForSelector('.error-summary');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false), true);
  await assertAxeClean(page, 'new plan form with errors');

  await page.getByLabel('Weekly distance before the pain started (km)').fill('30');
  await page.getByLabel('A resistance band').check();
  await page.getByLabel('A bike or exercise bike').check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.waitForURL(/\/plan\/[0-9a-f-]{36}$/);
  assert.equal(await page.locator('h1').innerText(), 'Today’s session');
  assert.ok(await page.locator('.plan-exercise svg[role="img"]').count() >= 2, 'exercise drawings');
  assert.match(await page.locator('.plan-dose').first().innerText(), /\d+ × \d+/);
  await assertAxeClean(page, 'today');
  await assertFits(page, 'today');

  // The rest timer is an enhancement: the button appears only with JavaScript and counts down.
  const start = page.getByRole('button', { name: /^Start \d+ s rest$/ }).first();
  await start.click();
  const timer = page.locator('.plan-timer').first();
  assert.equal(await timer.getByRole('button').innerText(), 'Stop');
  assert.match(await timer.locator('.plan-countdown').innerText(), /^\d+ s$/);
  await timer.getByRole('button').click();

  // The evening check-in: a missing answer is caught, then the decision and its reason are shown.
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.waitForSelector('.error-summary');
  assert.match(await page.locator('.error-summary').innerText(), /pain when you got up this morning/);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false), true);
  await assertAxeClean(page, 'check-in with errors');
  await page.getByLabel('When you got up this morning').fill('1');
  await page.getByLabel('During exercise or running').fill('3');
  await page.getByLabel('In the hours after').fill('2');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.waitForSelector('#decision');
  assert.match(await page.locator('#decision').innerText(), /Holding steady[\s\S]*Within your limits/);
  await assertAxeClean(page, 'check-in decision');
  await assertFits(page, 'check-in decision');
});

test('the week, whole plan and handout pages pass axe on a desktop screen', async () => {
  const page = await ctx.newPage();
  await page.goto(`${ctx.baseUrl()}/plan/new?condition=achilles-tendinopathy-midportion`);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.waitForURL(/\/plan\/[0-9a-f-]{36}$/);
  const base = page.url();
  for (const [suffix, heading] of [['/week', /^Week 1 of \d+$/], ['/all', /Achilles/i], ['/handout', /Achilles/i]] as const) {
    await page.goto(`${base}${suffix}`);
    assert.match(await page.locator('h1').innerText(), heading, suffix);
    await assertAxeClean(page, suffix);
  }
  await page.goto(`${ctx.baseUrl()}/plan`);
  assert.equal(await page.locator('.plan-list > li').count(), 2);
  await assertAxeClean(page, '/plan');
});

test('after a red flag the runner records the clinician\'s clearance on a phone and the plan restarts', async () => {
  const page = await ctx.newPage({ width: 360, height: 800 });
  await page.goto(`${ctx.baseUrl()}/plan`);
  const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  // Set up through the API from the page (same origin): a plan started three days ago, a red flag two days ago.
  const id = await page.evaluate(async ([start, flagged]) => {
    const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const made = await (await post('/api/v1/plans', { conditionId: 'achilles-tendinopathy-midportion', startDate: start })).json() as { id: string };
    await post(`/api/v1/plans/${made.id}/checkins`, { date: flagged, painMorning: 2, sessionsDone: 1, sessionsPlanned: 2, newFindings: ['calf-swelling-one-side'] });
    return made.id;
  }, [daysAgo(3), daysAgo(2)] as const);
  await page.goto(`${ctx.baseUrl()}/plan/${id}`);
  assert.match(await page.locator('.care').innerText(), /Time to see a clinician/);
  assert.equal(await page.getByRole('heading', { name: 'Seen a clinician?' }).count(), 1);
  await assertAxeClean(page, 'today, waiting for a clinician');
  await assertFits(page, 'today, waiting for a clinician');
  await page.getByLabel('What did they say? (optional)').fill('Scan clear, carry on');
  await page.getByLabel('They cleared me to run as well').check();
  await page.getByRole('button', { name: 'Restart my plan' }).click();
  await page.waitForSelector('#adjust-h');
  assert.equal(await page.locator('#adjust-h').innerText(), 'Back on track');
  assert.match(await page.locator('.plan-adjustment').innerText(), /Scan clear, carry on/);
  assert.equal(await page.getByRole('heading', { name: 'Seen a clinician?' }).count(), 0);
  await assertAxeClean(page, 'today, back on track');
  await assertFits(page, 'today, back on track');
});
