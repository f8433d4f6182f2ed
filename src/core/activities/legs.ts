/**
 * Files that hold several activities: a FIT multisport file (one session per leg) or a TCX with several
 * activities or a MultiSportSession. Each leg becomes its own normalised activity, so a triathlon's run leg counts as
 * running load and its swim and ride do not. Transitions are left out: changing shoes is not training load.
 * @module
 */
import type { NormalisedActivity, TrackPoint } from './types.ts';

/** The transitions a multisport file held between its legs, all left out. */
export interface Transitions {
  count: number;
  seconds: number;
}

/** No transitions. */
export const NO_TRANSITIONS: Transitions = { count: 0, seconds: 0 };

/**
 * The points recorded in [startMs, endMs): one leg's share of a multisport file's single record stream.
 * @example pointsBetween(points, legStart, nextLegStart).length
 */
export function pointsBetween(points: readonly TrackPoint[], startMs: number, endMs: number): TrackPoint[] {
  const out: TrackPoint[] = [];
  for (const p of points) if (p.time >= startMs && p.time < endMs) out.push(p);
  return out;
}

/**
 * Puts the legs in time order and says on each which part of the file it is, and that transitions were left out.
 * A file with one activity is returned as it is.
 * @example labelLegs([swim, bike, run], { count: 2, seconds: 180 })[2]?.warnings[0] // 'part 3 of 3 of the file…'
 */
export function labelLegs(legs: readonly NormalisedActivity[], transitions: Transitions): NormalisedActivity[] {
  if (legs.length <= 1 && transitions.count === 0) return [...legs];
  const ordered = [...legs].sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
  const left = transitions.count === 0 ? ''
    : `; ${transitions.count} transition(s) between legs (${formatMinutes(transitions.seconds)}) were left out, as they are not training`;
  return ordered.map((leg, i) => ({
    ...leg,
    warnings: [`part ${i + 1} of ${ordered.length} of the file (${ordered.map((l) => l.sport).join(', ')}), read as its own activity${left}`, ...leg.warnings],
  }));
}

function formatMinutes(seconds: number): string {
  const m = Math.round(seconds / 60);
  return m < 1 ? `${Math.round(seconds)} s` : `${m} min`;
}
