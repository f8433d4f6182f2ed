/**
 * Ordering of the levels of care and of running advice, so "the more cautious" is well defined.
 * @module
 */
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';

const CARE_RANK: Record<CareLevel, number> = { selfcare: 0, doctor: 1, urgent: 2, emergency: 3 };
const RUN_RANK: Record<RunningAdvice, number> = { continue: 0, modify: 1, stop: 2 };

/** Higher is more urgent. @example careRank('urgent') > careRank('doctor') // true */
export function careRank(level: CareLevel): number {
  return CARE_RANK[level];
}

/** The more urgent of two levels. @example moreUrgent('doctor', 'urgent') // 'urgent' */
export function moreUrgent(a: CareLevel, b: CareLevel): CareLevel {
  return CARE_RANK[b] > CARE_RANK[a] ? b : a;
}

/** Higher is more cautious. @example runRank('stop') // 2 */
export function runRank(advice: RunningAdvice): number {
  return RUN_RANK[advice];
}

/** Plain words for each level, for people and for screen readers. */
export const careWords: Record<CareLevel, string> = {
  emergency: 'Emergency: get help now',
  urgent: 'See a doctor today',
  doctor: 'See a doctor or physio soon',
  selfcare: 'Look after it yourself for now',
};
