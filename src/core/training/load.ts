import { isRunningSport } from '../activities/sport.ts';
import { activityDay, dayFromNumber, dayNumber } from './days.ts';
import type { TrainingActivity } from './types.ts';

/** What one day's load is measured in. */
export type LoadBasis = 'distance' | 'session-rpe';

/**
 * Daily load from the first activity's day to `until` (inclusive), rest days as 0.
 * `distance` = running km; `session-rpe` = RPE × moving minutes (Foster), any sport, activities without RPE skipped.
 */
export function dailyLoads(activities: readonly TrainingActivity[], basis: LoadBasis, until: string, utcOffsetMinutes = 0): { day: string; load: number }[] {
  const byDay = new Map<number, number>();
  let first = Infinity;
  for (const a of activities) {
    let load: number | null = null;
    if (basis === 'distance') load = isRunningSport(a.sport) ? a.distanceMeters / 1000 : null;
    else load = a.rpe === null ? null : a.rpe * (a.movingSeconds / 60);
    if (load === null) continue;
    const n = dayNumber(activityDay(a, utcOffsetMinutes));
    first = Math.min(first, n);
    byDay.set(n, (byDay.get(n) ?? 0) + load);
  }
  const out: { day: string; load: number }[] = [];
  if (!Number.isFinite(first)) return out;
  for (let n = first; n <= dayNumber(until); n++) out.push({ day: dayFromNumber(n), load: byDay.get(n) ?? 0 });
  return out;
}

/** Acute and chronic EWMA loads and their ratio for one day. */
export interface AcwrPoint {
  day: string;
  acute: number;
  chronic: number;
  /** null while fewer than 28 days of history exist, or when chronic load is 0 (undefined, not infinite). */
  ratio: number | null;
}

/**
 * Acute:chronic workload ratio by exponentially weighted moving averages (Williams et al. 2017):
 * λ = 2/(N+1) with N = 7 (acute) and 28 (chronic), both seeded with the first day's load.
 * @example ewmaAcwr([{ day: '2024-01-01', load: 5 }])[0]?.ratio // null (too little history)
 */
export function ewmaAcwr(loads: readonly { day: string; load: number }[]): AcwrPoint[] {
  const la = 2 / (7 + 1);
  const lc = 2 / (28 + 1);
  const out: AcwrPoint[] = [];
  let acute = 0;
  let chronic = 0;
  loads.forEach((d, i) => {
    if (i === 0) {
      acute = d.load;
      chronic = d.load;
    } else {
      acute = la * d.load + (1 - la) * acute;
      chronic = lc * d.load + (1 - lc) * chronic;
    }
    out.push({ day: d.day, acute, chronic, ratio: i >= 27 && chronic > 0 ? acute / chronic : null });
  });
  return out;
}

/** Foster's monotony and strain for the 7 days ending on a day. */
export interface MonotonyPoint {
  weekEnding: string;
  total: number;
  /** mean / population SD of the 7 daily loads; capped at 10 when every day is the same (SD 0). */
  monotony: number | null;
  /** weekly total × monotony. */
  strain: number | null;
}

/** Monotony is capped here when the SD is 0 (as Runalyze does), rather than dividing by zero. */
export const MONOTONY_CAP = 10;

/**
 * Foster (1998) monotony and strain over the last 7 daily loads ending at each day (needs 7 days).
 * @example monotony(loads).at(-1)?.monotony
 */
export function monotony(loads: readonly { day: string; load: number }[]): MonotonyPoint[] {
  const out: MonotonyPoint[] = [];
  for (let i = 6; i < loads.length; i++) {
    const week = loads.slice(i - 6, i + 1).map((d) => d.load);
    const total = week.reduce((s, v) => s + v, 0);
    const mean = total / 7;
    const sd = Math.sqrt(week.reduce((s, v) => s + (v - mean) ** 2, 0) / 7);
    const m = total === 0 ? null : sd === 0 ? MONOTONY_CAP : Math.min(MONOTONY_CAP, mean / sd);
    out.push({ weekEnding: loads[i]?.day ?? '', total, monotony: m, strain: m === null ? null : total * m });
  }
  return out;
}
