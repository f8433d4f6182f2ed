import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, useBrowser } from './browser.ts';

const ctx = useBrowser();

async function noViolations(page: Page): Promise<void> {
  const v = await axeViolations(page);
  assert.equal(v.length, 0, describeViolations(v));
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
}

test('a runner browses the library by zone and opens a condition (phone width, axe clean)', async () => {
  const page = await ctx.newPage({ width: 360, height: 800 });
  await page.goto(`${ctx.baseUrl()}/learn`);
  assert.equal(await page.locator('h1').innerText(), 'Conditions library');
  await noViolations(page);
  await noSidewaysScroll(page);
  await page.getByRole('link', { name: 'Underside of the heel' }).first().click();
  assert.match(page.url(), /\/learn\?zone=heel-underside/);
  await page.getByRole('link', { name: 'Heel pain from the plantar fascia' }).click();
  assert.match(page.url(), /\/learn\/plantar-fasciitis$/);
  assert.equal(await page.getByRole('heading', { name: 'Can I run?' }).isVisible(), true);
  await noViolations(page);
  await noSidewaysScroll(page);
});

test('a clinician opens the evidence table of a red-flag condition (desktop, axe clean with it open)', async () => {
  const page = await ctx.newPage();
  await page.goto(`${ctx.baseUrl()}/learn/deep-vein-thrombosis`);
  assert.match(await page.locator('.care').first().innerText(), /Urgent: see a doctor today/);
  await page.getByText('Evidence table, prior and knowledge-base version').click();
  assert.equal(await page.locator('table.learn-evidence').isVisible(), true);
  assert.ok(await page.locator('table.learn-evidence tbody tr').count() >= 6);
  await noViolations(page);
});

test('the exercise filter (a plain GET form) narrows the list and an exercise shows both drawings (axe clean)', async () => {
  const page = await ctx.newPage({ width: 390, height: 844 });
  await page.goto(`${ctx.baseUrl()}/learn/exercises`);
  await noViolations(page);
  await noSidewaysScroll(page);
  await page.getByLabel('Body area').selectOption('hip');
  await page.getByLabel('Equipment').selectOption('band');
  await page.getByRole('button', { name: 'Show exercises' }).click();
  assert.match(page.url(), /area=hip&equipment=band/);
  const names = await page.locator('.learn-exercise-card h3').allInnerTexts();
  assert.ok(names.length > 0 && names.length < 10, names.join(', '));
  await page.goto(`${ctx.baseUrl()}/learn/exercises/calf-raise-single`);
  assert.equal(await page.getByRole('img', { name: /Single-leg calf raise: start position/ }).isVisible(), true);
  assert.equal(await page.getByRole('img', { name: /Single-leg calf raise: end position/ }).isVisible(), true);
  await noViolations(page);
  await noSidewaysScroll(page);
});

test('an unknown condition shows a friendly page with a way back', async () => {
  const page = await ctx.newPage();
  const res = await page.goto(`${ctx.baseUrl()}/learn/not-a-thing`);
  assert.equal(res?.status(), 404);
  await page.getByRole('link', { name: 'Browse all conditions' }).click();
  assert.match(page.url(), /\/learn$/);
  await noViolations(page);
});

test('a self-test page puts safety first and passes axe', async () => {
  const page = await ctx.newPage({ width: 360, height: 800 });
  await page.goto(`${ctx.baseUrl()}/learn/self-tests`);
  await noViolations(page);
  await page.getByRole('link', { name: 'Knee-to-wall lunge' }).click();
  const headings = await page.locator('h2').allInnerTexts();
  assert.ok(headings.indexOf('Safety first') < headings.indexOf('How to do it'), headings.join(' | '));
  await noViolations(page);
  await noSidewaysScroll(page);
});
