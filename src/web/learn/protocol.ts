/**
 * A condition's rehab protocol on its Learn page: the phases and the exercises in each, linked to the exercise
 * library. A `medical-first` protocol shows its clinician note instead of exercises.
 * @module
 */
import { html } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { PersonalisationTag, Prescription, Protocol } from '../../core/kb/protocol-schema.ts';
import type { Html } from '../layout.ts';
import { doseText } from './dose.ts';

/** When a personalised exercise is added, in words that do not assume the reader's own results. */
const TAG_WORDS: Readonly<Record<PersonalisationTag, string>> = {
  'mobility-deficit': 'the ankle bends less on the sore side (knee-to-wall test)',
  'calf-weak': 'single-leg heel raises are weak or not possible',
  'calf-painful': 'heel raises are painful',
  'hip-signs': 'the hip looks like part of the problem',
  'balance-deficit': 'balance on one leg is unsteady',
};

/** The note after an exercise: who it is for, which alternative it is, or the author's note. */
function prescriptionNote(x: Prescription): string {
  const parts: string[] = [];
  if (x.onlyIf) parts.push(`only if ${TAG_WORDS[x.onlyIf]}`);
  if (x.unless) parts.push(`left out if ${TAG_WORDS[x.unless]}`);
  if (x.group && x.option) parts.push(`one of the alternatives (${x.option.replace(/-/g, ' ')})`);
  if (parts.length === 0 && x.note) parts.push(x.note);
  return parts.join('; ');
}

/** Exercises a protocol uses, once each, in the order they first appear. */
export function protocolExerciseIds(p: Protocol): string[] {
  return [...new Set(p.phases.flatMap((ph) => ph.exercises.map((x) => x.exerciseId)))];
}

/** The "Exercises that help" section for a condition. */
export function protocolSection(kb: KnowledgeBase, protocolId: string): Html {
  const p = kb.protocolById.get(protocolId);
  if (!p) return html``;
  if (p.phases.length === 0) {
    return html`<section aria-labelledby="exercises-h"><h2 id="exercises-h">Exercises</h2>
<p>${p.clinicianNote ?? p.summary}</p></section>`;
  }
  return html`<section aria-labelledby="exercises-h"><h2 id="exercises-h">Exercises that help</h2>
<p>${p.summary}</p>
${p.clinicianNote ? html`<p class="learn-note">${p.clinicianNote}</p>` : ''}
<p>Footing’s plan (<em>${p.name}</em>) moves through these stages as your pain allows. <a href="/assess">Check your pain</a> to get a plan that adapts to you.</p>
<ol class="learn-phases">${p.phases.map((ph) => html`<li>
  <h3>${ph.name}</h3>
  <p>${ph.goal} <span class="muted">(usually about ${ph.weeks.typical} week${ph.weeks.typical === 1 ? '' : 's'})</span></p>
  <ul>${ph.exercises.map((x) => {
    const ex = kb.exerciseById.get(x.exerciseId);
    const note = prescriptionNote(x);
    return html`<li><a href="/learn/exercises/${x.exerciseId}">${ex?.name ?? x.exerciseId}</a>: ${doseText(x)}${note ? html` <span class="muted">— ${note}</span>` : ''}</li>`;
  })}</ul>
</li>`)}</ol>
</section>`;
}
