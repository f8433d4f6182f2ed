import { parseActivity } from './parse.ts';
import { normaliseSport } from './sport.ts';
import { parseStravaCsv } from './strava-csv.ts';
import type { StravaRow } from './strava-csv.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';
import { readZip, DEFAULT_ZIP_LIMITS } from './zip-reader.ts';
import type { ZipLimits } from './zip-reader.ts';

/** An activity ready to store, with what the export says about it besides the file. */
export interface ImportedActivity extends NormalisedActivity {
  /** Where it came from: the entry name, or `activities.csv row N` for a manual entry. */
  source: string;
  name: string | null;
  /** Strava "Activity Gear": the shoe (or bike) name. */
  gear: string | null;
  externalId: string | null;
  /** True when there was no file (a manual entry on Strava); only the CSV's totals are known. */
  manual: boolean;
}

/** One line of the per-file report. */
export type ImportOutcome = { kind: 'activity'; activity: ImportedActivity } | { kind: 'failed'; source: string; reason: string };

const ACTIVITY_FILE = /(^|\/)activities\/[^/]+\.(fit|gpx|tcx)(\.gz)?$/i;
const CSV_FILE = /(^|\/)activities\.csv$/i;

/**
 * Reads a Strava bulk-export zip as a stream of chunks: every `activities/*.fit|gpx|tcx[.gz]` entry is parsed,
 * `activities.csv` adds the name, the type the athlete chose and the gear, and CSV rows without a file become manual
 * activities. Files are parsed as they stream past; only the small normalised results are kept until the end,
 * when they are joined with the CSV (which may come anywhere in the archive).
 * @example for await (const o of readStravaExport(fileChunks)) console.log(o.kind);
 */
export async function* readStravaExport(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): AsyncGenerator<ImportOutcome> {
  const parsed = new Map<string, NormalisedActivity>();
  let rows: StravaRow[] | null = null;
  for await (const item of readZip(chunks, (n) => ACTIVITY_FILE.test(n) || CSV_FILE.test(n), limits)) {
    if (item.kind === 'failed') {
      yield { kind: 'failed', source: item.name, reason: item.reason };
      continue;
    }
    if (CSV_FILE.test(item.name)) {
      rows = parseStravaCsv(new TextDecoder('utf-8').decode(item.data));
      continue;
    }
    try {
      parsed.set(tail(item.name), await parseActivity(item.data, { fileName: item.name }));
    } catch (err) {
      if (!(err instanceof ActivityParseError)) throw err;
      yield { kind: 'failed', source: item.name, reason: err.message };
    }
  }
  yield* join(parsed, rows ?? []);
}

function* join(parsed: Map<string, NormalisedActivity>, rows: StravaRow[]): Generator<ImportOutcome> {
  for (const row of rows) {
    const file = row.filename === null ? undefined : parsed.get(tail(row.filename));
    if (file !== undefined && row.filename !== null) {
      parsed.delete(tail(row.filename));
      yield { kind: 'activity', activity: withRow(file, row, row.filename) };
    } else if (row.filename === null) {
      yield manual(row);
    }
    // A row whose file failed has already been reported with the file's own reason.
  }
  for (const [name, a] of parsed) {
    yield { kind: 'activity', activity: { ...a, source: `activities/${name}`, name: null, gear: null, externalId: null, manual: false } };
  }
}

function withRow(a: NormalisedActivity, row: StravaRow, source: string): ImportedActivity {
  const chosen = normaliseSport(row.type);
  return {
    ...a,
    sport: chosen !== 'other' ? chosen : a.sport,
    source,
    name: row.name,
    gear: row.gear,
    externalId: row.activityId,
    manual: false,
  };
}

function manual(row: StravaRow): ImportOutcome {
  const source = `activities.csv row ${row.row}`;
  if (row.startTime === null) return { kind: 'failed', source, reason: 'the activity date could not be read' };
  if (row.elapsedSeconds === null) return { kind: 'failed', source, reason: 'the elapsed time could not be read' };
  return {
    kind: 'activity',
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
      source,
      name: row.name,
      gear: row.gear,
      externalId: row.activityId,
      manual: true,
    },
  };
}

/** Matches CSV "activities/123.fit.gz" with the zip entry "export_1/activities/123.fit.gz". */
function tail(name: string): string {
  const i = name.toLowerCase().lastIndexOf('activities/');
  return i >= 0 ? name.slice(i + 'activities/'.length) : name;
}
