/**
 * Negation and uncertainty scope (NegEx-style): a cue such as "no", "not", "never", "didn't", "without" negates
 * what follows in the same clause, through lists ("no swelling, bruising or redness"), until a clause break
 * ("but", "although", a comma or "and" followed by a new subject). "Not sure" / "don't know" make a finding
 * unknown instead. "Can't" is not a negation here: "can't walk" is a symptom.
 * @module
 */
import type { PhraseMatch } from './match.ts';
import type { Token } from './tokens.ts';

const CUES = new Set(['no', 'not', 'never', 'dont', 'without', 'nor', 'neither', 'none', 'nothing', 'didn', 'doesn', 'isn', 'wasn', 'haven', 'hasn', 'nope', 'zero', 'denies', 'deny', 'negative']);
const BREAKS = new Set(['since', 'but', 'however', 'although', 'though', 'except', 'yet', 'apart', 'because', 'whereas', 'only', 'just']);
const NEW_SUBJECT = new Set(['i', 'it', 'its', 'my', 'the', 'this', 'that', 'there', 'she', 'he', 'we', 'they', 'which', 'then', 'now', 'im', 'ive']);
const HEDGES: readonly (readonly string[])[] = [['not', 'sure'], ['unsure'], ['dont', 'know'], ['no', 'idea'], ['cant', 'tell'], ['not', 'certain'], ['dont', 'think'], ['unclear'], ['maybe', 'not']];
/** Cue words that do not negate: "not only", "no doubt", "no longer" still negates. */
const PSEUDO: readonly (readonly string[])[] = [['not', 'only'], ['no', 'doubt'], ['not', 'just'], ['dont', 'stop']];
/** How many words a cue reaches. */
export const SCOPE = 6;

function startsWith(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  return seq.every((w, k) => tokens[i + k]?.norm === w || tokens[i + k]?.word === w);
}

function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.punct) return false;
  if (!CUES.has(t.norm) && !CUES.has(t.word)) return false;
  return !PSEUDO.some((p) => startsWith(tokens, i, p));
}

function breaksScope(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (BREAKS.has(t.norm) || BREAKS.has(t.word)) return true;
  if (t.norm === ',' || t.norm === 'and' || t.norm === ':' || t.norm === '(' || t.norm === ')') {
    const next = tokens[i + 1];
    return next !== undefined && NEW_SUBJECT.has(next.norm);
  }
  return false;
}

/** Is a hedge ("not sure", "don't know") in scope before the match? */
function hedged(tokens: readonly Token[], m: PhraseMatch): boolean {
  const sentence = tokens[m.first]?.sentence;
  for (let i = m.first - 1; i >= 0 && m.first - i <= SCOPE + 2; i--) {
    if (tokens[i]?.sentence !== sentence || breaksScope(tokens, i)) break;
    if (HEDGES.some((h) => startsWith(tokens, i, h))) return true;
  }
  return false;
}

/**
 * How the text states a matched phrase: affirmed, negated, or uncertain.
 * @example polarity(tokenise('no swelling'), match) // 'negated'
 */
export function polarity(tokens: readonly Token[], m: PhraseMatch): 'affirmed' | 'negated' | 'uncertain' {
  if (hedged(tokens, m)) return 'uncertain';
  const own = new Set(m.positions);
  // A cue inside the matched stretch (not part of the phrase itself): "shin isn't sore".
  for (let i = m.first + 1; i < m.last; i++) if (!own.has(i) && isCue(tokens, i)) return 'negated';
  const sentence = tokens[m.first]?.sentence;
  let words = 0;
  for (let i = m.first - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence || breaksScope(tokens, i)) break;
    if (isCue(tokens, i)) return 'negated';
    if (!t.punct) words += 1;
    if (words > SCOPE) break;
  }
  // Post-cue: "swelling: none", "bruising - no."
  const after = tokens[m.last + 1];
  const after2 = tokens[m.last + 2];
  if (after && (after.norm === 'none' || (after.punct && after2?.norm === 'none'))) return 'negated';
  if (after && after.punct && after.norm !== '.' && after2?.norm === 'no' && (tokens[m.last + 3]?.punct ?? true)) return 'negated';
  return 'affirmed';
}
