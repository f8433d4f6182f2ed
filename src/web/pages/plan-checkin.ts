/**
 * The evening check-in: a short form (pain during, after, next morning, stiffness, sessions done) and the
 * decision it led to — progress, hold, step back or see a clinician — with the reason, shown in words, an icon
 * and colour (never colour alone).
 * @module
 */
import { html, raw } from 'hono/html';
import { page, type Html } from '../layout.ts';
import type { CheckinValues } from './plan-checkin-form.ts';
import { dateText, describedBy, errorSummary, fieldError, PLAN_CSS, planNav, type FieldError } from './plan-parts.ts';

export type DecisionKind = 'progress' | 'hold' | 'regress' | 'see-clinician';

/** What the form needs to know about the plan today. */
export interface CheckinFormInput {
  readonly planId: string;
  readonly date: string;
  /** Sessions planned today (exercises, run or its stand-in). */
  readonly sessionsPlanned: number;
  /**
   * Tests that move the plan on, asked for when the current phase's exit (or the readiness to run) depends on them:
   * the measure ('pain-walking', 'pain-hop', 'heel-raise-count') and the criterion in the runner's words.
   */
  readonly tests: readonly { readonly measure: string; readonly text: string }[];
  /** Ask whether a clinician has cleared running. */
  readonly askClearance: boolean;
  /** New symptoms that would need a clinician (red-flag findings), offered as ticks. */
  readonly warningSigns: readonly { readonly id: string; readonly label: string }[];
  readonly values?: CheckinValues;
  readonly errors?: readonly FieldError[];
}

const DECISIONS: Record<DecisionKind, { title: string; cls: string; icon: string }> = {
  progress: { title: 'Stepping up', cls: 'decision-progress', icon: '<path d="M12 19V5M5 12l7-7 7 7" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' },
  hold: { title: 'Holding steady', cls: 'decision-hold', icon: '<path d="M5 9h14M5 15h14" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>' },
  regress: { title: 'Stepping back', cls: 'decision-regress', icon: '<path d="M12 5v14M5 12l7 7 7-7" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' },
  'see-clinician': { title: 'See a clinician', cls: 'decision-clinician', icon: '<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M12 6.5v7" stroke="currentColor" stroke-width="3" stroke-linecap="round"/><circle cx="12" cy="17.3" r="1.7" fill="currentColor"/>' },
};

/** The decision after a check-in, with the reason. `headingLevel` fits the page it sits in. */
export function decisionBox(d: { decision: DecisionKind; reason: string; date: string }, headingLevel: 2 | 3 = 2): Html {
  const k = DECISIONS[d.decision];
  const h = raw(`h${headingLevel}`);
  return html`<div class="decision ${k.cls}" id="decision">
<svg viewBox="0 0 24 24" width="36" height="36" aria-hidden="true" focusable="false">${raw(k.icon)}</svg>
<div><${h} class="decision-title">${k.title}</${h}><p>${d.reason}</p>
${d.decision === 'see-clinician' ? html`<p><strong>Please book a physiotherapist or doctor.</strong> Stop running until you have been seen. If you have new numbness, weakness, a hot swollen calf or severe pain, get help today.</p>` : ''}
<p class="muted">Check-in for ${dateText(d.date)}.</p></div>
</div>`;
}

const valueOf = (v: CheckinValues | undefined, name: string, fallback = ''): string => {
  const x = v?.[name];
  return typeof x === 'string' ? x : fallback;
};

function scoreField(i: CheckinFormInput, name: string, label: string, hint: string, required = false): Html {
  const id = `ci-${name}`;
  const e = i.errors ?? [];
  return html`<div class="plan-score">
<label for="${id}">${label}</label>
<p class="hint" id="${id}-hint">${hint}</p>
${fieldError(e, id)}
<input id="${id}" name="${name}" type="number" min="0" max="10" step="1" inputmode="numeric" class="input-score" value="${valueOf(i.values, name)}"${raw(required ? ' required' : '')}${describedBy(e, id, `${id}-hint`)}>
</div>`;
}

const TESTS: Record<string, { name: string; label: string; score: boolean }> = {
  'pain-walking': { name: 'painWalking', label: 'Pain on the walking test (0–10)', score: true },
  'pain-hop': { name: 'painHop', label: 'Pain on the hopping test (0–10)', score: true },
  'heel-raise-count': { name: 'heelRaiseCount', label: 'Single-leg heel raises on the sore side (how many)', score: false },
};

function testField(i: CheckinFormInput, t: { measure: string; text: string }): Html {
  const spec = TESTS[t.measure];
  if (!spec) return html``;
  if (spec.score) return scoreField(i, spec.name, spec.label, `${t.text}. Leave empty if you did not test it today.`);
  const id = `ci-${spec.name}`;
  const e = i.errors ?? [];
  return html`<div class="plan-score"><label for="${id}">${spec.label}</label>
<p class="hint" id="${id}-hint">${t.text}. Leave empty if you did not test it today.</p>
${fieldError(e, id)}
<input id="${id}" name="${spec.name}" type="number" min="0" max="200" step="1" inputmode="numeric" class="input-score" value="${valueOf(i.values, spec.name)}"${describedBy(e, id, `${id}-hint`)}></div>`;
}

/** The check-in form (on today's page and on its own page). */
export function checkinForm(i: CheckinFormInput): Html {
  const e = i.errors ?? [];
  const ticked = i.values?.newFindings;
  const tickedList: readonly string[] = Array.isArray(ticked) ? ticked : typeof ticked === 'string' ? [ticked] : [];
  return html`<form method="post" action="/plan/${i.planId}/checkin" class="plan-checkin" novalidate>
<input type="hidden" name="date" value="${i.date}">
<input type="hidden" name="sessionsPlanned" value="${i.sessionsPlanned}">
<fieldset><legend>Pain today, from 0 (none) to 10 (worst)</legend>
${scoreField(i, 'painMorning', 'When you got up this morning', 'The first steps of the day.', true)}
${scoreField(i, 'painDuring', 'During exercise or running', 'Leave empty if you did neither.')}
${scoreField(i, 'painAfter', 'In the hours after', 'Leave empty if you did neither.')}
${scoreField(i, 'stiffnessMorning', 'Stiffness this morning', 'Optional.')}
</fieldset>
<div class="plan-score">
<label for="ci-done">Sessions done today (out of ${i.sessionsPlanned})</label>
${fieldError(e, 'ci-done')}
<input id="ci-done" name="sessionsDone" type="number" min="0" max="20" step="1" inputmode="numeric" class="input-score" value="${valueOf(i.values, 'sessionsDone', String(i.sessionsPlanned))}"${describedBy(e, 'ci-done')}>
</div>
${i.tests.length > 0 || i.askClearance ? html`<fieldset><legend>Tests for the next step (optional)</legend>
<p class="hint">Do these only if you feel ready; the plan moves on when they are passed for long enough.</p>
${i.tests.map((t) => testField(i, t))}
${i.askClearance ? html`<label class="choice"><input type="checkbox" name="clinicianCleared" value="yes"> A physio or doctor has cleared me to start running</label>` : ''}
</fieldset>` : ''}
${i.warningSigns.length > 0 ? html`<details class="plan-warning-signs"${raw(tickedList.length > 0 ? ' open' : '')}><summary>Anything new or worrying?</summary>
<fieldset><legend>Tick anything that is new today</legend>
${i.warningSigns.map((w) => html`<label class="choice"><input type="checkbox" name="newFindings" value="${w.id}"${raw(tickedList.includes(w.id) ? ' checked' : '')}> ${w.label}</label>`)}
</fieldset></details>` : ''}
<p><button type="submit" class="primary">Save check-in</button></p>
</form>`;
}

/** The check-in page: the latest decision (after saving) and the form. */
export function checkinPage(i: CheckinFormInput & { readonly decision?: { decision: DecisionKind; reason: string; date: string }; readonly awaitingClinician?: boolean }): Html {
  const errors = i.errors ?? [];
  return page({
    title: errors.length > 0 ? 'Error: Evening check-in' : 'Evening check-in', path: `/plan/${i.planId}/checkin`, scripts: ['/static/plan.js'],
    body: html`${PLAN_CSS}
${errorSummary(errors)}
${planNav(i.planId, 'checkin')}
<h1>Evening check-in</h1>
${i.awaitingClinician ? html`<p><a class="button" href="/plan/${i.planId}/clearance">Seen a clinician? Record it to restart your plan</a></p>` : ''}
${i.decision ? decisionBox(i.decision) : html`<p class="lead">Twenty seconds: how did today go? Your answers decide whether the plan moves on, holds or steps back.</p>`}
${i.decision ? html`<p><a class="button primary" href="/plan/${i.planId}">Back to today’s session</a></p><h2>Change tonight’s answers</h2>` : ''}
${checkinForm(i)}`,
  });
}
