/** `/training/shoes`: each pair with a wear bar (distance against its check distance), add, retire, default. */
import { html, raw } from 'hono/html';
import type { Actor } from '../../core/actor.ts';
import { formatDistance, toUnit } from '../../core/training/units.ts';
import { SHOE_SPORTS, type ShoeView } from '../../services/shoes.ts';
import type { Html } from '../layout.ts';
import { errorSummary, trainingPage, unitsForm } from './training-parts.ts';

function shoeCard(s: ShoeView, actor: Actor): Html {
  const pct = Math.min(100, Math.round(s.wearFraction * 100));
  return html`<li class="card shoe${s.retired ? ' retired' : ''}">
  <h3>${s.name}${s.brand ? html` <span class="muted">${s.brand}</span>` : ''}</h3>
  <p>${s.retired ? html`<span class="tag">Retired</span> ` : ''}${s.defaultFor ? html`<span class="tag">Default for ${s.defaultFor.replace('_', ' ')}</span> ` : ''}${s.activities} activities${s.lastUsed ? `, last ${s.lastUsed.slice(0, 10)}` : ''}</p>
  <p id="wear-${s.id}">${formatDistance(s.distanceMeters, actor.units, 0)} of ${formatDistance(s.alertDistanceMeters, actor.units, 0)} (${Math.round(s.wearFraction * 100)}%)</p>
  <div class="bar${s.wearAlert ? ' warn' : ''}" role="img" aria-labelledby="wear-${s.id}"><span style="width:${pct}%"></span></div>
  ${s.wearMessage ? html`<p class="wear-alert"><strong>Time to look at this pair:</strong> ${s.wearMessage}</p>` : ''}
  <form method="post" action="/training/shoes/${s.id}" class="shoe-actions">
    ${s.retired
      ? html`<button type="submit" name="action" value="unretire" class="secondary">Back in use</button>`
      : html`<button type="submit" name="action" value="retire" class="secondary">Retire (keeps its history)</button>
    <label for="def-${s.id}">Default for</label>
    <select id="def-${s.id}" name="defaultFor"><option value="">none</option>${SHOE_SPORTS.map((sp) => html`<option value="${sp}"${s.defaultFor === sp ? raw(' selected') : ''}>${sp.replace('_', ' ')}</option>`)}</select>
    <button type="submit" name="action" value="default" class="secondary">Set default</button>`}
  </form>
</li>`;
}

export function shoesPage(actor: Actor, shoes: readonly ShoeView[], opts: { error?: string | null } = {}): Html {
  const unit = actor.units === 'mi' ? 'miles' : 'km';
  return trainingPage({
    title: 'Shoes',
    path: '/training/shoes',
    body: html`<h1>Shoes</h1>
<p class="lead">How far each pair has gone. Past its check distance, Footing suggests you look at it — worn shoes are a judgement call, not a number.</p>
${errorSummary(opts.error ?? null)}
${shoes.length === 0 ? html`<p>No shoes yet. Add a pair below, or import a Strava export (its gear becomes shoes).</p>` : html`<ul class="cards shoes">${shoes.map((s) => shoeCard(s, actor))}</ul>`}
<form method="post" action="/training/shoes" class="shoe-form">
  <fieldset><legend>Add a pair</legend>
    <label for="name">Name</label><input type="text" id="name" name="name" maxlength="80" required>
    <label for="brand">Brand <span class="muted">(optional)</span></label><input type="text" id="brand" name="brand" maxlength="80">
    <label for="start">Distance already run in them (${unit})</label><input type="number" id="start" name="start" min="0" step="1" value="0">
    <label for="alert">Remind me to check them at (${unit})</label><input type="number" id="alert" name="alert" min="1" step="1" value="${Math.round(toUnit(800_000, actor.units))}">
    <label for="defaultFor">Default for</label>
    <select id="defaultFor" name="defaultFor"><option value="">none</option>${SHOE_SPORTS.map((sp) => html`<option value="${sp}">${sp.replace('_', ' ')}</option>`)}</select>
    <p><button type="submit" class="primary">Add shoe</button></p>
  </fieldset>
</form>
${unitsForm(actor.units, '/training/shoes')}`,
  });
}
