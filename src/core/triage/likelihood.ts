/**
 * Likelihood ratios: how much one known finding shifts the odds of one condition. LRs are capped (the
 * naive-Bayes independence assumption makes extreme values dangerous; clinical-anchors §5 suggests 10 / 0.1),
 * "unknown" is a factor of 1 (never "no"), and pain locations a condition does not list are judged from its
 * body-map zones so that a heel problem is not ranked for shin pain.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Condition, Evidence, Finding } from '../kb/schema.ts';
import type { FindingValue } from './types.ts';

/** Largest and smallest LR any single finding may apply to a condition. */
export const LR_CAP = 10;
export const LR_FLOOR = 0.1;

/** Judgement factors for pain locations a condition does not list explicitly. */
export const ZONE_LR = { inZone: 3, sameRegion: 0.6, elsewhere: 0.15, primaryAbsent: 0.3, secondaryAbsent: 0.7 } as const;

/** Clamp an LR into [LR_FLOOR, LR_CAP]. @example capLr(40) // 10 */
export function capLr(lr: number): number {
  return Math.min(LR_CAP, Math.max(LR_FLOOR, lr));
}

/** LR+ and LR− of an evidence entry, from the LRs or from sensitivity and specificity. */
export function entryLrs(e: Evidence): { plus: number; minus: number } {
  if (e.lrPlus !== undefined && e.lrMinus !== undefined) return { plus: e.lrPlus, minus: e.lrMinus };
  const sens = e.sens ?? 0.5;
  const spec = e.spec ?? 0.5;
  return { plus: sens / Math.max(1 - spec, 0.01), minus: Math.max(1 - sens, 0.01) / Math.max(spec, 0.01) };
}

const byFinding = new WeakMap<Condition, Map<string, Evidence[]>>();

/** A condition's evidence entries for one finding (indexed once per condition). */
export function evidenceFor(c: Condition, findingId: string): readonly Evidence[] {
  let index = byFinding.get(c);
  if (!index) {
    index = new Map();
    for (const e of c.evidence) index.set(e.finding, [...(index.get(e.finding) ?? []), e]);
    byFinding.set(c, index);
  }
  return index.get(findingId) ?? [];
}

/** Does a known value match an evidence entry? */
export function matches(e: Pick<Evidence, 'match'>, value: FindingValue): boolean {
  if (e.match === undefined) return value === true;
  if (typeof e.match === 'string') return value === e.match;
  if (typeof value !== 'number') return false;
  return (e.match.min === undefined || value >= e.match.min) && (e.match.max === undefined || value <= e.match.max);
}

/** One LR with where it came from. */
export interface Factor {
  readonly lr: number;
  readonly basis: 'published' | 'judgement';
  readonly sources: readonly string[];
}

/**
 * The zone a location finding describes, when it is the plain "pain in zone X" finding.
 * @example plainZone(kb.findingById.get('pain-arch')) // 'arch'
 */
export function plainZone(f: Finding): string | null {
  return f.category === 'location' && f.zone !== undefined && f.id === `pain-${f.zone}` ? f.zone : null;
}

function zoneFactor(kb: KnowledgeBase, c: Condition, zone: string, value: FindingValue): number {
  const inZone = c.zones.includes(zone);
  if (value === false) return inZone ? (c.zones[0] === zone ? ZONE_LR.primaryAbsent : ZONE_LR.secondaryAbsent) : 1;
  if (value !== true) return 1;
  if (inZone) return ZONE_LR.inZone;
  const region = kb.zoneById.get(zone)?.region;
  return c.zones.some((z) => kb.zoneById.get(z)?.region === region) ? ZONE_LR.sameRegion : ZONE_LR.elsewhere;
}

/**
 * The capped LR that one known finding applies to one condition, or null when it says nothing about it.
 * With `combinedLocation`, a "yes" for a zone the condition does not cover is left to the combined factor.
 * @example findingFactor(kb, pf, kb.findingById.get('pain-first-steps')!, true)?.lr // e.g. 3
 */
export function findingFactor(
  kb: KnowledgeBase, c: Condition, f: Finding, value: FindingValue, combinedLocation = false,
): Factor | null {
  if (value === 'unknown') return null;
  const entries = evidenceFor(c, f.id);
  if (entries.length > 0) {
    let lr = 1;
    const sources = new Set<string>();
    let published = true;
    for (const e of entries) {
      const { plus, minus } = entryLrs(e);
      lr *= capLr(matches(e, value) ? plus : minus);
      for (const s of e.sources) sources.add(s);
      if (e.basis !== 'published') published = false;
    }
    return { lr: capLr(lr), basis: published ? 'published' : 'judgement', sources: [...sources] };
  }
  const zone = plainZone(f);
  if (zone !== null) {
    // When the combined location factor (location.ts) is in use, a place outside the condition's zones is
    // judged there once, not once per zone.
    if (combinedLocation && value === true && !c.zones.includes(zone)) return null;
    const lr = zoneFactor(kb, c, zone, value);
    return lr === 1 ? null : { lr, basis: 'judgement', sources: [] };
  }
  return null;
}

/** One finding value's factor for every condition, in KB order, with its natural log (null: says nothing). */
export interface FactorRow {
  readonly factors: readonly (Factor | null)[];
  readonly logs: readonly number[];
}

const rowCache = new WeakMap<KnowledgeBase, Map<string, FactorRow>>();

/**
 * `findingFactor(kb, c, f, value, true)` for every condition of the KB, computed once per KB, finding and value
 * (the factors are pure functions of those), so scoring a case only looks them up.
 * @example factorRow(kb, kb.findingById.get('swelling')!, true).factors[0]?.lr
 */
export function factorRow(kb: KnowledgeBase, f: Finding, value: FindingValue): FactorRow {
  let byKb = rowCache.get(kb);
  if (!byKb) {
    byKb = new Map();
    rowCache.set(kb, byKb);
  }
  const key = `${f.id}\u0000${typeof value}\u0000${String(value)}`;
  const hit = byKb.get(key);
  if (hit) return hit;
  const factors = kb.conditions.map((c) => findingFactor(kb, c, f, value, true));
  const row = { factors, logs: factors.map((x) => (x ? Math.log(x.lr) : 0)) };
  // Numbers are open-ended: keep the cache bounded for a long-running server fed arbitrary values.
  if (byKb.size < 20000) byKb.set(key, row);
  return row;
}
