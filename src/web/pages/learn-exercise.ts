/**
 * /learn/exercises/ID: one exercise — drawings of the start and end positions, steps, usual dose, equipment,
 * cautions, easier and harder versions, the conditions whose plans use it, and sources.
 * @module
 */
import { html, raw } from 'hono/html';
import { renderExerciseIllustration } from '../../core/illustration/index.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Exercise } from '../../core/kb/schema.ts';
import { page, type Html } from '../layout.ts';
import { doseText } from '../learn/dose.ts';
import { bodyAreaName, purposeName } from '../learn/labels.ts';
import { protocolExerciseIds } from '../learn/protocol.ts';
import { sourceLinks, sourceList } from '../learn/sources.ts';

function drawings(x: Exercise): Html {
  try {
    const { start, end } = renderExerciseIllustration(x);
    return html`<div class="illustrations learn-illustrations">
  <figure>${raw(start)}<figcaption>Start</figcaption></figure>
  <figure>${raw(end)}<figcaption>End</figcaption></figure>
</div>`;
  } catch {
    return html`<p class="learn-note">${x.illustration.alt}</p>`;
  }
}

function doseSection(x: Exercise): Html {
  const d = x.dosage;
  return html`<section aria-labelledby="dose-h"><h2 id="dose-h">How much</h2>
<p class="learn-dose"><strong>${doseText(d)}</strong></p>
<ul>
  ${d.tempo ? html`<li>Speed: ${d.tempo}</li>` : ''}
  ${d.load ? html`<li>Load: ${d.load}</li>` : ''}
  <li>Rest between sets: ${d.restSeconds} seconds</li>
</ul>
<p class="muted">A usual starting dose${d.sources.length > 0 ? html` (${sourceLinks(d.sources)})` : ' (judgement)'}. Your plan may set a different one for your stage.</p>
</section>`;
}

function variations(kb: KnowledgeBase, x: Exercise): Html {
  const easier = x.regression ? kb.exerciseById.get(x.regression) : undefined;
  const harder = x.progression ? kb.exerciseById.get(x.progression) : undefined;
  if (!easier && !harder) return html``;
  return html`<section aria-labelledby="variations-h"><h2 id="variations-h">Easier and harder versions</h2>
<ul class="learn-variations">
  ${easier ? html`<li>Easier: <a href="/learn/exercises/${easier.id}">${easier.name}</a></li>` : ''}
  ${harder ? html`<li>Harder: <a href="/learn/exercises/${harder.id}">${harder.name}</a></li>` : ''}
</ul></section>`;
}

function usedFor(kb: KnowledgeBase, x: Exercise): Html {
  const protocols = new Set(kb.protocols.filter((p) => protocolExerciseIds(p).includes(x.id)).map((p) => p.id));
  const conditions = kb.conditions.filter((c) => protocols.has(c.protocol)).sort((a, b) => a.name.localeCompare(b.name));
  if (conditions.length === 0) return html``;
  return html`<section aria-labelledby="usedfor-h"><h2 id="usedfor-h">Part of the plan for</h2>
<ul class="learn-used-for">${conditions.map((c) => html`<li><a href="/learn/${c.id}">${c.name}</a></li>`)}</ul></section>`;
}

/** The page for one exercise. */
export function exercisePage(kb: KnowledgeBase, x: Exercise): Html {
  return page({
    title: x.name,
    path: `/learn/exercises/${x.id}`,
    description: x.summary,
    body: html`<link rel="stylesheet" href="/static/learn.css">
<p class="learn-crumbs"><a href="/learn/exercises">Exercise library</a></p>
<h1>${x.name}</h1>
<p class="learn-meta"><span class="tag">${purposeName(x.purpose)}</span> ${x.bodyArea.map(bodyAreaName).join(', ')}</p>
<p class="lead">${x.summary}</p>
${drawings(x)}
<section aria-labelledby="steps-h"><h2 id="steps-h">Steps</h2>
<ol class="learn-steps">${x.steps.map((s) => html`<li>${s}</li>`)}</ol></section>
${doseSection(x)}
<section aria-labelledby="equipment-h"><h2 id="equipment-h">Equipment</h2>
${x.equipment.length > 0 ? html`<ul>${x.equipment.map((e) => html`<li>${e}</li>`)}</ul>` : html`<p>None: just you and the floor.</p>`}</section>
${x.cautions.length > 0 ? html`<section aria-labelledby="cautions-h" class="learn-cautions"><h2 id="cautions-h">Take care</h2>
<ul>${x.cautions.map((c) => html`<li>${c}</li>`)}</ul></section>` : ''}
${variations(kb, x)}
${usedFor(kb, x)}
<section aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>${sourceList(kb, [...x.sources, ...x.dosage.sources])}</section>
<p class="muted">Knowledge base version ${kb.version}. Exercise id <code>${x.id}</code>. Drawings by Footing.</p>`,
  });
}
