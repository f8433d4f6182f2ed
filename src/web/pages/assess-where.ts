/**
 * Step 3: where it hurts and which side. One checkbox per KB zone (grouped by area) is the real control; the
 * drawings above them show the same zones and, with the script, can be tapped or used with the keyboard.
 * @module
 */
import { html, raw } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { renderBodyMap, zoneHighlightCss } from '../body-map.ts';
import type { TriageResult } from '../../core/triage/index.ts';
import { assessPage, errorSummary, redFlagBanner, stateField } from '../assess/frame.ts';
import { valueOf, type AssessState } from '../assess/state.ts';
import { REGION_NAMES } from '../learn/labels.ts';
import type { Html } from '../layout.ts';

const SIDES = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
  { value: '', label: 'Rather not say' },
] as const;

/** Zones ticked now: from the state (own words or an earlier visit). */
export function selectedZones(kb: KnowledgeBase, state: AssessState): Set<string> {
  return new Set(kb.zones.filter((z) => valueOf(state, `pain-${z.id}`) === true).map((z) => z.id));
}

function zoneGroups(kb: KnowledgeBase, selected: ReadonlySet<string>): Html {
  const regions = [...new Set(kb.zones.map((z) => z.region))];
  return html`${regions.map((region) => html`<fieldset class="zone-group"><legend>${REGION_NAMES[region]}</legend>
${kb.zones.filter((z) => z.region === region).map((z) => html`<div class="choice"><input type="checkbox" id="zone-${z.id}" name="zone" value="${z.id}"${selected.has(z.id) ? html` checked` : ''} aria-describedby="zone-${z.id}-hint">
<label for="zone-${z.id}">${z.name}</label></div><p class="hint zone-hint" id="zone-${z.id}-hint">${z.description}</p>`)}
</fieldset>`)}`;
}

/**
 * The body-map page; `shown` pre-fills the ticks and side (coming back to this step). With a `result` that holds a
 * warning sign (from the runner's words), its banner comes first.
 */
export function assessWherePage(kb: KnowledgeBase, state: AssessState, opts: { error?: string; shown?: AssessState; result?: TriageResult } = {}): Html {
  // After "Back", the form carries the state before this step but shows the ticks the runner had made.
  const selected = selectedZones(kb, opts.shown ?? state);
  const side = valueOf(opts.shown ?? state, 'side');
  return assessPage({
    title: 'Where does it hurt?',
    head: html`<style>${raw(zoneHighlightCss(kb.zones.map((z) => z.id)))}</style>`,
    body: html`${opts.result ? redFlagBanner(opts.result) : ''}<form method="post" action="/assess/where" class="assess-where">
${stateField(state)}
<h1>Where does it hurt?</h1>
${errorSummary(opts.error, 'zone-' + (kb.zones[0]?.id ?? ''))}
<fieldset class="side-choice"><legend>Which side?</legend>
<div class="side-options">
${SIDES.map((s) => html`<div class="choice"><input type="radio" id="side-${s.value || 'none'}" name="side" value="${s.value}"${(side ?? '') === s.value ? html` checked` : ''}><label for="side-${s.value || 'none'}">${s.label}</label></div>`)}
</div></fieldset>
<fieldset class="zones"><legend>Tick every place that hurts</legend>
<p class="hint" id="map-hint">The drawings show a <span class="map-right">right</span><span class="map-left">left</span> leg from six
sides. <span class="js-only">Tap a place on a drawing, or tick it in the list.</span></p>
<div class="body-map" aria-describedby="map-hint">${raw(renderBodyMap(kb.zones, selected))}</div>
${zoneGroups(kb, selected)}
</fieldset>
<div class="assess-actions">
  <button type="submit" name="nav" value="next" class="primary">Continue</button>
  <button type="submit" name="nav" value="back" class="secondary">Back</button>
</div>
</form>`,
  });
}
