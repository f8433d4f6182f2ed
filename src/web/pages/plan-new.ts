/**
 * `/plan/new`: the form that starts a plan (the problem, picked from the KB, and the runner's profile), and the
 * "see a clinician first" page shown instead of a plan when the problem needs one.
 * @module
 */
import { html, raw } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Condition } from '../../core/kb/schema.ts';
import { personalise } from '../../core/planner/personalise.ts';
import { parseFindingsParam } from '../../core/planner/plan-link.ts';
import { weekdays } from '../../core/planner/types.ts';
import type { DistanceUnit } from '../../core/training/units.ts';
import { page, type Html } from '../layout.ts';
import type { NewPlanValues } from './plan-new-form.ts';
import { describedBy, errorSummary, fieldError, PLAN_CSS, type FieldError } from './plan-parts.ts';

const EQUIPMENT: readonly [string, string][] = [
  ['band', 'A resistance band'], ['weights', 'Dumbbells or other weights'], ['gym', 'A gym'],
  ['foam-pad', 'A foam pad or wobble cushion'], ['ball', 'An exercise (Swiss) ball'], ['pool', 'A swimming pool'],
  ['bike', 'A bike or exercise bike'], ['elliptical', 'An elliptical (cross-trainer)'], ['anti-gravity-treadmill', 'An anti-gravity treadmill'],
];
const DAY_NAMES: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

export interface NewPlanPageInput {
  readonly kb: KnowledgeBase;
  /** Conditions a plan can be made for, sorted by name. */
  readonly conditions: readonly Condition[];
  readonly values: NewPlanValues;
  readonly errors: readonly FieldError[];
  readonly units: DistanceUnit;
  /** The condition from `?condition=` when it needs a clinician before any plan: shown first. */
  readonly blocked?: { readonly name: string; readonly message: string };
}

const checked = (on: boolean): Html => raw(on ? ' checked' : '');

function conditionField(i: NewPlanPageInput): Html {
  const e = i.errors;
  return html`<div class="field">
<label for="condition">What is the plan for?</label>
<p class="hint" id="condition-hint">Your assessment picks this for you. Not sure? <a href="/assess">Check your pain first</a>.</p>
${fieldError(e, 'condition')}
<select id="condition" name="conditionId" required${describedBy(e, 'condition', 'condition-hint')}>
<option value="">Choose a problem</option>
${i.conditions.map((c) => html`<option value="${c.id}"${raw(c.id === i.values.conditionId ? ' selected' : '')}>${c.name}${c.clinicalName !== c.name ? ` (${c.clinicalName})` : ''}</option>`)}
</select>
${i.values.advice ? html`<input type="hidden" name="advice" value="${i.values.advice}">` : ''}
${i.values.findings ? html`<input type="hidden" name="findings" value="${i.values.findings}">` : ''}
</div>`;
}

/** What the assessment's findings change in the plan, shown before it is made. */
function fromAssessment(i: NewPlanPageInput): Html {
  const advice = i.values.advice === 'stop' || i.values.advice === 'continue' ? i.values.advice : 'modify';
  const { reasons } = personalise({ conditionId: i.values.conditionId, runningAdvice: advice, redFlags: [], findings: parseFindingsParam(i.values.findings) });
  if (reasons.length === 0 && advice !== 'stop') return html``;
  return html`<section class="card" aria-labelledby="from-assessment-h"><h2 id="from-assessment-h">From your assessment</h2>
${i.values.advice === 'stop' ? html`<p>Your assessment said to stop running for now: running comes back through the walk-run steps once the readiness tests are passed.</p>` : ''}
${reasons.length > 0 ? html`<ul>${reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}</section>`;
}

function runningFields(i: NewPlanPageInput): Html {
  const e = i.errors;
  const v = i.values;
  return html`<fieldset>
<legend>Your running</legend>
<label for="weekly">Weekly distance before the pain started (${i.units})</label>
<p class="hint" id="weekly-hint">Your usual week. Leave it empty if you are not sure.</p>
${fieldError(e, 'weekly')}
<input id="weekly" name="weekly" type="number" inputmode="decimal" min="0" step="any" value="${v.weekly}" class="input-short"${describedBy(e, 'weekly', 'weekly-hint')}>
<label for="startDate">Start the plan on</label>
${fieldError(e, 'startDate')}
<input id="startDate" name="startDate" type="date" value="${v.startDate}" class="input-short"${describedBy(e, 'startDate')}>
<label for="weeks">Plan length</label>
<p class="hint" id="weeks-hint">12 weeks suits most runners; with a race 6–16 weeks away, the plan runs to the race.</p>
${fieldError(e, 'weeks')}
<select id="weeks" name="weeks" class="input-short"${describedBy(e, 'weeks', 'weeks-hint')}>
<option value="">Let Footing choose</option>
${[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((w) => html`<option value="${w}"${raw(String(w) === v.weeks ? ' selected' : '')}>${w} weeks</option>`)}
</select>
</fieldset>`;
}

function raceFields(i: NewPlanPageInput): Html {
  const e = i.errors;
  const v = i.values;
  return html`<fieldset aria-describedby="race-hint">
<legend>A race you are aiming for (optional)</legend>
<p class="hint" id="race-hint">A race date can set the plan's length. It never speeds up the safety rules: if the race comes too soon, the plan says so.</p>
<label for="raceName">Race name</label>
<input id="raceName" name="raceName" type="text" value="${v.raceName}" autocomplete="off">
<label for="raceDate">Race date</label>
${fieldError(e, 'raceDate')}
<input id="raceDate" name="raceDate" type="date" value="${v.raceDate}" class="input-short"${describedBy(e, 'raceDate')}>
<label for="raceDistance">Race distance (${i.units})</label>
${fieldError(e, 'raceDistance')}
<input id="raceDistance" name="raceDistance" type="number" inputmode="decimal" min="0" step="any" value="${v.raceDistance}" class="input-short"${describedBy(e, 'raceDistance')}>
</fieldset>`;
}

function kitFields(i: NewPlanPageInput): Html {
  const e = i.errors;
  return html`<fieldset aria-describedby="kit-hint">
<legend>What can you use?</legend>
<p class="hint" id="kit-hint">Tick everything you have. A towel, a wall, a chair and a step are assumed. Without a pool, bike or elliptical the plan cannot offer a stand-in for running.</p>
<div class="plan-choices">${EQUIPMENT.map(([value, label]) => html`<label class="choice"><input type="checkbox" name="equipment" value="${value}"${checked(i.values.equipment.includes(value))}> ${label}</label>`)}</div>
</fieldset>
<fieldset aria-describedby="days-hint${e.some((x) => x.field === 'day-mon') ? ' day-mon-error' : ''}">
<legend>Days you can train</legend>
<p class="hint" id="days-hint">Runs go on days apart; exercises fit around them.</p>
${fieldError(e, 'day-mon')}
<div class="plan-choices plan-days">${weekdays.map((d) => html`<label class="choice"><input type="checkbox" id="day-${d}" name="days" value="${d}"${checked(i.values.days.includes(d))}> ${DAY_NAMES[d] ?? d}</label>`)}</div>
</fieldset>`;
}

/** The "new plan" form (also re-shown with errors). */
export function newPlanPage(i: NewPlanPageInput): Html {
  return page({
    title: i.errors.length > 0 ? 'Error: Start a plan' : 'Start a plan', path: '/plan/new', scripts: ['/static/plan.js'],
    body: html`${PLAN_CSS}
${errorSummary(i.errors)}
<h1>Start a plan</h1>
<p class="lead">A step-by-step plan of exercises with drawings, and a return to running that moves on, holds or steps back with a 20-second check-in each evening.</p>
${i.blocked ? html`<div class="care care-doctor" role="note"><div><h2>${i.blocked.name}: see a clinician first</h2><p>${i.blocked.message}</p></div></div>` : ''}
${fromAssessment(i)}
<form method="post" action="/plan/new" class="plan-form" novalidate>
${conditionField(i)}
${runningFields(i)}
${raceFields(i)}
${kitFields(i)}
<p><button type="submit" class="primary">Make my plan</button></p>
</form>`,
  });
}

/** Shown instead of a plan when the problem needs a clinician first (nothing is stored). */
export function seeClinicianFirstPage(name: string, message: string): Html {
  return page({
    title: 'See a clinician first', path: '/plan/new',
    body: html`<h1>See a clinician before starting a plan</h1>
<div class="care care-doctor" role="note">${raw(DOCTOR_ICON)}<div><h2>${name}</h2><p>${message}</p></div></div>
<p>Footing will not build an exercise or running plan for this until a physiotherapist or doctor has seen you. If the pain is severe or getting worse quickly, get help today.</p>
<p><a class="button" href="/plan/new">Choose a different problem</a> <a class="button" href="/assess">Check my pain again</a></p>`,
  });
}

/** A stethoscope-like mark: decorative, the heading says the same in words. */
const DOCTOR_ICON = '<svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v10M7 12h10" stroke="currentColor" stroke-width="3" stroke-linecap="round"/></svg>';
