/** `/training/log`: log a run or cross-training session by hand (a plain form), and the latest entries. */
import { html, raw } from 'hono/html';
import type { Actor } from '../../core/actor.ts';
import type { ActivityRecord } from '../../services/deps.ts';
import { SPORTS } from '../../services/activities.ts';
import type { ShoeView } from '../../services/shoes.ts';
import type { Html } from '../layout.ts';
import { activityList } from './training.ts';
import { errorSummary, trainingPage } from './training-parts.ts';

/** What the form sends back (strings, as typed). */
export type LogFormValues = Record<'date' | 'time' | 'sport' | 'distance' | 'hours' | 'minutes' | 'seconds' | 'rpe' | 'shoeId' | 'notes', string>;

export function blankLog(today: string): LogFormValues {
  return { date: today, time: '', sport: 'running', distance: '', hours: '0', minutes: '', seconds: '0', rpe: '', shoeId: '', notes: '' };
}

const sel = (on: boolean) => (on ? raw(' selected') : '');

export function logPage(actor: Actor, v: LogFormValues, shoes: readonly ShoeView[], recent: readonly ActivityRecord[], opts: { error?: string | null; added?: boolean } = {}): Html {
  const unit = actor.units === 'mi' ? 'miles' : 'km';
  return trainingPage({
    title: 'Log a run',
    path: '/training/log',
    body: html`<h1>Log a run or cross-training</h1>
${opts.added ? html`<p class="notice" role="status">Saved. <a href="/training">See your timeline</a></p>` : ''}
${errorSummary(opts.error ?? null)}
<form method="post" action="/training/log" class="log-form">
  <label for="date">Date</label><input type="date" id="date" name="date" value="${v.date}" required>
  <label for="time">Start time <span class="muted">(optional)</span></label><input type="time" id="time" name="time" value="${v.time}">
  <label for="sport">Type</label>
  <select id="sport" name="sport">${SPORTS.map((s) => html`<option value="${s}"${sel(v.sport === s)}>${s.replace('_', ' ')}</option>`)}</select>
  <label for="distance">Distance (${unit})</label><input type="number" id="distance" name="distance" min="0" step="0.01" inputmode="decimal" value="${v.distance}" required>
  <fieldset class="duration"><legend>Duration</legend>
    <label for="hours">Hours</label><input type="number" id="hours" name="hours" min="0" max="48" value="${v.hours}">
    <label for="minutes">Minutes</label><input type="number" id="minutes" name="minutes" min="0" max="59" value="${v.minutes}" required>
    <label for="seconds">Seconds</label><input type="number" id="seconds" name="seconds" min="0" max="59" value="${v.seconds}">
  </fieldset>
  <label for="rpe">Effort (RPE 0–10) <span class="muted">(optional)</span></label>
  <p class="hint" id="rpe-hint">0 is rest, 3 easy, 5 hard, 7 very hard, 10 the hardest you can imagine.</p>
  <input type="number" id="rpe" name="rpe" min="0" max="10" step="1" value="${v.rpe}" aria-describedby="rpe-hint">
  <label for="shoeId">Shoe</label>
  <select id="shoeId" name="shoeId"><option value="">Default for this type (or none)</option>${shoes.filter((s) => !s.retired).map((s) => html`<option value="${s.id}"${sel(v.shoeId === s.id)}>${s.name}</option>`)}</select>
  <label for="notes">Notes <span class="muted">(optional)</span></label><textarea id="notes" name="notes" maxlength="2000">${v.notes}</textarea>
  <p><button type="submit" class="primary">Save</button></p>
</form>
<section aria-labelledby="recent-h"><h2 id="recent-h">Latest entries</h2>${activityList(recent, actor)}</section>`,
  });
}
