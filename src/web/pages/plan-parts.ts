/**
 * Small pieces the plan pages share: distances in the runner's units, condition names, the error summary and the
 * plan sub-navigation.
 * @module
 */
import { html, raw } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { formatDistance, type DistanceUnit } from '../../core/training/units.ts';
import { page, type Html } from '../layout.ts';

/** One problem with one form field; `field` is the id of the input it is about. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A posted form as Hono's `parseBody({ all: true })` gives it. */
export type FormInput = Record<string, unknown>;

/** The first value of a form field, trimmed ('' when absent). */
export function formText(form: FormInput, name: string): string {
  const v = form[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.trim() : '';
}

/** Every value of a repeated form field (ticked boxes), also under `name[]`. */
export function formList(form: FormInput, name: string): string[] {
  const v = form[name] ?? form[`${name}[]`];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string');
}

/** The stylesheet for plan pages (linked from the body: the layout has no per-page head slot). */
export const PLAN_CSS = html`<link rel="stylesheet" href="/static/plan.css">`;

/** "3.2 km" / "2.0 mi" from kilometres. */
export function distanceText(km: number, units: DistanceUnit): string {
  return formatDistance(km * 1000, units);
}

/**
 * A date the way people read it ("Monday 2 March"); the ISO date stays in a `<time>` element's datetime.
 * UTC throughout, like the planner, so the day never shifts with the server's time zone.
 */
export function dateText(iso: string, withWeekday = true): Html {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return html`${iso}`;
  const text = d.toLocaleDateString('en-GB', { ...(withWeekday ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return html`<time datetime="${iso}">${text}</time>`;
}

/** The runner-facing name of a condition (or protocol) id, falling back to the id. */
export function conditionName(kb: KnowledgeBase, id: string): string {
  return kb.conditionById.get(id)?.name ?? kb.protocolById.get(id)?.name ?? id;
}

/**
 * The error summary shown above a form that failed validation. It takes focus on load (autofocus; plan.js
 * repeats it for browsers that ignore autofocus on non-controls), and each message links to its field.
 */
export function errorSummary(errors: readonly FieldError[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" aria-labelledby="error-summary-title" tabindex="-1" autofocus data-focus-on-load>
<h2 id="error-summary-title">There ${errors.length === 1 ? 'is a problem' : `are ${errors.length} problems`}</h2>
<ul>${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}</ul>
</div>`;
}

/** The error message for one field, if any, with the id its input points to via aria-describedby. */
export function fieldError(errors: readonly FieldError[], field: string): Html {
  const e = errors.find((x) => x.field === field);
  return e ? html`<p class="field-error" id="${field}-error"><span class="visually-hidden">Error:</span> ${e.message}</p>` : html``;
}

/** `aria-describedby` / `aria-invalid` attributes for an input: its hint and its error when there is one. */
export function describedBy(errors: readonly FieldError[], field: string, hint?: string): Html {
  const ids = [hint, errors.some((e) => e.field === field) ? `${field}-error` : undefined].filter((x) => x !== undefined);
  const invalid = errors.some((e) => e.field === field) ? ' aria-invalid="true"' : '';
  return raw(`${ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : ''}${invalid}`);
}

/** Links between the views of one plan; the current one is marked. */
export function planNav(planId: string, current: 'today' | 'week' | 'all' | 'handout' | 'checkin'): Html {
  const items: [string, string, string][] = [
    ['today', `/plan/${planId}`, 'Today'],
    ['week', `/plan/${planId}/week`, 'This week'],
    ['all', `/plan/${planId}/all`, 'Whole plan'],
    ['handout', `/plan/${planId}/handout`, 'Handout'],
    ['checkin', `/plan/${planId}/checkin`, 'Check-in'],
  ];
  return html`<nav class="plan-nav no-print" aria-label="This plan"><ul>
${items.map(([key, href, label]) => html`<li><a href="${href}"${key === current ? raw(' aria-current="page"') : ''}>${label}</a></li>`)}
</ul></nav>`;
}

/** The calendar download link. */
export function calendarLink(planId: string): Html {
  return html`<p class="no-print"><a class="button" href="/plan/${planId}/calendar.ics" download>Add the plan to your calendar (.ics)</a></p>`;
}

/** The page shown for a plan that does not exist or belongs to someone else (they look the same). */
export function planNotFoundPage(): Html {
  return page({
    title: 'Plan not found', path: '/plan',
    body: html`<h1>Plan not found</h1><p>There is no plan at this address, or it is not yours.</p>
<p><a class="button" href="/plan">Go to my plans</a></p>`,
  });
}

/** The page shown when nobody is signed in (plans are stored, so they need an account). */
export function planSignInPage(): Html {
  return page({
    title: 'My plan', path: '/plan',
    body: html`<h1>My plan</h1><p>Plans are saved, so they need an account. Sign in to make or see your plan.</p>
<p>You can still <a href="/assess">check your pain</a> without an account.</p>`,
  });
}
