/**
 * Which findings may be asked next, before any scoring. A sports physio does not ask everything the model could
 * use: the questions must fit the story so far (judgement, from how clinicians take a history).
 * - The Ottawa rules and their self-check apply only after an acute injury (a twist, fall, knock): without one the
 *   combined Ottawa checks are never offered, and a single tender bony point is asked as a plain question (it is
 *   bone-stress evidence then, e.g. the navicular "N-spot") only when a leading condition uses it.
 * - A finding that only a red-flag rule uses is asked only while that rule is in play: the condition it points to
 *   is still a real possibility, or another of its findings is already present (no clot-risk questions for
 *   forefoot pain with no calf symptoms).
 * - Once the runner has said where it hurts, places neither named nor next to a named place are not asked about,
 *   nor signs and tests tied to such places ("does your calf hurt?", a tender fifth metatarsal, for heel pain);
 *   places next to it are (location precision).
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Finding } from '../kb/schema.ts';
import type { Posterior } from './differential.ts';
import { AREA_ZONES, areAdjacent, mentionedZones } from './location.ts';
import { OTTAWA_CHECKS, OTTAWA_POINTS, redFlagRules, TRAUMA, type RedFlagRule } from './red-flag-rules/index.ts';
import { condFindings, truthOf, type Lookup } from './rule-logic.ts';
import type { KnownFinding } from './types.ts';
import { isClinicianOnly } from './text/clinical-results.ts';

/** How many leading conditions supply candidate questions. */
export const CANDIDATE_POOL = 8;
/** A rule's condition at least this likely keeps the rule's own questions in play (judgement). */
export const RULE_IN_PLAY = 0.03;

/** Finding id → the red-flag rules that mention it. */
export const rulesByFinding: ReadonlyMap<string, readonly RedFlagRule[]> = (() => {
  const map = new Map<string, RedFlagRule[]>();
  for (const r of redFlagRules) {
    for (const id of new Set(condFindings(r.when))) map.set(id, [...(map.get(id) ?? []), r]);
  }
  return map;
})();

const ruleFindingIds = new Set(rulesByFinding.keys());
const ruleFindingCache = new WeakMap<KnowledgeBase, Finding[]>();
const evidenceFindingCache = new WeakMap<KnowledgeBase, Map<string, Finding[]>>();
const orderCache = new WeakMap<KnowledgeBase, Map<string, number>>();

/**
 * Has the runner said there was an acute injury (so the Ottawa rules apply)?
 * @example hadAcuteInjury((id) => (id === 'injury-rolled-ankle' ? true : undefined)) // true
 */
export function hadAcuteInjury(get: Lookup): boolean {
  return truthOf(TRAUMA, get) === true;
}

/** Each Ottawa check and the bony points it covers (the self-check asks about them together). */
const OTTAWA_PARTS: Readonly<Record<string, readonly string[]>> = {
  'test-ottawa-ankle-positive': ['ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone'],
  'test-ottawa-midfoot-positive': ['ottawa-tender-base-of-fifth-metatarsal', 'ottawa-tender-navicular'],
};
/** Places an Ottawa check is about (judgement, from where the rules' bony points lie). */
const OTTAWA_PLACES: Readonly<Record<string, readonly string[]>> = {
  'test-ottawa-ankle-positive': ['inside-ankle', 'outside-ankle', 'front-of-ankle', 'back-of-ankle'],
  'test-ottawa-midfoot-positive': ['top-of-foot', 'outside-of-foot', 'inside-of-foot', 'arch'],
};

/** Is an Ottawa question already settled by its check or its points? */
function ottawaSettled(id: string, get: Lookup): boolean {
  const parts = OTTAWA_PARTS[id];
  if (parts) return parts.some((p) => get(p) !== undefined);
  const check = OTTAWA_CHECK_OF.get(id);
  return check !== undefined && get(check) !== undefined;
}

/** Each Ottawa point → the check that covers it (asked for every candidate, so looked up, not searched). */
const OTTAWA_CHECK_OF: ReadonlyMap<string, string> = new Map(Object.entries(OTTAWA_PARTS).flatMap(([check, points]) => points.map((p) => [p, check] as const)));

/**
 * After an acute injury, the Ottawa self-check a clinician would do first, before other questions: the ankle check,
 * then the midfoot one, each when the runner named a place it covers (or only said "ankle"/"foot", or no place).
 * Null when there was no injury or both are settled.
 * @example pendingOttawaCheck(kb, get, findings)?.id // 'test-ottawa-ankle-positive' after "rolled my ankle"
 */
export function pendingOttawaCheck(kb: KnowledgeBase, get: Lookup, findings: readonly KnownFinding[]): Finding | null {
  if (!hadAcuteInjury(get)) return null;
  const named = mentionedZones(kb, findings);
  const areas = findings.filter((k) => k.value === true && AREA_ZONES[k.id] !== undefined).flatMap((k) => AREA_ZONES[k.id] ?? []);
  for (const id of OTTAWA_CHECKS) {
    const f = kb.findingById.get(id);
    if (!f || get(id) !== undefined || ottawaSettled(id, get)) continue;
    const places = OTTAWA_PLACES[id] ?? [];
    const here = [...named, ...areas];
    if (here.length === 0 || here.some((z) => places.some((p) => p === z || areAdjacent(p, z)))) return f;
  }
  return null;
}

/** One finding that may be asked, and whether a leading condition uses it (else only a red-flag rule does). */
export interface Candidate {
  readonly finding: Finding;
  readonly fromLeading: boolean;
  /** Offer it as its self-test (false for an Ottawa point without an injury: then it is a plain question). */
  readonly asSelfTest: boolean;
}

function byConditionFindings(kb: KnowledgeBase): Map<string, Finding[]> {
  let byCondition = evidenceFindingCache.get(kb);
  if (!byCondition) {
    byCondition = new Map();
    for (const c of kb.conditions) {
      const ids = new Set(c.evidence.map((e) => e.finding));
      for (const z of c.zones) ids.add(`pain-${z}`);
      byCondition.set(c.id, kb.findings.filter((f) => ids.has(f.id)));
    }
    evidenceFindingCache.set(kb, byCondition);
  }
  return byCondition;
}

/** Each rule's findings, computed once. */
const ruleFindingsOf = new Map<RedFlagRule, readonly string[]>(redFlagRules.map((r) => [r, [...new Set(condFindings(r.when))]]));

function ruleInPlay(f: Finding, get: Lookup, post: Posterior): boolean {
  return (rulesByFinding.get(f.id) ?? []).some((r) =>
    (r.suggests !== undefined && (post.marginal.get(r.suggests) ?? 0) >= RULE_IN_PLAY)
    || (ruleFindingsOf.get(r) ?? []).some((id) => id !== f.id && get(id) === true));
}

/**
 * Is this about a place the runner has not named and that is not next to one they named (a plain place, or a sign
 * or test tied to one)? A general area ("my ankle") is not asked once a place is named.
 */
function farPlace(kb: KnowledgeBase, f: Finding, named: readonly string[]): boolean {
  if (named.length === 0) return false;
  if (AREA_ZONES[f.id] !== undefined) return true;
  const zone = f.zone;
  if (zone === undefined || !kb.zoneById.has(zone)) return false;
  return !named.some((z) => z === zone || areAdjacent(z, zone));
}

/**
 * The findings worth scoring, in KB order: those in the leading conditions' evidence plus the red-flag rules'
 * findings, minus the ones the story so far rules out as questions (see the module note).
 * @example questionCandidates(kb, post, get, findings).map((c) => c.finding.id)
 */
export function questionCandidates(kb: KnowledgeBase, post: Posterior, get: Lookup, findings: readonly KnownFinding[]): Candidate[] {
  let rules = ruleFindingCache.get(kb);
  if (!rules) {
    rules = kb.findings.filter((f) => ruleFindingIds.has(f.id));
    ruleFindingCache.set(kb, rules);
  }
  const byCondition = byConditionFindings(kb);
  const leading = [...post.scores]
    .sort((a, b) => (post.marginal.get(b.condition.id) ?? 0) - (post.marginal.get(a.condition.id) ?? 0) || a.condition.id.localeCompare(b.condition.id))
    .slice(0, CANDIDATE_POOL);
  const fromLeading = new Set<string>();
  for (const s of leading) for (const f of byCondition.get(s.condition.id) ?? []) fromLeading.add(f.id);
  const injury = hadAcuteInjury(get);
  const named = mentionedZones(kb, findings);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const f of [...rules, ...kb.findings.filter((x) => fromLeading.has(x.id))]) {
    // A scan, a blood test or a clinician's examination is read from what was written, never asked of a runner.
    if (seen.has(f.id) || get(f.id) !== undefined || isClinicianOnly(f.id)) continue;
    seen.add(f.id);
    const leads = fromLeading.has(f.id);
    if ((OTTAWA_CHECKS.includes(f.id) && !injury) || ottawaSettled(f.id, get)) continue;
    const point = OTTAWA_POINTS.includes(f.id);
    if (point && !injury && !leads) continue;
    if (!leads && !point && !ruleInPlay(f, get, post)) continue;
    if (farPlace(kb, f, named)) continue;
    out.push({ finding: f, fromLeading: leads, asSelfTest: f.selfTest !== undefined && (!point || injury) });
  }
  // Keep KB order so ties break the same way whatever the leading conditions are.
  let order = orderCache.get(kb);
  if (!order) {
    order = new Map(kb.findings.map((f, i) => [f.id, i]));
    orderCache.set(kb, order);
  }
  const rank = order;
  return out.sort((a, b) => (rank.get(a.finding.id) ?? 0) - (rank.get(b.finding.id) ?? 0));
}
