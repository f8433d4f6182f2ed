/**
 * /learn/self-tests and /learn/self-tests/ID: simple checks a runner can do at home, with when not to do them
 * first, then the steps, how to record the result, what it tells Footing, and sources.
 * @module
 */
import { html } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { SelfTest } from '../../core/kb/schema.ts';
import { page, type Html } from '../layout.ts';
import { sourceList } from '../learn/sources.ts';

const CSS = html`<link rel="stylesheet" href="/static/learn.css">`;

/** The self-test list. */
export function selfTestsPage(kb: KnowledgeBase): Html {
  return page({
    title: 'Self-tests',
    path: '/learn/self-tests',
    description: 'Simple checks runners can do at home to describe foot, ankle and shin pain.',
    body: html`${CSS}
<h1>Self-tests</h1>
<p class="lead">Short checks you can do at home. They do not diagnose anything, but their results help Footing — and
your physio — tell likely causes apart. Read the safety notes first: some tests are not safe if a bone might be broken.</p>
<ul class="learn-cards">${kb.selfTests.map((t) => html`<li class="learn-card">
  <h2 class="learn-card-title"><a href="/learn/self-tests/${t.id}">${t.name}</a></h2>
  <p>${t.purpose}</p>
  ${t.needsHelper ? html`<p class="tag">Needs a helper</p>` : ''}
</li>`)}</ul>`,
  });
}

function conditionsInformed(kb: KnowledgeBase, t: SelfTest): Html {
  const ids = new Set(t.findings);
  const conditions = kb.conditions.filter((c) => c.evidence.some((e) => ids.has(e.finding))).sort((a, b) => a.name.localeCompare(b.name));
  if (conditions.length === 0) return html``;
  return html`<p>It helps tell apart: ${conditions.map((c, i) => html`${i > 0 ? ', ' : ''}<a href="/learn/${c.id}">${c.name.toLowerCase()}</a>`)}.</p>`;
}

/** The page for one self-test. */
export function selfTestPage(kb: KnowledgeBase, t: SelfTest): Html {
  const dont = t.contraindicatedBy.map((id) => kb.findingById.get(id)?.label ?? id);
  return page({
    title: t.name,
    path: `/learn/self-tests/${t.id}`,
    description: t.purpose,
    body: html`${CSS}
<p class="learn-crumbs"><a href="/learn/self-tests">Self-tests</a></p>
<h1>${t.name}</h1>
<p class="lead">${t.purpose}</p>
${t.needsHelper ? html`<p><span class="tag">Needs a helper</span></p>` : ''}
<section aria-labelledby="safety-h" class="learn-cautions"><h2 id="safety-h">Safety first</h2>
<ul>${t.safety.map((s) => html`<li>${s}</li>`)}</ul>
${dont.length > 0 ? html`<p><strong>Do not do this test if you have:</strong> ${dont.join('; ')}.</p>` : ''}
</section>
<section aria-labelledby="steps-h"><h2 id="steps-h">How to do it</h2>
<ol class="learn-steps">${t.steps.map((s) => html`<li>${s}</li>`)}</ol></section>
<section aria-labelledby="record-h"><h2 id="record-h">What to write down</h2><p>${t.record}</p></section>
<section aria-labelledby="tells-h"><h2 id="tells-h">What it tells Footing</h2>
<ul>${t.findings.map((id) => html`<li>${kb.findingById.get(id)?.label ?? id}</li>`)}</ul>
${conditionsInformed(kb, t)}</section>
<section aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>${sourceList(kb, t.sources)}</section>
<p class="muted">Knowledge base version ${kb.version}. Self-test id <code>${t.id}</code>.</p>`,
  });
}
