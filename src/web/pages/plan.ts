/**
 * Plan pages: today's session (exercise drawings, sets × reps, a rest timer, the run or its stand-in, the evening
 * check-in), the week, the whole plan, and a printable handout. Pure renderers: the route passes in the plan (from
 * the plans service), the KB for the drawings and the runner's units.
 * @module
 */
import { html, raw } from 'hono/html';
import { renderExerciseIllustration } from '../../core/illustration/index.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { daySummary, doseText } from '../../core/planner/ical.ts';
import { daysBetween } from '../../core/planner/dates.ts';
import type { Plan, PlanAdjustment, PlanDay, PlannedExercise } from '../../core/planner/types.ts';
import type { DistanceUnit } from '../../core/training/units.ts';
import { page, type Html } from '../layout.ts';
import { checkinForm, decisionBox, type CheckinFormInput, type DecisionKind } from './plan-checkin.ts';
import { clearanceForm, waitingNotice, type ClearanceFormInput } from './plan-clearance.ts';
import { calendarLink, dateText, distanceText, PLAN_CSS, planNav } from './plan-parts.ts';

const SCRIPTS = ['/static/plan.js'];
const modeName = (m: string): string => m.replace(/-/g, ' ');

/** Start and end drawings of an exercise. `suffix` keeps SVG ids unique when an exercise appears twice on a page. */
function drawings(kb: KnowledgeBase, id: string, suffix = ''): Html {
  const ex = kb.exerciseById.get(id);
  if (!ex) return html``;
  try {
    const { start, end } = renderExerciseIllustration(ex);
    const unique = (svg: string): string => (suffix ? svg.replaceAll(`${ex.id}-start`, `${ex.id}-${suffix}-start`).replaceAll(`${ex.id}-end`, `${ex.id}-${suffix}-end`) : svg);
    return html`<div class="plan-figures"><figure>${raw(unique(start))}<figcaption>Start</figcaption></figure><figure>${raw(unique(end))}<figcaption>Finish</figcaption></figure></div>`;
  } catch {
    return html`<p class="plan-figure-missing">${ex.illustration.alt}</p>`;
  }
}

function exerciseCard(kb: KnowledgeBase, e: PlannedExercise, opts: { timer: boolean; suffix?: string; headingLevel?: 3 | 4 }): Html {
  const steps = kb.exerciseById.get(e.exerciseId)?.steps ?? [];
  const h = raw(`h${opts.headingLevel ?? 3}`);
  return html`<li class="plan-exercise">
  <${h}>${e.name}</${h}>
  ${drawings(kb, e.exerciseId, opts.suffix)}
  <p class="plan-dose"><strong>${doseText(e)}</strong>${e.tempo ? html` · ${e.tempo}` : ''}${e.load ? html` · ${e.load}` : ''}${!opts.timer && e.sets > 1 ? html` · rest ${e.restSeconds} s between sets` : ''}</p>
  ${steps.length > 0 ? html`<ol class="plan-steps">${steps.map((s) => html`<li>${s}</li>`)}</ol>` : ''}
  ${e.note ? html`<p class="plan-note">${e.note}</p>` : ''}
  ${opts.timer && e.sets > 1 ? html`<p class="plan-timer" data-rest="${e.restSeconds}"><span class="plan-timer-label">Rest ${e.restSeconds} seconds between sets.</span></p>` : ''}
</li>`;
}

function runText(d: PlanDay, units: DistanceUnit): string {
  if (!d.run) return '';
  const iv = d.run.intervals;
  return iv
    ? `${iv.repeats} rounds of: run ${iv.runMinutes} min, walk ${iv.walkMinutes} min (${d.run.totalMinutes} min in all; walk-run stage ${d.run.stage})`
    : `${d.run.runMinutes} minutes easy (about ${distanceText(d.run.approxKm, units)})`;
}

function runBlock(d: PlanDay, units: DistanceUnit, pausedUntil: string | null, steppedBack?: { date: string }): Html {
  if (d.run && pausedUntil && d.date && d.date <= pausedUntil) {
    return html`<section class="plan-run plan-paused" aria-labelledby="run-h"><h2 id="run-h">No running today</h2>
<p>After bone pain, running is paused until ${pausedUntil}; then the plan restarts one stage lower. Cross-training that does not hurt is fine.</p></section>`;
  }
  if (d.run) {
    return html`<section class="plan-run" aria-labelledby="run-h"><h2 id="run-h">Run</h2>
<p>${runText(d, units)}. Effort ${d.run.effort} out of 10: you can talk in full sentences.</p>
${steppedBack ? html`<p class="plan-stepped-back"><strong>Your check-in on ${dateText(steppedBack.date)} stepped back.</strong> Take it easier today: cut this run short or swap it for easy cross-training, and stop if the pain goes past your limit.</p>` : ''}
<p class="plan-rules">${d.run.rules}</p></section>`;
  }
  if (d.crossTraining) {
    const x = d.crossTraining;
    return html`<section class="plan-run" aria-labelledby="run-h"><h2 id="run-h">Instead of running</h2>
<p>${modeName(x.mode)}: ${x.minutes} minutes at effort ${x.effort} out of 10.${x.alternatives.length > 0 ? ` Or: ${x.alternatives.map(modeName).join(', ')}.` : ''}</p>
<p>${x.note}</p></section>`;
  }
  return html``;
}

/** How a check-in changed the plan, with its reason (a hold changes nothing, so it is not shown). */
function adjustmentNote(a: PlanAdjustment): Html {
  const title = { regress: 'Your plan stepped back', progress: 'Your plan moved on', resume: 'Back on track', hold: 'Your plan holds', 'see-clinician': 'Your plan is paused' }[a.decision];
  return html`<section class="plan-adjustment" aria-labelledby="adjust-h"><h2 id="adjust-h">${title}</h2>
<p>${a.decision === 'resume' ? html`On ${dateText(a.date)}` : html`After your check-in on ${dateText(a.date)}`}: ${a.reason}</p>
${a.note ? html`<p>Your note: “${a.note}”</p>` : ''}
${a.changes.length > 0 ? html`<ul>${a.changes.map((c) => html`<li>${c}</li>`)}</ul>` : ''}</section>`;
}

/** The latest check-in that changed the plan within the last week, up to `today`. */
export function recentAdjustment(plan: Plan, today: string): PlanAdjustment | undefined {
  return plan.adjustments?.filter((a) => a.decision !== 'hold' && a.date <= today && daysBetween(a.date, today) <= 7).at(-1);
}

const dayLabel = (d: PlanDay): Html => (d.date ? dateText(d.date) : html`Day ${d.day}`);

/** The day to show for `today`: the matching day, else the first day (plan not started) or null (plan over). */
export function dayFor(plan: Plan, today: string): { day: PlanDay | null; when: 'today' | 'not-started' | 'finished' } {
  const d = plan.days.find((x) => x.date === today);
  if (d) return { day: d, when: 'today' };
  const first = plan.days[0];
  if (first?.date && today < first.date) return { day: first, when: 'not-started' };
  return { day: null, when: 'finished' };
}

/** Sessions the runner can tick off on a day: the exercises, and the run or its stand-in. */
export function sessionsOn(d: PlanDay | null): number {
  if (!d) return 0;
  return (d.exercises.length > 0 ? 1 : 0) + (d.run || d.crossTraining ? 1 : 0);
}

export interface TodayInput {
  readonly kb: KnowledgeBase;
  readonly planId: string;
  readonly plan: Plan;
  readonly today: string;
  readonly units: DistanceUnit;
  readonly status: string;
  readonly pausedUntil: string | null;
  /** Tonight's check-in decision, when already saved. */
  readonly decision?: { decision: DecisionKind; reason: string; date: string };
  /** The latest check-in, when it stepped back within the last two days (the run is eased). */
  readonly steppedBack?: { readonly date: string };
  /** The check-in form, unless the plan says see a clinician. */
  readonly checkin: Omit<CheckinFormInput, 'planId' | 'date' | 'sessionsPlanned'>;
  /** While the plan waits for a clinician: the "seen a clinician?" form in place of the check-in. */
  readonly clearance?: ClearanceFormInput;
}

/** Today's session. */
export function planTodayPage(i: TodayInput): Html {
  const { plan, planId } = i;
  const { day: d, when } = dayFor(plan, i.today);
  const phase = plan.phases.find((p) => p.id === d?.phaseId);
  const adjusted = recentAdjustment(plan, i.today);
  return page({
    title: 'Today’s session', path: `/plan/${planId}`, scripts: SCRIPTS,
    body: html`${PLAN_CSS}${planNav(planId, 'today')}
<h1>${when === 'not-started' ? 'Your first session' : 'Today’s session'}</h1>
<p class="lead">${plan.protocolName}${d ? html` · ${dayLabel(d)}` : ''}${phase && d ? html` · ${phase.name}, week ${d.week} of ${plan.weeks}` : ''}</p>
${i.clearance ? waitingNotice(i.clearance) : i.status === 'see-clinician' ? html`<div class="care care-doctor" role="note"><div><h2>Time to see a clinician</h2><p>Your check-ins say this plan should not carry on until a physiotherapist or doctor has seen you. Stop running until then; gentle exercises that do not hurt are fine.</p></div></div>` : ''}
${i.clearance && when !== 'finished' ? clearanceForm(i.clearance) : ''}
${i.decision ? html`<section aria-labelledby="tonight-h"><h2 id="tonight-h">Tonight’s check-in</h2>${decisionBox(i.decision, 3)}</section>` : ''}
${adjusted ? adjustmentNote(adjusted) : ''}
${when === 'not-started' ? html`<p>Your plan starts on ${d?.date ? dateText(d.date) : ''}. This is what the first day looks like.</p>` : ''}
${when === 'finished' ? html`<p>You have reached the end of this plan. If you are back to your usual running without pain, well done. If pain is still holding you back, see a physiotherapist. <a href="/plan/new">Start a new plan</a>.</p>` : ''}
${d && d.exercises.length > 0 ? html`<section aria-labelledby="ex-h"><h2 id="ex-h">Exercises</h2><ol class="plan-exercises">${d.exercises.map((e) => exerciseCard(i.kb, e, { timer: true }))}</ol></section>` : d ? html`<p>No exercises today: a rest day for your legs.</p>` : ''}
${d ? runBlock(d, i.units, i.pausedUntil, i.steppedBack) : ''}
<section aria-labelledby="rules-h"><h2 id="rules-h">Your pain rules</h2><p>${plan.painRules}</p></section>
${i.status === 'see-clinician' || when !== 'today' || !d ? '' : html`<section aria-labelledby="checkin-h"><h2 id="checkin-h">Evening check-in</h2>
${checkinForm({ ...i.checkin, planId, date: i.today, sessionsPlanned: sessionsOn(d) })}</section>`}
${calendarLink(planId)}`,
  });
}

/** One week: `week` (1-based), or the week containing `today`. */
export function planWeekPage(planId: string, plan: Plan, today: string, units: DistanceUnit, week?: number): Html {
  const current = week ?? plan.days.find((x) => x.date === today)?.week ?? 1;
  const days = plan.days.filter((x) => x.week === current);
  const phase = plan.phases.find((p) => p.id === days[0]?.phaseId);
  return page({
    title: `Week ${current}`, path: `/plan/${planId}/week`,
    body: html`${PLAN_CSS}${planNav(planId, 'week')}
<h1>Week ${current} of ${plan.weeks}</h1>
${phase ? html`<p class="lead">${phase.name}: ${phase.goal}</p>` : ''}
<ul class="plan-week">${days.map((d) => html`<li class="plan-week-day${d.date === today ? ' is-today' : ''}"><h2>${dayLabel(d)}${d.date === today ? html` <span class="tag">Today</span>` : ''}</h2>
${d.rest ? html`<p>Rest</p>` : html`<ul>${d.exercises.map((e) => html`<li>${e.name}: ${doseText(e)}</li>`)}
${d.run ? html`<li><strong>Run:</strong> ${runText(d, units)}</li>` : ''}
${d.crossTraining ? html`<li><strong>Instead of running:</strong> ${modeName(d.crossTraining.mode)} ${d.crossTraining.minutes} min</li>` : ''}</ul>`}</li>`)}</ul>
<nav class="plan-pager" aria-label="Weeks"><ul>
${current > 1 ? html`<li><a href="/plan/${planId}/week?week=${current - 1}">Week ${current - 1}</a></li>` : ''}
${current < plan.weeks ? html`<li><a href="/plan/${planId}/week?week=${current + 1}">Week ${current + 1}</a></li>` : ''}
</ul></nav>`,
  });
}

function phaseList(plan: Plan): Html {
  return html`<ol class="plan-phases">${plan.phases.map((p) => html`<li><h3>${p.name} <span class="plan-weeks">(weeks ${p.startWeek}–${p.startWeek + p.weeks - 1})</span></h3>
<p>${p.goal}</p><p><strong>Move on when:</strong> ${p.exit.join('; ')}</p></li>`)}</ol>`;
}

/** The whole plan: phases, personal notes, rules and the week-by-week running. */
export function planOverviewPage(planId: string, plan: Plan): Html {
  return page({
    title: 'Whole plan', path: `/plan/${planId}/all`,
    body: html`${PLAN_CSS}${planNav(planId, 'all')}
<h1>${plan.protocolName}</h1>
<p class="lead">${plan.weeks} weeks${plan.startDate ? html` from ${dateText(plan.startDate, false)}` : ''}.</p>
${calendarLink(planId)}
${plan.personalisation.length > 0 ? html`<h2>Made for you</h2><ul>${plan.personalisation.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${plan.cautions.length > 0 ? html`<div class="plan-cautions" role="note"><h2>Please note</h2><ul>${plan.cautions.map((c) => html`<li>${c}</li>`)}</ul></div>` : ''}
<h2>Phases</h2>
${phaseList(plan)}
<h2>Running, week by week</h2>
<div class="table-scroll"><table class="plan-table"><caption>Planned running minutes per week (a stand-in such as cycling fills run days while running is paused)</caption>
<thead><tr><th scope="col">Week</th><th scope="col">Phase</th><th scope="col">Running (min)</th></tr></thead>
<tbody>${plan.weekly.map((w) => html`<tr><th scope="row"><a href="/plan/${planId}/week?week=${w.week}">${w.week}</a></th><td>${plan.phases.find((p) => p.id === w.phaseId)?.name ?? w.phaseId}</td><td>${w.runMinutes}</td></tr>`)}</tbody></table></div>
${plan.race ? html`<h2>Your race</h2><p>${plan.race.message}</p>` : ''}
<h2>Rules that never change</h2><ul>${plan.runningRules.map((r) => html`<li>${r}</li>`)}</ul>
${plan.readiness.length > 0 ? html`<p>Running starts again only after: ${plan.readiness.join('; ')}.</p>` : ''}
<p class="muted">Sources: ${plan.sources.join(', ')}. <a href="/about">About Footing's sources</a>.</p>`,
  });
}

/** A printable handout: every phase with its exercises, drawings and doses (print stylesheet). */
export function planHandoutPage(kb: KnowledgeBase, planId: string, plan: Plan): Html {
  const byPhase = plan.phases.map((p) => {
    const seen = new Map<string, PlannedExercise>();
    for (const d of plan.days) if (d.phaseId === p.id) for (const e of d.exercises) if (!seen.has(e.exerciseId)) seen.set(e.exerciseId, e);
    return { phase: p, exercises: [...seen.values()] };
  });
  const firstRun = plan.days.find((d) => d.run);
  return page({
    title: 'Plan handout', path: `/plan/${planId}/handout`,
    body: html`${PLAN_CSS}<link rel="stylesheet" href="/static/plan-print.css" media="print">${planNav(planId, 'handout')}
<h1>${plan.protocolName}</h1>
<p class="lead">${plan.weeks}-week plan${plan.startDate ? html` from ${dateText(plan.startDate, false)}` : ''}.</p>
<p class="no-print"><strong>To print:</strong> use your browser's Print command; navigation is left off the paper.</p>
<h2>Your pain rules</h2><p>${plan.painRules}</p>
${byPhase.map(({ phase, exercises }, pi) => html`<section class="handout-phase" aria-labelledby="phase-${pi}"><h2 id="phase-${pi}">${phase.name} (weeks ${phase.startWeek}–${phase.startWeek + phase.weeks - 1})</h2>
<p>${phase.goal}</p><ol class="plan-exercises">${exercises.map((e) => exerciseCard(kb, e, { timer: false, suffix: `p${pi}` }))}</ol>
<p><strong>Move on when:</strong> ${phase.exit.join('; ')}</p></section>`)}
${firstRun ? html`<h2>Running</h2><p>First run: ${daySummary(firstRun)}. ${plan.runningRules.join(' ')}</p>` : ''}
<p class="muted">Footing is not a diagnosis. Sources: ${plan.sources.join(', ')}.</p>`,
  });
}
