/**
 * Verdicts said after the thing named, which settle whether it hurts: "the Achilles itself is fine", "the bones are
 * fine to press", "heel and tendon fine", "I pressed the bumps on both sides … none of that hurts", "the base of the
 * little toe isn't sore". Used by the negation scope reader (negation.ts). Judgement, from how runners and notes write.
 * @module
 */
import { isCue } from './negation-cues.ts';
import { PAIN, type Token } from './tokens.ts';

/**
 * Linking words between a thing and its verdict: "the Achilles (itself) is fine", "other joints seem ok". Not "looks":
 * "toes look normal" is about how they look, not whether they hurt.
 */
const LINKS = new Set(['itself', 'themselves', 'be', 'seem', 'seems', 'feel', 'feels', 'still', 'all', 'both', 'totally', 'completely', 'perfectly', 'absolutely', PAIN]);
// A note's verdict after a symptom reads the same way: "first-step pain absent", "first-step pain minimal".
const VERDICT_FINE = new Set(['fin', 'fine', 'ok', 'okay', 'alright', 'normal', 'absent', 'minimal', 'nil']);
export const SORE_WORDS = new Set([PAIN, 'tender', 'painful', 'hurt', 'hurting', 'sensitive', 'swollen', 'swell']);
/** Words that keep a "fine" from closing the statement: "the heel is fine when I walk", "fine until mile 3". */
const FINE_QUALIFIERS = new Set(['when', 'whe', 'while', 'whilst', 'in', 'until', 'till', 'during', 'at', 'on', 'for', 'after', 'before', 'unless', 'if', 'now', 'most', 'first', 'mostly', 'once', 'to', 'with', 'walking', 'walk', 'but', 'then', 'day', 'between']);

/** Pressing words after "fine to …": "fine to press", "ok to touch". */
const PRESS_WORDS = new Set(['press', 'pressing', 'touch', 'touching', 'prod', 'prodding', 'poke', 'poking', 'squeeze', 'squeezing']);

/** Is the token at i a verdict of "fine to press" ("the bones are fine to press", "ok to touch")? */
export function fineToPress(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !(VERDICT_FINE.has(t.norm) || VERDICT_FINE.has(t.word))) return false;
  return tokens[i + 1]?.word === 'to' && PRESS_WORDS.has(tokens[i + 2]?.word ?? '');
}

/**
 * A verdict after the thing named, closing the statement: "squeezing the Achilles is fine.", "hands and other
 * joints fine", "the tendon itself isn't sore". A "fine" that goes on with a time or condition ("the heel is fine
 * when I walk", "fine until 5k") says when it does not hurt, not that it never does, so it is left alone. Judgement.
 */
export function saidFineAfter(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start - 1]?.sentence;
  let i = start;
  let links = 0;
  while (links < 3 && tokens[i] !== undefined && !tokens[i]?.punct && (LINKS.has(tokens[i]?.norm ?? '') || LINKS.has(tokens[i]?.word ?? ''))) {
    i += 1;
    links += 1;
  }
  const t = tokens[i];
  if (!t || t.punct || t.sentence !== sentence) return false;
  if (VERDICT_FINE.has(t.norm) || VERDICT_FINE.has(t.word)) {
    const next = tokens[i + 1];
    if (next === undefined || next.sentence !== sentence || next.norm === 'and') return true;
    // "the ankle itself is fine now.": a closing "now" or "again" still closes the statement.
    if (NOW_CLOSE.has(next.word)) return closes(tokens[i + 2], sentence);
    if (next.norm === ',') return !FINE_QUALIFIERS.has(tokens[i + 2]?.word ?? '');
    return next.punct && next.norm !== '-';
  }
  // "the Achilles itself isn't sore", "the bone isn't tender": a cue then a pain word right after the thing; a
  // clinical note leaves out the verb ("navicular not tender").
  if ((links > 0 || t.word === 'not') && isCue(tokens, i)) return SORE_WORDS.has(tokens[i + 1]?.norm ?? '') || SORE_WORDS.has(tokens[i + 1]?.word ?? '');
  return links === 0 && deniedRightAfter(tokens, i);
}

/**
 * Two things under one verdict: "heel and tendon fine", "the ankle and the arch are ok". The first thing is cleared
 * too, but only for a place and across one or two words after the "and" (the second thing, never a pronoun), so "it
 * goes and I'm fine" or a longer clause is left alone. Judgement, from how notes and forum posts list what is not sore.
 */
const PRONOUNS = new Set(['i', 'im', 'ive', 'me', 'it', 'its', 'everything', 'all', 'that', 'thats', 'this', 'he', 'she', 'hes', 'shes', 'they', 'we', 'you', 'then']);

export function pairedFineAfter(tokens: readonly Token[], start: number): boolean {
  const and = tokens[start];
  if (and?.norm !== 'and') return false;
  for (let k = start + 2; k <= start + 3; k++) {
    const between = tokens.slice(start + 1, k);
    if (between.some((t) => t.punct || t.sentence !== and.sentence || t.norm === PAIN || FINE_QUALIFIERS.has(t.word) || PRONOUNS.has(t.word))) return false;
    if (saidFineAfter(tokens, k)) return true;
  }
  return false;
}

const PRESSED = new Set(['pressed', 'pressing', 'press', 'pushed', 'prodded', 'prod', 'poked', 'squeezed', 'touched', 'checked', 'felt']);

/** Is the phrase part of a list of places pressed or checked ("I pressed the bumps on both sides, …")? */
export function pressedBefore(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && tokens[k]?.sentence === sentence; k--) if (PRESSED.has(tokens[k]?.word ?? '')) return true;
  return false;
}

const NONE_OF = new Set(['that', 'those', 'these', 'them', 'it']);
export const HURT_WORDS = new Set([PAIN, 'hurt', 'hurts', 'tender', 'painful', 'sore']);

/**
 * Words from `start` to a closing "none of that hurts" in the same sentence (after places pressed or checked), or -1 when there is none. Only within
 * 25 words, and only when the pain word follows within two words ("none of that hurts her", "none of those are sore").
 */
export function closingNone(tokens: readonly Token[], start: number): number {
  const sentence = tokens[start - 1]?.sentence;
  let words = 0;
  for (let k = start; k < tokens.length && words <= 25; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return -1;
    if (!t.punct) words += 1;
    if (t.word !== 'none' || tokens[k + 1]?.word !== 'of' || !NONE_OF.has(tokens[k + 2]?.word ?? '')) continue;
    for (let j = k + 3; j <= k + 5; j++) {
      const w = tokens[j];
      if (w && (HURT_WORDS.has(w.norm) || HURT_WORDS.has(w.word))) return words;
    }
  }
  return -1;
}

const NOW_CLOSE = new Set(['now', 'again', 'nowadays']);
const closes = (t: Token | undefined, sentence: number | undefined): boolean => t === undefined || t.sentence !== sentence || (t.punct && t.norm !== '-') || t.norm === 'and';

/** Degree words between a negation and its verdict ("aren't especially bad", "isn't that sore"). */
const DEGREE = new Set(['especially', 'especial', 'particularly', 'particular', 'that', 'too', 'very', 'really', 'real', 'overly', 'massively']);
export const BAD_WORDS = new Set([...SORE_WORDS, 'bad']);

/**
 * A closed verdict straight after the thing named, with no linking word: "the base of the little toe isn't sore.",
 * "first steps in the morning aren't especially bad". The verdict must end the statement (stop, comma, "and" or the
 * end), so "isn't sore until mile 3" stays a statement about when it hurts. Judgement, from forum wording.
 */
function deniedRightAfter(tokens: readonly Token[], i: number): boolean {
  if (!isCue(tokens, i)) return false;
  let k = i + 1;
  if (DEGREE.has(tokens[k]?.word ?? '') || DEGREE.has(tokens[k]?.norm ?? '')) k += 1;
  const verdict = tokens[k];
  if (!verdict || !(BAD_WORDS.has(verdict.norm) || BAD_WORDS.has(verdict.word))) return false;
  const next = tokens[k + 1];
  return next === undefined || next.sentence !== verdict.sentence || (next.punct && next.norm !== '-') || next.norm === 'and';
}
