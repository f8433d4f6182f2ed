/**
 * The walk-run ladder and the weekly cap on running time.
 *
 * Ladder stages follow the interval return-to-run tables in rehab-anchors-2026 (walk 3 / run 1 → … → continuous
 * 30 minutes), one stage a week at most, run on non-consecutive days (warden-2014). Once continuous, weekly time
 * rises by no more than the protocol's cap (10% by default: seed-001; 20% for some tendon protocols:
 * rehab-anchors-2026). Below 90 minutes a week a fixed 15-minute step is allowed instead, because a percentage of
 * almost nothing would never get a walk-run going (judgement).
 * @module
 */

export interface LadderStage {
  readonly stage: number;
  readonly runMinutes: number;
  readonly walkMinutes: number;
  readonly repeats: number;
}

export const LADDER: readonly LadderStage[] = [
  { stage: 1, runMinutes: 1, walkMinutes: 3, repeats: 5 },
  { stage: 2, runMinutes: 1, walkMinutes: 2, repeats: 7 },
  { stage: 3, runMinutes: 2, walkMinutes: 2, repeats: 5 },
  { stage: 4, runMinutes: 3, walkMinutes: 1, repeats: 5 },
  { stage: 5, runMinutes: 4, walkMinutes: 1, repeats: 5 },
  { stage: 6, runMinutes: 6, walkMinutes: 1, repeats: 4 },
  { stage: 7, runMinutes: 9, walkMinutes: 1, repeats: 3 },
  { stage: 8, runMinutes: 30, walkMinutes: 0, repeats: 1 },
];

/** The stage at which running is continuous. */
export const CONTINUOUS_STAGE = LADDER.length;
/** Below this weekly running time the cap allows a fixed step instead of a percentage (judgement). */
export const LOW_VOLUME_MINUTES = 90;
export const LOW_VOLUME_STEP_MINUTES = 15;

/** Running minutes in one session at a ladder stage (1-based; clamped). */
export function stageRunMinutes(stage: number): number {
  const s = LADDER[Math.min(Math.max(stage, 1), LADDER.length) - 1];
  return s ? s.runMinutes * s.repeats : 0;
}

/** The ladder stage (clamped to 1…last). */
export function ladderStage(stage: number): LadderStage {
  const s = LADDER[Math.min(Math.max(stage, 1), LADDER.length) - 1];
  if (!s) throw new Error('empty ladder');
  return s;
}

/**
 * Most running minutes allowed in a week after a week of `previous` minutes.
 * @example weeklyCap(200, 10) // 220
 * @example weeklyCap(0, 10)   // 15
 */
export function weeklyCap(previous: number, capPercent: number): number {
  const pct = previous * (1 + capPercent / 100);
  if (previous < LOW_VOLUME_MINUTES) return Math.max(pct, previous + LOW_VOLUME_STEP_MINUTES);
  return pct;
}

/**
 * The highest ladder stage allowed this week: at most one above the current stage, and within the weekly cap.
 * Returns 0 when even stage 1 would break the cap (never happens from a standing start, since the step is 15).
 */
export function nextLadderStage(currentStage: number, previousMinutes: number, sessions: number, capPercent: number): number {
  const cap = weeklyCap(previousMinutes, capPercent);
  let best = 0;
  for (const s of LADDER) {
    if (s.stage > currentStage + 1) break;
    if (stageRunMinutes(s.stage) * sessions <= cap) best = s.stage;
  }
  return best;
}
