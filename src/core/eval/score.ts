/**
 * Scores one vignette: where the gold condition (or an acceptable alternative) sits in the differential,
 * and whether the level of care and running advice are safe against the gold label.
 * @module
 */
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';
import type { VignetteRun } from './engine-outcome.ts';
import { isMorePermissive, isSafeLevel } from './levels.ts';
import type { Gold, Vignette } from './vignette-schema.ts';

/** The verdict on one vignette. `level`/`advice` are null when the engine failed on it. */
export interface VignetteScore {
  readonly id: string;
  readonly kind: 'text' | 'evidence';
  readonly redFlag: boolean;
  readonly gold: Gold;
  readonly error: string | null;
  readonly level: CareLevel | null;
  readonly advice: RunningAdvice | null;
  /** The first three condition ids the engine listed. */
  readonly top3: readonly string[];
  /** 1-based position of the first gold or acceptable condition in the differential, or null. */
  readonly rank: number | null;
  readonly top1: boolean;
  readonly inTop3: boolean;
  readonly covered: boolean;
  readonly safeTriage: boolean;
  readonly underTriage: boolean;
  readonly overTriage: boolean;
  readonly runningAgrees: boolean;
  readonly runningUnsafe: boolean;
}

/**
 * Score one vignette against what the engine returned. An engine error scores as a miss and as
 * under-triage: a case the engine cannot answer is never counted as safe.
 * @example scoreVignette(v, { outcome }).inTop3 // true when gold is in the first three
 */
export function scoreVignette(v: Vignette, run: VignetteRun): VignetteScore {
  const base = { id: v.id, kind: 'text' in v ? ('text' as const) : ('evidence' as const), redFlag: v.redFlag, gold: v.gold };
  if ('error' in run) {
    return {
      ...base, error: run.error, level: null, advice: null, top3: [], rank: null, top1: false, inTop3: false,
      covered: false, safeTriage: false, underTriage: true, overTriage: false, runningAgrees: false, runningUnsafe: false,
    };
  }
  const { outcome } = run;
  const wanted = new Set<string>([v.gold.condition, ...v.gold.acceptable]);
  const ids = outcome.differential.map((d) => d.conditionId);
  const index = ids.findIndex((id) => wanted.has(id));
  const rank = index === -1 ? null : index + 1;
  const level = outcome.triage.level;
  const advice = outcome.running.advice;
  const safe = isSafeLevel(level, v.gold.level);
  return {
    ...base,
    error: null,
    level,
    advice,
    top3: ids.slice(0, 3),
    rank,
    top1: rank === 1,
    inTop3: rank !== null && rank <= 3,
    covered: rank !== null,
    safeTriage: safe,
    underTriage: !safe,
    overTriage: level !== v.gold.level && safe,
    runningAgrees: advice === v.gold.running,
    runningUnsafe: isMorePermissive(advice, v.gold.running),
  };
}
