/**
 * Step 2: what Footing understood from the runner's words, as chips. Each chip shows the words it came from
 * (highlighted in the text too), can be removed, and can be corrected (yes ↔ no, or a new number, side or choice).
 * @module
 */
import { html } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { TriageResult } from '../../core/triage/index.ts';
import { assessPage, errorSummary, redFlagBanner, stateField } from '../assess/frame.ts';
import { highlightSpans } from '../assess/highlight.ts';
import type { AssessState, StateEntry } from '../assess/state.ts';
import { findingLabel, findingLine } from '../../core/kb/finding-words.ts';
import type { Html } from '../layout.ts';

function quoteOf(state: AssessState, e: StateEntry): string {
  return e.span ? state.text.slice(e.span[0], e.span[1]).trim() : '';
}

function editor(kb: KnowledgeBase, e: StateEntry, n: number): Html {
  const f = kb.findingById.get(e.id);
  const label = findingLabel(kb, e.id);
  if (!f || f.type === 'boolean') {
    const to = e.value === true ? 'no' : 'yes';
    return html`<span class="chip-edit" aria-hidden="true">Not right?</span>
<button type="submit" name="op" value="toggle:${e.id}" class="chip-button" aria-label="Change to “${to}”: ${label}">Change to “${to}”</button>`;
  }
  if (f.type === 'number') {
    return html`<label class="chip-edit" for="chip-${n}">Not right? Change it</label>
<span class="chip-number"><input id="chip-${n}" type="number" name="set:${e.id}" value="${typeof e.value === 'number' ? e.value : ''}"${f.min !== undefined ? html` min="${f.min}"` : ''}${f.max !== undefined ? html` max="${f.max}"` : ''} step="any" inputmode="decimal">${f.unit ? html` <span>${f.unit}</span>` : ''}</span>`;
  }
  const options = f.type === 'side'
    ? [{ value: 'left', label: 'Left' }, { value: 'right', label: 'Right' }, { value: 'both', label: 'Both' }]
    : (f.options ?? []).map((o) => ({ value: o.value, label: o.label }));
  return html`<label class="chip-edit" for="chip-${n}">Not right? Change it</label>
<select id="chip-${n}" name="set:${e.id}">${options.map((o) => html`<option value="${o.value}"${o.value === e.value ? html` selected` : ''}>${o.label}</option>`)}</select>`;
}

function chip(kb: KnowledgeBase, state: AssessState, e: StateEntry, n: number): Html {
  const quote = quoteOf(state, e);
  const line = findingLine(kb, e.id, e.value);
  return html`<li class="assess-chip">
  <p class="chip-what"><strong>${line}</strong>${quote ? html`<span class="chip-quote">from “${quote}”</span>` : ''}</p>
  <div class="chip-controls">
    ${editor(kb, e, n)}
    <button type="submit" name="op" value="remove:${e.id}" class="chip-button chip-remove" aria-label="Remove “${line}”">Remove</button>
  </div>
</li>`;
}

/**
 * The chips page. The first (hidden) button is the form's default, so Enter in a number box updates the chips
 * instead of pressing the first chip's "Remove". `notes` are the engine's remarks on the text (ignored words,
 * contradictions). `result` is the engine's reading of the chips so far: when the words alone already raise a
 * warning sign, its banner comes first, before the chips.
 */
export function assessChipsPage(kb: KnowledgeBase, state: AssessState, opts: { notes?: readonly string[]; error?: string; result?: TriageResult } = {}): Html {
  const spans = state.evidence.flatMap((e) => (e.span ? [e.span] : []));
  return assessPage({
    title: 'What we understood',
    body: html`${opts.result ? redFlagBanner(opts.result) : ''}<h1>Here’s what we understood</h1>
${errorSummary(opts.error)}
${state.text.trim() !== '' ? html`<figure class="own-words"><figcaption>Your words (the parts we used are highlighted)</figcaption>
<blockquote><p>${highlightSpans(state.text, spans)}</p></blockquote></figure>` : ''}
<form method="post" action="/assess/chips">
${stateField(state)}
<button type="submit" name="op" value="update" class="visually-hidden" tabindex="-1">Update</button>
${state.evidence.length > 0
  ? html`<p>Check these. Remove anything that is wrong, or correct it.</p>
<ul class="assess-chips" aria-label="What Footing understood">${state.evidence.map((e, n) => chip(kb, state, e, n))}</ul>`
  : html`<p>We did not pick out anything specific from that. No problem: the next steps will ask.</p>`}
${(opts.notes ?? []).length > 0 ? html`<ul class="assess-notes">${(opts.notes ?? []).map((n) => html`<li>${n}</li>`)}</ul>` : ''}
<label for="more-words">Anything to add? <span class="muted">(optional)</span></label>
<textarea id="more-words" name="more" rows="3" maxlength="2000"></textarea>
<div class="assess-actions">
  <button type="submit" name="op" value="continue" class="primary">Looks right — continue</button>
  <button type="submit" name="op" value="add" class="secondary">Add this</button>
  <button type="submit" name="op" value="back" class="secondary">Back to my words</button>
</div>
</form>`,
  });
}
