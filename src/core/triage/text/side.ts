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
  const text = blankReferenceSides(raw.toLowerCase());
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

/** "… than the left", "compared with the right leg", "as it does on the left": the side measured against. */
const REFERENCE = new RegExp(String.raw`\b(?:than|compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|relative to|unlike|as (?:it does |they do |it is |they are |seen )?)\s+(?:on\s+|in\s+|at\s+)?(?:the|his|her|my|their)\s+(?:left|right|other)(?:\s+${BODY})?\b`, 'g');
/** "Both calves measure the same", "both arches are flexible": both sides examined, not both sides painful. */
const BOTH_EXAMINED = /\bboth(?=\s+\w+\s+(?:measure|measured|measures|are|were|look|looked)\s+(?:\w+\s+)?(?:the same|equal|symmetrical|similar|normal|flexible|flat|high)\b)/g;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|half)\b/;
const SIDE_WORD = /\b(?:left|right)\b/g;

/**
 * Blank the side a clinician compares the problem side against (dev23: "the right calf is 3 cm larger than the
 * left", "balance lasts 6 seconds on the right and 30 on the left"): that side is the yardstick, not a second
 * painful side. In a sentence of measurements naming both sides, the later one is the yardstick (examiners name
 * the affected side first). Same length, so offsets still hold. Judgement, from how examination findings are written.
 * @example blankReferenceSides('right calf larger than the left').includes('left') // false
 */
export function blankReferenceSides(text: string): string {
  let out = text.replace(REFERENCE, (m) => ' '.repeat(m.length)).replace(BOTH_EXAMINED, (m) => ' '.repeat(m.length));
  for (const s of out.matchAll(/[^.;!?\n]+/g)) {
    const sides = [...s[0].matchAll(SIDE_WORD)];
    const first = sides[0];
    const other = sides.find((x) => x[0] !== first?.[0]);
    if (first === undefined || other === undefined || !NUMBER.test(s[0]) || /\bboth\b|\bbilateral/.test(s[0])) continue;
    const at = s.index + other.index;
    out = out.slice(0, at) + ' '.repeat(other[0].length) + out.slice(at + other[0].length);
  }
  return out;
}
