/**
 * Level of care and running advice, shown with colour, words and an icon — never colour alone.
 * @module
 */
import { html, raw } from 'hono/html';
import type { CareLevel, RunningAdvice } from '../../core/kb/schema.ts';
import type { Html } from '../layout.ts';

/** What each level of care means, in the words the result screens use. */
export const CARE_WORDS: Readonly<Record<CareLevel, string>> = {
  emergency: 'Emergency: get help now',
  urgent: 'Urgent: see a doctor today',
  doctor: 'See a doctor or physio',
  selfcare: 'You can look after this yourself for now',
};

/** Short label for lists. */
export const CARE_SHORT: Readonly<Record<CareLevel, string>> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  doctor: 'See a clinician',
  selfcare: 'Self-care',
};

export const RUNNING_WORDS: Readonly<Record<RunningAdvice, string>> = {
  stop: 'No — stop running for now',
  modify: 'Yes, with changes',
  continue: 'Yes — keep running',
};

const svg = (body: string): string =>
  `<svg class="learn-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">${body}</svg>`;

/** Icons drawn by the project: octagon, triangle, medical cross, check — each shape differs, not just its colour. */
const CARE_ICONS: Readonly<Record<CareLevel, string>> = {
  emergency: svg('<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor"/><path d="M12 6.5v7" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/><circle cx="12" cy="17.3" r="1.5" fill="#fff"/>'),
  urgent: svg('<path d="M12 2.5 23 21.5H1z" fill="currentColor"/><path d="M12 9v6" stroke="#fff" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="18.2" r="1.4" fill="#fff"/>'),
  doctor: svg('<circle cx="12" cy="12" r="11" fill="currentColor"/><path d="M12 6.5v11M6.5 12h11" stroke="#fff" stroke-width="3" stroke-linecap="round"/>'),
  selfcare: svg('<circle cx="12" cy="12" r="11" fill="currentColor"/><path d="m6.8 12.4 3.5 3.5 7-7.6" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>'),
};

/** The warning-sign icon used to mark red-flag conditions (decorative: words always go with it). */
export const WARNING_ICON = CARE_ICONS.urgent;

/** Inline badge: icon + short words, coloured by level. */
export function careBadge(level: CareLevel): Html {
  return html`<span class="learn-care-badge care-${level}">${raw(CARE_ICONS[level])}<span>${CARE_SHORT[level]}</span></span>`;
}

/** "Warning sign" marker for red-flag conditions: icon and words. */
export function warningMarker(): Html {
  return html`<span class="learn-flag">${raw(WARNING_ICON)}<span>Warning sign</span></span>`;
}

/** The full care box: icon, what the level means, the time frame and what to do. */
export function careBox(level: CareLevel, timeframe: string, action: string, headingId: string): Html {
  return html`<section class="care care-${level}" aria-labelledby="${headingId}">
  ${raw(CARE_ICONS[level])}
  <div>
    <h2 id="${headingId}">${CARE_WORDS[level]}</h2>
    <p><strong>When:</strong> ${timeframe}</p>
    <p>${action}</p>
  </div>
</section>`;
}
