/**
 * Constructions that forum posts, club chats and booking forms use and the phrase reader misread (issue #4, the
 * dev6 study). Each is a small test on a matched phrase in its context; understand.ts and read-matches.ts call them.
 * - "can't" reaches forwards only within its clause: "she can't go up on her toes and she's walking on her heel"
 *   does not say she "can't walk on her heel".
 * - A place said only to compare how it looks ("both calves look the same") says nothing about pain there.
 * - Veins are looked at, not felt: "the veins on the front of my shin look more obvious" is not shin pain.
 * - "Shin splints" as a label ("is this shin splints?", "told it was shin splints") names the inner shin; when the
 *   runner also says where it hurts in the lower leg, the place they describe wins over the label's place.
 * - A phrase does not gather its words from both sides of a comparison ("… like my sprains were").
 * Judgement, from how runners write.
 * @module
 */
import type { TokenContext } from './context.ts';
import type { PhraseMatch } from './match.ts';
import { COMPARED } from './negation.ts';
import { PAIN, stem, type Token } from './tokens.ts';

const CANT = 'cant';

/**
 * Does a phrase with "can't" reach across a clause break to find its other words? Clauses come from context.ts
 * (a comma or "and" before a new subject ends one).
 * @example cantSpansClauses(tokens, contexts, match) // true for "can't … and she's walking on her heel"
 */
export function cantSpansClauses(tokens: readonly Token[], ctx: readonly TokenContext[], m: PhraseMatch): boolean {
  if (m.entry.zone || !m.entry.words.includes(CANT)) return false;
  // Only forwards: "tried to walk and couldn't" still says the walking failed.
  const cant = m.positions.find((p) => tokens[p]?.norm === CANT);
  const clause = cant === undefined ? undefined : ctx[cant]?.clause;
  return clause !== undefined && m.positions.some((p) => p > (cant ?? 0) && (ctx[p]?.clause ?? clause) > clause);
}

/**
 * A phrase whose words straddle a comparison: "it isn't the front of the ankle like my sprains were" gives "ankle …
 * sprains" as a sprained ankle, though the sprains after "like my" are someone else's or another time's (dev16: a
 * parent comparing their own sprains). Words on both sides of "like my/his/last/usual …" are not one statement.
 * @example spansComparison(tokens, match) // true for "ankle like my sprains"
 */
export function spansComparison(tokens: readonly Token[], m: PhraseMatch): boolean {
  for (let i = m.first + 1; i < m.last; i++) {
    if (tokens[i]?.word === 'like' && COMPARED.has(tokens[i + 1]?.word ?? '')) {
      return m.positions.some((p) => p < i) && m.positions.some((p) => p > i);
    }
  }
  return false;
}

const LOOK = new Set(['look', 'looks', 'looked', 'seem', 'seems'].map(stem));
// Comparison words only: "the toes look normal" says nothing either way and leaves the place to the rest of the text.
const ALIKE = new Set(['same', 'identical', 'equal', 'symmetrical', 'similar', 'alike'].map(stem));
const VEIN = new Set(['vein', 'veins'].map(stem));

/**
 * A place named only for how it looks: "both calves look the same", "the veins on my shin look more obvious".
 * Only when the clause has no pain word.
 */
export function placeOnlyLooked(tokens: readonly Token[], ctx: readonly TokenContext[], m: PhraseMatch): boolean {
  if (!m.entry.zone) return false;
  const clause = ctx[m.first]?.clause;
  const inClause = tokens.filter((_, i) => ctx[i]?.clause === clause);
  if (inClause.some((t) => t.norm === PAIN)) return false;
  if (inClause.some((t) => VEIN.has(t.norm))) return true;
  // "calves look the same": a looking verb within a few words after the place, then a word saying "alike".
  let looked = false;
  for (let k = m.last + 1; k <= m.last + 4 && ctx[k]?.clause === clause; k++) {
    const t = tokens[k];
    if (!t) break;
    if (looked && (ALIKE.has(t.norm) || ALIKE.has(t.word))) return true;
    if (LOOK.has(t.norm) || LOOK.has(t.word)) looked = true;
  }
  return false;
}

/** Words that make a place phrase a diagnosis label rather than a description of where. */
const LABEL = new Set(['splint', 'splints'].map(stem));
/** Zones of the lower leg: a described one there wins over the label's place. */
const LOWER_LEG = new Set(['pain-inner-shin', 'pain-front-of-shin', 'pain-outer-leg', 'pain-calf']);

/**
 * Keep a label's place ("shin splints" → inner shin) only when the runner names no other lower-leg place.
 * @example dropLabelPlaces(tokens, matches) // without "shin splints" when "front of my shins" is there too
 */
export function dropLabelPlaces(tokens: readonly Token[], matches: readonly PhraseMatch[]): PhraseMatch[] {
  const isLabel = (m: PhraseMatch): boolean => m.entry.zone && m.positions.some((p) => LABEL.has(tokens[p]?.norm ?? ''));
  const described = matches.some((m) => m.entry.zone && m.entry.value === true && LOWER_LEG.has(m.entry.findingId) && !isLabel(m));
  return described ? matches.filter((m) => !isLabel(m)) : [...matches];
}
