/**
 * Highlight the parts of the runner's text that findings came from. Spans may overlap or nest ("calf swollen and
 * warm" holds "calf swollen"), so they are merged first; everything is escaped by `hono/html`.
 * @module
 */
import { html } from 'hono/html';
import type { Html } from '../layout.ts';

/**
 * Merge overlapping [start, end) spans and clamp them to the text.
 * @example mergeSpans([[0, 12], [0, 21], [30, 35]], 40) // [[0, 21], [30, 35]]
 */
export function mergeSpans(spans: readonly (readonly [number, number])[], length: number): [number, number][] {
  const sorted = spans
    .map(([a, b]): [number, number] => [Math.max(0, Math.min(a, length)), Math.max(0, Math.min(b, length))])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The text with each used part in a <mark>. */
export function highlightSpans(text: string, spans: readonly (readonly [number, number])[]): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const [a, b] of mergeSpans(spans, text.length)) {
    if (a > at) parts.push(html`${text.slice(at, a)}`);
    parts.push(html`<mark>${text.slice(a, b)}</mark>`);
    at = b;
  }
  if (at < text.length) parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}
