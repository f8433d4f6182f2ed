/**
 * An injury nobody told of. Some conditions are defined by one event: an ankle sprain is an ankle that rolled
 * (vuurberg-2018; the KB gives that finding LR+ 6 and LR− 0.1). Runners who sprained an ankle say so, in some form,
 * whenever they describe the problem; a free-text account of ankle pain that tells of no injury at all (no roll,
 * fall, knock, twist, sudden start, nor a "no injury") is weaker evidence against the sprain than a plain "no", but
 * it is evidence: without it a common condition with a high prior tops the list for tendon, bone-stress and
 * impingement stories on its prior alone. Judgement: silence counts as the square root of the "no" (half its
 * log-weight). Only for text accounts; in the questions the event is asked, and any answer replaces this factor.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Condition, Evidence } from '../kb/schema.ts';
import { entryLrs, type Factor } from './likelihood.ts';
import { ACUTE_INJURY_FINDINGS } from './red-flag-rules/index.ts';
import type { KnownFinding } from './types.ts';

/** Pseudo-finding id for the factor in a condition's "why". */
export const UNTOLD_EVENT_ID = 'untold-injury';

/** Findings that tell of an event (or its absence): any of them said, in any way, and silence means nothing. */
const EVENT_FINDINGS: readonly string[] = [
  ...ACUTE_INJURY_FINDINGS, 'onset-sudden', 'onset-gradual', 'injury-pop-or-snap', 'injury-kicked-in-calf', 'calf-pull-during-run',
];

/** A condition is defined by an event when an event finding is strong for it and its absence nearly rules it out. */
const DEFINING = { lrPlus: 5, lrMinus: 0.15 } as const;

const cache = new WeakMap<KnowledgeBase, ReadonlyMap<string, Factor>>();

/** Condition id → the factor silence about its defining event applies (built once per KB). */
function definedByEvent(kb: KnowledgeBase): ReadonlyMap<string, Factor> {
  const hit = cache.get(kb);
  if (hit) return hit;
  const out = new Map<string, Factor>();
  for (const c of kb.conditions) {
    const e = defining(c);
    if (e) out.set(c.id, { lr: Math.sqrt(entryLrs(e).minus), basis: 'judgement', sources: e.sources });
  }
  cache.set(kb, out);
  return out;
}

function defining(c: Condition): Evidence | undefined {
  return c.evidence.find((e) => {
    if (!ACUTE_INJURY_FINDINGS.includes(e.finding) || e.match !== undefined) return false;
    const { plus, minus } = entryLrs(e);
    return plus >= DEFINING.lrPlus && minus <= DEFINING.lrMinus;
  });
}

/**
 * The untold-event factor per condition: empty unless the findings come from a text account that says nothing
 * about an event.
 * @example untoldEventFactors(kb, understandText(kb, 'front of my ankle aches since hill reps').findings).get('lateral-ankle-sprain')?.lr // ≈ 0.32
 */
export function untoldEventFactors(kb: KnowledgeBase, findings: readonly KnownFinding[]): ReadonlyMap<string, Factor> {
  if (!findings.some((f) => f.source === 'text')) return new Map();
  if (findings.some((f) => EVENT_FINDINGS.includes(f.id))) return new Map();
  return definedByEvent(kb);
}
