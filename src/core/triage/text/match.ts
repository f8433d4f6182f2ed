/**
 * Tolerant phrase matching: all content words of a phrase must occur in one sentence, in any order, close
 * together ("my heel really hurts" matches "heel hurts"; "the inside of my shin is sore all along" matches
 * "sore all along the inside of my shin").
 * @module
 */
import type { LexEntry } from './lexicon.ts';
import { STOPWORDS, type Token } from './tokens.ts';

/** A phrase found in the text: the token positions it used. */
export interface PhraseMatch {
  readonly entry: LexEntry;
  readonly positions: readonly number[];
  readonly first: number;
  readonly last: number;
}

/** Widest token span allowed for a phrase of n content words. */
export function maxSpan(n: number): number {
  return n <= 1 ? 0 : n <= 3 ? 2 * n - 1 : 2 * n;
}

/** Normalised word → token positions, and each token's count of content words before it (filler words are free). */
export interface TokenIndex {
  readonly words: ReadonlyMap<string, readonly number[]>;
  readonly content: readonly number[];
}

/** Build the index once per text. */
export function indexTokens(tokens: readonly Token[]): TokenIndex {
  const index = new Map<string, number[]>();
  const content: number[] = [];
  let n = 0;
  tokens.forEach((t, i) => {
    content.push(n);
    // Check the surface word too: the stem of "very" or "really" is not itself a stopword.
    if (!t.punct && !STOPWORDS.has(t.norm) && !STOPWORDS.has(t.word)) n += 1;
    if (t.punct) return;
    const list = index.get(t.norm);
    if (list) list.push(i);
    else index.set(t.norm, [i]);
  });
  return { words: index, content };
}

/**
 * Every place a phrase occurs (one match per anchor occurrence of its rarest word).
 * @example findPhrase(entry, tokens, indexTokens(tokens))
 */
export function findPhrase(entry: LexEntry, tokens: readonly Token[], index: TokenIndex): PhraseMatch[] {
  // "No" phrases carry their meaning in word order too: "calf isn't tender" is not "calf is tender, not sure".
  const found = entry.zone || entry.value === false || entry.noInjury || SUPERLATIVE_FIRST.has(entry.words[0] ?? '') || ORDERED_FINDINGS.has(entry.findingId)
    ? findInOrder(entry, tokens, index) : findAnyOrder(entry, tokens, index);
  return found.filter((m) => !crossesBreak(tokens, m) && !(entry.value === false && pseudoNo(tokens, m)));
}

/** "Not just first thing in the morning": a "no" phrase whose own "not" opens "not just" or "not only" says "also". */
function pseudoNo(tokens: readonly Token[], m: PhraseMatch): boolean {
  return m.positions.some((p) => NOT_WORDS.has(tokens[p]?.word ?? '') && ALSO.has(tokens[p + 1]?.word ?? ''));
}
const NOT_WORDS = new Set(['not', 'no']);
const ALSO = new Set(['just', 'only', 'merely', 'simply']);
/** A correction after a comma ("front of my shin is sore, not the bone"): a phrase may not reach past it. */
const CORRECTION = new Set(['not', 'no', 'never']);

/**
 * A phrase that opens with a superlative keeps its order: "worst pain I've had" is extreme pain, but "the pain is
 * worst in those shoes" only says when it is at its worst.
 */
const SUPERLATIVE_FIRST = new Set(['worst']);

/**
 * Findings whose phrases only mean it in their own order: "only been running since" is a beginner, but "after runs,
 * only since the new shoes" is not, nor "at the start of runs" "started running" (dev17).
 */
const ORDERED_FINDINGS = new Set(['new-to-running']);

/** Clause breaks a phrase may not straddle: its words belong to one statement ("swollen, but the top of my foot"). */
const HARD_BREAKS = new Set(['but', 'although', 'though', 'however', 'whereas', 'except', 'yet', 'because']);
/** Punctuation a short phrase may not straddle ("above my heel, worst in the morning, warms up" is not "heel is warm"). */
const SOFT_BREAKS = new Set([',', ':', '(', ')']);

function crossesBreak(tokens: readonly Token[], m: PhraseMatch): boolean {
  const own = new Set(m.positions);
  const short = m.entry.words.length <= 2;
  for (let i = m.first + 1; i < m.last; i++) {
    const t = tokens[i];
    if (t && !own.has(i) && (HARD_BREAKS.has(t.word) || (short && SOFT_BREAKS.has(t.word)))) return true;
    if (t && !own.has(i) && CORRECTION.has(t.word) && SOFT_BREAKS.has(tokens[i - 1]?.word ?? '')) return true;
  }
  return false;
}

/**
 * Places are noun phrases whose word order carries the meaning ("outside of my shin" is not "shin, just outside"),
 * so their words must come in order, close together, in one sentence.
 */
function findInOrder(entry: LexEntry, tokens: readonly Token[], index: TokenIndex): PhraseMatch[] {
  const lists = entry.words.map((w) => index.words.get(w) ?? []);
  if (lists.some((l) => l.length === 0)) return [];
  // "No injury" phrases are word for word: "no previous injury" is history, not "no injury".
  const span = entry.noInjury ? entry.words.length - 1 : maxSpan(entry.words.length);
  const dist = (a: number, b: number): number => Math.abs((index.content[a] ?? 0) - (index.content[b] ?? 0));
  const out: PhraseMatch[] = [];
  for (const start of lists[0] ?? []) {
    const positions = [start];
    for (let i = 1; i < lists.length; i++) {
      const prev = positions[positions.length - 1] ?? start;
      const next = (lists[i] ?? []).find((p) => p > prev && tokens[p]?.sentence === tokens[start]?.sentence && dist(p, start) <= span);
      if (next === undefined) break;
      positions.push(next);
    }
    if (positions.length === lists.length) out.push({ entry, positions, first: start, last: positions[positions.length - 1] ?? start });
  }
  return out;
}

function findAnyOrder(entry: LexEntry, tokens: readonly Token[], index: TokenIndex): PhraseMatch[] {
  const lists = entry.words.map((w) => index.words.get(w) ?? []);
  const dist = (a: number, b: number): number => Math.abs((index.content[a] ?? 0) - (index.content[b] ?? 0));
  if (lists.some((l) => l.length === 0)) return [];
  let anchorWord = 0;
  lists.forEach((l, i) => {
    if (l.length < (lists[anchorWord]?.length ?? Infinity)) anchorWord = i;
  });
  const span = maxSpan(entry.words.length);
  const out: PhraseMatch[] = [];
  for (const anchor of lists[anchorWord] ?? []) {
    const sentence = tokens[anchor]?.sentence;
    const used = new Set<number>([anchor]);
    let ok = true;
    for (let i = 0; i < lists.length && ok; i++) {
      if (i === anchorWord) continue;
      let bestPos = -1;
      for (const pos of lists[i] ?? []) {
        if (used.has(pos) || tokens[pos]?.sentence !== sentence || dist(pos, anchor) > span) continue;
        if (bestPos < 0 || dist(pos, anchor) < dist(bestPos, anchor)) bestPos = pos;
      }
      if (bestPos < 0) ok = false;
      else used.add(bestPos);
    }
    if (!ok) continue;
    const positions = [...used].sort((a, b) => a - b);
    const first = positions[0] ?? anchor;
    const last = positions[positions.length - 1] ?? anchor;
    if (dist(last, first) <= span) out.push({ entry, positions, first, last });
  }
  return out;
}

/** Lexicon → for each word, the entries whose most selective word it is (built once per compiled lexicon). */
const keyIndex = new WeakMap<readonly LexEntry[], ReadonlyMap<string, readonly number[]>>();

/**
 * The lexicon's entries keyed by their most selective word (built once per compiled lexicon).
 * @example phraseKeys(compileLexicon(kb)).get('heel')
 */
export function phraseKeys(entries: readonly LexEntry[]): ReadonlyMap<string, readonly number[]> {
  const hit = keyIndex.get(entries);
  if (hit) return hit;
  const uses = new Map<string, number>();
  for (const e of entries) for (const w of new Set(e.words)) uses.set(w, (uses.get(w) ?? 0) + 1);
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    // Key each entry by its rarest word across the lexicon, so a common word ("PAIN", "foot") wakes few entries.
    let key = e.words[0] ?? '';
    for (const w of e.words) if ((uses.get(w) ?? 0) < (uses.get(key) ?? 0)) key = w;
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  });
  keyIndex.set(entries, index);
  return index;
}

/**
 * Every match of every lexicon entry, in lexicon order — the same as `entries.flatMap(findPhrase)`, but only the
 * entries whose words all occur in the text are tried (a phrase with a missing word cannot match).
 * @example findAll(compileLexicon(kb), tokens, indexTokens(tokens))
 */
export function findAll(entries: readonly LexEntry[], tokens: readonly Token[], index: TokenIndex): PhraseMatch[] {
  const byKey = phraseKeys(entries);
  const tried: number[] = [];
  for (const word of index.words.keys()) {
    for (const i of byKey.get(word) ?? []) {
      const e = entries[i];
      if (e && e.words.every((w) => index.words.has(w))) tried.push(i);
    }
  }
  tried.sort((a, b) => a - b);
  const out: PhraseMatch[] = [];
  for (const i of tried) {
    const e = entries[i];
    if (e) for (const m of findPhrase(e, tokens, index)) out.push(m);
  }
  return out;
}
