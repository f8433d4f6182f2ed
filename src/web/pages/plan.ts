/**
 * Plan pages: today's session (exercise drawings, sets × reps, a rest timer, the run or its stand-in and the
 * evening check-in form), the week, the whole plan, and a printable handout. Pure renderers: the route passes in
 * the plan (from the plans service) and the KB for the drawings.
 * @module
 */
import { html, raw } from 'hono/html';
import { renderExerciseIllustration } from '../../core/illustration/index.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { doseText } from '../../core/planner/ical.ts';
import type { Plan, PlanDay, PlannedExercise } from '../../core/planner/types.ts';
import { page, type Html } from '../layout.ts';

const SCRIPTS = ['/static/plan.js'];
const CSS = html`<link rel="stylesheet" href="/static/plan.css">`;

/** Start and end drawings of an exercise; nothing if the KB has no valid pose for it. */
function drawings(kb: KnowledgeBase, id: string): Html {
  const ex = kb.exerciseById.get(id);
  if (!ex) return html``;
  try {
    const { start, end } = renderExerciseIllustration(ex);
    return html`<div class="plan-figures">${raw(start)}${raw(end)}</div>`;
  } catch {
    return html`<p class="plan-figure-missing">${ex.illustration.alt}</p>`;
  }
}

function exerciseCard(kb: KnowledgeBase, e: PlannedExercise, withTimer: boolean): Html {
  const steps = kb.exerciseById.get(e.exerciseId)?.steps ?? [];
  return html`<li class="plan-exercise">
  <h3>${e.name}</h3>
  ${drawings(kb, e.exerciseId)}
  <p class="plan-dose"><strong>${doseText(e)}</strong>${e.tempo ? html` · ${e.tempo}` : ''}${e.load ? html` · ${e.load}` : ''} · rest ${e.restSeconds} s</p>
  ${steps.length > 0 ? html`<ol class="plan-steps">${steps.map((s) => html`<li>${s}</li>`)}</ol>` : ''}
  ${e.note ? html`<p class="plan-note">${e.note}</p>` : ''}
  ${withTimer ? html`<p class="plan-timer" data-rest="${e.restSeconds}"><span class="plan-timer-label">Rest between sets: ${e.restSeconds} seconds.</span></p>` : ''}
</li>`;
}

function runBlock(d: PlanDay): Html {
  if (d.run) {
    const iv = d.run.intervals;
    return html`<section class="plan-run" aria-labelledby="run-${d.day}"><h2 id="run-${d.day}">Run</h2>
<p>${iv ? `${iv.repeats} rounds of: run ${iv.runMinutes} min, walk ${iv.walkMinutes} min (${d.run.totalMinutes} min in all)` : `${d.run.runMinutes} minutes, easy (about ${d.run.approxKm} km)`}. Effort ${d.run.effort} out of 10.</p>
<p class="plan-rules">${d.run.rules}</p></section>`;
  }
  if (d.crossTraining) {
    const x = d.crossTraining;
    return html`<section class="plan-run" aria-labelledby="cross-${d.day}"><h2 id="cross-${d.day}">Instead of running</h2>
<p>${x.mode.replace(/-/g, ' ')}: ${x.minutes} minutes at effort ${x.effort} out of 10.${x.alternatives.length > 0 ? ` Or: ${x.alternatives.map((m) => m.replace(/-/g, ' ')).join(', ')}.` : ''}</p>
<p>${x.note}</p></section>`;
  }
  return html``;
}

const dayLabel = (d: PlanDay): string => (d.date ? `${d.weekday ?? ''} ${d.date}`.trim() : `Day ${d.day}`);

function checkinForm(planId: string, date: string): Html {
  const field = (name: string, label: string) => html`<p><label for="ci-${name}">${label}</label>
<input id="ci-${name}" name="${name}" type="number" min="0" max="10" step="1" inputmode="numeric"></p>`;
  return html`<section aria-labelledby="checkin-h"><h2 id="checkin-h">Evening check-in</h2>
<form method="post" action="/plan/${planId}/checkin" class="plan-checkin">
<input type="hidden" name="date" value="${date}">
${field('painMorning', 'Pain when you got up this morning (0–10)')}
${field('painDuring', 'Worst pain during exercise or running today (0–10)')}
${field('painAfter', 'Pain in the hours after (0–10)')}
${field('stiffnessMorning', 'Stiffness this morning (0–10)')}
<p><label for="ci-done">Sessions done today</label> <input id="ci-done" name="sessionsDone" type="number" min="0" max="5" value="1"></p>
<input type="hidden" name="sessionsPlanned" value="1">
<p><button type="submit">Save check-in</button></p>
</form></section>`;
}

/** Today's session. */
export function planTodayPage(kb: KnowledgeBase, planId: string, plan: Plan, today: string): Html {
  const d = plan.days.find((x) => x.date === today) ?? plan.days[0];
  const phase = plan.phases.find((p) => p.id === d?.phaseId);
  return page({
    title: 'Today’s session', path: `/plan/${planId}`, scripts: SCRIPTS,
    body: html`${CSS}<h1>Today’s session</h1>
<p class="lead">${d ? dayLabel(d) : ''}${phase ? html` · ${phase.name} (week ${d?.week ?? 1} of ${plan.weeks})` : ''}</p>
<p><a href="/plan/${planId}/week">This week</a> · <a href="/plan/${planId}/all">Whole plan</a> · <a href="/plan/${planId}/handout">Printable handout</a> · <a href="/api/v1/plans/${planId}/calendar.ics">Add to calendar</a></p>
${d && d.exercises.length > 0 ? html`<h2>Exercises</h2><ol class="plan-exercises">${d.exercises.map((e) => exerciseCard(kb, e, true))}</ol>` : html`<p>No exercises today: a rest day.</p>`}
${d ? runBlock(d) : ''}
<section aria-labelledby="rules-h"><h2 id="rules-h">Your pain rules</h2><p>${plan.painRules}</p></section>
${checkinForm(planId, d?.date ?? today)}`,
  });
}

/** The week containing `today`. */
export function planWeekPage(planId: string, plan: Plan, today: string): Html {
  const current = plan.days.find((x) => x.date === today)?.week ?? 1;
  const days = plan.days.filter((x) => x.week === current);
  return page({
    title: `Week ${current}`, path: `/plan/${planId}/week`,
    body: html`${CSS}<h1>Week ${current} of ${plan.weeks}</h1>
<ul class="plan-week">${days.map((d) => html`<li><h2>${dayLabel(d)}</h2>${d.rest ? html`<p>Rest</p>` : html`<ul>${d.exercises.map((e) => html`<li>${e.name}: ${doseText(e)}</li>`)}${d.run ? html`<li>Run: ${d.run.intervals ? `walk-run stage ${d.run.stage}` : `${d.run.runMinutes} min easy`}</li>` : ''}${d.crossTraining ? html`<li>${d.crossTraining.mode.replace(/-/g, ' ')} ${d.crossTraining.minutes} min</li>` : ''}</ul>`}</li>`)}</ul>
<p><a href="/plan/${planId}">Back to today</a></p>`,
  });
}

function phaseList(plan: Plan): Html {
  return html`<ol class="plan-phases">${plan.phases.map((p) => html`<li><h2>${p.name} <span class="plan-weeks">(weeks ${p.startWeek}–${p.startWeek + p.weeks - 1})</span></h2>
<p>${p.goal}</p><p><strong>Move on when:</strong> ${p.exit.join('; ')}</p></li>`)}</ol>`;
}

/** The whole plan: phases, personal notes, rules and the week-by-week running. */
export function planOverviewPage(planId: string, plan: Plan): Html {
  return page({
    title: 'My plan', path: `/plan/${planId}/all`,
    body: html`${CSS}<h1>${plan.protocolName}</h1>
<p class="lead">${plan.weeks} weeks${plan.startDate ? ` from ${plan.startDate}` : ''}.</p>
${plan.personalisation.length > 0 ? html`<h2>Made for you</h2><ul>${plan.personalisation.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${plan.cautions.length > 0 ? html`<div class="plan-cautions" role="note"><h2>Please note</h2><ul>${plan.cautions.map((c) => html`<li>${c}</li>`)}</ul></div>` : ''}
${phaseList(plan)}
<h2>Running, week by week</h2>
<table class="plan-table"><caption>Planned running minutes per week</caption><thead><tr><th scope="col">Week</th><th scope="col">Phase</th><th scope="col">Running (min)</th></tr></thead>
<tbody>${plan.weekly.map((w) => html`<tr><td>${w.week}</td><td>${plan.phases.find((p) => p.id === w.phaseId)?.name ?? w.phaseId}</td><td>${w.runMinutes}</td></tr>`)}</tbody></table>
${plan.race ? html`<h2>Your race</h2><p>${plan.race.message}</p>` : ''}
<h2>Rules that never change</h2><ul>${plan.runningRules.map((r) => html`<li>${r}</li>`)}</ul>
<p>Running starts again only after: ${plan.readiness.join('; ')}.</p>`,
  });
}

/** A printable handout: every phase with its exercises, drawings and doses (print stylesheet). */
export function planHandoutPage(kb: KnowledgeBase, planId: string, plan: Plan): Html {
  const byPhase = plan.phases.map((p) => {
    const seen = new Map<string, PlannedExercise>();
    for (const d of plan.days) if (d.phaseId === p.id) for (const e of d.exercises) if (!seen.has(e.exerciseId)) seen.set(e.exerciseId, e);
    return { phase: p, exercises: [...seen.values()] };
  });
  return page({
    title: 'Plan handout', path: `/plan/${planId}/handout`,
    body: html`${CSS}<link rel="stylesheet" href="/static/plan-print.css" media="print">
<h1>${plan.protocolName}</h1>
<p class="lead">${plan.weeks}-week plan. ${plan.painRules}</p>
${byPhase.map(({ phase, exercises }) => html`<section class="handout-phase"><h2>${phase.name} (weeks ${phase.startWeek}–${phase.startWeek + phase.weeks - 1})</h2>
<p>${phase.goal}</p><ol class="plan-exercises">${exercises.map((e) => exerciseCard(kb, e, false))}</ol>
<p><strong>Move on when:</strong> ${phase.exit.join('; ')}</p></section>`)}
<p class="no-print"><a href="/plan/${planId}">Back to today</a></p>`,
  });
}
