/**
 * The side that does not hurt: "the left is fine", "my other foot's ok", "right ankle has no problems". Runners say it
 * to tell which side is the bad one, so the problem is on the opposite side, and the words about the healthy side
 * ("left shin is fine and not swollen") describe that side, not the problem: they give no findings. Judgement, from
 * how runners write.
 * @module
 */

/** What the text says about a side that is fine. */
export interface HealthySide {
  /** The side said to be fine, or null when it is only "the other one". */
  readonly side: 'left' | 'right' | null;
  /** Character spans of the statements about the healthy side (from the side word to the end of its clause). */
  readonly spans: readonly (readonly [number, number])[];
  /** The span of the first such statement. */
  readonly first: readonly [number, number];
}

const PART = String.raw`(?:one|side|foot|feet|leg|legs|lower\s+leg|ankle|heel|shin|calf|achilles|knee|big\s+toe|toes?|arch|sole)`;
const LINK = String.raw`(?:'s|\s+is|\s+are|\s+was|\s+seems|\s+feels|\s+has\s+been|\s+has|\s+have|\s+one's|\s+one\s+is)?`;
const INTENSIFIER = String.raw`(?:(?:totally|completely|perfectly|absolutely|still|all|quite|100%)\s+)?`;
const VERDICT = String.raw`(?:fine|ok|okay|alright|all\s+right|normal|unaffected|not\s+affected|perfect|pain[- ]free|not\s+sore|not\s+painful|no\s+problems?|no\s+issues?|no\s+pain|(?:doesn't|doesnt|does\s+not)\s+hurt)`;
/** "the left (foot) is fine", "my other one's ok", "right side no problems". */
const HEALTHY = new RegExp(
  String.raw`\b(?:(?:the|my|his|her|your)\s+)?(left|right|other|good|opposite)(?:\s+${PART})?${LINK}\s*${INTENSIFIER}${VERDICT}\b`,
  'g',
);
/** Words after a "fine" that say when it is fine, not that the side is fine ("left is fine when I walk"). */
const QUALIFIED = /^\s*(?:when|while|whilst|until|till|in|on|at|during|for|after|before|unless|if|most|mostly|to|with|walking|now)\b/;
/** Where the statement about the healthy side ends: punctuation or a word that turns to something else. */
const CLAUSE_END = /[.!?;,\n]|\b(?:but|whereas|though|although|while|whilst|however|except|it's|its|it\s+is|only)\b/g;

/**
 * Statements that a side is fine, or null when there are none.
 * @example readHealthySide('Heel hurts every morning. Left is fine.')?.side // 'left'
 */
export function readHealthySide(raw: string): HealthySide | null {
  const text = raw.toLowerCase();
  const spans: [number, number][] = [];
  let side: 'left' | 'right' | null = null;
  for (const m of text.matchAll(HEALTHY)) {
    const end = m.index + m[0].length;
    if (QUALIFIED.test(text.slice(end))) continue;
    // "It's all right now" is not a side.
    if (m[1] === 'right' && /\ball\s+$/.test(text.slice(0, m.index))) continue;
    CLAUSE_END.lastIndex = end;
    const stop = CLAUSE_END.exec(text);
    spans.push([m.index, stop === null ? text.length : stop.index]);
    if (side === null && (m[1] === 'left' || m[1] === 'right')) side = m[1];
  }
  const first = spans[0];
  return first === undefined ? null : { side, spans, first };
}

/**
 * The text with the healthy side's statements blanked out (same length, so offsets still hold).
 * @example blankSpans('left is fine', [[0, 12]]) // '            '
 */
export function blankSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
