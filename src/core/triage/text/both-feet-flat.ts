/**
 * Arches said to have flattened on both feet, or with age: "my feet have spread and got flatter with age", "both
 * arches have gone flat over the years" (dev19: metatarsalgia in a 58-year-old). That is flat feet, a standing trait,
 * not `arch-flattening` (one arch collapsing over weeks or months, the sign of a failing tibialis posterior tendon),
 * so it is read as `flat-feet`. Judgement, from how older runners describe their feet.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { KnownFinding } from '../types.ts';

/** Both feet, or a slow change with age, in the sentence of the flattening. */
const BOTH_OR_AGE = /\b(?:feet|both|arches|with age|as i(?:'ve| have)? (?:got|get|gotten) older|over the years|since my (?:twenties|thirties|forties|fifties)|age)\b/;
/** One side named: the one-sided sign stays ("my left foot is flatter than the right"). */
const ONE_SIDE = /\b(?:left|right|one|that|this|other)\s+(?:one|foot|arch|side)\b|\bthan the other\b|\bon (?:the )?(?:left|right)\b/;

/**
 * Read a flattening of both feet, or with age, as flat feet.
 * @example bothFeetFlat(kb, 'my feet have got flatter with age', found) // arch-flattening → flat-feet
 */
export function bothFeetFlat(kb: KnowledgeBase, text: string, found: readonly KnownFinding[]): KnownFinding[] {
  if (!kb.findingById.has('flat-feet')) return [...found];
  const lower = text.toLowerCase();
  return found.map((f) => {
    if (f.id !== 'arch-flattening' || f.value !== true || f.span === undefined) return f;
    const start = Math.max(lower.lastIndexOf('.', f.span[0]), lower.lastIndexOf('!', f.span[0]), lower.lastIndexOf('?', f.span[0])) + 1;
    const endAt = lower.slice(f.span[1]).search(/[.!?]/);
    const sentence = lower.slice(start, endAt < 0 ? lower.length : f.span[1] + endAt);
    return BOTH_OR_AGE.test(sentence) && !ONE_SIDE.test(sentence) ? { ...f, id: 'flat-feet' } : f;
  });
}
