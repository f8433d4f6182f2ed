/**
 * Where it hurts, judged as one piece of evidence per condition. Each body-map zone is also a separate yes/no
 * finding, but that alone cannot mark down a condition none of whose zones was mentioned (a shin problem when the
 * runner only talks about the heel). So once the runner has said where it hurts, every condition gets one combined
 * location factor: neutral when a mentioned place is one of its zones, partly reduced when a mentioned place is
 * next to one of its zones, and strongly reduced otherwise. Places come from the zone findings and from any other
 * positive finding tied to a zone (a tender navicular, a painful heel squeeze). Factors are judgement.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Condition } from '../kb/schema.ts';
import type { Factor } from './likelihood.ts';
import type { KnownFinding } from './types.ts';

/** Combined location factors (judgement; "elsewhere" equals the engine's LR floor). */
export const LOCATION_LR = { adjacent: 0.4, elsewhere: 0.1 } as const;

/** Pseudo-finding id used for the combined location factor in explanations. */
export const LOCATION_ID = 'location';

/** Neighbouring body-map zones (judgement, from surface anatomy); made symmetric below. */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  'heel-underside': ['back-of-heel', 'arch', 'inside-ankle'],
  'back-of-heel': ['achilles', 'back-of-ankle'],
  achilles: ['calf', 'back-of-ankle'],
  arch: ['inside-of-foot', 'ball-of-foot'],
  'ball-of-foot': ['big-toe', 'lesser-toes', 'top-of-foot'],
  'big-toe': ['lesser-toes', 'inside-of-foot'],
  'lesser-toes': ['top-of-foot'],
  'top-of-foot': ['front-of-ankle', 'inside-of-foot', 'outside-of-foot'],
  'outside-of-foot': ['outside-ankle'],
  'inside-of-foot': ['inside-ankle'],
  'inside-ankle': ['inner-shin', 'back-of-ankle'],
  'outside-ankle': ['outer-leg', 'front-of-ankle', 'back-of-ankle'],
  'front-of-ankle': ['front-of-shin', 'inside-ankle'],
  'inner-shin': ['front-of-shin', 'calf'],
  'front-of-shin': ['outer-leg'],
  'outer-leg': ['calf'],
};

const adjacency = new Map<string, Set<string>>();
for (const [a, list] of Object.entries(NEIGHBOURS)) {
  for (const b of list) {
    adjacency.set(a, (adjacency.get(a) ?? new Set()).add(b));
    adjacency.set(b, (adjacency.get(b) ?? new Set()).add(a));
  }
}

/** Are two zones next to each other? @example areAdjacent('achilles', 'calf') // true */
export function areAdjacent(a: string, b: string): boolean {
  return adjacency.get(a)?.has(b) ?? false;
}

/**
 * General places: a runner who says only "my ankle", "my foot" or "my leg" has told us the region but not the zone.
 * Each such finding stands for the zones it spans (judgement, from surface anatomy).
 */
export const AREA_ZONES: Readonly<Record<string, readonly string[]>> = {
  'pain-ankle-area': ['inside-ankle', 'outside-ankle', 'front-of-ankle', 'back-of-ankle'],
  'pain-foot-area': ['heel-underside', 'back-of-heel', 'arch', 'ball-of-foot', 'big-toe', 'lesser-toes', 'top-of-foot', 'outside-of-foot', 'inside-of-foot'],
  'pain-lower-leg-area': ['inner-shin', 'front-of-shin', 'outer-leg', 'calf', 'achilles'],
};

/** A place the runner said hurts: one zone, or the zones a general place spans. */
export type Place = readonly string[];

/**
 * The places the runner said hurt: positive findings that name a zone, in first-mentioned order, then general
 * places ("my ankle") unless a named zone already lies in or next to that area (the specific place wins).
 * @example mentionedPlaces(kb, [{ id: 'pain-arch', value: true, source: 'text' }]) // [['arch']]
 */
export function mentionedPlaces(kb: KnowledgeBase, findings: readonly KnownFinding[]): Place[] {
  const zones = mentionedZones(kb, findings);
  const places: Place[] = zones.map((z) => [z]);
  for (const k of findings) {
    const area = k.value === true ? AREA_ZONES[k.id] : undefined;
    if (!area || zones.some((z) => area.some((a) => a === z || areAdjacent(a, z)))) continue;
    places.push(area);
  }
  return places;
}

/**
 * The zones the runner said hurt: positive findings that name a zone, in first-mentioned order.
 * @example mentionedZones(kb, [{ id: 'pain-arch', value: true, source: 'text' }]) // ['arch']
 */
export function mentionedZones(kb: KnowledgeBase, findings: readonly KnownFinding[]): string[] {
  const zones: string[] = [];
  for (const k of findings) {
    if (k.value !== true) continue;
    const zone = kb.findingById.get(k.id)?.zone;
    if (zone !== undefined && !zones.includes(zone)) zones.push(zone);
  }
  return zones;
}

/**
 * The combined location factor for one condition, or null when nothing was said about where it hurts or a
 * mentioned place is one of the condition's zones (neutral).
 * @example locationFactor(plantarFasciitis, [['inner-shin']])?.lr // 0.1
 */
export function locationFactor(c: Condition, places: readonly Place[]): Factor | null {
  const zones = places.flat();
  if (zones.length === 0 || zones.some((z) => c.zones.includes(z))) return null;
  const near = zones.some((z) => c.zones.some((cz) => areAdjacent(z, cz)));
  return { lr: near ? LOCATION_LR.adjacent : LOCATION_LR.elsewhere, basis: 'judgement', sources: [] };
}
