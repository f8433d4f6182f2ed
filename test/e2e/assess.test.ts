import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, useBrowser } from './browser.ts';

const ctx = useBrowser();

async function clean(page: Page, step: string): Promise<void> {
  const v = await axeViolations(page);
  assert.equal(v.length, 0, `${step}:\n${describeViolations(v)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${step}: page is ${overflow}px wider than the screen`);
}

test('describe, see chips, use the body map, answer questions, reach a result — accessible at every step', async () => {
  const page = await ctx.newPage({ width: 360, height: 800 });
  await page.goto(`${ctx.baseUrl()}/assess`);
  await clean(page, 'own words');
  await page.getByLabel('Tell us what’s going on, in your own words').fill('heel hurts when I get out of bed, better once I get going, been increasing my mileage for a half');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { name: 'Here’s what we understood' }).waitFor();
  assert.equal(await page.locator('mark').first().innerText(), 'heel');
  assert.ok(await page.getByText('first-step pain in the morning').isVisible());
  await clean(page, 'chips');
  await page.getByRole('button', { name: 'Remove “race coming up”' }).click();
  assert.equal(await page.getByText('race coming up').count(), 0);
  await page.getByRole('button', { name: 'Looks right — continue' }).click();

  await page.getByRole('heading', { name: 'Where does it hurt?' }).waitFor();
  assert.equal(await page.locator('#zone-heel-underside').isChecked(), true, 'zone from the words is ticked');
  // The drawing is a set of keyboard-operable checkboxes tied to the list.
  const arch = page.getByRole('checkbox', { name: 'Arch' }).and(page.locator('path'));
  await arch.focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#zone-arch').isChecked(), true);
  assert.equal(await arch.getAttribute('aria-checked'), 'true');
  await page.locator('path[data-zone="calf"][data-main="true"]').click();
  assert.equal(await page.locator('#zone-calf').isChecked(), true);
  await page.locator('#zone-calf').uncheck();
  assert.equal(await page.locator('path[data-zone="calf"][data-main="true"]').getAttribute('aria-checked'), 'false');
  await page.getByLabel('Left', { exact: true }).check();
  await clean(page, 'body map');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByText('First, a safety check').waitFor();
  assert.match(await page.locator('.assess-progress').innerText(), /Question 1 of about \d+/);
  await clean(page, 'safety check');
  await page.getByRole('button', { name: 'Continue' }).click();

  let answered = 0;
  for (; answered < 30 && (await page.locator('#run-title').count()) === 0; answered++) {
    if (answered < 4) await clean(page, `question ${answered + 1}`);
    await page.getByRole('button', { name: 'Not sure' }).click();
  }
  assert.ok(answered >= 1, 'at least one question after the safety check');
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Can I run?' }).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'This is not a diagnosis' }).isVisible());
  assert.match(await page.getByRole('link', { name: 'Make a plan' }).first().getAttribute('href') ?? '', /^\/plan\/new\?condition=plantar-fasciitis&advice=(modify|continue)/);
  await page.getByText('Why this comes first').click();
  assert.ok(await page.getByText('What fits').first().isVisible());
  await clean(page, 'result');
});

test('an emergency-type story shows the doctor-today banner first, and no plan', async () => {
  const page = await ctx.newPage({ width: 390, height: 800 });
  await page.goto(`${ctx.baseUrl()}/assess`);
  await page.getByLabel('Tell us what’s going on, in your own words').fill('calf swollen and warm after the flight back from the race');
  await page.getByRole('button', { name: 'Continue' }).click();
  // The words alone raise the warning: it is the first thing on the chips page, not two steps later.
  await page.getByRole('heading', { name: 'Here’s what we understood' }).waitFor();
  assert.equal(await page.locator('main h1, main h2').first().innerText(), 'This needs a doctor today');
  await clean(page, 'chips with a warning sign');
  await page.getByRole('button', { name: 'Looks right — continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 30 && (await page.locator('#run-title').count()) === 0; i++) {
    const isScreen = (await page.getByText('First, a safety check').count()) > 0;
    await page.getByRole('button', { name: isScreen ? 'Continue' : 'Not sure' }).click();
  }
  const firstHeading = page.locator('main h1, main h2').first();
  assert.equal(await firstHeading.innerText(), 'This needs a doctor today');
  assert.equal(await page.getByRole('link', { name: 'Make a plan' }).count(), 0);
  await clean(page, 'red-flag result');
});
