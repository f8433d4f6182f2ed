import { isKnownSportName, isOnFootSport, isRunningSport, isUnspecifiedSport, normaliseSport } from './sport.ts';
import { mean, summariseTrack } from './track.ts';
import type { TrackSummary } from './track.ts';
import { ActivityParseError } from './types.ts';
import type { ActivityFormat, NormalisedActivity, Sport, TrackPoint } from './types.ts';

/** Fastest believable speed between two GPS fixes (judgement: faster than any runner, slower than a glitch). */
export function maxSpeedFor(sport: Sport): number {
  return isOnFootSport(sport) || sport === 'other' ? 12.5 : 45;
}

/**
 * Guesses a sport from average moving speed when the file does not say (judgement: walking below ~7 km/h,
 * cycling above ~22 km/h). Returns the guess and a warning.
 */
export function guessSport(distanceMeters: number, movingSeconds: number): { sport: Sport; warning: string } {
  const speed = movingSeconds > 0 ? distanceMeters / movingSeconds : 0;
  const sport: Sport = speed <= 0 ? 'other' : speed < 1.9 ? 'walking' : speed < 6.1 ? 'running' : 'cycling';
  return { sport, warning: `the file does not name a sport; "${sport}" was guessed from the average speed` };
}

/**
 * Steps per minute from a recorded cadence series: some devices write strides per minute for one leg.
 * Heuristic (judgement): for on-foot sports a median below 120 (running) or 75 (walking) is per leg, so it is doubled.
 */
export function cadenceToSpm(values: readonly number[], sport: Sport, perLeg: boolean | 'guess'): number[] {
  if (!isOnFootSport(sport)) return [];
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [];
  let double = perLeg === true;
  if (perLeg === 'guess') {
    const sorted = [...positive].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    double = median < (isRunningSport(sport) ? 120 : 75);
  }
  return double ? values.map((v) => v * 2) : [...values];
}

/** Keeps only points with a time; throws when there is nothing usable. */
export function requireTimedPoints(points: readonly TrackPoint[], untimed: number, what: string): TrackPoint[] {
  if (points.length === 0 && untimed === 0) throw new ActivityParseError('no-points', `${what} contains no track points`);
  if (points.length === 0) throw new ActivityParseError('no-time', `${what} has track points but none with a time, so it is a route, not a recorded activity`);
  return [...points];
}

/** Rounds for storage and display: metres to cm, seconds to ms. */
export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Totals a device reported itself (FIT session, TCX laps); each overrides what the points give. */
export interface DeviceTotals {
  startMs?: number;
  distanceMeters?: number;
  elapsedSeconds?: number;
  timerSeconds?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  avgCadenceSpm?: number;
}

/**
 * Assembles the normalised activity: device totals where the file has them, otherwise values from the track.
 * Moving time is the device's timer time when it has one (it excludes pauses), else time spent above walking pace.
 */
export function buildActivity(
  format: ActivityFormat,
  sportName: { sport?: string | null; subSport?: string | null },
  points: readonly TrackPoint[],
  totals: DeviceTotals,
  extraWarnings: string[] = [],
): NormalisedActivity {
  let sport = normaliseSport(sportName.sport, sportName.subSport);
  // FIT's `generic` names no sport; with a telling sub-sport (generic + treadmill) it does.
  const named = !isUnspecifiedSport(sportName.sport) || sport !== 'other';
  const track: TrackSummary = summariseTrack(points, { maxSpeedMps: maxSpeedFor(sport) });
  const warnings = [...extraWarnings, ...track.warnings];
  const distance = totals.distanceMeters ?? track.deviceDistanceMeters ?? track.gpsDistanceMeters;
  const elapsed = totals.elapsedSeconds ?? track.elapsedSeconds;
  const moving = Math.min(elapsed, totals.timerSeconds ?? track.movingSeconds);
  if (!named) {
    const guess = guessSport(distance, moving);
    sport = guess.sport;
    warnings.push(guess.warning);
  } else if (sport === 'other' && !isKnownSportName(sportName.sport ?? '')) {
    // Not guessed from speed: a named sport we do not know (tennis, paddling…) is not running just because of its pace.
    warnings.push(`the sport "${(sportName.sport ?? '').slice(0, 40)}" is not one Footing knows; stored as "other"`);
  }
  const startMs = totals.startMs ?? track.startMs;
  if (new Date(startMs).getUTCFullYear() < 2000) warnings.push('the start date is before 2000: the device clock was probably not set');
  const cadence = totals.avgCadenceSpm ?? track.avgCadenceSpm;
  return {
    format,
    sport,
    startTime: new Date(startMs).toISOString(),
    distanceMeters: round(Math.max(0, distance), 2),
    elapsedSeconds: round(elapsed, 3),
    movingSeconds: round(moving, 3),
    points: track.points.length,
    avgHeartRate: nullableRound(totals.avgHeartRate ?? track.avgHeartRate),
    avgCadenceSpm: isOnFootSport(sport) ? nullableRound(cadence) : null,
    maxHeartRate: nullableRound(totals.maxHeartRate ?? track.maxHeartRate),
    elevationGainMeters: track.elevationGainMeters === null ? null : round(track.elevationGainMeters, 1),
    utcOffsetMinutes: null,
    warnings,
  };
}

/**
 * A believable UTC offset in minutes from a local-minus-UTC difference: rounded to the quarter hour (every zone in
 * use is a multiple of 15 minutes) and within UTC−12…UTC+14; anything else (an unset device clock) is null.
 * @example plausibleOffset(7_199_000) // 120
 */
export function plausibleOffset(diffMs: number): number | null {
  if (!Number.isFinite(diffMs)) return null;
  const quarter = Math.round(diffMs / 900_000) * 15;
  return quarter >= -12 * 60 && quarter <= 14 * 60 && Math.abs(diffMs - quarter * 60_000) < 120_000 ? quarter : null;
}

function nullableRound(n: number | null | undefined): number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : Math.round(n);
}

export { mean };
