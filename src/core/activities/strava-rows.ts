/**
 * Turning what a Strava export says into activities to store: a parsed file alone, a file joined with its
 * `activities.csv` row (name, the type the athlete chose, gear, Strava's id), and a row with no file (a manual entry
 * on Strava, or a file missing from the export) from the CSV's own totals.
 * @module
 */
import { isRunningSport, normaliseSport } from './sport.ts';
import type { StravaRow } from './strava-csv.ts';
import type { NormalisedActivity, Sport } from './types.ts';

/** An activity ready to store, with what the export says about it besides the file. */
export interface ImportedActivity extends NormalisedActivity {
  /** Where it came from: the file or entry name (with the part for a multisport leg), or `activities.csv row N`. */
  source: string;
  name: string | null;
  /** Strava "Activity Gear": the shoe (or bike) name. */
  gear: string | null;
  externalId: string | null;
  /** True when there was no file (a manual entry on Strava, or a missing file); only the CSV's totals are known. */
  manual: boolean;
  /** A note stored with the activity, saying where its figures came from when that is not obvious. */
  notes: string | null;
}

/** Why a CSV row that names a file is reported: the file is not in the archive. */
export const MISSING_FILE_REASON = 'listed in activities.csv but the file is missing from the export';

/**
 * Where one leg of a file came from: the file's name, and for a multisport file which part it is.
 * @example legSource('tri.fit', 3, 3, 'running') // 'tri.fit · part 3 of 3 (running)'
 */
export function legSource(source: string, part: number, of: number, sport: Sport): string {
  return of === 1 ? source : `${source} · part ${part} of ${of} (${sport})`;
}

/**
 * The activities of one file with nothing known besides the file.
 * @example fromFile(await parseActivities(bytes), 'run.fit')[0]?.source // 'run.fit'
 */
export function fromFile(legs: readonly NormalisedActivity[], source: string): ImportedActivity[] {
  return legs.map((a, i) => ({ ...a, source: legSource(source, i + 1, legs.length, a.sport), name: null, gear: null, externalId: null, manual: false, notes: null }));
}

/**
 * A file's activities joined with its CSV row. A single activity takes the type the athlete chose on Strava (unless
 * that is a plain "Run" and the device knew it was a trail or treadmill run); the legs
 * of a multisport file keep the sports the device recorded (Strava keeps one type for the whole session), and the
 * gear goes only to the legs of the row's sport (running shoes to the run legs, not to the swim).
 */
export function withRow(legs: readonly NormalisedActivity[], row: StravaRow, source: string): ImportedActivity[] {
  const chosen = normaliseSport(row.type);
  const sameKind = (s: Sport): boolean => s === chosen || (isRunningSport(s) && isRunningSport(chosen));
  return legs.map((a, i) => {
    const single = legs.length === 1;
    const sport = single && chosen !== 'other' ? moreSpecific(chosen, a.sport) : a.sport;
    return {
      ...a,
      sport,
      source: legSource(source, i + 1, legs.length, a.sport),
      name: single || row.name === null ? row.name : `${row.name} (${a.sport})`,
      gear: single || sameKind(a.sport) ? row.gear : null,
      externalId: row.activityId,
      manual: false,
      notes: null,
    };
  });
}

/**
 * Strava's plain "Run" covers every run recorded before its Trail Run type existed, and treadmill runs (Strava has no
 * treadmill type, only a trainer flag): it does not overrule a trail or treadmill run the
 * device recorded as such.
 */
function moreSpecific(chosen: Sport, recorded: Sport): Sport {
  return chosen === 'running' && isRunningSport(recorded) ? recorded : chosen;
}

/**
 * A row without a usable file as a manual activity from the CSV's totals, or the reason it cannot be one.
 * `notes` says why only the CSV's figures are known (a missing file); a Strava manual entry has none.
 */
export function manualFromRow(row: StravaRow, notes: string | null = null): { activity: ImportedActivity } | { reason: string } {
  if (row.startTime === null) return { reason: 'the activity date could not be read' };
  if (row.elapsedSeconds === null) return { reason: 'the elapsed time could not be read' };
  return {
    activity: {
      format: 'manual',
      sport: normaliseSport(row.type),
      startTime: row.startTime,
      distanceMeters: row.distanceMeters ?? 0,
      elapsedSeconds: row.elapsedSeconds,
      movingSeconds: Math.min(row.movingSeconds ?? row.elapsedSeconds, row.elapsedSeconds),
      points: 0,
      avgHeartRate: row.avgHeartRate === null ? null : Math.round(row.avgHeartRate),
      avgCadenceSpm: null,
      maxHeartRate: null,
      elevationGainMeters: null,
      // Strava's CSV dates are UTC with no offset: the runner's time-zone preference decides the day.
      utcOffsetMinutes: null,
      warnings: [],
      source: `activities.csv row ${row.row}`,
      name: row.name,
      gear: row.gear,
      externalId: row.activityId,
      manual: true,
      notes,
    },
  };
}
