/**
 * /learn/exercises: the exercise library grouped by purpose, with drawings, filtered by body area and equipment
 * through a plain GET form (works without JavaScript; the filter lives in the address, so it can be shared).
 * @module
 */
import { html, raw } from 'hono/html';
import { renderExerciseIllustration } from '../../core/illustration/index.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Exercise } from '../../core/kb/schema.ts';
import { page, type Html } from '../layout.ts';
import { doseText } from '../learn/dose.ts';
import { equipmentKinds, equipmentOptions } from '../learn/equipment.ts';
import { BODY_AREAS, PURPOSES, bodyAreaName } from '../learn/labels.ts';

/** The library's filters; empty string means "any". */
export interface ExerciseFilter {
  area: string;
  equipment: string;
}

/** Read the filter from query values, dropping anything that is not a known option (so it never errors). */
export function parseExerciseFilter(kb: KnowledgeBase, area: string | undefined, equipment: string | undefined): ExerciseFilter {
  const areas = new Set(BODY_AREAS.map((a) => a.id));
  const kinds = new Set(equipmentOptions(kb.exercises).map((k) => k.id));
  return {
    area: area !== undefined && areas.has(area) ? area : '',
    equipment: equipment !== undefined && kinds.has(equipment) ? equipment : '',
  };
}

/** Exercises that pass the filter, in KB order. */
export function filterExercises(exercises: readonly Exercise[], f: ExerciseFilter): Exercise[] {
  return exercises.filter((x) =>
    (f.area === '' || x.bodyArea.some((a) => a === f.area)) &&
    (f.equipment === '' || equipmentKinds(x).some((k) => k.id === f.equipment)));
}

/** The end-position drawing as a thumbnail; the exercise's alt text if it cannot be drawn. */
function thumbnail(x: Exercise): Html {
  try {
    return html`<div class="learn-thumb">${raw(renderExerciseIllustration(x).end)}</div>`;
  } catch {
    return html`<p class="muted">${x.illustration.alt}</p>`;
  }
}

function card(x: Exercise): Html {
  return html`<li class="learn-card learn-exercise-card">
  ${thumbnail(x)}
  <div>
    <h3><a href="/learn/exercises/${x.id}">${x.name}</a></h3>
    <p>${x.summary}</p>
    <p class="muted">${x.bodyArea.map(bodyAreaName).join(', ')} · ${doseText(x.dosage)}</p>
  </div>
</li>`;
}

function select(id: string, label: string, current: string, options: readonly { id: string; name: string }[], anyLabel: string): Html {
  return html`<p><label for="${id}">${label}</label>
<select id="${id}" name="${id}">
  <option value=""${current === '' ? raw(' selected') : ''}>${anyLabel}</option>
  ${options.map((o) => html`<option value="${o.id}"${current === o.id ? raw(' selected') : ''}>${o.name}</option>`)}
</select></p>`;
}

function filterForm(kb: KnowledgeBase, f: ExerciseFilter): Html {
  const areas = BODY_AREAS.filter((a) => kb.exercises.some((x) => x.bodyArea.some((b) => b === a.id)));
  return html`<form class="learn-filter" method="get" action="/learn/exercises" role="search" aria-label="Filter exercises">
${select('area', 'Body area', f.area, areas, 'Any area')}
${select('equipment', 'Equipment', f.equipment, equipmentOptions(kb.exercises), 'Any equipment')}
<p class="learn-filter-actions"><button type="submit" class="primary">Show exercises</button>
${f.area !== '' || f.equipment !== '' ? html`<a href="/learn/exercises">Clear filters</a>` : ''}</p>
</form>`;
}

/** The exercise library page. */
export function exerciseLibraryPage(kb: KnowledgeBase, f: ExerciseFilter): Html {
  const shown = filterExercises(kb.exercises, f);
  const groups = PURPOSES.map((p) => ({ ...p, items: shown.filter((x) => x.purpose === p.id) })).filter((g) => g.items.length > 0);
  return page({
    title: 'Exercise library',
    path: '/learn/exercises',
    description: 'Footing’s rehab exercises for runners, with drawings, steps and dosage.',
    body: html`<link rel="stylesheet" href="/static/learn.css">
<h1>Exercise library</h1>
<p class="lead">Every exercise Footing’s plans use, with start and end drawings, steps and a usual dose. If something
hurts more than a little while you do it, stop and <a href="/assess">check your pain</a>.</p>
${filterForm(kb, f)}
<p role="status" class="learn-count"><strong>Showing ${shown.length} of ${kb.exercises.length} exercises.</strong></p>
${groups.length > 1 ? html`<nav class="learn-jump" aria-label="Jump to a group"><ul>${groups.map((g) => html`<li><a href="#purpose-${g.id}">${g.name}</a></li>`)}</ul></nav>` : ''}
${groups.length === 0 ? html`<p>No exercise matches both filters. <a href="/learn/exercises">Show every exercise</a>.</p>` : ''}
${groups.map((g) => html`<section aria-labelledby="purpose-${g.id}">
<h2 id="purpose-${g.id}">${g.name} <span class="muted learn-count-small">(${g.items.length})</span></h2>
<p>${g.blurb}</p>
<ul class="learn-cards learn-exercise-cards">${g.items.map(card)}</ul>
</section>`)}`,
  });
}
