import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, useBrowser } from './browser.ts';

const ctx = useBrowser();

test('home page says what Footing is and passes axe', async () => {
  const page = await ctx.newPage();
  await page.goto(ctx.baseUrl());
  assert.match(await page.locator('h1').innerText(), /foot, ankle or shin/i);
  assert.equal(await page.getByRole('link', { name: 'Check my pain' }).first().isVisible(), true);
  assert.match(await page.locator('footer').innerText(), /not a diagnosis/i);
  const v = await axeViolations(page);
  assert.equal(v.length, 0, describeViolations(v));
});

test('home page fits a 360 px wide phone without sideways scrolling', async () => {
  const page = await ctx.newPage({ width: 360, height: 740 });
  await page.goto(ctx.baseUrl());
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  const v = await axeViolations(page);
  assert.equal(v.length, 0, describeViolations(v));
});

test('keyboard users can skip to the content', async () => {
  const page = await ctx.newPage();
  await page.goto(ctx.baseUrl());
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  assert.match(focused, /skip to content/i);
});
