/**
 * /learn/ID: one condition in plain words — what it is, how it feels, causes, what helps, what a clinician may do,
 * when to see someone (colour + words + icon), can I run, recovery time, the rehab exercises, sources — and, folded
 * away for clinicians, the evidence table and KB version.
 * @module
 */
import { html } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Condition } from '../../core/kb/schema.ts';
import { page, type Html } from '../layout.ts';
import { careBadge, careBox, RUNNING_WORDS, warningMarker } from '../learn/care.ts';
import { clinicianReview } from '../learn/evidence.ts';
import { CATEGORY_NAMES, CAUSE_NAMES } from '../learn/labels.ts';
import { protocolSection } from '../learn/protocol.ts';
import { sourceLinks, sourceList } from '../learn/sources.ts';

/** "2–6 weeks", "about 12 weeks", "up to 2 weeks". */
export function weeksText(min: number, max: number): string {
  if (min === max) return `about ${max} week${max === 1 ? '' : 's'}`;
  if (min === 0) return `up to ${max} week${max === 1 ? '' : 's'}`;
  return `${min}–${max} weeks`;
}

function zoneNames(kb: KnowledgeBase, c: Condition): Html {
  return html`${c.zones.map((id, i) => {
    const z = kb.zoneById.get(id);
    return html`${i > 0 ? ', ' : ''}<a href="/learn?zone=${id}#zone-h">${z?.name.toLowerCase() ?? id}</a>`;
  })}`;
}

function header(kb: KnowledgeBase, c: Condition): Html {
  const clinical = c.clinicalName.toLowerCase();
  const other = c.synonyms.filter((s) => !clinical.includes(s.toLowerCase()));
  return html`<p class="learn-crumbs"><a href="/learn">Conditions library</a></p>
<h1>${c.name}</h1>
<p class="learn-clinical-name">${c.clinicalName}</p>
${other.length > 0 ? html`<p class="muted">Also called: ${other.join(', ')}</p>` : ''}
<p class="learn-meta">${c.redFlag ? html`${warningMarker()} ` : ''}<span class="tag">${CATEGORY_NAMES[c.category] ?? c.category}</span>
<span>Felt at: ${zoneNames(kb, c)}</span></p>`;
}

const more = (target: string, topic: string): Html => html`<a href="#${target}">More<span class="visually-hidden"> about ${topic}</span></a>`;

/** The three answers a worried runner wants first, each linking to its section. */
function glance(c: Condition): Html {
  return html`<dl class="learn-glance">
  ${c.redFlag ? '' : html`<div><dt>When to see someone</dt><dd>${careBadge(c.care.level)} <span>${c.care.timeframe}</span> ${more('when-h', 'when to see someone')}</dd></div>`}
  <div><dt>Can I run?</dt><dd><strong>${RUNNING_WORDS[c.running.advice]}</strong> ${more('run-h', 'running')}</dd></div>
  <div><dt>Usual recovery</dt><dd>${weeksText(c.recovery.minWeeks, c.recovery.maxWeeks)} ${more('recovery-h', 'recovery time')}</dd></div>
</dl>`;
}

function runSection(c: Condition): Html {
  return html`<section aria-labelledby="run-h"><h2 id="run-h">Can I run?</h2>
<p class="learn-run learn-run-${c.running.advice}"><strong>${RUNNING_WORDS[c.running.advice]}.</strong> ${c.running.guidance}</p>
</section>`;
}

function causesSection(c: Condition): Html {
  return html`<section aria-labelledby="causes-h"><h2 id="causes-h">Causes and risk factors</h2>
<ul class="learn-causes">${c.causes.map((x) => html`<li><strong>${CAUSE_NAMES[x.factor] ?? x.factor}:</strong> ${x.note}</li>`)}</ul>
</section>`;
}

function recoverySection(c: Condition): Html {
  const r = c.recovery;
  return html`<section aria-labelledby="recovery-h"><h2 id="recovery-h">How long it usually takes</h2>
<p><strong>${weeksText(r.minWeeks, r.maxWeeks)}</strong> for most runners.${r.note ? html` ${r.note}` : ''}${r.sources.length > 0 ? html` <span class="muted">(${sourceLinks(r.sources)})</span>` : ''}</p>
</section>`;
}

function careSection(c: Condition, id: string): Html {
  return html`${careBox(c.care.level, c.care.timeframe, c.care.action, id)}`;
}

/** The page for one condition. */
export function learnConditionPage(kb: KnowledgeBase, c: Condition): Html {
  const allSources = [...c.sources, ...c.prior.sources, ...c.recovery.sources, ...c.evidence.flatMap((e) => e.sources)];
  return page({
    title: c.name,
    path: `/learn/${c.id}`,
    description: c.summary.slice(0, 155),
    body: html`<link rel="stylesheet" href="/static/learn.css">
${header(kb, c)}
${c.redFlag ? careSection(c, 'care-top-h') : ''}
${glance(c)}
<section aria-labelledby="what-h"><h2 id="what-h">What it is</h2><p>${c.summary}</p></section>
<section aria-labelledby="feels-h"><h2 id="feels-h">How it usually feels</h2><p>${c.feelsLike}</p></section>
${causesSection(c)}
<section aria-labelledby="selfcare-h"><h2 id="selfcare-h">What helps</h2>
<ul>${c.selfCare.map((s) => html`<li>${s}</li>`)}</ul></section>
<section aria-labelledby="clinician-h"><h2 id="clinician-h">What a clinician may do</h2>
<ul>${c.clinicianCare.map((s) => html`<li>${s}</li>`)}</ul></section>
<section aria-labelledby="when-h"><h2 id="when-h">When to see someone</h2>
<p>${c.whenToSeeSomeone}</p>
${c.redFlag ? html`<p>See the box at the top of this page: ${c.care.timeframe}.</p>` : careSection(c, 'care-h')}
</section>
${runSection(c)}
${recoverySection(c)}
${protocolSection(kb, c.protocol)}
<section aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>
<p class="muted">Written in our own words from these sources; anything not from a source is marked as judgement in the
clinicians’ section below.</p>
${sourceList(kb, allSources)}</section>
${clinicianReview(kb, c)}
<p class="learn-disclaimer"><strong>This page is not a diagnosis.</strong> Only a clinician who examines you can say what
is wrong. <a href="/assess">Check your pain</a> to see what fits your answers.</p>`,
  });
}
