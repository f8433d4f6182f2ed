/**
 * Negation cue words ("no", "not", "never", "didn't", "without", "denies") and the phrases that look like cues but do
 * not negate ("not only", "no doubt"). Shared by the scope reader (negation.ts) and the verdict readers (verdicts.ts).
 * @module
 */
import { EVERYDAY_FORMS } from './false-friends.ts';
import { PAIN, type Token } from './tokens.ts';

// "zero" is not a cue: "zero drop shoes", "zero pain" reads better as a number than as a negation.
const CUES = new Set(['no', 'not', 'never', 'dont', 'without', 'nor', 'neither', 'none', 'nothing', 'didn', 'doesn', 'isn', 'wasn', 'haven', 'hasn', 'nope', 'denies', 'deny', 'negative']);
/** Cue words that do not negate: "not only", "no doubt"; "no longer" still negates. */
const PSEUDO: readonly (readonly string[])[] = [['not', 'only'], ['no', 'doubt'], ['not', 'just'], ['dont', 'stop'], ['no', 'matter'], ['nothing', 'but'], ['not', 'until'], ['no', 'idea']];
/** Two-word contrasts that deny what follows them. */
const CONTRAST: readonly (readonly [string, string])[] = [['rather', 'than'], ['instead', 'of']];

/** Does the token sequence at i spell these words? */
export function startsWith(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  return seq.every((w, k) => tokens[i + k]?.norm === w || tokens[i + k]?.word === w);
}

/** Is the token at i a negation cue? */
export function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.punct) return false;
  // A word read in its everyday sense ("can't walk without a sharp pain": the "without" says it hurts) is no cue.
  if (EVERYDAY_FORMS.has(t.norm)) return false;
  // "Zero pain at rest" negates; "zero drop shoes" does not.
  if (t.word === 'zero') return tokens[i + 1]?.norm === PAIN || ['swell', 'bruis', 'numb', 'problem', 'issu'].includes(tokens[i + 1]?.norm ?? '');
  // "X rather than Y", "X instead of Y": the contrast denies what follows ("under the middle of the heel rather than
  // at its inner edge", "hurts from the start now instead of easing off"). The cue is the second word, so what comes
  // before it is untouched.
  if (CONTRAST.some(([a, b]) => (t.word === b || t.norm === b) && tokens[i - 1]?.word === a)) return true;
  if (!CUES.has(t.norm) && !CUES.has(t.word)) return false;
  return !PSEUDO.some((p) => startsWith(tokens, i, p));
}
