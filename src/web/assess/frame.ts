/**
 * Shared parts of the assessment pages: the page frame (with the assessment stylesheet and script), the hidden
 * state field, the error summary, and the red-flag banner that comes before anything else.
 * @module
 */
import { html, raw } from 'hono/html';
import type { TriageResult } from '../../core/triage/index.ts';
import { page, type Html } from '../layout.ts';
import { encodeState, type AssessState } from './state.ts';
import { careHeadline, careIcon } from './words.ts';

/** A full assessment page: the shared frame plus the assessment's own CSS and (optional) script. */
export function assessPage(opts: { title: string; path?: string; body: Html; head?: Html }): Html {
  return page({
    title: opts.title,
    path: opts.path ?? '/assess',
    scripts: ['/static/assess.js'],
    body: html`<link rel="stylesheet" href="/static/assess.css">${opts.head ?? ''}<div class="assess">${opts.body}</div>`,
  });
}

/** The whole state, carried to the next step in a hidden field. */
export function stateField(state: AssessState): Html {
  return html`<input type="hidden" name="state" value="${encodeState(state)}">`;
}

/** A problem with what was sent, said in one line, linked to the field to fix. */
export function errorSummary(message: string | undefined, fieldId?: string): Html {
  if (!message) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1"><h2>There is a problem</h2>
<p>${fieldId ? html`<a href="#${fieldId}">${message}</a>` : message}</p></div>`;
}

/**
 * The red-flag banner: what fired, in plain words, and what to do now. Shown first on every page once a red flag
 * has fired, so it can never be hidden under a list of likely conditions. Its level, time frame and first action are
 * the result's own `triage` (never less urgent than the red flags), so the page says what the JSON says.
 */
export function redFlagBanner(result: TriageResult, headingLevel: 1 | 2 = 2): Html {
  if (result.redFlags.length === 0) return html``;
  const { level, timeframe } = result.triage;
  const heading = careHeadline[level];
  const actions = [...new Set([result.triage.action, ...result.redFlags.map((f) => f.action)])];
  const reasons = [...new Set([...result.redFlags.map((f) => f.reason), result.triage.reason])];
  return html`<section class="care care-${level} red-flag-banner" aria-labelledby="red-flag-title">
${raw(careIcon(level))}
<div>
${headingLevel === 1 ? html`<h1 id="red-flag-title">${heading}</h1>` : html`<h2 id="red-flag-title">${heading}</h2>`}
${level === 'emergency' ? '' : html`<p><strong>When:</strong> ${timeframe}</p>`}
<p class="red-flag-action"><strong>What to do now:</strong> ${actions[0] ?? ''}</p>
${actions.length > 1 ? html`<ul>${actions.slice(1).map((a) => html`<li>${a}</li>`)}</ul>` : ''}
<p><strong>Why:</strong> ${reasons.join(' ')}</p>
<p><strong>Do not run</strong> until a clinician has checked this.</p>
</div>
</section>`;
}
