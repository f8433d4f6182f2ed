/**
 * Which side hurts: "left heel", "my right achilles", "on the left", "both feet", "bilateral".
 * "Left" and "right" only count next to a body word, so "right after my run" is ignored.
 * @module
 */

const BODY = String.raw`(?:foot|feet|heel|heels|ankle|ankles|leg|legs|calf|calves|shin|shins|achilles|toe|toes|arch|arches|side|sole|soles|knee|big toe|one)`;

/** Body parts that come in pairs, for "both …". */
const PAIRED = String.raw`(?:feet|heels|ankles|legs|calves|shins|achilles|arches|soles|big toes|lower legs|sides of my body)`;

const SHORT: Readonly<Record<string, 'left' | 'right'>> = { left: 'left', right: 'right', lt: 'left', rt: 'right', l: 'left', r: 'right' };

/**
 * The side mentioned, with the span of the first mention; null when none.
 * @example readSide('my left heel')?.value // 'left'
 */
export function readSide(raw: string): { value: 'left' | 'right' | 'both'; span: readonly [number, number] } | null {
  const text = raw.toLowerCase();
  // "Both sides" alone is not a side: "squeeze the heel from both sides", "swelling on both sides of the ankle".
  const both = new RegExp(String.raw`\b(both\s+(?:of\s+my\s+|my\s+)?${PAIRED}|bilateral(?:ly)?|each\s+(?:foot|leg))\b`).exec(text);
  if (both) return { value: 'both', span: [both.index, both.index + both[0].length] };
  // Short forms in notes: "L heel", "R achilles", "lt calf", "heel (L)", "R sided".
  const re = new RegExp(String.raw`\b(left|right|lt|rt|l|r)\s+(?:inner\s+|outer\s+|lower\s+)?${BODY}\b|\bon\s+(?:the|my)\s+(left|right)\b|\b(left|right|l|r)[\s-](?:sided|side)\b|\b${BODY}\s*\((left|right|lt|rt|l|r)\)`, 'g');
  const seen = new Map<string, [number, number]>();
  for (const m of text.matchAll(re)) {
    const side = SHORT[m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''];
    if (side && !seen.has(side)) seen.set(side, [m.index, m.index + m[0].length]);
  }
  const left = seen.get('left');
  const right = seen.get('right');
  if (left && right) return { value: 'both', span: left[0] < right[0] ? left : right };
  if (left) return { value: 'left', span: left };
  if (right) return { value: 'right', span: right };
  return null;
}
