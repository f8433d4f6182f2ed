/**
 * Negation and uncertainty scope (NegEx-style): a cue such as "no", "not", "never", "didn't", "without" negates
 * what follows in the same clause. A clause ends at "but", "although", "since", a full stop or semicolon, and at a
 * comma or "and" that starts a new clause ("No swelling, can walk fine": the comma ends the "no"). A comma only
 * carries the negation on through a list of bare items ("no bruising, swelling or redness"). "Not sure" / "don't
 * know" make a finding unknown instead. "Can't" is not a negation here: "can't walk" is a symptom.
 * @module
 */
import type { PhraseMatch } from './match.ts';
import { isCue, startsWith } from './negation-cues.ts';
import { BAD_WORDS, closingNone, fineToPress, HURT_WORDS, pairedFineAfter, pressedBefore, saidFineAfter, SORE_WORDS } from './verdicts.ts';
import { PAIN, type Token } from './tokens.ts';

export const BREAKS: ReadonlySet<string> = new Set(['since', 'but', 'however', 'although', 'though', 'except', 'yet', 'apart', 'because', 'whereas', 'only', 'just', 'cos', 'cause', 'otherwise', 'instead', 'unlike', 'until', 'till']);
const NEW_SUBJECT = new Set(['i', 'it', 'its', 'my', 'his', 'her', 'their', 'our', 'your', 'the', 'this', 'that', 'there', 'she', 'he', 'we', 'they', 'which', 'then', 'now', 'im', 'ive', 'id', 'ill', 'itll', 'theres', 'thats', 'today', 'still', 'also']);
/**
 * Words that begin a new clause after a comma or "and": a subject, or a verb or modal with the subject left out,
 * as runners write ("no swelling, can walk fine", "no bruise and can't put weight on it").
 */
export const CLAUSE_START: ReadonlySet<string> = new Set([
  ...NEW_SUBJECT, 'can', 'cant', 'could', 'couldnt', 'will', 'wont', 'would', 'be', 'have', 'get', 'feel', 'felt', 'seem',
  'walk', 'run', 'able', 'look', 'go', 'went', 'come', 'came', 'start', 'keep', 'kept', 'need', 'want', 'think', 'hope', 'use',
  'do', 'dont', 'not', 'definitely', 'really', 'very', PAIN, 'worse', 'better', 'fine', 'ok', 'okay',
]);
const SUBJECT_OR_MODAL = new Set([...NEW_SUBJECT, 'can', 'cant', 'could', 'couldnt', 'will', 'wont', 'would']);
/** After a list item, one of these follows (or the sentence ends); a verb after the item means a new clause. */
const LIST_FOLLOW = new Set([',', 'or', 'and', 'nor', '.', '!', '?', ';', ')', '\n', 'at', 'either', 'anywhere', 'whatsoever']);
const HEDGES: readonly (readonly string[])[] = [
  ['not', 'sure'], ['unsure'], ['dont', 'know'], ['no', 'idea'], ['cant', 'tell'], ['not', 'certain'], ['dont', 'think'],
  ['unclear'], ['maybe', 'not'], ['hard', 'to', 'say'], ['cant', 'remember'], ['dont', 'remember'], ['not', 'clear'],
];
/** How many words a cue reaches. */
export const SCOPE = 6;

/** How the text states a matched phrase, and how plainly. */
export interface Polarity {
  readonly how: 'affirmed' | 'negated' | 'uncertain';
  /** Words between the negation cue and the phrase (0 = right next to it, or inside it); -1 when not negated. */
  readonly distance: number;
  /** The negation reached the phrase only through a list across a comma ("no bruising, swelling or redness"). */
  readonly throughList: boolean;
}



const starts = (t: Token | undefined): boolean => t !== undefined && (CLAUSE_START.has(t.norm) || CLAUSE_START.has(t.word));

/**
 * Does the comma at `i` carry a negation on to the phrase `m`? Only through a list of bare items: no clause starter
 * between the comma and the phrase, at most three words there, and the phrase itself is a list item (followed by
 * another item, "or"/"and", or the end), not the start of a new statement ("no swelling, heel hurts").
 */
function listComma(tokens: readonly Token[], i: number, m: PhraseMatch): boolean {
  let words = 0;
  for (let k = i + 1; k < m.first; k++) {
    const t = tokens[k];
    if (!t || (t.punct && t.norm !== ',')) return false;
    if (t.punct) continue;
    if (starts(t)) return false;
    // "Denies burning, pins and needles or numbness" (dev23): the joining words of the list are not items.
    if (t.norm !== 'and' && t.norm !== 'or' && t.norm !== 'nor') words += 1;
  }
  // A verb in -ing with its object after the comma is a new statement, not a list item ("not on the bones, pulling
  // his toes up against my hand hurts").
  if (words > 3 || starts(tokens[m.first]) || (words === 0 && gerundClause(tokens, m.first))) return false;
  const after = tokens[m.last + 1];
  return after === undefined || LIST_FOLLOW.has(after.norm);
}

/** A clause break before the phrase at token i (scanning backwards from m). */
function breaksScope(tokens: readonly Token[], i: number, m: PhraseMatch): 'break' | 'list' | 'no' {
  const t = tokens[i];
  if (!t) return 'break';
  if (BREAKS.has(t.norm) || BREAKS.has(t.word)) return 'break';
  if (t.norm === ':' || t.norm === '(' || t.norm === ')') return starts(tokens[i + 1]) ? 'break' : 'no';
  if (t.norm === ',') return listComma(tokens, i, m) ? 'list' : 'break';
  // "and" + a verb starts a new statement; "or" + a verb is usually still the list ("no swelling or pain walking").
  // "… aren't touching it and moving my toes kills": "and" + a verb in -ing + its object starts a new statement,
  // while a list goes on with bare nouns ("no swelling and bruising").
  if (t.norm === 'and') return starts(tokens[i + 1]) || gerundClause(tokens, i + 1) ? 'break' : 'no';
  if (t.norm === 'or') return SUBJECT_OR_MODAL.has(tokens[i + 1]?.norm ?? '') ? 'break' : 'no';
  // "not on the outside like my usual sprains": a comparison names something else, which the "not" does not deny.
  if (t.word === 'like' && COMPARED.has(tokens[i + 1]?.word ?? '')) return 'break';
  return 'no';
}

/** After "like": a comparison with another time or thing ("like my usual sprains", "like last time"). */
export const COMPARED = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'last', 'previous', 'usual', 'before', 'other', 'normal']);

const OBJECT_START = new Set(['my', 'the', 'it', 'a', 'his', 'her', 'your', 'on', 'up', 'down', 'onto', 'through', 'over']);

/** Does a verb in -ing with an object or particle start at token i ("moving my toes", "walking on it")? */
function gerundClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t !== undefined && !t.punct && t.word.length > 5 && t.word.endsWith('ing') && next !== undefined && OBJECT_START.has(next.word);
}

/** Is a hedge ("not sure", "don't know") in scope before the match? */
function hedged(tokens: readonly Token[], m: PhraseMatch): boolean {
  const sentence = tokens[m.first]?.sentence;
  for (let i = m.first - 1; i >= 0 && m.first - i <= SCOPE + 2; i--) {
    if (tokens[i]?.sentence !== sentence || breaksScope(tokens, i, m) === 'break') break;
    if (HEDGES.some((h) => startsWith(tokens, i, h))) return true;
  }
  return false;
}

/** "non" before a pain word: a note's "non-tender", "non-painful". */
const nonSore = (tokens: readonly Token[], i: number): boolean => tokens[i]?.word === 'non' && (SORE_WORDS.has(tokens[i + 1]?.norm ?? '') || SORE_WORDS.has(tokens[i + 1]?.word ?? ''));

const AFFIRMED: Polarity = { how: 'affirmed', distance: -1, throughList: false };

/**
 * How the text states a matched phrase: affirmed, negated (with how far away the cue was), or uncertain.
 * @example polarity(tokenise('no swelling'), match).how // 'negated'
 */
export function polarity(tokens: readonly Token[], m: PhraseMatch): Polarity {
  if (hedged(tokens, m)) return { how: 'uncertain', distance: -1, throughList: false };
  const own = new Set(m.positions);
  // "Isn't the front of the ankle like my sprains were": a phrase whose words straddle a comparison joins the place
  // to the thing it is compared with, so it says neither yes nor no about that thing (dev16).
  for (let i = m.first + 1; i < m.last; i++) {
    if (tokens[i]?.word === 'like' && COMPARED.has(tokens[i + 1]?.word ?? '')) return { how: 'uncertain', distance: -1, throughList: false };
  }
  // A cue inside the matched stretch (not part of the phrase itself): "shin isn't sore".
  // "malleolus non-tender" too, though only inside a match: a place after "non-tender at" keeps its own reading.
  for (let i = m.first + 1; i < m.last; i++) if (!own.has(i) && (isCue(tokens, i) || nonSore(tokens, i))) return { how: 'negated', distance: 0, throughList: false };
  const sentence = tokens[m.first]?.sentence;
  let words = 0;
  let throughList = false;
  for (let i = m.first - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    const b = breaksScope(tokens, i, m);
    if (b === 'break') break;
    if (b === 'list') throughList = true;
    // "Pain not relieved by codeine, numb toes": a cue that denies a verb ("not eased by …") has no list to carry.
    if (isCue(tokens, i) && throughList && passiveDenial(tokens, i, m.first)) break;
    // "Never had Achilles trouble in 30 years" (or "before"): a clean history, which says nothing about now (dev16).
    if (isCue(tokens, i) && neverBefore(tokens, i)) return { how: 'uncertain', distance: -1, throughList: false };
    if (isCue(tokens, i)) return { how: 'negated', distance: words, throughList };
    if (!t.punct) words += 1;
    if (words > SCOPE) break;
  }
  const listed = deniedList(tokens, m);
  if (listed) return listed;
  // Post-cue: "swelling: none", "bruising - no."
  const after = tokens[m.last + 1];
  const after2 = tokens[m.last + 2];
  if (after && (after.norm === 'none' || (after.punct && after2?.norm === 'none'))) return { how: 'negated', distance: 0, throughList: false };
  if (after && after.punct && after.norm !== '.' && after2?.norm === 'no' && (tokens[m.last + 3]?.punct ?? true)) return { how: 'negated', distance: 0, throughList: false };
  // A verdict after a "no" phrase confirms it ("can walk ok", "can do heel raises fine"): only a "yes" is denied so.
  if (m.entry.value === false) return AFFIRMED;
  // "The ankle bones are fine to press": the verdict sits inside the phrase it denies (dev17).
  // "The bone is fine to press" denies the tenderness; it says nothing of whether the place hurts otherwise.
  if (!m.entry.zone) {
    for (let i = m.first + 1; i <= m.last + 3; i++) if (fineToPress(tokens, i)) return { how: 'negated', distance: 0, throughList: false };
  }
  if (saidFineAfter(tokens, m.last + 1) || (m.entry.zone && pairedFineAfter(tokens, m.last + 1))) {
    // "One spot hurts, the rest of the shin is fine": the verdict clears the other parts of the place, so it says
    // nothing about the place as a whole (the sore spot in it is told elsewhere). Judgement, from forum wording.
    return restOf(tokens, m.first) ? { how: 'uncertain', distance: -1, throughList: false } : { how: 'negated', distance: 0, throughList: false };
  }
  // "I pressed the bumps on both sides and the outer edge — none of that hurts": one closing denial for the list
  // before it. Read as through a list, so a warning sign stays unknown rather than "no".
  const closing = pressedBefore(tokens, m.first) ? closingNone(tokens, m.last + 1) : -1;
  if (closing >= 0) return { how: 'negated', distance: closing, throughList: true };
  if (listThenVerdict(tokens, m)) return { how: 'negated', distance: 0, throughList: true };
  if (examThenDenied(tokens, m)) return { how: 'negated', distance: 0, throughList: false };
  return AFFIRMED;
}

/** Verbs that start a new statement after a comma or "and" in a clinician's list ("denies trauma, reports swelling"). */
const REPORTING = new Set(['reports', 'reported', 'describes', 'described', 'has', 'had', 'is', 'was', 'are', 'were', 'notes', 'noted', 'complains', 'admits', 'admitted', 'mentions', 'says', 'said', 'feels', 'felt', 'presents', 'walks', 'can', 'could', 'will', 'would', 'gets', 'got', 'finds', 'found', 'does', 'did', 'takes', 'took', 'runs', 'ran', 'recalls', 'remembers']);
/** After a listed item, words that make it the subject of a new statement ("swelling developed overnight"). */
const STATEMENT_AFTER = new Set([...REPORTING, 'developed', 'appeared', 'came', 'started', 'began', 'present', 'noticed', 'seen']);
const DENY = new Set(['denies', 'deny', 'denied', 'denying']);

/**
 * A clinician's "denies" governs its whole list, however long it is and however its items begin: "he denies
 * numbness, night pain, trauma or swelling", "denies burning, pins and needles or numbness" (dev23's case reports,
 * where the ordinary six-word, bare-item list rule lost the last items). The list ends at a clause break, a new
 * subject or reporting verb after a comma or "and", and an item followed by its own verb is a new statement. Read
 * through a list, so a warning sign there becomes unknown rather than "no".
 */
function deniedList(tokens: readonly Token[], m: PhraseMatch): Polarity | null {
  const next = tokens[m.last + 1];
  if (next && STATEMENT_AFTER.has(next.word)) return null;
  const sentence = tokens[m.first]?.sentence;
  let words = 0;
  let commas = 0;
  for (let i = m.first - 1; i >= 0 && words <= 16; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) return null;
    if (DENY.has(t.word)) return { how: 'negated', distance: words, throughList: commas > 0 || words > 0 };
    if (BREAKS.has(t.norm) || BREAKS.has(t.word) || t.norm === ';' || t.norm === ':') return null;
    const following = tokens[i + 1]?.word ?? '';
    if ((t.norm === ',' || t.word === 'and') && (NEW_SUBJECT.has(following) || REPORTING.has(following))) return null;
    if (t.punct) { if (t.norm === ',') commas += 1; continue; }
    words += 1;
  }
  return null;
}

/** Words that put a "never had" in the whole of the past: "in 30 years", "before", "in my life", "until now". */
const LIFETIME = new Set(['before', 'years', 'decades', 'life', 'ever', 'until', 'till', 'previously', 'career']);

/** Is the cue at i a "never had …" about the whole of the past, said in the same sentence? */
function neverBefore(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.word !== 'never' || !['had', 'have', 'has', 'suffered', 'injured'].includes(tokens[i + 1]?.word ?? '')) return false;
  const sentence = tokens[i]?.sentence;
  return tokens.some((t, j) => j > i && t.sentence === sentence && LIFETIME.has(t.word));
}

/** Examining acts: pressing, squeezing, pinching, prodding, poking, touching. */
const EXAM = /^(?:press|squeez|pinch|prod|pok|touch)(?:e|es|ed|ing|s)?$/;

/**
 * "I can pinch the tendon all the way down and it doesn't hurt" (dev18): an examining act named without a pain word,
 * then its result denied later in the sentence ("…and it doesn't hurt", "…and nothing is sore"). The act's phrase
 * stands for the test ("pinch the tendon"), so the denial is its answer. A "but" ends the statement first ("pinch
 * the tendon and wince, but it doesn't hurt at rest"), and a phrase with its own pain word keeps it.
 */
function examThenDenied(tokens: readonly Token[], m: PhraseMatch): boolean {
  const exam = m.positions.find((p) => EXAM.test(tokens[p]?.word ?? ''));
  if (exam === undefined) return false;
  // A pain word before a comma and a second press belongs to the first press: "pressing the bump hurts, pressing
  // the bone doesn't" (dev18), where a phrase matched in any order took "hurts" from the first.
  const commaBefore = (p: number): boolean => tokens.slice(p, exam).some((t) => t.norm === ',');
  if (m.positions.some((p) => { const t = tokens[p]; return t !== undefined && (HURT_WORDS.has(t.norm) || HURT_WORDS.has(t.word)) && !(p < exam && commaBefore(p)); })) return false;
  const sentence = tokens[m.last]?.sentence;
  for (let k = m.last + 1, words = 0; k < tokens.length && words <= 12; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || BREAKS.has(t.norm) || BREAKS.has(t.word)) return false;
    if (!t.punct) words += 1;
    if (!isCue(tokens, k)) continue;
    for (let j = k + 1; j <= k + 2; j++) {
      const w = tokens[j];
      if (w && (HURT_WORDS.has(w.norm) || HURT_WORDS.has(w.word) || BAD_WORDS.has(w.norm))) return true;
    }
  }
  return false;
}

/** Is the phrase preceded by "(the) rest of (the|my|her …)"? */
function restOf(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (['the', 'my', 'his', 'her', 'their', 'your'].includes(tokens[k]?.word ?? '')) k -= 1;
  return tokens[k]?.word === 'of' && tokens[k - 1]?.word === 'rest';
}

/**
 * Does the cue at `cue` deny a verb in the passive ("not eased by", "not relieved by", "not helped by") before the
 * phrase? Then the comma after its object ends the statement, instead of carrying a "no" through a list of nouns.
 * Judgement, from clinical notes ("pain not controlled by analgesia, numbness over the dorsum").
 */
function passiveDenial(tokens: readonly Token[], cue: number, before: number): boolean {
  const verb = tokens[cue + 1];
  if (!verb || verb.punct || !verb.word.endsWith('ed')) return false;
  for (let k = cue + 2; k < before && k <= cue + 4; k++) if (tokens[k]?.word === 'by') return true;
  return false;
}

/**
 * A list under one denied tenderness after it: "5th MT base and navicular not tender", "lateral and medial malleolus
 * non-tender". The first items are denied too, but only through the list (a red flag there becomes unknown).
 * Only bare items may stand between: a verb, pain word or clause starter ends the list. Judgement, from notes.
 */
function listThenVerdict(tokens: readonly Token[], m: PhraseMatch): boolean {
  // An item that carries its own verdict ("lateral malleolus tender, medial non-tender") is not in the list.
  if (m.positions.some((p) => BAD_WORDS.has(tokens[p]?.norm ?? '') || BAD_WORDS.has(tokens[p]?.word ?? ''))) return false;
  const start = m.last + 1;
  const joint = tokens[start];
  // Only "and"/"or" join the list: after a comma a note starts its next item with its own verdict ("fever, HR normal").
  if (!joint || !(joint.norm === 'and' || joint.norm === 'or')) return false;
  const sentence = joint.sentence;
  for (let k = start + 1; k <= start + 8; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.punct) return false;
    // Only a denied tenderness closes such a list: "calf and the foot moved fine" is two statements.
    if (k > start + 1 && (tokens[k]?.word === 'not' || tokens[k]?.word === 'non') && SORE_WORDS.has(tokens[k + 1]?.norm ?? '')) return true;
    // "navicular and (the base of the fifth metatarsal) not tender": a noun phrase's own small words.
    if (t.word === 'the' || t.word === 'of') continue;
    if (t.norm === PAIN || starts(t) || isCue(tokens, k)) return false;
  }
  return false;
}
