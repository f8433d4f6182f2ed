/**
 * Own words → findings. Every finding keeps the span of text it came from, so the UI can show it as a chip
 * the runner can remove or correct.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import { MAX_TEXT_LENGTH, TriageInputError } from '../errors.ts';
import type { AssessOptions, FindingValue, KnownFinding } from '../types.ts';
import { compileLexicon } from './lexicon.ts';
import { findPhrase, indexTokens, type PhraseMatch } from './match.ts';
import { polarity, type Polarity } from './negation.ts';
import { readNumbers, type NumberMention } from './numbers.ts';
import { readSide } from './side.ts';
import { PAIN, STOPWORDS, tokenise, type Token } from './tokens.ts';

/** What the text said, with notes on anything read but not used. */
export interface Understood {
  readonly findings: KnownFinding[];
  readonly notes: string[];
}

/**
 * Reject text the engine must not read: empty, too long, binary or badly decoded.
 * @example checkText('') // throws TriageInputError('text-empty')
 */
export function checkText(text: string): void {
  if (text.trim() === '') throw new TriageInputError('text-empty', 'the description is empty: say where it hurts and what it feels like');
  if (text.length > MAX_TEXT_LENGTH) {
    throw new TriageInputError('text-too-long', `the description is too long (${text.length} characters; the limit is ${MAX_TEXT_LENGTH})`);
  }
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) throw new TriageInputError('text-binary', 'the description contains binary data, not text');
  if (text.includes('\ufffd')) throw new TriageInputError('text-binary', 'the description is not valid UTF-8 text');
}

/**
 * Prefer the longest reading when phrases nest: drop a match whose meaningful words all belong to a longer match
 * ("heel" inside "back of my heel", "pressure" inside "high blood pressure", "smoker" inside "non-smoker",
 * "back … hurts" inside "back of my heel hurts"). Filler words and pain words ("hurts", "sore") are shared by many
 * phrases, so they do not count when comparing. A longer phrase is the more specific statement of what was said.
 */
export function dropNested(tokens: readonly Token[], matches: readonly PhraseMatch[]): PhraseMatch[] {
  const core = matches.map((m) => m.positions.filter((p) => {
    const t = tokens[p];
    return t !== undefined && t.norm !== PAIN && !STOPWORDS.has(t.norm) && !STOPWORDS.has(t.word);
  }));
  return matches.filter((m, i) => {
    const mine = core[i] ?? [];
    return !matches.some((o, j) => {
      const theirs = core[j] ?? [];
      if (o === m || !mine.every((p) => theirs.includes(p))) return false;
      return theirs.length > mine.length || (theirs.length === mine.length && o.positions.length > m.positions.length);
    });
  });
}

function spanOf(tokens: readonly Token[], m: PhraseMatch): [number, number] {
  return [tokens[m.first]?.start ?? 0, tokens[m.last]?.end ?? 0];
}

const NUMBER_FINDINGS: Record<NumberMention['kind'], readonly string[]> = {
  'duration-weeks': ['duration-weeks'],
  'weekly-km': ['weekly-distance-km'],
  'change-percent': ['distance-change-percent'],
  'shoe-km': ['shoe-distance-km'],
  'pain-score': ['pain-score', 'pain-severity', 'pain-intensity', 'pain-level'],
  age: ['age-years'],
  sex: ['sex'],
};

/** A red-flag "yes" negated from further away than this many words becomes unknown rather than "no" (safety). */
export const RED_FLAG_NEGATION_REACH = 3;

/**
 * The value a matched phrase gives its finding, or null to ignore it.
 * - A "no" phrase ("can walk fine") is already negative: only a cue right before it flips it ("not able to walk");
 *   a cue further back belongs to something else ("No swelling, can walk fine").
 * - A negated choice option says nothing about which option holds.
 * - A red-flag "yes" negated only from afar or through a list ("no swelling, redness or fever") becomes unknown, so
 *   the red-flag screen still asks about it: unsure means more care.
 */
function readValue(kb: KnowledgeBase, m: PhraseMatch, p: Polarity): FindingValue | null {
  const { findingId, value } = m.entry;
  if (p.how === 'uncertain') return 'unknown';
  if (p.how === 'affirmed') return value;
  if (typeof value === 'string') return null;
  if (value === false) return p.distance <= 1 && !p.throughList ? true : false;
  const redFlag = kb.findingById.get(findingId)?.redFlag === true;
  if (redFlag && (p.throughList || p.distance > RED_FLAG_NEGATION_REACH)) return 'unknown';
  return false;
}

/**
 * Read a runner's description into findings (source "text", with spans).
 * @example
 * understandText(kb, "No swelling, but my left heel hurts first thing in the morning for 3 weeks").findings
 * // [{ id: 'swelling', value: false, … }, { id: 'side', value: 'left', … }, { id: 'pain-heel-underside', value: true, … }, …]
 */
export function understandText(kb: KnowledgeBase, text: string, options: AssessOptions = {}): Understood {
  checkText(text);
  const tokens = tokenise(text);
  const index = indexTokens(tokens);
  const matches = dropNested(tokens, compileLexicon(kb).flatMap((e) => findPhrase(e, tokens, index)));
  matches.sort((a, b) => a.first - b.first || b.positions.length - a.positions.length || a.entry.findingId.localeCompare(b.entry.findingId));
  const found: { id: string; value: FindingValue; span: [number, number] }[] = [];
  const notes: string[] = [];
  for (const m of matches) {
    const v = readValue(kb, m, polarity(tokens, m));
    if (v !== null) found.push({ id: m.entry.findingId, value: v, span: spanOf(tokens, m) });
  }
  const side = readSide(text);
  if (side && kb.findingById.has('side')) found.push({ id: 'side', value: side.value, span: [side.span[0], side.span[1]] });
  const seenKinds = new Set<string>();
  for (const n of readNumbers(text, options.today)) {
    if (seenKinds.has(n.kind)) continue;
    const f = NUMBER_FINDINGS[n.kind].map((id) => kb.findingById.get(id)).find((x) => x !== undefined);
    if (!f) {
      notes.push(`Read "${text.slice(n.span[0], n.span[1]).trim()}" but there is no question it answers yet.`);
      continue;
    }
    if (typeof n.value === 'number' && ((f.min !== undefined && n.value < f.min) || (f.max !== undefined && n.value > f.max))) continue;
    if (f.type === 'choice' && !(f.options ?? []).some((o) => o.value === n.value)) continue;
    seenKinds.add(n.kind);
    found.push({ id: f.id, value: n.value, span: [n.span[0], n.span[1]] });
  }
  if (seenKinds.has('change-percent') && kb.findingById.has('recent-training-increase')) {
    const change = found.find((f) => f.id === 'distance-change-percent');
    if (change && typeof change.value === 'number' && change.value >= 10 && !found.some((f) => f.id === 'recent-training-increase')) {
      found.push({ id: 'recent-training-increase', value: true, span: change.span });
    }
  }
  return { findings: impliedPlaces(kb, mergeLatest(kb, found, notes)), notes };
}

/**
 * A statement tied to a place says where it hurts: "my calf is swollen", "the bump by my little toe is sore".
 * The longer phrase hides the bare place word (dropNested), so add the place as a finding with the same span,
 * unless the text said that place does not hurt.
 */
function impliedPlaces(kb: KnowledgeBase, findings: KnownFinding[]): KnownFinding[] {
  const out = [...findings];
  for (const k of findings) {
    const zone = k.value === true ? kb.findingById.get(k.id)?.zone : undefined;
    const place = zone === undefined ? undefined : `pain-${zone}`;
    if (place === undefined || place === k.id || !kb.findingById.has(place) || out.some((f) => f.id === place)) continue;
    out.push(k.span ? { id: place, value: true, source: 'text', span: k.span } : { id: place, value: true, source: 'text' });
  }
  return out;
}

function mergeLatest(kb: KnowledgeBase, found: readonly { id: string; value: FindingValue; span: [number, number] }[], notes: string[]): KnownFinding[] {
  const byId = new Map<string, KnownFinding>();
  for (const f of [...found].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])) {
    const prev = byId.get(f.id);
    const keepFlag = prev?.value === true && f.value === false && kb.findingById.get(f.id)?.redFlag === true;
    if (prev && prev.value !== f.value && f.value !== 'unknown' && prev.value !== 'unknown' && !keepFlag) {
      notes.push(`The description says both "${kb.findingById.get(f.id)?.label ?? f.id}" and its opposite; using the later statement.`);
    }
    if (prev && (prev.value === f.value || (f.value === 'unknown' && prev.value !== 'unknown'))) continue;
    // A warning sign once said stays said: a later "no" in the same text is more often loose wording than a
    // correction, and the runner can still remove the chip or answer the question (safety first; judgement).
    if (keepFlag) {
      notes.push(`Kept "${kb.findingById.get(f.id)?.label ?? f.id}" as a warning sign although the description also seems to say the opposite; answer the question to correct it.`);
      continue;
    }
    byId.set(f.id, { id: f.id, value: f.value, source: 'text', span: f.span });
  }
  return [...byId.values()];
}
