import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makeFit, straightTrack } from '../fixtures/activity-builders.ts';
import { axeViolations, describeViolations, useBrowser } from './browser.ts';

const ctx = useBrowser();
const FIXTURE = path.join(import.meta.dirname, '../../../shared/fixtures/activities/activity-small-fenix2-run.fit');
const dir = mkdtempSync(path.join(os.tmpdir(), 'footing-e2e-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function assertAxeClean(page: Page, what: string): Promise<void> {
  const v = await axeViolations(page);
  assert.equal(v.length, 0, `${what}:\n${describeViolations(v)}`);
}

test('a runner imports watch files, sees the timeline, logs pain and switches to miles', async () => {
  // A recent 6 km run (generated) so this week's chart has a bar, plus a real Garmin file from 2015.
  const recent = path.join(dir, 'yesterday.fit');
  writeFileSync(recent, makeFit(straightTrack(new Date(Date.now() - 86_400_000), 'running', 1001, 2, 3)));
  const page = await ctx.newPage({ width: 390, height: 844 });

  await page.goto(`${ctx.baseUrl()}/training/import`);
  assert.equal(await page.locator('h1').innerText(), 'Import your runs');
  await assertAxeClean(page, 'import form');
  await page.setInputFiles('#files', [FIXTURE, recent]);
  await page.getByRole('button', { name: 'Import' }).click();
  await page.waitForURL(/\/training\/import\/[0-9a-f-]{36}$/);
  await page.waitForFunction(() => /imported/.test(document.querySelector('#import-status-text')?.textContent ?? ''), undefined, { timeout: 30_000 });
  assert.match(await page.locator('#import-status-text').innerText(), /^2 imported, 0 duplicates skipped, 0 files could not be read\.$/);
  await assertAxeClean(page, 'import report');

  await page.goto(`${ctx.baseUrl()}/training`);
  assert.equal(await page.locator('svg.timeline[role="img"]').count(), 1, 'the chart');
  assert.match(await page.locator('svg.timeline desc').textContent() ?? '', /\d/);
  await page.getByText('Show the numbers as a table').click();
  const rows = page.locator('.timeline-table tbody tr');
  assert.equal(await rows.count(), 26);
  assert.match(`${await rows.nth(0).innerText()} ${await rows.nth(1).innerText()}`, /\t6\.0\t/, 'this week or last holds the 6 km run');
  assert.match(await page.locator('table.activities').innerText(), /2015-08-15/);
  await assertAxeClean(page, 'timeline');

  await page.goto(`${ctx.baseUrl()}/training/pain`);
  await page.getByLabel('Pain during running (0–10)').fill('4');
  await page.getByLabel('Pain the next morning (0–10)').fill('2');
  await page.getByLabel(/^Note/).fill('left Achilles, eased after warming up');
  await page.getByRole('button', { name: 'Save today’s entry' }).click();
  await page.waitForURL(/\/training\/pain\?saved=/);
  assert.equal(await page.locator('.guidance[role="status"]').count(), 1, 'guidance after saving');
  assert.match(await page.locator('main').innerText(), /left Achilles/);
  await assertAxeClean(page, 'pain diary');

  await page.goto(`${ctx.baseUrl()}/training`);
  assert.match(await page.locator('.timeline-table thead').textContent() ?? '', /\(km\)/);
  await page.getByLabel('miles').check();
  await page.locator('.units-form').getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/training$/);
  assert.match(await page.locator('.timeline-table thead').textContent() ?? '', /\(mi\)/);
  assert.match(await page.locator('table.activities').innerText(), /\bmi\b/);
  await assertAxeClean(page, 'timeline in miles');
});
