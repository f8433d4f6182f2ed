/**
 * How a goal race fits the plan. The race can set the plan's length; it never changes a gate, a cap or a stop rule,
 * so a race that comes too soon is reported honestly instead (judgement; safety rules from rehab-anchors-2026).
 * @module
 */
import { daysBetween } from './dates.ts';
import type { RaceOutlook } from './types.ts';

export const MIN_WEEKS = 6;
export const MAX_WEEKS = 16;
export const DEFAULT_WEEKS = 12;

/** Plan length: explicit weeks win; else the race date if it falls 6–16 weeks out; else 12 (seed-001). */
export function planWeeks(requested: number | undefined, startDate: string | undefined, raceDate: string | undefined): number {
  if (requested !== undefined) return Math.min(MAX_WEEKS, Math.max(MIN_WEEKS, Math.round(requested)));
  if (startDate && raceDate) {
    const weeks = Math.floor(daysBetween(startDate, raceDate) / 7);
    if (weeks >= MIN_WEEKS && weeks <= MAX_WEEKS) return weeks;
  }
  return DEFAULT_WEEKS;
}

/**
 * The race outlook from the running planned for the week before the race and the runner's usual volume.
 * @example raceOutlook('2026-03-01', '2026-05-24', [0, 0, 15, 21], 180, false)
 */
export function raceOutlook(
  startDate: string, raceDate: string, weeklyMinutes: readonly number[], preInjuryMinutes: number, needsClearance: boolean,
): RaceOutlook {
  const days = daysBetween(startDate, raceDate);
  const weeksAway = Math.floor(days / 7);
  if (days < 0) return { date: raceDate, weeksAway, status: 'after-plan', message: 'The race date is before the plan starts.' };
  if (weeksAway >= weeklyMinutes.length) {
    return { date: raceDate, weeksAway, status: 'after-plan', message: 'The race is after the end of this plan: finish the plan first, then build towards it with your usual training.' };
  }
  const lead = weeklyMinutes[Math.max(0, weeksAway - 1)] ?? 0;
  const share = preInjuryMinutes > 0 ? lead / preInjuryMinutes : 0;
  if (needsClearance || lead === 0) {
    return { date: raceDate, weeksAway, status: 'not-advisable', message: 'This race is not advisable: on this plan you will not be running enough by race day, and the plan will not cut a phase short or lift a cap to get you there. Racing now risks a setback; choose a later race or a different goal.' };
  }
  if (share >= 0.8) return { date: raceDate, weeksAway, status: 'on-track', message: 'If every stage goes to plan, you should be close to your usual running by race week. The plan will not speed up to get you there: if it holds or steps back, the race may have to wait.' };
  if (share >= 0.5) return { date: raceDate, weeksAway, status: 'tight', message: `By race week you are planned to be at about ${Math.round(share * 100)}% of your usual running. Run it easy, or choose a shorter distance; the caps still apply.` };
  return { date: raceDate, weeksAway, status: 'not-advisable', message: `This race is not advisable: by race week you are planned to be at only about ${Math.round(share * 100)}% of your usual running, and the safety rules will not be loosened to get you there. Racing now risks a setback; choose a later race.` };
}
