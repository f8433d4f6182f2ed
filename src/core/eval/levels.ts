/**
 * Orderings used to compare the engine's answer with the gold label: how much care, and how much running.
 * @module
 */
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';

const careRank: Record<CareLevel, number> = { selfcare: 0, doctor: 1, urgent: 2, emergency: 3 };
const runningRank: Record<RunningAdvice, number> = { stop: 0, modify: 1, continue: 2 };

/**
 * Whether `got` is at least as much care as `gold` (emergency > urgent > doctor > selfcare).
 * @example isSafeLevel('urgent', 'doctor') // true
 */
export function isSafeLevel(got: CareLevel, gold: CareLevel): boolean {
  return careRank[got] >= careRank[gold];
}

/**
 * Whether advice `got` allows more running than `gold` (continue > modify > stop): the unsafe direction.
 * @example isMorePermissive('continue', 'modify') // true
 */
export function isMorePermissive(got: RunningAdvice, gold: RunningAdvice): boolean {
  return runningRank[got] > runningRank[gold];
}
