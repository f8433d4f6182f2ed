/** Activity-file parsing: bytes in, normalised activities out (one per leg of a multisport file). */
export { parseActivities, parseActivity } from './parse.ts';
export type { ParseOptions } from './parse.ts';
export { ActivityParseError } from './types.ts';
export type { ActivityErrorCode, ActivityFormat, NormalisedActivity, Sport, TrackPoint } from './types.ts';
export { isOnFootSport, isRunningSport, normaliseSport } from './sport.ts';
export { sniff, extensionKind, isZipArchive } from './sniff.ts';
export { gunzipLimited, isGzip } from './gzip.ts';
export { readStravaExport } from './strava.ts';
export type { ImportedActivity, ImportOutcome } from './strava.ts';
export { fromFile, legSource, MISSING_FILE_REASON } from './strava-rows.ts';
export { parseStravaCsv, parseStravaDate } from './strava-csv.ts';
export { readZip, unsafePathReason, ZipArchiveError, DEFAULT_ZIP_LIMITS } from './zip-reader.ts';
export type { ZipLimits, ZipItem } from './zip-reader.ts';
export { DuplicateIndex, isDuplicate } from './duplicates.ts';
