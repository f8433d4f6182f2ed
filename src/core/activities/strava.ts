import { parseActivity } from './parse.ts';
import { normaliseSport } from './sport.ts';
import { parseStravaCsv } from './strava-csv.ts';
import type { StravaRow } from './strava-csv.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';
import { fflateInflater } from './inflate.ts';
import type { Inflater } from './inflate.ts';
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
/** The export's `activities.csv` (at the root or under one top folder). */
export const STRAVA_CSV = CSV_FILE;

/** Options for {@link readStravaExport}. */
export interface StravaReadOptions {
  limits?: ZipLimits;
  /** Decompressor for deflated entries and `.gz` files (default: fflate). */
  inflater?: Inflater;
  /**
   * `activities.csv` when the caller has already read it (from the archive's central directory): files are then
   * joined and handed on as they stream past, and nothing is held until the end.
   */
  csv?: Uint8Array;
}

/**
 * Reads a Strava bulk-export zip as a stream of chunks: every `activities/*.fit|gpx|tcx[.gz]` entry is parsed,
 * `activities.csv` adds the name, the type the athlete chose and the gear, and CSV rows without a file become manual
 * activities. Once the CSV is known (given up front, or met in the archive) each file is joined and handed on as
 * soon as it is parsed; only files that come before the CSV wait for it, as small normalised results.
 * @example for await (const o of readStravaExport(fileChunks)) console.log(o.kind);
 */
export async function* readStravaExport(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: StravaReadOptions = {},
): AsyncGenerator<ImportOutcome> {
  const inflater = options.inflater ?? fflateInflater;
  const waiting = new Map<string, NormalisedActivity>();
  let csv: CsvIndex | null = options.csv === undefined ? null : indexRows(parseStravaCsv(decodeCsv(options.csv)));
  const want = (n: string): boolean => ACTIVITY_FILE.test(n) || (options.csv === undefined && CSV_FILE.test(n));
  for await (const item of readZip(chunks, want, { limits: options.limits ?? DEFAULT_ZIP_LIMITS, inflater })) {
    if (item.kind === 'failed') {
      yield { kind: 'failed', source: item.name, reason: item.reason };
      continue;
    }
    if (CSV_FILE.test(item.name)) {
      const index = indexRows(parseStravaCsv(decodeCsv(item.data)));
      csv = index;
      for (const [name, a] of waiting) yield joined(index, name, a);
      waiting.clear();
      continue;
    }
    try {
      const a = await parseActivity(item.data, { fileName: item.name, inflater });
      if (csv === null) waiting.set(tail(item.name), a);
      else yield joined(csv, tail(item.name), a);
    } catch (err) {
      if (!(err instanceof ActivityParseError)) throw err;
      yield { kind: 'failed', source: item.name, reason: err.message };
    }
  }
  for (const [name, a] of waiting) yield bare(name, a);
  for (const row of csv?.manual ?? []) yield manual(row);
}

/** The CSV's rows that name a file, by the file's name under activities/, and the manual ones. */
interface CsvIndex {
  byFile: Map<string, StravaRow>;
  manual: StravaRow[];
}

function indexRows(rows: StravaRow[]): CsvIndex {
  const byFile = new Map<string, StravaRow>();
  const manualRows: StravaRow[] = [];
  for (const row of rows) {
    if (row.filename === null) manualRows.push(row);
    else byFile.set(tail(row.filename), row);
  }
  return { byFile, manual: manualRows };
}

function decodeCsv(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function joined(csv: CsvIndex, name: string, a: NormalisedActivity): ImportOutcome {
  const row = csv.byFile.get(name);
  if (row === undefined || row.filename === null) return bare(name, a);
  csv.byFile.delete(name);
  return { kind: 'activity', activity: withRow(a, row, row.filename) };
}

function bare(name: string, a: NormalisedActivity): ImportOutcome {
  return { kind: 'activity', activity: { ...a, source: `activities/${name}`, name: null, gear: null, externalId: null, manual: false } };
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
