/**
 * Rewrite a text by a list of patterns before it is read, keeping a map back to the original, so every finding still
 * points at what the writer typed. Shared by the readers that turn another register into plain runners' English:
 * clinicians' shorthand (clinical-shorthand.ts) and second-language English (second-language.ts).
 * @module
 */

/** One rewrite: a pattern (global) and its plain-words replacement. */
export interface Rewrite {
  readonly re: RegExp;
  readonly to: string | ((m: RegExpExecArray) => string);
}

/** One stretch of the rewritten text and where it came from. */
interface Segment {
  readonly at: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly same: boolean;
}

/** The rewritten text and the way back to the original. */
export interface Expanded {
  readonly text: string;
  /** Did anything get rewritten? */
  readonly changed: boolean;
  /** The original span of a span in the rewritten text. */
  readonly toOriginal: (span: readonly [number, number]) => [number, number];
}

const identity = (text: string): Expanded => ({ text, changed: false, toOriginal: (s) => [s[0], s[1]] });

/**
 * Apply the rewrites, tried in order (at any place, the first rule that matches there wins; later rules may not
 * overlap an earlier hit), and keep a map back to the original text.
 * @example rewriteText('c/o heel pain', [{ re: /\bc\/o\b/g, to: 'complains of' }]).text // 'complains of heel pain'
 */
export function rewriteText(text: string, rules: readonly Rewrite[]): Expanded {
  const hits: { start: number; end: number; to: string }[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex += 1;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const to = typeof rule.to === 'string' ? rule.to : rule.to(m);
      if (to !== m[0]) hits.push({ start, end, to });
    }
  }
  if (hits.length === 0) return identity(text);
  hits.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let out = '';
  let pos = 0;
  const push = (from: number, to: number, piece: string, same: boolean): void => {
    segments.push({ at: out.length, end: out.length + piece.length, from, to, same });
    out += piece;
  };
  for (const h of hits) {
    if (h.start > pos) push(pos, h.start, text.slice(pos, h.start), true);
    push(h.start, h.end, h.to, false);
    pos = h.end;
  }
  if (pos < text.length) push(pos, text.length, text.slice(pos), true);
  const find = (offset: number, preferEnd: boolean): Segment | undefined => segments.find((s) =>
    preferEnd ? offset > s.at && offset <= s.end : offset >= s.at && offset < s.end) ?? segments[segments.length - 1];
  const toOriginal = (span: readonly [number, number]): [number, number] => {
    const a = find(span[0], false);
    const b = find(span[1], true);
    const start = a === undefined ? span[0] : a.same ? a.from + (span[0] - a.at) : a.from;
    const end = b === undefined ? span[1] : b.same ? b.from + (span[1] - b.at) : b.to;
    return [Math.min(start, end), Math.max(start, end)];
  };
  return { text: out, changed: true, toOriginal };
}

/**
 * One rewrite after another: the second's spans map back through the first to the original text.
 * @example chainRewrites(expandShorthand(t), plainEnglish(expandShorthand(t).text)).toOriginal([0, 4])
 */
export function chainRewrites(first: Expanded, second: Expanded): Expanded {
  if (!second.changed) return first;
  if (!first.changed) return second;
  return { text: second.text, changed: true, toOriginal: (span) => first.toOriginal(second.toOriginal(span)) };
}
