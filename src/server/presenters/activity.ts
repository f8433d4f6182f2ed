/**
 * Activity as the API shows it. Fields are copied one by one, so a column added to the table (or the owner's id)
 * never reaches a client by accident.
 * @module
 */
import type { ActivityRecord } from '../../services/deps.ts';

/** An activity in `/api/v1` responses (distances in metres, durations in seconds, times ISO-8601 UTC). */
export interface ActivityJson {
  readonly id: string;
  readonly startTime: string;
  /** The runner's local start date (YYYY-MM-DD). */
  readonly localDate: string;
  readonly utcOffsetMinutes: number | null;
  readonly sport: string;
  readonly format: ActivityRecord['format'];
  readonly source: string;
  readonly name: string | null;
  readonly distanceMeters: number;
  readonly elapsedSeconds: number;
  readonly movingSeconds: number;
  /** Track points recorded (0 for manual entries). */
  readonly points: number;
  readonly avgHeartRate: number | null;
  readonly maxHeartRate: number | null;
  readonly avgCadenceSpm: number | null;
  readonly elevationGainMeters: number | null;
  readonly rpe: number | null;
  readonly shoeId: string | null;
  readonly notes: string | null;
}

/**
 * Leaves out the owner (`userId`) and the bookkeeping behind imports (`jobId`, and `externalId`, the source's own
 * id used to spot duplicates).
 * @example c.json({ activity: presentActivity(await getActivity(actor, deps, id)) })
 */
export function presentActivity(a: ActivityRecord): ActivityJson {
  return {
    id: a.id, startTime: a.startTime, localDate: a.localDate, utcOffsetMinutes: a.utcOffsetMinutes, sport: a.sport, format: a.format,
    source: a.source, name: a.name, distanceMeters: a.distanceMeters, elapsedSeconds: a.elapsedSeconds, movingSeconds: a.movingSeconds,
    points: a.points, avgHeartRate: a.avgHeartRate, maxHeartRate: a.maxHeartRate, avgCadenceSpm: a.avgCadenceSpm,
    elevationGainMeters: a.elevationGainMeters, rpe: a.rpe, shoeId: a.shoeId, notes: a.notes,
  };
}

/** The OpenAPI schema of `ActivityJson`, kept next to it so the two change together. */
export const activitySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, startTime: { type: 'string', format: 'date-time' }, localDate: { type: 'string', format: 'date' },
    utcOffsetMinutes: { type: ['integer', 'null'] }, sport: { type: 'string' }, format: { type: 'string', enum: ['fit', 'gpx', 'tcx', 'manual'] },
    source: { type: 'string' }, name: { type: ['string', 'null'] }, distanceMeters: { type: 'number' }, elapsedSeconds: { type: 'number' }, movingSeconds: { type: 'number' },
    points: { type: 'integer' }, avgHeartRate: { type: ['number', 'null'] }, maxHeartRate: { type: ['number', 'null'] }, avgCadenceSpm: { type: ['number', 'null'] },
    elevationGainMeters: { type: ['number', 'null'] }, rpe: { type: ['integer', 'null'] }, shoeId: { type: ['string', 'null'] }, notes: { type: ['string', 'null'] },
  },
} as const;
