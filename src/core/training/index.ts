/** Training metrics: pure functions over activities. */
export * from './types.ts';
export { weeklyTotals, monthlyTotals } from './totals.ts';
export type { PeriodTotal, TotalsOptions } from './totals.ts';
export { singleRunSpikes, spikeFlag } from './spike.ts';
export type { SpikeResult, SpikeTier } from './spike.ts';
export { dailyLoads, ewmaAcwr, monotony, MONOTONY_CAP } from './load.ts';
export type { AcwrPoint, LoadBasis, MonotonyPoint } from './load.ts';
export { trainingFlags, twoWeekChange, weekOverWeekChange } from './flags.ts';
export type { FlagOptions } from './flags.ts';
export { SOURCES } from './sources.ts';
export { toUnit, fromUnit, formatDistance, formatDuration, METERS_PER_MILE } from './units.ts';
export type { DistanceUnit } from './units.ts';
export { activityDay, dayOf, weekStart, addDays } from './days.ts';
export { activityLocalDate, isTimeZone, localDay, offsetMinutesAt, zonedTimeToUtc } from './zones.ts';
