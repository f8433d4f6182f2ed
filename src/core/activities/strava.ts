import { parseActivities } from './parse.ts';
import { parseStravaCsv } from './strava-csv.ts';
import type { StravaRow } from './strava-csv.ts';
import { fromFile, manualFromRow, withRow } from './strava-rows.ts';
import type { ImportedActivity } from './strava-rows.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';
import { fflateInflater } from './inflate.ts';
import type { Inflater } from './inflate.ts';
import { readZip, DEFAULT_ZIP_LIMITS } from './zip-reader.ts';
import type { ZipLimits } from './zip-reader.ts';

export type { ImportedActivity } from './strava-rows.ts';
export { MISSING_FILE_REASON } from './strava-rows.ts';

/**
 * One line of the per-file report. `missing`: a CSV row names a file the archive does not hold; `activity` is the
 * row as a manual activity when it has a date, a distance and a time (else null).
 */
export type ImportOutcome =
  | { kind: 'activity'; activity: ImportedActivity }
  | { kind: 'failed'; source: string; reason: string }
  | { kind: 'missing'; source: string; file: string; activity: ImportedActivity | null };

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
 * Reads a Strava bulk-export zip as a stream of chunks: every `activities/*.fit|gpx|tcx[.gz]` entry is parsed (a
 * multisport file into one activity per leg), `activities.csv` adds the name, the type the athlete chose and the
 * gear, CSV rows without a file become manual activities, and rows naming a file the archive lacks are reported as
 * `missing`. Once the CSV is known (given up front, or met in the archive) each file is joined and handed on as soon
 * as it is parsed; only files that come before the CSV wait for it, as small normalised results.
 * @example for await (const o of readStravaExport(fileChunks)) console.log(o.kind);
 */
export async function* readStravaExport(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: StravaReadOptions = {},
): AsyncGenerator<ImportOutcome> {
  const inflater = options.inflater ?? fflateInflater;
  const waiting = new Map<string, NormalisedActivity[]>();
  // Every activity entry met, read or not: a row whose file was met (even if it failed) is not "missing".
  const met = new Set<string>();
  let csv: CsvIndex | null = options.csv === undefined ? null : indexRows(parseStravaCsv(decodeCsv(options.csv)));
  const want = (n: string): boolean => ACTIVITY_FILE.test(n) || (options.csv === undefined && CSV_FILE.test(n));
  for await (const item of readZip(chunks, want, { limits: options.limits ?? DEFAULT_ZIP_LIMITS, inflater })) {
    if (item.kind === 'failed') {
      met.add(tail(item.name));
      yield { kind: 'failed', source: item.name, reason: item.reason };
      continue;
    }
    if (CSV_FILE.test(item.name)) {
      const index = indexRows(parseStravaCsv(decodeCsv(item.data)));
      csv = index;
      for (const [name, legs] of waiting) yield* joined(index, name, legs);
      waiting.clear();
      continue;
    }
    met.add(tail(item.name));
    try {
      const legs = await parseActivities(item.data, { fileName: item.name, inflater });
      if (csv === null) waiting.set(tail(item.name), legs);
      else yield* joined(csv, tail(item.name), legs);
    } catch (err) {
      if (!(err instanceof ActivityParseError)) throw err;
      yield { kind: 'failed', source: item.name, reason: err.message };
    }
  }
  for (const [name, legs] of waiting) yield* activities(fromFile(legs, `activities/${name}`));
  for (const row of csv?.manual ?? []) yield manual(row);
  for (const [name, row] of csv?.byFile ?? []) if (!met.has(name)) yield missing(row);
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

function* activities(list: readonly ImportedActivity[]): Generator<ImportOutcome> {
  for (const activity of list) yield { kind: 'activity', activity };
}

function joined(csv: CsvIndex, name: string, legs: NormalisedActivity[]): Generator<ImportOutcome> {
  const row = csv.byFile.get(name);
  if (row === undefined || row.filename === null) return activities(fromFile(legs, `activities/${name}`));
  csv.byFile.delete(name);
  return activities(withRow(legs, row, row.filename));
}

function manual(row: StravaRow): ImportOutcome {
  const r = manualFromRow(row);
  return 'activity' in r ? { kind: 'activity', activity: r.activity } : { kind: 'failed', source: `activities.csv row ${row.row}`, reason: r.reason };
}

/** A row whose file the archive lacks: kept as a manual activity when the CSV has its date, distance and time. */
function missing(row: StravaRow): ImportOutcome {
  const file = row.filename ?? '';
  const usable = row.distanceMeters !== null && row.elapsedSeconds !== null && row.elapsedSeconds > 0;
  const r = usable ? manualFromRow(row, `From activities.csv: the file ${file} is missing from the export, so only the CSV's distance and time are known.`) : null;
  return { kind: 'missing', source: `activities.csv row ${row.row}`, file, activity: r !== null && 'activity' in r ? r.activity : null };
}

/** Matches CSV "activities/123.fit.gz" with the zip entry "export_1/activities/123.fit.gz". */
function tail(name: string): string {
  const i = name.toLowerCase().lastIndexOf('activities/');
  return i >= 0 ? name.slice(i + 'activities/'.length) : name;
}
