/**
 * The clinicians' view of a condition: its prior and the evidence table (finding, LR+ / LR−, basis, sources),
 * so reviewers can check every number the triage engine uses against its source.
 * @module
 */
import { html } from 'hono/html';
import { likelihoodRatios } from '../../core/kb/cross-check.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Condition, Evidence, Finding } from '../../core/kb/schema.ts';
import type { Html } from '../layout.ts';
import { sourceLinks } from './sources.ts';

/** Two significant decimals, trailing zeros dropped: 8 → "8", 0.68 → "0.68", 2.5 → "2.5". */
export function ratio(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const pct = (n: number): string => `${Math.round(n * 100)}%`;

/** What "matches" means for a non-boolean finding, in words. */
export function matchText(e: Evidence, f: Finding | undefined): string {
  const m = e.match;
  if (m === undefined) return '';
  if (typeof m === 'string') return f?.options?.find((o) => o.value === m)?.label ?? m;
  const unit = f?.unit ? ` ${f.unit}` : '';
  if (m.min !== undefined && m.max !== undefined) return `${m.min}–${m.max}${unit}`;
  if (m.min !== undefined) return `${m.min}${unit} or more`;
  if (m.max !== undefined) return `${m.max}${unit} or less`;
  return '';
}

function row(kb: KnowledgeBase, e: Evidence): Html {
  const f = kb.findingById.get(e.finding);
  const { plus, minus } = likelihoodRatios(e);
  const match = matchText(e, f);
  return html`<tr>
  <th scope="row">${f?.label ?? e.finding}${match ? html`: <em>${match}</em>` : ''}<br><code>${e.finding}</code>${e.note ? html`<br><span class="muted">${e.note}</span>` : ''}</th>
  <td>${ratio(plus)}</td>
  <td>${ratio(minus)}</td>
  <td>${e.sens !== undefined && e.spec !== undefined ? html`sens ${pct(e.sens)}, spec ${pct(e.spec)}` : '—'}</td>
  <td>${e.basis === 'published' ? 'Published' : 'Judgement'}</td>
  <td>${e.sources.length > 0 ? sourceLinks(e.sources) : '—'}</td>
</tr>`;
}

/** Collapsible section with the KB version, the prior and the evidence table. */
export function clinicianReview(kb: KnowledgeBase, c: Condition): Html {
  return html`<section class="learn-review" aria-labelledby="review-h">
<h2 id="review-h">For clinicians reviewing this page</h2>
<details>
<summary>Evidence table, prior and knowledge-base version</summary>
<p>Knowledge base version <strong>${kb.version}</strong> (<a href="/about">changelog</a>). Condition id <code>${c.id}</code>,
category ${c.category}, rehab protocol <code>${c.protocol}</code>.</p>
<p><strong>Prior weight</strong> among runners with foot, ankle or shin pain: ${ratio(c.prior.weight)}
(${c.prior.basis === 'published' ? 'published' : 'judgement'}${c.prior.sources.length > 0 ? html`; ${sourceLinks(c.prior.sources)}` : ''}).
Weights are relative and renormalised by the engine, not probabilities.${c.prior.note ? html` ${c.prior.note}` : ''}</p>
<div class="learn-table-wrap" role="region" aria-labelledby="evidence-caption" tabindex="0">
<table class="learn-evidence">
<caption id="evidence-caption">Findings that point towards or away from ${c.name.toLowerCase()} (LR+ applies when the finding is present, LR− when it is absent)</caption>
<thead><tr><th scope="col">Finding</th><th scope="col">LR+</th><th scope="col">LR−</th><th scope="col">Accuracy</th><th scope="col">Basis</th><th scope="col">Sources</th></tr></thead>
<tbody>${c.evidence.map((e) => row(kb, e))}</tbody>
</table>
</div>
</details>
</section>`;
}
