/**
 * Self-diagnosis: the runner names a condition ("pretty sure it's PF", "physio said shin splints last year",
 * "think I've got achilles tendonitis"). That is a guess, often a wrong one, so it is never read as a finding and
 * never fires a rule: it becomes a small hint for the named condition (differential.ts), shown in the "why" as
 * "you mentioned …". A name that is negated or doubted ("it's not plantar fasciitis", "don't think it's gout"),
 * ruled out, or said of someone else ("my friend had shin splints") gives no hint. Names come from the KB
 * conditions' synonyms that name a diagnosis (not the ones that only describe, such as "sore achilles").
 * Judgement throughout.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { Contexts } from './read-matches.ts';
import { contentWords, type LexEntry } from './lexicon.ts';
import { findPhrase, type PhraseMatch, type TokenIndex } from './match.ts';
import { polarity } from './negation.ts';
import { STOPWORDS, type Token } from './tokens.ts';

/** A condition the runner named, with the words they used. */
export interface SelfDiagnosisHint {
  readonly conditionId: string;
  /** The words as written, for "you mentioned …". */
  readonly phrase: string;
  readonly span: readonly [number, number];
}

/** Words that make a synonym the name of a diagnosis rather than a description of where or how it hurts. */
const DIAGNOSIS_WORDS = new Set([
  'fasciitis', 'fasciopathy', 'fasciosis', 'tendinitis', 'tendonitis', 'tendinosis', 'tendinopathy', 'paratendinopathy',
  'enthesopathy', 'tenosynovitis', 'splints', 'fracture', 'rupture', 'ruptured', 'snapped', 'tear', 'torn', 'strain',
  'sprain', 'sprained', 'neuroma', 'neuritis', 'bursitis', 'sesamoiditis', 'metatarsalgia', 'claudication', 'syndrome',
  'gout', 'bunion', 'bunionette', 'sciatica', 'arthritis', 'cellulitis', 'osteomyelitis', 'impingement', 'instability',
  'entrapment', 'thrombosis', 'clot', 'lisfranc', 'cuboid', 'haglunds', 'hallux', 'rigidus', 'limitus', 'valgus',
  'podagra', 'dactylitis', 'enthesitis', 'radiculopathy', 'herniation', 'subluxation', 'broken', 'fractured',
].flatMap((w) => contentWords(w)));

/** Acronyms that are also everyday words count only when written in capitals ("PAD", not "fat pad"). */
const WORD_ACRONYMS = new Set(['pad']);

/** Words that set a named diagnosis aside in the same clause ("physio ruled out a stress fracture"). */
const SET_ASIDE = [['ruled', 'out'], ['rule', 'out'], ['ruling', 'out'], ['excluded'], ['not', 'a'], ['isnt'], ['wasnt']];

const isAcronym = (s: string): boolean => /^[A-Z]{2,5}$/.test(s);

interface NameEntry {
  readonly conditionId: string;
  readonly entry: LexEntry;
  readonly acronym: boolean;
}

const cache = new WeakMap<KnowledgeBase, NameEntry[]>();

/** The diagnosis names of every KB condition, compiled once per KB. */
function nameEntries(kb: KnowledgeBase): NameEntry[] {
  const hit = cache.get(kb);
  if (hit) return hit;
  const out: NameEntry[] = [];
  for (const c of kb.conditions) {
    for (const name of c.synonyms) {
      const acronym = isAcronym(name);
      const words = contentWords(name);
      if (words.length === 0 || (!acronym && !words.some((w) => DIAGNOSIS_WORDS.has(w)))) continue;
      out.push({ conditionId: c.id, acronym, entry: { findingId: '', value: true, words, zone: true, phrase: name } });
    }
  }
  cache.set(kb, out);
  return out;
}

function setAside(tokens: readonly Token[], cx: Contexts, m: PhraseMatch): boolean {
  const clause = cx.tokens[m.first]?.clause;
  for (let i = m.first - 1; i >= 0 && cx.tokens[i]?.clause === clause; i--) {
    if (SET_ASIDE.some((seq) => seq.every((w, k) => tokens[i + k]?.word === w))) return true;
  }
  return false;
}

/**
 * Words after a name, in the same sentence, that say today's problem is unlike it: "told I have plantar fasciitis but
 * it doesn't behave like my friend's did", "had PF before and this doesn't feel like that", "further forward than
 * where PF is supposed to be". The runner is contrasting, not guessing (judgement, from forum wording).
 */
const DOUBT_AFTER = [['dont', 'behav'], ['dont', 'feel', 'lik'], ['not', 'feel', 'lik'], ['dont', 'seem', 'lik'], ['not', 'lik'], ['unlik'], ['differ'], ['different'], ['suppos', 'to'], ['dont', 'fit'], ['dont', 'match']];

function doubtedAfter(tokens: readonly Token[], m: PhraseMatch): boolean {
  const sentence = tokens[m.last]?.sentence;
  for (let i = m.last + 1; i < tokens.length && tokens[i]?.sentence === sentence; i++) {
    if (DOUBT_AFTER.some((seq) => seq.every((w, k) => tokens[i + k]?.norm === w || tokens[i + k]?.word === w))) return true;
  }
  return false;
}

/**
 * The conditions the runner named themselves, one hint per condition (the first mention), in condition-id order.
 * The longer name wins where names overlap ("insertional achilles tendonitis" over "achilles tendonitis").
 * @example readSelfDiagnosis(kb, text, tokens, index, cx)[0]?.conditionId // 'plantar-fasciitis' for "pretty sure it's PF"
 */
export function readSelfDiagnosis(
  kb: KnowledgeBase, text: string, tokens: readonly Token[], index: TokenIndex, cx: Contexts,
): SelfDiagnosisHint[] {
  const found: { id: string; m: PhraseMatch }[] = [];
  for (const n of nameEntries(kb)) {
    for (const m of findPhrase(n.entry, tokens, index)) {
      const first = tokens[m.first];
      const last = tokens[m.last];
      if (!first || !last) continue;
      const written = text.slice(first.start, last.end);
      // Plurals too: "metatarsal pads" are not peripheral arterial disease.
      const lower = written.toLowerCase().replace(/s$/, '');
      if (n.acronym && (WORD_ACRONYMS.has(lower) || STOPWORDS.has(written.toLowerCase())) && written !== n.entry.phrase) continue;
      found.push({ id: n.conditionId, m });
    }
  }
  const kept = found.filter((f) => !found.some((g) => g !== f && g.m.positions.length > f.m.positions.length
    && f.m.positions.every((p) => g.m.positions.includes(p))));
  const hints = new Map<string, SelfDiagnosisHint>();
  for (const { id, m } of kept.sort((a, b) => a.m.first - b.m.first)) {
    const c = cx.tokens[m.first];
    if (hints.has(id) || (c?.other && !cx.allOther)) continue;
    // An old injury told as history ("lots of sprains on that ankle years ago") is not a guess at today's problem;
    // an old label for a problem that is back ("physio said shin splints last year") still is.
    if (c !== undefined && cx.pastInjury.has(c.clause)) continue;
    if (polarity(tokens, m).how !== 'affirmed' || setAside(tokens, cx, m) || doubtedAfter(tokens, m)) continue;
    const start = tokens[m.first]?.start ?? 0;
    const end = tokens[m.last]?.end ?? start;
    hints.set(id, { conditionId: id, phrase: text.slice(start, end), span: [start, end] });
  }
  return [...hints.values()].sort((a, b) => a.conditionId.localeCompare(b.conditionId));
}
