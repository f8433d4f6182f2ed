/** Pieces the training-log pages share: the section navigation, the km/mi switch, error and sign-in pages. */
import { html, raw } from 'hono/html';
import type { DistanceUnit } from '../../core/training/units.ts';
import { page, type Html } from '../layout.ts';

const SECTIONS = [
  { href: '/training', label: 'Timeline' },
  { href: '/training/log', label: 'Log a run' },
  { href: '/training/pain', label: 'Pain diary' },
  { href: '/training/shoes', label: 'Shoes' },
  { href: '/training/import', label: 'Import' },
] as const;

/** The training section's own navigation, current page marked. */
export function trainingNav(path: string): Html {
  return html`<nav class="training-nav" aria-label="Training log">
  <ul>${SECTIONS.map((s) => html`<li><a href="${s.href}"${s.href === path ? raw(' aria-current="page"') : ''}>${s.label}</a></li>`)}</ul>
</nav>`;
}

/** A page in the training section (its stylesheet, nav and optional scripts). */
export function trainingPage(opts: { title: string; path: string; body: Html; scripts?: readonly string[] }): Html {
  return page({
    title: opts.title,
    path: opts.path,
    ...(opts.scripts ? { scripts: opts.scripts } : {}),
    body: html`<link rel="stylesheet" href="/static/training.css">${trainingNav(opts.path)}${opts.body}`,
  });
}

let zones: readonly string[] | undefined;
/** Every time zone the platform knows, UTC first. */
function timeZones(): readonly string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return zones;
}

/**
 * The km / miles switch (a plain form: works without JavaScript). With `timeZone`, it also offers the time zone
 * that decides which day a run belongs to.
 */
export function unitsForm(units: DistanceUnit, back: string, timeZone?: string): Html {
  return html`<form class="units-form" method="post" action="/training/units">
  <fieldset>
    <legend>Show distances in</legend>
    <input type="hidden" name="back" value="${back}">
    <label class="choice"><input type="radio" name="units" value="km"${units === 'km' ? raw(' checked') : ''}> kilometres</label>
    <label class="choice"><input type="radio" name="units" value="mi"${units === 'mi' ? raw(' checked') : ''}> miles</label>
  </fieldset>
  ${timeZone === undefined ? '' : html`<p><label for="time-zone">Your time zone</label>
    <span class="hint" id="time-zone-hint">Runs are put on the day and week of your own clock. Files from most watches carry their own time; this is used for the rest.</span>
    <select id="time-zone" name="timeZone" aria-describedby="time-zone-hint">${timeZones().map((z) => html`<option${z === timeZone ? raw(' selected') : ''}>${z}</option>`)}</select></p>`}
  <button type="submit" class="secondary">Save</button>
</form>`;
}

/** An error summary that takes focus's place at the top of a form. */
export function errorSummary(message: string | null): Html {
  return message === null ? html`` : html`<div class="error-summary" role="alert" tabindex="-1"><h2>Please fix this</h2><p>${message}</p></div>`;
}

/** Shown when nobody is signed in. */
export function trainingSignInPage(path: string): Html {
  return page({ title: 'Training log', path, body: html`<h1>Training log</h1><p>The training log keeps your runs, so it needs an account. Sign in to use it.</p>` });
}

/** Shown for a missing or someone else's item. */
export function trainingNotFoundPage(path: string, what: string): Html {
  return trainingPage({ title: 'Not found', path, body: html`<h1>Not found</h1><p>There is no ${what} here. <a href="/training">Back to your training log</a></p>` });
}
