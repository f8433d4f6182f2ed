import { isRunningSport } from '../activities/sport.ts';
import { activityDay, addDays, monthStart, weekStart } from './days.ts';
import type { TrainingActivity } from './types.ts';

/** Distance and time in one week or month. */
export interface PeriodTotal {
  /** First day of the period (Monday for weeks). */
  start: string;
  distanceMeters: number;
  movingSeconds: number;
  activities: number;
  /** Running only, for the spike and change rules. */
  runDistanceMeters: number;
  /** Moving-time-weighted mean cadence of runs that recorded one. */
  avgRunCadenceSpm: number | null;
}

/** Options for period totals. */
export interface TotalsOptions {
  utcOffsetMinutes?: number;
  /** Fill empty periods between the first and last activity with zeros (for charts). */
  fill?: boolean;
}

/**
 * Weekly totals (ISO weeks, Monday first), oldest first.
 * @example weeklyTotals(activities)[0]?.distanceMeters
 */
export function weeklyTotals(activities: readonly TrainingActivity[], options: TotalsOptions = {}): PeriodTotal[] {
  return totals(activities, (day) => weekStart(day), (start) => addDays(start, 7), options);
}

/** Calendar-month totals, oldest first. */
export function monthlyTotals(activities: readonly TrainingActivity[], options: TotalsOptions = {}): PeriodTotal[] {
  return totals(activities, monthStart, (start) => monthStart(addDays(start, 32)), options);
}

function totals(
  activities: readonly TrainingActivity[],
  periodOf: (day: string) => string,
  next: (start: string) => string,
  options: TotalsOptions,
): PeriodTotal[] {
  const map = new Map<string, PeriodTotal & { cadSum: number; cadSec: number }>();
  const empty = (start: string) => ({ start, distanceMeters: 0, movingSeconds: 0, activities: 0, runDistanceMeters: 0, avgRunCadenceSpm: null, cadSum: 0, cadSec: 0 });
  for (const a of activities) {
    const start = periodOf(activityDay(a, options.utcOffsetMinutes));
    const t = map.get(start) ?? empty(start);
    t.distanceMeters += a.distanceMeters;
    t.movingSeconds += a.movingSeconds;
    t.activities++;
    if (isRunningSport(a.sport)) {
      t.runDistanceMeters += a.distanceMeters;
      if (a.avgCadenceSpm !== null && a.movingSeconds > 0) {
        t.cadSum += a.avgCadenceSpm * a.movingSeconds;
        t.cadSec += a.movingSeconds;
      }
    }
    map.set(start, t);
  }
  const starts = [...map.keys()].sort();
  if (options.fill === true && starts.length > 0) {
    const last = starts[starts.length - 1] ?? '';
    for (let s = starts[0] ?? ''; s <= last; s = next(s)) if (!map.has(s)) map.set(s, empty(s));
  }
  return [...map.values()]
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map(({ cadSum, cadSec, ...t }) => ({ ...t, avgRunCadenceSpm: cadSec > 0 ? cadSum / cadSec : null }));
}
