/**
 * Helpers for the assessment's route tests: read the hidden state and form fields out of rendered HTML, post a
 * form like a browser without JavaScript, and check labels and heading order.
 * @module
 */

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
/** Undo hono/html's attribute escaping. */
export function unescapeHtml(s: string): string {
  return s.replace(/&(quot|#39|lt|gt|amp);/g, (m) => ENTITIES[m] ?? m);
}

/** The hidden `state` field of the first form that has one. */
export function stateOf(page: string): string {
  const m = /<input type="hidden" name="state" value="([^"]*)">/.exec(page);
  if (!m?.[1]) throw new Error('no state field on the page');
  return unescapeHtml(m[1]);
}

/** Value of a hidden field (first match). */
export function hiddenField(page: string, name: string): string | undefined {
  const m = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(page);
  return m?.[1] === undefined ? undefined : unescapeHtml(m[1]);
}

/** The `<main>` part of a page (the flow's own content, without header and footer). */
export function mainOf(page: string): string {
  const start = page.indexOf('<main');
  const end = page.indexOf('</main>');
  return start >= 0 && end > start ? page.slice(start, end) : page;
}

/** Every heading level in document order. */
export function headingLevels(page: string): number[] {
  return [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

/**
 * Problems with labels and headings: a visible input, select or textarea without a `<label for>`, more or fewer than
 * one h1, or a heading that skips a level going down.
 */
export function accessibilityProblems(page: string): string[] {
  const problems: string[] = [];
  const labelled = new Set([...page.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]));
  for (const m of page.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    if (/type="(hidden|submit)"/.test(attrs)) continue;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!id || !labelled.has(id)) problems.push(`unlabelled ${m[1]}${id ? ` #${id}` : ''}`);
  }
  const levels = headingLevels(page);
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`expected one h1, found ${levels.filter((l) => l === 1).length}`);
  levels.forEach((l, i) => {
    const prev = levels[i - 1];
    if (prev !== undefined && l > prev + 1) problems.push(`heading h${l} follows h${prev}`);
  });
  return problems;
}

/** Form body (URL-encoded) from pairs; repeated names allowed. */
export function formBody(pairs: readonly (readonly [string, string])[]): URLSearchParams {
  const body = new URLSearchParams();
  for (const [k, v] of pairs) body.append(k, v);
  return body;
}
