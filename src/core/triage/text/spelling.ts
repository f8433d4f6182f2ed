/**
 * Tolerant spelling: a word the lexicon does not know, one typing slip away from exactly one word it does know, is
 * read as that word ("achillies" → achilles, "planter" → plantar, "swolen" → swollen, "tendonits" → tendonitis).
 * Phone typing drops, doubles, swaps or mistypes one letter far more often than two (Damerau 1964), so one edit
 * (insert, delete, substitute or swap two neighbours) is allowed, and only where a slip cannot change the meaning:
 * - only words of six letters or more, and only towards lexicon words of six letters or more (short words have
 *   too many real neighbours: "heal"/"heel", "calf"/"half");
 * - never for negations, filler or any word the tokeniser already knows ("wasnt", "without");
 * - the first three letters must agree (slips early in a word are rarer, and a different start usually means a
 *   different real word: "swapped" is not "snapped", "clocks" not "clicks", "wheels" not "heels");
 * - a difference only in a regular ending is a different form, not a slip ("jumper" is not "jumped");
 * - a few real words one letter from a lexicon word are listed and never changed ("plated", "surgeon");
 * - the nearest lexicon word must be the only one, else the word is left alone.
 * Judgement; the limits are conservative on purpose, since a wrong correction invents a symptom.
 * @module
 */
import { EVERYDAY_FORMS } from './false-friends.ts';
import type { LexEntry } from './lexicon.ts';
import { readTokens } from './senses.ts';
import { isKnownWord, STOPWORDS, type Token } from './tokens.ts';

/** Shortest word that may be corrected, and shortest lexicon word it may become. */
export const MIN_CORRECTABLE = 6;

/** Real words one slip from a lexicon word, seen in runners' texts: never corrected. */
const REAL_WORDS = new Set(['though', 'through', 'thought', 'although', 'throughout', 'plated', 'plates', 'surgeon', 'surgeons', 'printing', 'shouting', 'burying', 'started', 'starter', 'stepper', 'trainer', 'sitting', 'setting', 'walker', 'runner', 'bunion', 'muscles', 'pointed', 'flights', 'slights', 'planner', 'tangled', 'tingled',
  // Real words in clinicians' and runners' prose that sit one slip from a lexicon word (dev23: "seeking opinion" had
  // become a seeping wound, "past medical history" a medial place).
  'seeking', 'seeing', 'medical', 'father', 'forcing', 'candle', 'settee', 'banked', 'cancel', 'hallway', 'pulsing',
  'staple', 'retraining', 'heading', 'feeding', 'shouts', 'internal', 'rammed', 'graded', 'breadth', 'pasting',
  'swearing', 'lanced']);
/** Regular endings: two words that differ only there are two forms, not a slip. */
const ENDING = /(?:er|ed|es|ly|en|s)$/;

/** Lexicon words by surface form, with every one-letter deletion of each for fast look-up. */
interface Vocabulary {
  readonly stems: ReadonlySet<string>;
  readonly surface: ReadonlyMap<string, string>;
  readonly byDeletion: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<readonly LexEntry[], Vocabulary>();

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping early above 1 (all we need to know). */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Do the two words agree except in their last two letters, both being a regular ending? */
function endingOnly(a: string, b: string): boolean {
  return a.slice(0, -2) === b.slice(0, -2) && ENDING.test(a) && ENDING.test(b);
}

function vocabulary(entries: readonly LexEntry[]): Vocabulary {
  const hit = cache.get(entries);
  if (hit) return hit;
  const stems = new Set<string>();
  const surface = new Map<string, string>();
  const byDeletion = new Map<string, string[]>();
  const index = (key: string, word: string): void => {
    const list = byDeletion.get(key);
    if (!list) byDeletion.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const e of entries) {
    for (const w of e.words) stems.add(w);
    for (const t of readTokens(e.phrase)) {
      if (t.punct || t.word.length < MIN_CORRECTABLE || /\d/.test(t.word) || surface.has(t.word)) continue;
      surface.set(t.word, t.norm);
      index(t.word, t.word);
      for (const d of deletions(t.word)) index(d, t.word);
    }
  }
  const v = { stems, surface, byDeletion };
  cache.set(entries, v);
  return v;
}

/**
 * The lexicon word a misspelt word stands for, or null when it is not a slip of exactly one lexicon word.
 * @example correction(compileLexicon(kb), 'planter') // 'plantar'
 */
export function correction(entries: readonly LexEntry[], word: string): string | null {
  const v = vocabulary(entries);
  if (word.length < MIN_CORRECTABLE || /[^a-z]/.test(word) || v.surface.has(word) || isKnownWord(word) || STOPWORDS.has(word) || REAL_WORDS.has(word)) return null;
  const found = new Set<string>();
  for (const key of [word, ...deletions(word)]) {
    for (const c of v.byDeletion.get(key) ?? []) {
      if (c.slice(0, 3) !== word.slice(0, 3) || !withinOne(word, c) || endingOnly(word, c)) continue;
      const stem = v.surface.get(c);
      if (stem !== undefined) found.add(stem);
    }
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : null;
}

/**
 * Rewrite the normalised form of misspelt words so the lexicon matches them; the surface word and span stay.
 * @example correctSpelling(readTokens('my planter fascia'), compileLexicon(kb))[1]?.norm // 'plantar'
 */
export function correctSpelling(tokens: readonly Token[], entries: readonly LexEntry[]): Token[] {
  const v = vocabulary(entries);
  return tokens.map((t) => {
    // A word already read in its everyday sense ("operations manager") is not a slip of the medical one.
    if (t.punct || v.stems.has(t.norm) || EVERYDAY_FORMS.has(t.norm)) return t;
    const fixed = correction(entries, t.word);
    return fixed === null ? t : { ...t, norm: fixed };
  });
}
