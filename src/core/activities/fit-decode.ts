/**
 * From verified FIT bytes to fit-file-parser's messages: every chained file decoded (the parser itself reads only
 * the first) and merged, and files that are not recordings (courses, workouts, settings…) refused by their type.
 * @module
 */
import FitParser from 'fit-file-parser';
import type { ParsedFit } from 'fit-file-parser';
import { fitCrc, verifyFit } from './fit-crc.ts';
import type { FitPart } from './fit-crc.ts';
import { ActivityParseError } from './types.ts';

/** The decoded messages of every file in the buffer, how many files there were, and repairs made. */
export interface DecodedParts {
  fit: ParsedFit;
  chained: number;
  warnings: string[];
}

/**
 * Verifies the bytes (see verifyFit), decodes each chained file in strict mode and merges their messages in file
 * order. Throws {@link ActivityParseError} with one line for anything that is not a whole activity file.
 * @example (await decodeFitParts(bytes)).fit.records?.length
 */
export async function decodeFitParts(bytes: Uint8Array): Promise<DecodedParts> {
  const { parts, warnings } = verifyFit(bytes);
  const decoded: ParsedFit[] = [];
  for (const part of parts) decoded.push(await decodeOne(partBuffer(bytes, part, parts.length === 1)));
  const fit = merge(decoded);
  refuseNonActivity(fit);
  if (parts.some((p) => p.badHeaderCrc)) warnings.push('the FIT header checksum was wrong, but the file checksum proves the data whole');
  return { fit, chained: parts.length, warnings };
}

/**
 * The bytes of one part as an ArrayBuffer the parser may read whole. Node Buffers are often views into a shared
 * pool, so they are copied unless the bytes already own their buffer (as an inflated entry does). A wrong header CRC
 * is cleared to 0 ("not computed", which the protocol allows) in the copy, with the file CRC written to match, since
 * the parser's strict mode would refuse what our own check has already accepted.
 */
function partBuffer(bytes: Uint8Array, part: FitPart, only: boolean): ArrayBuffer {
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  if (only && owned && !part.badHeaderCrc && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  // A copy, never bytes.slice: on a Node Buffer that is a view into the same (possibly pooled) memory.
  const copy = new Uint8Array(bytes.subarray(part.start, part.end));
  if (part.badHeaderCrc) {
    copy[12] = 0;
    copy[13] = 0;
    const crc = fitCrc(copy, 0, copy.length - 2);
    copy[copy.length - 2] = crc & 0xff;
    copy[copy.length - 1] = crc >>> 8;
  }
  return copy.buffer;
}

async function decodeOne(buffer: ArrayBuffer): Promise<ParsedFit> {
  try {
    return await new FitParser({ force: false, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm' }).parseAsync(buffer);
  } catch (err) {
    throw new ActivityParseError('malformed', `the FIT file could not be decoded: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Chained files' messages in file order; single values (the activity message, versions) from the first that has one. */
function merge(all: readonly ParsedFit[]): ParsedFit {
  const first = all[0];
  if (first === undefined) throw new ActivityParseError('empty', 'the file is empty');
  if (all.length === 1) return first;
  return {
    ...first,
    records: all.flatMap((f) => f.records ?? []),
    sessions: all.flatMap((f) => f.sessions ?? []),
    laps: all.flatMap((f) => f.laps ?? []),
    events: all.flatMap((f) => f.events ?? []),
    lengths: all.flatMap((f) => f.lengths ?? []),
    sports: all.flatMap((f) => f.sports ?? []),
    file_ids: all.flatMap((f) => f.file_ids ?? []),
    activity: all.find((f) => isPresent(f.activity))?.activity ?? first.activity,
  };
}

function isPresent(v: unknown): boolean {
  return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
}

/**
 * FIT file types that are not a recording (file_id.type, the FIT profile's `file`): a course or workout is a plan,
 * the rest are device settings and daily tracking. Files without a type, or of a type not listed, are read.
 */
const NOT_ACTIVITY: Record<string, string> = {
  course: 'a course (a planned route, not a recording)',
  workout: 'a planned workout, not a recording',
  schedules: 'a training schedule, not a recording',
  segment: 'a segment (a stretch of route), not a recording',
  segment_list: 'a list of segments, not a recording',
  monitoring_a: 'daily monitoring data (steps, heart rate through the day), not an activity',
  monitoring_b: 'daily monitoring data (steps, heart rate through the day), not an activity',
  monitoring_daily: 'daily monitoring data (steps, heart rate through the day), not an activity',
  device: 'device information, not an activity',
  settings: 'device settings, not an activity',
  sport: 'sport settings, not an activity',
  totals: 'lifetime totals, not an activity',
  goals: 'goals, not an activity',
  weight: 'weight measurements, not an activity',
  blood_pressure: 'blood pressure measurements, not an activity',
  exd_configuration: 'data screen settings, not an activity',
};

/** Refuses a FIT file whose (first) file_id says it is something other than an activity, saying what it is. */
function refuseNonActivity(fit: ParsedFit): void {
  const type: unknown = fit.file_ids?.[0]?.type;
  const what = typeof type === 'string' ? NOT_ACTIVITY[type] : undefined;
  if (what === undefined) return;
  throw new ActivityParseError(type === 'course' ? 'no-points' : 'unsupported', `the FIT file holds ${what}`);
}
