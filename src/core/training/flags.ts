import { addDays, weekStart } from './days.ts';
import { dailyLoads, ewmaAcwr, monotony } from './load.ts';
import type { LoadBasis } from './load.ts';
import { SOURCES } from './sources.ts';
import { singleRunSpikes, spikeFlag } from './spike.ts';
import { weeklyTotals } from './totals.ts';
import type { PeriodTotal } from './totals.ts';
import type { TrainingActivity, TrainingFlag } from './types.ts';

/**
 * Change in running distance between a week and the week two before it (a 2-week period, as Nielsen et al. 2014
 * measured progression). Weeks without runs count as 0. Null when the earlier week had no running.
 */
export function twoWeekChange(weeks: readonly PeriodTotal[], week: string): number | null {
  const byStart = new Map(weeks.map((w) => [w.start, w.runDistanceMeters]));
  const before = byStart.get(addDays(week, -14)) ?? 0;
  const now = byStart.get(week) ?? 0;
  return before > 0 ? (now - before) / before : null;
}

/** Week-over-week change in running distance (for the "10% rule"); null when the previous week had none. */
export function weekOverWeekChange(weeks: readonly PeriodTotal[], week: string): number | null {
  const byStart = new Map(weeks.map((w) => [w.start, w.runDistanceMeters]));
  const before = byStart.get(addDays(week, -7)) ?? 0;
  return before > 0 ? ((byStart.get(week) ?? 0) - before) / before : null;
}

/** Options for {@link trainingFlags}. */
export interface FlagOptions {
  /** The day to evaluate (usually today). */
  today: string;
  basis?: LoadBasis;
  utcOffsetMinutes?: number;
}

/**
 * Every flag for the week containing `today`, most important first: run spikes (Frandsen 2025), a 2-week
 * change over 30% (Nielsen 2014), and as information only the 10% rule, ACWR and monotony.
 * @example trainingFlags(activities, { today: '2024-05-10' })
 */
export function trainingFlags(activities: readonly TrainingActivity[], options: FlagOptions): TrainingFlag[] {
  const flags: TrainingFlag[] = [];
  const thisWeek = weekStart(options.today);
  for (const s of singleRunSpikes(activities)) {
    if (s.localDate < thisWeek || s.localDate > options.today) continue;
    const f = spikeFlag(s);
    if (f !== null) flags.push(f);
  }
  const weeks = weeklyTotals(activities, { utcOffsetMinutes: options.utcOffsetMinutes });
  const two = twoWeekChange(weeks, thisWeek);
  if (two !== null && two > 0.3) {
    flags.push({
      rule: 'two-week-change', level: 'caution', date: thisWeek,
      title: `Weekly distance up ${Math.round(two * 100)}% over two weeks`,
      explanation: 'This week\'s running distance is more than 30% above the week two weeks ago. In a cohort of new runners, those who progressed more than 30% over two weeks seemed more prone to overuse injuries such as shin splints and kneecap pain, although the evidence was not conclusive.',
      source: SOURCES.nielsen2014,
    });
  }
  const wow = weekOverWeekChange(weeks, thisWeek);
  if (wow !== null && wow > 0.1) {
    flags.push({
      rule: 'ten-percent-rule', level: 'info', date: thisWeek,
      title: `Up ${Math.round(wow * 100)}% on last week`,
      explanation: 'The popular "10% rule" says not to add more than 10% a week. It is shown for information: a trial in new runners found that a 10%-a-week programme did not prevent more injuries than a faster one.',
      source: SOURCES.buist2008,
    });
  }
  const loads = dailyLoads(activities, options.basis ?? 'distance', options.today, options.utcOffsetMinutes);
  const acwr = ewmaAcwr(loads).at(-1);
  if (acwr?.ratio !== null && acwr?.ratio !== undefined) {
    flags.push({
      rule: 'acwr', level: 'info', date: options.today,
      title: `Acute:chronic load ratio ${acwr.ratio.toFixed(2)}`,
      explanation: 'Your last week\'s load compared with your last month\'s, weighted towards recent days. Shown for information only: its "safe zones" came from team sports, later analyses found the ratio adds little beyond recent load itself, and in runners it did not predict injury in the expected direction.',
      source: SOURCES.williams2017,
    });
  }
  const mono = monotony(loads).at(-1);
  if (mono?.monotony !== null && mono?.monotony !== undefined && mono.monotony > 2) {
    flags.push({
      rule: 'monotony', level: 'info', date: options.today,
      title: `Training monotony ${mono.monotony.toFixed(1)}`,
      explanation: 'Your daily load has been very similar every day this week, with little easy or rest time between. Foster linked high monotony with illness and staleness; varying hard and easy days helps.',
      source: SOURCES.foster1998,
    });
  }
  const order = { warning: 0, caution: 1, info: 2 } as const;
  return flags.sort((a, b) => order[a.level] - order[b.level]);
}
