/** `/training/pain`: the pain diary form (0–10 scores, stiffness, a note) and recent entries with that day's runs. */
import { html } from 'hono/html';
import type { Actor } from '../../core/actor.ts';
import { formatDistance } from '../../core/training/units.ts';
import type { PainDay, PainGuidance } from '../../services/pain-diary.ts';
import type { Html } from '../layout.ts';
import { errorSummary, trainingPage } from './training-parts.ts';

export type PainFormValues = Record<'date' | 'painDuring' | 'painAfter' | 'painNextMorning' | 'stiffness' | 'note', string>;

export function blankPain(today: string): PainFormValues {
  return { date: today, painDuring: '', painAfter: '', painNextMorning: '', stiffness: '', note: '' };
}

const FIELDS = [
  ['painDuring', 'Pain during running', 'The worst it got while you ran.'],
  ['painAfter', 'Pain after running', 'Later the same day.'],
  ['painNextMorning', 'Pain the next morning', 'On your first steps out of bed.'],
  ['stiffness', 'Morning stiffness', '0 is none, 10 is so stiff you can hardly walk.'],
] as const;

const GUIDANCE_LABEL = { ok: 'Within limits', caution: 'Ease off', 'see-clinician': 'Get it checked' } as const;

function guidanceBox(g: PainGuidance): Html {
  return html`<div class="guidance guidance-${g.level}" role="status"><p><strong>${GUIDANCE_LABEL[g.level]}:</strong> ${g.message}${g.source ? html` <span class="tag">${g.source}</span>` : html` <span class="muted">(our judgement)</span>`}</p></div>`;
}

const s = (v: number | null): string => (v === null ? '–' : `${v}/10`);

export function painPage(actor: Actor, v: PainFormValues, days: readonly PainDay[], opts: { error?: string | null; guidance?: PainGuidance | null } = {}): Html {
  return trainingPage({
    title: 'Pain diary',
    path: '/training/pain',
    body: html`<h1>Pain diary</h1>
<p class="lead">A few numbers a day show how your pain responds to your running. Leave out what you did not notice.</p>
${opts.guidance ? guidanceBox(opts.guidance) : ''}
${errorSummary(opts.error ?? null)}
<form method="post" action="/training/pain" class="pain-form">
  <label for="date">Date</label><input type="date" id="date" name="date" value="${v.date}" required>
  ${FIELDS.map(([name, label, hint]) => html`<label for="${name}">${label} (0–10)</label><p class="hint" id="${name}-hint">${hint}</p><input type="number" id="${name}" name="${name}" min="0" max="10" step="1" inputmode="numeric" value="${v[name]}" aria-describedby="${name}-hint">`)}
  <label for="note">Note <span class="muted">(where it hurt, what helped)</span></label><textarea id="note" name="note" maxlength="2000">${v.note}</textarea>
  <p><button type="submit" class="primary">Save today’s entry</button></p>
</form>
<section aria-labelledby="entries-h">
  <h2 id="entries-h">Recent entries</h2>
  ${days.length === 0 ? html`<p>No entries yet.</p>` : html`<table>
    <caption>Pain by day, with that day’s activities</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">During</th><th scope="col">After</th><th scope="col">Next morning</th><th scope="col">Stiffness</th><th scope="col">Activities</th><th scope="col">Note</th></tr></thead>
    <tbody>${days.map((d) => html`<tr><th scope="row">${d.date}</th><td>${s(d.painDuring)}</td><td>${s(d.painAfter)}</td><td>${s(d.painNextMorning)}</td><td>${s(d.stiffness)}</td><td>${d.activities.length === 0 ? '–' : d.activities.map((a) => `${a.sport.replace('_', ' ')} ${formatDistance(a.distanceMeters, actor.units)}`).join(', ')}</td><td>${d.note ?? ''}</td></tr>`)}</tbody>
  </table>`}
</section>`,
  });
}
