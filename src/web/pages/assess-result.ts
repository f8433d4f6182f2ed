/**
 * Step 5: the result. A red flag comes first, as the page's heading, before anything else; then the level of care
 * (colour, words and an icon), can-I-run with its reason, the likely conditions in words with a coarse bar and an
 * expandable "why", what to do now, links onward, and the plain "this is not a diagnosis".
 * @module
 */
import { html, raw } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { planLinkFor } from '../../core/planner/plan-link.ts';
import type { Contribution, DifferentialEntry, TriageResult } from '../../core/triage/index.ts';
import { assessPage, redFlagBanner, stateField } from '../assess/frame.ts';
import type { AssessState } from '../assess/state.ts';
import { findingLabel, findingLine, valueWords } from '../../core/kb/finding-words.ts';
import { barPercent, careHeadline, careIcon, likelihoodWords, pullWords, runningHeadline } from '../assess/words.ts';
import type { Html } from '../layout.ts';

/** Conditions worth listing: the top one always, others while they are at least "less likely" but not negligible. */
const SHOWN = 5;
const FLOOR = 0.05;

/** A short name for a source: first author and year, linked to the bibliography. */
function sourceLink(kb: KnowledgeBase, id: string): Html {
  const s = kb.sourceById.get(id);
  if (!s) return html`<a href="/about#source-${id}">${id}</a>`;
  // "Lopes AD, Hespanhol …" → "Lopes AD et al. 2012"; "Footing research notes: …" → "Footing research notes 2026".
  const first = (/^[^,.;:(]+/.exec(s.citation)?.[0] ?? id).trim();
  const more = /^[^.;:(]+,/.test(s.citation) ? ' et al.' : '';
  return html`<a href="/about#source-${id}">${first}${more}${s.year ? ` ${s.year}` : ''}</a>`;
}

function pulls(kb: KnowledgeBase, title: string, items: readonly Contribution[], dir: 'for' | 'against'): Html {
  if (items.length === 0) return html``;
  return html`<h4>${title}</h4><ul class="why-list why-${dir}">${items.map((c) => html`<li>${c.value === true ? c.label : `${c.label}: ${valueWords(kb, c.findingId, c.value)}`} <span class="muted">— ${dir === 'for' ? 'points' : 'counts'} ${pullWords(c.weight)} ${dir === 'for' ? 'towards this' : 'against this'}${c.basis === 'judgement' ? ' (clinical judgement)' : ''}</span></li>`)}</ul>`;
}

/** A plan is offered only when nothing urgent is going on and the condition has an exercise plan. */
function planAllowed(kb: KnowledgeBase, result: TriageResult, d: DifferentialEntry): boolean {
  if (result.redFlags.length > 0 || result.triage.level === 'emergency' || result.triage.level === 'urgent') return false;
  const c = kb.conditionById.get(d.conditionId);
  return c !== undefined && c.protocol !== 'medical-first' && d.care !== 'emergency' && d.care !== 'urgent';
}

function conditionItem(kb: KnowledgeBase, result: TriageResult, d: DifferentialEntry, first: boolean): Html {
  const c = kb.conditionById.get(d.conditionId);
  const words = likelihoodWords(d.probability);
  const clinical = c?.clinicalName.replace(/\s*\(.*\)\s*$/, '');
  const sources = [...new Set([...d.for, ...d.against].flatMap((x) => x.sources).concat(d.sources))];
  return html`<li class="condition">
<h3>${d.name}${clinical && clinical !== d.name ? html` <span class="clinical">(${clinical})</span>` : ''}</h3>
<p class="likelihood"><strong>${words}</strong></p>
<div class="bar" aria-hidden="true"><span style="width:${barPercent(d.probability)}%"></span></div>
${c && first ? html`<p>${c.summary}</p>` : ''}
<details class="why"><summary>Why ${first ? 'this comes first' : 'this is listed'}</summary>
${pulls(kb, 'What fits', d.for, 'for')}
${pulls(kb, 'What does not fit', d.against, 'against')}
${d.for.length === 0 && d.against.length === 0 ? html`<p>It is common among runners with pain here; none of your answers weighed for or against it.</p>` : ''}
${sources.length > 0 ? html`<h4>Sources</h4><ul class="source-list">${sources.map((s) => html`<li>${sourceLink(kb, s)}</li>`)}</ul>` : ''}
</details>
<p class="condition-links"><a href="/learn/${d.conditionId}">Read about ${d.name.toLowerCase()}</a>
${planAllowed(kb, result, d) ? html`<a class="button${first ? ' primary' : ''}" href="${planLinkFor(result, d.conditionId) ?? `/plan/new?condition=${d.conditionId}`}">Make a plan</a>` : ''}</p>
</li>`;
}

function differential(kb: KnowledgeBase, result: TriageResult): Html {
  const shown = result.differential.filter((d, i) => i === 0 || d.probability >= FLOOR).slice(0, SHOWN);
  if (shown.length === 0) return html`<p>Footing could not narrow it down from your answers. A physio or doctor who examines you can.</p>`;
  const name = (id: string): string => result.differential.find((d) => d.conditionId === id)?.name ?? id;
  return html`<ol class="conditions">${shown.map((d, i) => conditionItem(kb, result, d, i === 0))}</ol>
${result.together.map((t) => html`<p>These two may be going on at the same time: ${name(t.conditionIds[0])} and ${name(t.conditionIds[1])}.</p>`)}
${result.somethingElse >= 0.15 ? html`<p>It could also be something not listed here. If it does not fit, or it is not improving, get it checked.</p>` : ''}`;
}

function careSection(result: TriageResult): Html {
  const level = result.triage.level;
  return html`<section class="care care-${level}" aria-labelledby="care-title">${raw(careIcon(level))}<div>
<h2 id="care-title">${careHeadline[level]}</h2>
${level === 'selfcare' ? '' : html`<p><strong>When:</strong> ${result.triage.timeframe}</p>`}
<p>${result.triage.action}</p>
<p class="muted-ink">${result.triage.reason}</p></div></section>`;
}

function runningSection(result: TriageResult): Html {
  const a = result.running.advice;
  return html`<section class="run run-${a}" aria-labelledby="run-title"><h2 id="run-title">Can I run?</h2>
<p class="run-answer"><strong>${runningHeadline[a]}</strong></p><p>${result.running.reason}</p></section>`;
}

function doNow(kb: KnowledgeBase, result: TriageResult): Html {
  const top = result.differential[0];
  const c = top ? kb.conditionById.get(top.conditionId) : undefined;
  if (!c || result.redFlags.length > 0) return html``;
  return html`<section aria-labelledby="now-title"><h2 id="now-title">What to do now</h2>
<p>If it is ${top?.name.toLowerCase()}, these help most people:</p>
<ul>${c.selfCare.map((s) => html`<li>${s}</li>`)}</ul>
<p><strong>When to see someone:</strong> ${c.whenToSeeSomeone}</p></section>`;
}

/** The result page. `state` lets the runner go back and change an answer. */
export function assessResultPage(kb: KnowledgeBase, state: AssessState, result: TriageResult): Html {
  const flagged = result.redFlags.length > 0;
  const told = result.findings.filter((f) => f.value !== 'unknown' && f.value !== false);
  const saidNo = result.findings.filter((f) => f.value === false).map((f) => findingLabel(kb, f.id));
  const body = html`${flagged ? redFlagBanner(result, 1) : html`<h1>Your result</h1>`}
${flagged ? '' : careSection(result)}
${runningSection(result)}
${flagged
  ? html`<section aria-labelledby="diff-title"><h2 id="diff-title">Other things Footing considered</h2>
<details><summary>Show them (for your doctor; the warning sign above comes first)</summary>${differential(kb, result)}</details></section>`
  : html`<section aria-labelledby="diff-title"><h2 id="diff-title">What it might be</h2>
<p class="muted">Ranked by how well your answers fit each condition and how common it is in runners. These are
estimates, not certainties.</p>${differential(kb, result)}</section>`}
${doNow(kb, result)}
<section class="not-diagnosis" aria-labelledby="nd-title"><h2 id="nd-title">This is not a diagnosis</h2><p>${result.disclaimer}</p></section>
<section aria-labelledby="told-title"><h2 id="told-title">What you told us</h2>
${told.length > 0 ? html`<ul class="told">${told.map((f) => html`<li>${findingLine(kb, f.id, f.value)}</li>`)}</ul>` : html`<p>Nothing specific yet.</p>`}
${saidNo.length > 0 ? html`<p><strong>You said no to:</strong> ${saidNo.join('; ')}.</p>` : ''}
${result.notes.length > 0 ? html`<ul class="assess-notes">${result.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
<form method="post" action="/assess/answer" class="assess-actions">${stateField(state)}<input type="hidden" name="qid" value="result">
<button type="submit" name="nav" value="back" class="secondary">Change my last answer</button>
<a class="button secondary" href="/assess">Start again</a></form>
</section>`;
  return assessPage({ title: flagged ? 'Please see a doctor' : 'Your result', body });
}
