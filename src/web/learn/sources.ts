/**
 * Citations on the Learn pages: every source links to its entry in the bibliography on /about.
 * @module
 */
import { html } from 'hono/html';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Html } from '../layout.ts';

/** Unique ids, first occurrence order. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** A short in-text link to a source ("lopes-2012" → link to /about#source-lopes-2012). */
export function sourceLink(id: string): Html {
  return html`<a href="/about#source-${id}">${id}</a>`;
}

/** Comma-separated short links. */
export function sourceLinks(ids: readonly string[]): Html {
  return html`${uniqueIds(ids).map((id, i) => html`${i > 0 ? ', ' : ''}${sourceLink(id)}`)}`;
}

/** A full "Sources" list: citation text, each linked to the bibliography. */
export function sourceList(kb: KnowledgeBase, ids: readonly string[]): Html {
  return html`<ol class="learn-sources">${uniqueIds(ids).map((id) => {
    const s = kb.sourceById.get(id);
    return html`<li><a href="/about#source-${id}">${s?.citation ?? id}</a></li>`;
  })}</ol>`;
}
