/**
 * "Seen a clinician?": once a plan waits for a clinician, the runner records that one has seen and cleared them,
 * optionally restarting from an earlier phase, and the plan resumes from a safe point (core/planner/journal.ts).
 * The form sits on today's page and on its own page (where errors are shown); it posts and redirects.
 * @module
 */
import { html, raw } from 'hono/html';
import { addDays, isIsoDate } from '../../core/planner/dates.ts';
import { NOTE_MAX } from '../../core/planner/journal-schema.ts';
import { page, type Html } from '../layout.ts';
import { dateText, describedBy, errorSummary, fieldError, formText, PLAN_CSS, planNav, type FieldError, type FormInput } from './plan-parts.ts';

/** What the form needs: the decision the plan waits on and the phases it may restart from. */
export interface ClearanceFormInput {
  readonly planId: string;
  readonly today: string;
  /** The date of the check-in that asked for a clinician, and its reason. */
  readonly since: string;
  readonly reason: string;
  /** True after a red-flag finding (exercises are paused too). */
  readonly redFlag: boolean;
  /** Phases the plan may restart from, first to the one it stopped in (the last, the default). */
  readonly phases: readonly { readonly id: string; readonly name: string }[];
  readonly values?: Readonly<Record<string, string>>;
  readonly errors?: readonly FieldError[];
}

/** The body the plans service takes (`clearPlan`). */
export interface ClearanceBody {
  date: string;
  restartPhase?: string;
  runCleared?: boolean;
  note?: string;
}

export type ParsedClearance =
  | { readonly ok: true; readonly body: ClearanceBody }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: Record<string, string> };


/**
 * Validate the posted form. `since` is the date the plan started waiting (a clearance must come after it).
 * @example parseClearanceForm({ date: '2026-03-10', restartPhase: 'settle' }, '2026-03-10', '2026-03-05', ['settle'])
 */
export function parseClearanceForm(form: FormInput, today: string, since: string, phaseIds: readonly string[]): ParsedClearance {
  const values: Record<string, string> = { date: formText(form, 'date'), restartPhase: formText(form, 'restartPhase'), runCleared: formText(form, 'runCleared'), note: formText(form, 'note') };
  const errors: FieldError[] = [];
  const date = values.date || today;
  if (!isIsoDate(date)) errors.push({ field: 'cl-date', message: 'Enter the date you saw the clinician, like 2026-03-10' });
  else if (date > today) errors.push({ field: 'cl-date', message: 'Enter a date that is today or earlier' });
  else if (date <= since) errors.push({ field: 'cl-date', message: `Enter a date after ${since}, the check-in that asked you to see a clinician` });
  const restart = values.restartPhase ?? '';
  if (restart !== '' && !phaseIds.includes(restart)) errors.push({ field: 'cl-phase-0', message: 'Choose where the plan should restart' });
  const note = values.note ?? '';
  if (note.length > NOTE_MAX) errors.push({ field: 'cl-note', message: `Keep the note to ${NOTE_MAX} characters or fewer` });
  if (errors.length > 0) return { ok: false, errors, values };
  return { ok: true, body: { date, ...(restart ? { restartPhase: restart } : {}), ...(values.runCleared === 'yes' ? { runCleared: true } : {}), ...(note ? { note } : {}) } };
}

/** The form. `headingLevel` fits the page it sits in. */
export function clearanceForm(i: ClearanceFormInput, headingLevel: 2 | 3 = 2): Html {
  const e = i.errors ?? [];
  const v = i.values ?? {};
  const chosen = v.restartPhase || i.phases.at(-1)?.id;
  const h = raw(`h${headingLevel}`);
  return html`<section class="plan-clearance" aria-labelledby="clear-h"><${h} id="clear-h">Seen a clinician?</${h}>
<p>When a physiotherapist or doctor has seen you and says you can carry on, record it here. The plan restarts at the beginning of a phase, at its starting dose, and running builds back up only as the rules allow.</p>
<form method="post" action="/plan/${i.planId}/clearance" novalidate>
<div class="plan-score"><label for="cl-date">When did you see them?</label>
<p class="hint" id="cl-date-hint">After ${dateText(i.since)}, and not later than today.</p>
${fieldError(e, 'cl-date')}
<input id="cl-date" name="date" type="date" min="${addDays(i.since, 1)}" max="${i.today}" value="${v.date || i.today}"${describedBy(e, 'cl-date', 'cl-date-hint')}></div>
${i.phases.length > 1 ? html`<fieldset><legend>Where should the plan restart?</legend>
<p class="hint">The phase you stopped in, or an earlier one if your clinician suggests going back further.</p>
${fieldError(e, 'cl-phase-0')}
${i.phases.map((p, n) => html`<label class="choice"><input type="radio" id="cl-phase-${n}" name="restartPhase" value="${p.id}"${raw(p.id === chosen ? ' checked' : '')}> ${p.name}${n === i.phases.length - 1 ? ' (where you stopped)' : ''}</label>`)}
</fieldset>` : html`<input type="hidden" name="restartPhase" value="${i.phases[0]?.id ?? ''}">`}
<label class="choice"><input type="checkbox" name="runCleared" value="yes"${raw(v.runCleared === 'yes' ? ' checked' : '')}> They cleared me to run as well</label>
<p class="hint">Leave this unticked if they did not talk about running: the plan then waits for the usual tests (or a clinician's go-ahead) before any running.</p>
<div class="plan-score"><label for="cl-note">What did they say? (optional)</label>
${fieldError(e, 'cl-note')}
<textarea id="cl-note" name="note" maxlength="${NOTE_MAX}" rows="3"${describedBy(e, 'cl-note')}>${v.note ?? ''}</textarea></div>
<p><button type="submit" class="primary">Restart my plan</button></p>
</form></section>`;
}

/** The notice shown while a plan waits for a clinician. */
export function waitingNotice(i: Pick<ClearanceFormInput, 'since' | 'reason' | 'redFlag'>): Html {
  return html`<div class="care care-doctor" role="note"><div><h2>Time to see a clinician</h2>
<p>Your check-in on ${dateText(i.since)} said this plan should not carry on until a physiotherapist or doctor has seen you: ${i.reason}</p>
<p>${i.redFlag ? 'Until then, no running, cross-training or exercises. If it gets worse, or you have new numbness, weakness, a hot swollen calf or severe pain, get help today.' : 'Stop running until then; gentle exercises that do not hurt are fine.'}</p></div></div>`;
}

/** The form on its own page (reached from today's page; shows errors after a failed post). */
export function clearancePage(i: ClearanceFormInput): Html {
  const errors = i.errors ?? [];
  return page({
    title: errors.length > 0 ? 'Error: Seen a clinician?' : 'Seen a clinician?', path: `/plan/${i.planId}/clearance`, scripts: ['/static/plan.js'],
    body: html`${PLAN_CSS}
${errorSummary(errors)}
${planNav(i.planId, 'today')}
<h1>Back on track after seeing a clinician</h1>
${waitingNotice(i)}
${clearanceForm(i)}`,
  });
}
