/**
 * Shared types for activity files: the normalised activity every parser returns, and the point
 * representation the track summariser works on.
 */

/** File formats Footing reads (a `.gz` wrapper is unwrapped before parsing); `manual` marks an entry with no file. */
export type ActivityFormat = 'fit' | 'gpx' | 'tcx' | 'manual';

/** The small sport vocabulary Footing stores; anything else is `other`. */
export type Sport =
  | 'running'
  | 'trail_running'
  | 'treadmill_running'
  | 'walking'
  | 'hiking'
  | 'cycling'
  | 'swimming'
  | 'strength'
  | 'cross_training'
  | 'other';

/** One timed sample of a recorded track, after validation. Times are ms since the Unix epoch. */
export interface TrackPoint {
  time: number;
  lat: number | null;
  lon: number | null;
  /** Device-reported cumulative distance in metres, when the file has one. */
  distance: number | null;
  heartRate: number | null;
  /** Steps per minute (both feet). */
  cadenceSpm: number | null;
  elevation: number | null;
  /** Index of the recording segment (GPX trkseg / TCX lap track); distance is not counted across segments. */
  segment: number;
}

/**
 * What every parser returns. Distances in metres, durations in seconds, times ISO-8601 UTC.
 * `warnings` lists the repairs made (dropped GPS jumps, re-ordered timestamps…), in plain words.
 */
export interface NormalisedActivity {
  format: ActivityFormat;
  sport: Sport;
  startTime: string;
  distanceMeters: number;
  elapsedSeconds: number;
  movingSeconds: number;
  points: number;
  avgHeartRate: number | null;
  avgCadenceSpm: number | null;
  maxHeartRate: number | null;
  elevationGainMeters: number | null;
  /**
   * Minutes the runner's clock was ahead of UTC when the activity started, when the file records it (the FIT
   * activity message's local time; a GPX/TCX time written with an offset); null when the file does not say.
   */
  utcOffsetMinutes: number | null;
  warnings: string[];
}

/** Why a file could not be read; `code` is stable for tests and reports, `message` is one plain line. */
export type ActivityErrorCode =
  | 'empty'
  | 'unknown-format'
  | 'truncated'
  | 'bad-crc'
  | 'bad-header'
  | 'malformed'
  | 'unsafe-xml'
  | 'no-points'
  | 'no-time'
  | 'too-large'
  | 'unsupported';

/** A file that cannot be turned into an activity. Never a partial result. */
export class ActivityParseError extends Error {
  readonly code: ActivityErrorCode;
  constructor(code: ActivityErrorCode, message: string) {
    super(message);
    this.name = 'ActivityParseError';
    this.code = code;
  }
}
