import { isRunningSport } from '../activities/sport.ts';
import { activityDay } from './days.ts';
import { SOURCES } from './sources.ts';
import type { TrainingActivity, TrainingFlag } from './types.ts';

/** Frandsen et al. 2025 tiers of a run's distance over the longest run of the previous 30 days. */
export type SpikeTier = 'none' | '10-30%' | '30-100%' | '>100%' | 'no-recent-runs';

/** The spike check for one run. */
export interface SpikeResult {
  startTime: string;
  /** The run's local day. */
  localDate: string;
  distanceMeters: number;
  /** Longest run in the 30 days before this one (0 when there was none). */
  longestPrevious30DaysMeters: number;
  /** distance / longest previous; null when there was no previous run. */
  ratio: number | null;
  tier: SpikeTier;
}

const WINDOW_MS = 30 * 86_400_000;

/**
 * Compares every run with the longest run in the 30 days before it (Frandsen et al. 2025): more than 10% longer
 * is a spike, tiered 10–30%, 30–100% and over 100%. Only runs count, on both sides.
 * @example singleRunSpikes(runs).filter((s) => s.tier !== 'none')
 */
export function singleRunSpikes(activities: readonly TrainingActivity[]): SpikeResult[] {
  const runs = activities.filter((a) => isRunningSport(a.sport) && a.distanceMeters > 0).map((a) => ({ a, t: Date.parse(a.startTime) })).sort((x, y) => x.t - y.t);
  const out: SpikeResult[] = [];
  let from = 0;
  for (let i = 0; i < runs.length; i++) {
    const cur = runs[i];
    if (cur === undefined) continue;
    while ((runs[from]?.t ?? Infinity) < cur.t - WINDOW_MS) from++;
    let longest = 0;
    for (let j = from; j < i; j++) longest = Math.max(longest, runs[j]?.a.distanceMeters ?? 0);
    const ratio = longest > 0 ? cur.a.distanceMeters / longest : null;
    out.push({ startTime: cur.a.startTime, localDate: activityDay(cur.a), distanceMeters: cur.a.distanceMeters, longestPrevious30DaysMeters: longest, ratio, tier: tierOf(ratio) });
  }
  return out;
}

function tierOf(ratio: number | null): SpikeTier {
  if (ratio === null) return 'no-recent-runs';
  if (ratio > 2) return '>100%';
  if (ratio > 1.3) return '30-100%';
  if (ratio > 1.1) return '10-30%';
  return 'none';
}

/** Plain-words flag for a spike, or null when the run was within 10% of the recent longest. */
export function spikeFlag(s: SpikeResult): TrainingFlag | null {
  const date = s.localDate;
  const km = (m: number): string => `${(m / 1000).toFixed(1)} km`;
  if (s.tier === 'none') return null;
  if (s.tier === 'no-recent-runs') {
    return {
      rule: 'single-run-spike', level: 'info', date,
      title: 'First run in over 30 days',
      explanation: 'With no run in the previous 30 days there is nothing to compare against, so any distance is a jump for your legs. After a break, build back gradually and let pain guide you.',
      source: SOURCES.frandsen2025,
    };
  }
  const pct = Math.round(((s.ratio ?? 1) - 1) * 100);
  return {
    rule: 'single-run-spike',
    level: s.tier === '10-30%' ? 'caution' : 'warning',
    date,
    title: `Run ${pct}% longer than your longest in 30 days`,
    explanation: `This run (${km(s.distanceMeters)}) was ${pct}% longer than your longest run in the 30 days before it (${km(s.longestPrevious30DaysMeters)}). In a study of over 5,000 runners, single runs more than 10% longer than the recent longest came before more injuries, and the risk was highest beyond double. It is a prompt to watch how your legs respond, not a verdict.`,
    source: SOURCES.frandsen2025,
  };
}
