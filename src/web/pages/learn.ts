/**
 * /learn: the condition library, browsed by body zone. Conditions are grouped by region, each region lists its
 * zones in plain words (links that narrow the list to one zone, no JavaScript needed), then an A–Z index.
 * Warning-sign conditions carry an icon and words.
 * @module
 */
import { html, raw } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Condition, Zone } from '../../core/kb/schema.ts';
import { page, type Html } from '../layout.ts';
import { careBadge, warningMarker, WARNING_ICON } from '../learn/care.ts';
import { REGIONS } from '../learn/labels.ts';

const CSS = html`<link rel="stylesheet" href="/static/learn.css">`;

const byName = (a: Condition, b: Condition): number => a.name.localeCompare(b.name);

/** Conditions felt at any of the given zones, by name. */
export function conditionsAt(kb: KnowledgeBase, zoneIds: readonly string[]): Condition[] {
  return kb.conditions.filter((c) => c.zones.some((z) => zoneIds.includes(z))).sort(byName);
}

function card(c: Condition): Html {
  return html`<li class="learn-card${c.redFlag ? ' learn-card-flag' : ''}">
  <h3><a href="/learn/${c.id}">${c.name}</a></h3>
  <p class="muted learn-clinical">${c.clinicalName}</p>
  <p class="learn-badges">${c.redFlag ? warningMarker() : ''}${careBadge(c.care.level)}</p>
</li>`;
}

function zoneLinks(zones: readonly Zone[]): Html {
  return html`<p class="learn-zones-label">Show one place only:</p><ul class="learn-zones" aria-label="Places in this area">${zones.map((z) => html`<li><a href="/learn?zone=${z.id}#zone-h">${z.name}</a></li>`)}</ul>`;
}

function regionSection(kb: KnowledgeBase, regionId: string, regionName: string): Html {
  const zones = kb.zones.filter((z) => z.region === regionId);
  const conditions = conditionsAt(kb, zones.map((z) => z.id));
  if (zones.length === 0 || conditions.length === 0) return html``;
  return html`<section class="learn-region" aria-labelledby="region-${regionId}">
<h2 id="region-${regionId}">${regionName}</h2>
${zoneLinks(zones)}
<ul class="learn-cards">${conditions.map(card)}</ul>
</section>`;
}

function legend(): Html {
  return html`<p class="learn-legend">${raw(WARNING_ICON)}<span><strong>Warning sign</strong> marks conditions that need a
doctor soon, sometimes the same day. Each condition also shows its usual level of care in words.</span></p>`;
}

function intro(): Html {
  return html`<h1>Conditions library</h1>
<p class="lead">The foot, ankle and shin problems runners get most, and the ones that must not be missed. Find the
place that hurts, then read what each condition is, how it usually feels and what helps. This library cannot tell you
what you have — <a href="/assess">check your pain</a> for that, or see a clinician.</p>
${legend()}`;
}

/** The whole library, every region. */
export function learnIndexPage(kb: KnowledgeBase): Html {
  const regions = REGIONS.filter((r) => kb.zones.some((z) => z.region === r.id));
  return page({
    title: 'Conditions library',
    path: '/learn',
    description: 'Runners’ foot, ankle and shin conditions by where they hurt: what they are, how they feel, what helps.',
    body: html`${CSS}${intro()}
<nav class="learn-jump" aria-label="Jump to an area">
  <ul>${regions.map((r) => html`<li><a href="#region-${r.id}">${r.name}</a></li>`)}<li><a href="#index-h">All conditions A–Z</a></li></ul>
</nav>
${regions.map((r) => regionSection(kb, r.id, r.name))}
<section aria-labelledby="index-h">
<h2 id="index-h">All conditions A–Z</h2>
<ul class="learn-index">${[...kb.conditions].sort(byName).map((c) => html`<li><a href="/learn/${c.id}">${c.name}</a> <span class="muted">(${c.clinicalName})</span>${c.redFlag ? html` ${warningMarker()}` : ''}</li>`)}</ul>
</section>
<p class="muted">Knowledge base version ${kb.version}. <a href="/about">What changed, and every source</a>. Clinicians:
each condition page has its evidence table. Also see the <a href="/learn/exercises">exercise library</a> and the
<a href="/learn/self-tests">self-tests</a>.</p>`,
  });
}

/** The library narrowed to one zone (`/learn?zone=ID`). */
export function learnZonePage(kb: KnowledgeBase, zone: Zone): Html {
  const conditions = conditionsAt(kb, [zone.id]);
  return page({
    title: `${zone.name}: conditions`,
    path: '/learn',
    body: html`${CSS}${intro()}
<section aria-labelledby="zone-h" class="learn-region">
<h2 id="zone-h" tabindex="-1">${zone.name}</h2>
<p>${zone.description}</p>
<p><a href="/learn">← All areas</a></p>
<ul class="learn-cards">${conditions.map(card)}</ul>
</section>`,
  });
}
