/** `/training`: the timeline (weekly distance, pain, spikes), this week's flags with their sources, recent runs. */
import { html } from 'hono/html';
import type { Actor } from '../../core/actor.ts';
import type { TrainingFlag } from '../../core/training/types.ts';
import { formatDistance, formatDuration } from '../../core/training/units.ts';
import type { ActivityRecord } from '../../services/deps.ts';
import type { TrainingOverview } from '../../services/activities.ts';
import type { Html } from '../layout.ts';
import { shortDate, timelineFigure } from './timeline.ts';
import { trainingPage, unitsForm } from './training-parts.ts';

const LEVEL_LABEL = { warning: 'Warning', caution: 'Caution', info: 'For information' } as const;

/** One flag: level in words, what it means, and where the rule comes from. */
export function flagItem(f: TrainingFlag): Html {
  return html`<li class="flag flag-${f.level}">
  <p class="flag-title"><span class="flag-level">${LEVEL_LABEL[f.level]}:</span> ${f.title} <span class="muted">(${shortDate(f.date)})</span></p>
  <p>${f.explanation}</p>
  <p class="source">Source: ${f.source.text} <span class="tag">${f.source.id}</span></p>
</li>`;
}

/** A short list of activities. */
export function activityList(acts: readonly ActivityRecord[], actor: Actor): Html {
  if (acts.length === 0) return html`<p>No activities yet. <a href="/training/import">Import your watch files or Strava export</a> or <a href="/training/log">log a run</a>.</p>`;
  // On a narrow screen the table scrolls sideways: the wrapper is focusable so keyboard users can scroll it too.
  return html`<div class="table-scroll" role="region" aria-labelledby="recent-caption" tabindex="0"><table class="activities">
  <caption id="recent-caption">Recent activities</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Activity</th><th scope="col">Distance</th><th scope="col">Time</th><th scope="col">Effort</th></tr></thead>
  <tbody>${acts.map((a) => html`<tr><td>${a.localDate}</td><td>${a.name ?? a.sport.replace('_', ' ')}</td><td>${formatDistance(a.distanceMeters, actor.units, 2)}</td><td>${formatDuration(a.elapsedSeconds)}</td><td>${a.rpe === null ? '–' : `RPE ${a.rpe}`}</td></tr>`)}</tbody>
</table></div>`;
}

/** The whole page. */
export function trainingOverviewPage(actor: Actor, o: TrainingOverview, recent: readonly ActivityRecord[]): Html {
  const thisWeek = o.weeks.at(-1);
  return trainingPage({
    title: 'Training log',
    path: '/training',
    body: html`<h1>Your training</h1>
<p class="lead">${thisWeek ? `This week: ${formatDistance(thisWeek.runDistanceMeters, actor.units)} of running.` : ''} Weekly distance with your pain over it, so you and your physio can see how load and pain move together.</p>
${o.activityCount === 0 ? html`<p class="card">Nothing here yet. <a class="button primary" href="/training/import">Import runs</a> <a class="button" href="/training/log">Log a run</a></p>` : ''}
<section aria-labelledby="tl-h"><h2 id="tl-h">Last ${o.weeks.length} weeks</h2>${timelineFigure(o.weeks, actor.units)}</section>
<section aria-labelledby="flags-h">
  <h2 id="flags-h">This week</h2>
  ${o.flags.length === 0 ? html`<p>Nothing to flag this week.</p>` : html`<ul class="flags">${o.flags.map(flagItem)}</ul>`}
  <p class="hint">These are prompts, not a diagnosis. Pain that is getting worse, pain at rest or at night, or pain that makes you limp is a reason to see a physiotherapist or doctor.</p>
</section>
${o.spikes.length > 0 ? html`<section aria-labelledby="spikes-h"><h2 id="spikes-h">Run spikes in these weeks</h2><ul class="flags">${o.spikes.slice(0, 10).map(flagItem)}</ul></section>` : ''}
<section aria-labelledby="recent-h"><h2 id="recent-h">Recent</h2>${activityList(recent, actor)}</section>
${unitsForm(actor.units, '/training', o.timeZone)}`,
  });
}
