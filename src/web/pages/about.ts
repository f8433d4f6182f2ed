/** About: what Footing is and is not, the knowledge-base version and changelog, and the bibliography. */
import { html } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { page, type Html } from '../layout.ts';

/** The about page, with the KB version and its bibliography (each source has an anchor the results link to). */
export function aboutPage(kb: KnowledgeBase): Html {
  return page({
    title: 'About Footing',
    path: '/about',
    body: html`
<h1>About Footing</h1>
<p class="lead">Footing helps runners with foot, ankle and shin pain decide what to do next. It is not a diagnosis:
only a clinician who examines you can make one.</p>
<h2>How it decides</h2>
<p>Warning signs are checked first, by fixed rules. Then Footing weighs how common each condition is among runners
against how well your answers fit it, using figures from published studies where they exist and the judgement of
sports physiotherapists where they do not. Every result shows its reasons and sources.</p>
<h2>Knowledge base version ${kb.version}</h2>
${kb.changelog.map((entry) => html`<h3>${entry.version} (${entry.date})</h3><ul>${entry.changes.map((ch) => html`<li>${ch}</li>`)}</ul>`)}
<h2 id="sources">Sources</h2>
<ol class="sources">
${[...kb.sources].sort((a, b) => a.citation.localeCompare(b.citation)).map((s) => html`<li id="source-${s.id}">${s.citation}${s.url ? html` <a href="${s.url}">link</a>` : ''}</li>`)}
</ol>`,
  });
}
