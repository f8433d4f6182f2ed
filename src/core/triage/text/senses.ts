/**
 * Word senses from the neighbouring words, for the few words runners use in two very different meanings.
 * Applied to every tokenised text and every lexicon phrase alike, so a phrase still matches itself.
 * - "back": the body part ("my back hurts", "lower back", "back pain") versus the rear of something ("back of my
 *   heel", "at the back") versus the adverb ("came back", "back to running", "flew back"). Only the body part may
 *   read as back pain, which pushes sciatica up.
 * - "fall": an injury ("had a fall") versus the season ("last fall", "in the fall"), which must not count as trauma.
 * Judgement, from how runners write.
 * @module
 */
import { PAIN, type Token } from './tokens.ts';

/** Canonical forms for the senses. */
export const SENSE = { rear: 'rear', backAdverb: 'backadv', season: 'autumn' } as const;

const BODY_BEFORE = new Set(['my', 'lower', 'low', 'upper', 'mid', 'bad', 'sore', 'stiff', 'painful', 'achy', 'his', 'her', 'your', 'our', 'dodgy', 'PAIN']);
const BODY_AFTER = new Set([PAIN, 'spasm', 'problem', 'issue', 'trouble', 'injury', 'stiff', 'ach', 'and']);
const ADVERB_BEFORE = new Set(['come', 'came', 'went', 'go', 'goe', 'gone', 'get', 'be', 'flew', 'fly', 'flight', 'run', 'bring', 'brought', 'way', 'step', 'stepp', 'look', 'sent', 'send', 'head', 'drove', 'drive', 'walk', 'cycl', 'bounce', 'bounc', 'push', 'held', 'hold', 'cut', 'ease', 'eas', 'build', 'built', 'start', 'kick']);
const ADVERB_AFTER = new Set(['to', 'into', 'from', 'home', 'again', 'in', 'on', 'then', 'now', 'up', 'out', 'after', 'around', 'round', 'down', 'off', 'when', 'at', 'with', 'before', 'later', 'for', 'over', 'toward', 'towards', 'onto', 'there', 'here', 'since', 'a', 'the', 'it', 'running', 'run']);
const SEASON_BEFORE = new Set(['last', 'this', 'next', 'in', 'early', 'late', 'during', 'autumn']);

function backSense(tokens: readonly Token[], i: number): string {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const p = prev && !prev.punct ? prev.norm : '';
  const n = next && !next.punct ? next.norm : '';
  if (BODY_BEFORE.has(p)) return 'back';
  if (n === 'of') return SENSE.rear;
  if (p === 'the') return BODY_AFTER.has(n) ? 'back' : SENSE.rear;
  if (ADVERB_BEFORE.has(p) || ADVERB_AFTER.has(n)) return SENSE.backAdverb;
  return 'back';
}

function fallSense(tokens: readonly Token[], i: number): string {
  const prev = tokens[i - 1];
  const before = prev?.norm === 'the' ? tokens[i - 2] : prev;
  return tokens[i]?.word === 'fall' && before !== undefined && SEASON_BEFORE.has(before.norm) ? SENSE.season : 'fall';
}

/**
 * Rewrite the normalised form of ambiguous words in place, by their neighbours.
 * @example applySenses(tokenise('the pain came back')) // "back" becomes 'backadv'
 */
export function applySenses(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.norm === 'back') return { ...t, norm: backSense(tokens, i) };
    if (t.norm === 'fall') return { ...t, norm: fallSense(tokens, i) };
    return t;
  });
}
