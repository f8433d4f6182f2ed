/**
 * Matched phrases → findings, reading each in its context: negation (negation.ts), and whether the clause is a
 * worry or question, about someone else, or about the runner's past (context.ts).
 * - A worry or question ("could it be a stress fracture?") gives no finding, except where it hurts.
 * - Someone else's problem ("my friend had shin splints") gives nothing, unless the whole text is about one other
 *   person (a parent writing for a child).
 * - A past injury ("I sprained it last year") becomes history: a rolled ankle becomes previous sprains; the place,
 *   signs and events of that old injury are not today's; a warning sign there becomes unknown, so it is still asked.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { FindingValue } from '../types.ts';
import { impliedArea } from './areas.ts';
import { bystanderClauses, readContexts, resolvedPastClauses, toldAboutOther, type TokenContext } from './context.ts';
import { placeOnlyLooked } from './forum-readings.ts';
import type { PhraseMatch } from './match.ts';
import { polarity, type Polarity } from './negation.ts';
import { PAIN, stem, type Token } from './tokens.ts';
import { ACUTE_INJURY_FINDINGS } from '../red-flag-rules/index.ts';

/** A finding read from the text, with its character span. */
export interface TextFinding {
  readonly id: string;
  readonly value: FindingValue;
  readonly span: [number, number];
}

/** A red-flag "yes" negated from further away than this many words becomes unknown rather than "no" (safety). */
export const RED_FLAG_NEGATION_REACH = 3;

/** Current injury findings that become history when said of the past. */
const HISTORY_OF: Readonly<Record<string, string>> = { 'injury-rolled-ankle': 'previous-ankle-sprains' };
/**
 * Findings whose words are too general to stand alone: they count only when the text also names the place they are
 * about ("the shoe rubs" is the heel counter only when the heel is mentioned; a bunion rubs too). Judgement.
 */
export const NEEDS_PLACE: Readonly<Record<string, readonly string[]>> = {
  'worse-shoe-heel-counter': ['pain-back-of-heel', 'pain-achilles', 'pain-heel-underside', 'bump-back-of-heel', 'pain-achilles-above-heel'],
  // "under the outside of the foot" is the outer sole; it is heel pain spreading only when the heel is the place.
  // A note's "diffuse tenderness" is the shin's long tender edge only when the shin is the place ("diffuse TTP along
  // the extensor tendons over the midfoot" is not).
  'tender-shin-inner-edge-long': ['pain-inner-shin', 'pain-lower-leg-area', 'pain-front-of-shin', 'pain-outer-leg'],
  'heel-pain-spreads-to-outer-sole': ['pain-heel-underside', 'pain-back-of-heel', 'pain-sides-of-heel', 'pain-inner-front-heel', 'pain-centre-of-heel', 'heel-feels-bruised'],
};
/** Words that already tie such a phrase to its place ("heel counter", "back of my shoe"). */
const PLACE_WORDS = new Set(['heel', 'rear', 'back', 'backadv', 'tab', 'counter', 'achilles', 'posteromedial', 'shin', 'tibia', 'tibial']);

/** Words of a statement about how the skin looks, not how it feels ("hair on my shin", "a mole on my heel"). */
const COSMETIC = new Set(['hair', 'hairs', 'hairy', 'mole', 'moles', 'freckle', 'freckles', 'tattoo', 'scar', 'scars', 'vein', 'veins', 'tan', 'shave', 'shaved', 'shaving', 'birthmark', 'skin']);

/**
 * A bare place word ("shin", "heel") inside a statement about the skin's look, with no pain word in the clause,
 * says where that look is, not where it hurts ("I have hair on my shin"). Judgement.
 */
function cosmeticPlace(tokens: readonly Token[], ctx: readonly TokenContext[], m: PhraseMatch): boolean {
  if (!m.entry.zone || m.positions.length !== 1) return false;
  const clause = ctx[m.first]?.clause;
  const inClause = tokens.filter((_, i) => ctx[i]?.clause === clause);
  return inClause.some((t) => COSMETIC.has(t.word)) && !inClause.some((t) => t.norm === PAIN);
}

/**
 * Place words that name a bony landmark a clinician or runner presses to check for a fracture (the Ottawa points:
 * base of the fifth metatarsal, navicular). "5th MT base not tender", "the knobbly bone at the base of the little
 * toe bone isn't tender" report that check, not that the area is free of pain: the cuboid and navicular problems hurt
 * right beside those points. So a negated landmark leaves the zone unsaid (judgement; stiell-1993 defines the points).
 */
const LANDMARK_PLACE = /\b(?:metatarsal|navicular|toe bone)\b/;

/** Words of a shoe's build: "shoes with not much under the forefoot" says how little foam, not where it hurts. */
const SHOE_BUILD = new Set(['shoe', 'shoes', 'trainer', 'trainers', 'flats', 'spikes', 'plate', 'plated', 'foam', 'cushioning', 'cushion', 'stack', 'midsole']);

/** A place denied in a clause about a shoe's build is a statement about the shoe, so it says nothing. Judgement. */
function shoeClause(tokens: readonly Token[], ctx: readonly TokenContext[], m: PhraseMatch): boolean {
  const clause = ctx[m.first]?.clause;
  return tokens.some((t, i) => ctx[i]?.clause === clause && SHOE_BUILD.has(t.word));
}

/** Findings that say the pain started suddenly: a "no injury, it just came on" is then not a gradual start. */
const SUDDEN = ['onset-sudden', 'attack-peaked-within-a-day', 'injury-pop-or-snap', 'injury-kicked-in-calf', 'calf-pull-during-run'];

/** Categories that stay true whenever they were said: they describe the runner, not today's injury. */
const TIMELESS = new Set(['history', 'training', 'profile']);

/**
 * The value a matched phrase gives its finding, or null to ignore it.
 * - A "no" phrase ("can walk fine") is already negative: only a cue right before it flips it ("not able to walk");
 *   a cue further back belongs to something else ("No swelling, can walk fine").
 * - A negated choice option says nothing about which option holds.
 * - A red-flag "yes" negated only from afar or through a list ("no swelling, redness or fever") becomes unknown, so
 *   the red-flag screen still asks about it: unsure means more care.
 */
export function readValue(kb: KnowledgeBase, m: PhraseMatch, p: Polarity): FindingValue | null {
  const { findingId, value } = m.entry;
  if (p.how === 'uncertain') return 'unknown';
  if (p.how === 'affirmed') return value;
  if (typeof value === 'string') return null;
  if (value === false) return p.distance <= 1 && !p.throughList ? true : false;
  const redFlag = kb.findingById.get(findingId)?.redFlag === true;
  if (redFlag && (p.throughList || p.distance > RED_FLAG_NEGATION_REACH)) return 'unknown';
  return false;
}

function isEvent(kb: KnowledgeBase, m: PhraseMatch): boolean {
  if (m.entry.historyOnly) return true;
  const f = kb.findingById.get(m.entry.findingId);
  return f !== undefined && f.category === 'onset' && f.id !== 'onset-gradual';
}

/** Words that name a diagnosis or an injury rather than describe a symptom. */
const DIAGNOSIS = new Set(['fracture', 'splint', 'sciatica', 'gout', 'bunion', 'dvt', 'clot', 'tendonitis', 'tendinitis', 'tendinopathy', 'fasciitis', 'neuroma', 'sprain', 'strain', 'tear', 'torn', 'tore', 'rupture', 'haglund', 'arthritis', 'infection', 'diabetes', 'psoriasis', 'bursitis', 'break', 'broke', 'broken', 'snap', 'pop', 'embolism', 'cancer', 'syndrome'].map(stem));

/**
 * In a worry or question only what names a diagnosis or an injury event is set aside ("could it be a stress
 * fracture?", "worried I tore something"); symptoms said along the way are still the runner's ("worried about the
 * swelling").
 */
function diagnosisLike(kb: KnowledgeBase, m: PhraseMatch, tokens: readonly Token[]): boolean {
  const f = kb.findingById.get(m.entry.findingId);
  if (m.entry.zone || f?.category === 'location') return false;
  if (f?.category === 'history' || f?.category === 'onset') return true;
  return m.positions.some((p) => DIAGNOSIS.has(tokens[p]?.norm ?? ''));
}

/** Token contexts plus the clauses that tell of a past injury. */
export interface Contexts {
  readonly tokens: readonly TokenContext[];
  /** Clauses set in the past that name an injury event. */
  readonly pastInjury: ReadonlySet<number>;
  /** Everything said is about someone else: then it is the patient, not a bystander. */
  readonly allOther: boolean;
}

/** Work out the contexts once per text (`pastAt`: tokens known to be about the past). */
export function contextsFor(
  kb: KnowledgeBase, tokens: readonly Token[], matches: readonly PhraseMatch[], pastAt?: (token: number) => boolean,
): Contexts {
  // A note's past medical history (clinical-sections.ts) is the past, whatever its words say.
  const ctx = readContexts(tokens).map((c, i) => (pastAt?.(i) ? { ...c, past: true, pastIsDuration: false } : c));
  const pastInjury = new Set<number>();
  for (const m of matches) {
    const c = ctx[m.first];
    if (c && c.past && !c.pastIsDuration && isEvent(kb, m)) pastInjury.add(c.clause);
  }
  // An old problem that went away counts as history like an old injury: its places are not today's (dev18).
  for (const c of resolvedPastClauses(tokens, ctx)) pastInjury.add(c);
  const real = matches.filter((m) => !m.entry.blocker);
  const allOther = (real.length > 0 && real.every((m) => ctx[m.first]?.other === true)) || toldAboutOther(tokens, ctx);
  // A story about the patient that also names a bystander ("her mother had a DVT"): only the bystander is other.
  const bystanders = allOther ? bystanderClauses(tokens, ctx) : new Set<number>();
  if (bystanders.size > 0) {
    return { tokens: ctx.map((c) => ({ ...c, other: bystanders.has(c.clause) })), pastInjury, allOther: false };
  }
  return { tokens: ctx, pastInjury, allOther };
}

const PRESENT_HAPPEN = new Set(['happens', 'happening']);
/** "Never" just before a history phrase, in its clause ("never sprained it", "never had a stress fracture"). */
function neverBefore(tokens: readonly Token[], cx: Contexts, m: PhraseMatch): boolean {
  const clause = cx.tokens[m.first]?.clause;
  for (let i = m.first - 1; i >= Math.max(0, m.first - 4) && cx.tokens[i]?.clause === clause; i--) if (tokens[i]?.word === 'never') return true;
  return false;
}

/** Does a clause mention "had" (a history-only phrase then counts: "I had a stress fracture")? */
function saysHad(tokens: readonly Token[], ctx: readonly TokenContext[], clause: number): boolean {
  return tokens.some((t, i) => ctx[i]?.clause === clause && t.word === 'had');
}

/**
 * Findings from the matched phrases, in text order (several per match when a place is implied).
 * @example readMatches(kb, tokens, matches, contextsFor(kb, tokens, matches))
 */
export function readMatches(kb: KnowledgeBase, tokens: readonly Token[], matches: readonly PhraseMatch[], cx: Contexts): TextFinding[] {
  const out: TextFinding[] = [];
  const generic = new Set<TextFinding>();
  /** Findings read from "no injury, it just came on": they give way to anything the text says plainly. */
  const weak = new Set<TextFinding>();
  for (const m of matches) {
    if (m.entry.blocker) continue;
    const c = cx.tokens[m.first];
    const span: [number, number] = [tokens[m.first]?.start ?? 0, tokens[m.last]?.end ?? 0];
    if (c?.other && !cx.allOther) continue;
    if (cosmeticPlace(tokens, cx.tokens, m) || placeOnlyLooked(tokens, cx.tokens, m)) continue;
    if (c?.hypothetical && diagnosisLike(kb, m, tokens)) continue;
    const past = c !== undefined && (cx.pastInjury.has(c.clause) || (m.entry.historyOnly === true && saysHad(tokens, cx.tokens, c.clause)));
    if (m.entry.historyOnly) {
      if (past && m.entry.findingId !== '') out.push({ id: m.entry.findingId, value: readValue(kb, m, polarity(tokens, m)) ?? true, span });
      // "Never sprained it", "I've never had a stress fracture": a clean history is a plain "no" (dev19).
      else if (m.entry.findingId !== '' && neverBefore(tokens, cx, m)) out.push({ id: m.entry.findingId, value: false, span });
      continue;
    }
    // "I try to go up on tiptoe and nothing happens": a present "happens" tells of an attempt that fails, not of how the
    // pain began; "nothing happened" does (dev18).
    if (m.entry.noInjury && m.positions.some((p) => PRESENT_HAPPEN.has(tokens[p]?.word ?? ''))) continue;
    const pol = polarity(tokens, m);
    // "No injury" carries its own negation: a list before it ("not swollen, no injury") does not flip it back.
    let v = m.entry.noInjury ? (pol.how === 'uncertain' ? 'unknown' : true) : readValue(kb, m, pol);
    if (v === null) continue;
    if (m.entry.zone && v === false && LANDMARK_PLACE.test(m.entry.phrase)) continue;
    if (m.entry.zone && v === false && shoeClause(tokens, cx.tokens, m)) continue;
    let id = m.entry.findingId;
    if (past && cx.pastInjury.has(c.clause)) {
      const f = kb.findingById.get(id);
      const history = HISTORY_OF[id];
      if (history !== undefined && kb.findingById.has(history)) id = history;
      else if (f?.redFlag && v === true) v = 'unknown';
      else if (!f || !TIMELESS.has(f.category)) continue;
    }
    const finding: TextFinding = { id, value: v, span };
    out.push(finding);
    // "Never sprained it": no sprain now and none before either (dev19).
    const history = HISTORY_OF[id];
    if (v === false && history !== undefined && kb.findingById.has(history) && neverBefore(tokens, cx, m)) out.push({ id: history, value: false, span });
    if (m.entry.noInjury) {
      if (v !== true) continue;
      weak.add(finding);
      for (const injury of ACUTE_INJURY_FINDINGS) {
        if (!kb.findingById.has(injury)) continue;
        const no: TextFinding = { id: injury, value: false, span };
        weak.add(no);
        out.push(no);
      }
      continue;
    }
    if (NEEDS_PLACE[id] && !m.entry.words.some((w) => PLACE_WORDS.has(w))) generic.add(finding);
    const area = v === true && id === m.entry.findingId ? impliedArea(kb, m, tokens) : null;
    if (area !== null) out.push({ id: area, value: true, span });
  }
  const said = (id: string, value: FindingValue): boolean => out.some((g) => !weak.has(g) && g.id === id && g.value === value);
  const injured = ACUTE_INJURY_FINDINGS.some((id) => said(id, true));
  return out.filter((f) => {
    // "No injury" is loose wording next to a named injury ("rolled it, no injury to the foot"), and a start said to
    // be sudden or overnight is not a gradual one: then the plain statement wins.
    if (weak.has(f) && (injured || said(f.id, f.value !== true) || (f.id === 'onset-gradual' && SUDDEN.some((id) => said(id, true))))) return false;
    const places = NEEDS_PLACE[f.id];
    return places === undefined || !generic.has(f) || out.some((g) => g.value === true && places.includes(g.id));
  });
}
