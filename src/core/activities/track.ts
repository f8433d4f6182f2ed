import { haversineMeters } from './geo.ts';
import type { TrackPoint } from './types.ts';

/** Summary of a recorded track, computed from its points alone. */
export interface TrackSummary {
  points: TrackPoint[];
  startMs: number;
  elapsedSeconds: number;
  movingSeconds: number;
  /** Great-circle distance within segments, GPS jumps left out. */
  gpsDistanceMeters: number;
  /** Device-reported distance (last minus first cumulative value), when every segment carries one. */
  deviceDistanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  avgCadenceSpm: number | null;
  elevationGainMeters: number | null;
  warnings: string[];
}

/** Options that depend on the sport: the fastest believable speed between two fixes. */
export interface TrackOptions {
  maxSpeedMps: number;
}

/** Below this speed a pair of samples counts as standing still (judgement: slow walking is ~1 m/s). */
const MOVING_MIN_SPEED_MPS = 0.5;
/** A gap longer than this inside a segment is a pause, not movement (judgement). */
const MAX_MOVING_GAP_S = 120;
/** A jump shorter than this is never called a teleport, whatever the speed (GPS jitter over 1 s samples). */
const MIN_TELEPORT_M = 100;
/** Elevation changes below this are noise (judgement; barometric and GPS altitude both wobble). */
const ELEVATION_HYSTERESIS_M = 3;

/**
 * Orders points by time, drops GPS jumps, and derives distance, elapsed and moving time, heart rate and cadence.
 * Points must already carry a valid time. Never throws; repairs are listed in `warnings`.
 * @example summariseTrack(points, { maxSpeedMps: 12.5 }).gpsDistanceMeters
 */
export function summariseTrack(input: readonly TrackPoint[], options: TrackOptions): TrackSummary {
  const warnings: string[] = [];
  const points = sortByTime(input, warnings);
  const first = points[0];
  const last = points[points.length - 1];
  const startMs = first?.time ?? 0;
  const elapsedSeconds = first !== undefined && last !== undefined ? (last.time - first.time) / 1000 : 0;
  const gps = gpsDistance(points, options.maxSpeedMps, warnings);
  return {
    points,
    startMs,
    elapsedSeconds,
    movingSeconds: Math.min(elapsedSeconds, movingTime(points, gps.stepMeters)),
    gpsDistanceMeters: gps.total,
    deviceDistanceMeters: deviceDistance(points),
    ...heartRate(points),
    avgCadenceSpm: cadence(points),
    elevationGainMeters: elevationGain(points),
    warnings,
  };
}

function sortByTime(input: readonly TrackPoint[], warnings: string[]): TrackPoint[] {
  let backwards = 0;
  for (let i = 1; i < input.length; i++) {
    const a = input[i - 1];
    const b = input[i];
    if (a !== undefined && b !== undefined && b.time < a.time) backwards++;
  }
  if (backwards === 0) return input.slice();
  warnings.push(`${backwards} point(s) had timestamps out of order; points were put in time order`);
  // Array.prototype.sort is stable, so equal times keep their file order.
  return [...input].sort((a, b) => a.time - b.time);
}

interface GpsResult {
  total: number;
  /** Distance from the previous point, per point (0 for the first, jumps and points without a fix). */
  stepMeters: number[];
}

function gpsDistance(points: readonly TrackPoint[], maxSpeed: number, warnings: string[]): GpsResult {
  const stepMeters = new Array<number>(points.length).fill(0);
  let total = 0;
  let outliers = 0;
  let relocations = 0;
  let prev: TrackPoint | undefined;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p === undefined || p.lat === null || p.lon === null) continue;
    if (prev === undefined || prev.segment !== p.segment || prev.lat === null || prev.lon === null) {
      prev = p;
      continue;
    }
    const d = haversineMeters(prev.lat, prev.lon, p.lat, p.lon);
    if (isJump(d, (p.time - prev.time) / 1000, maxSpeed)) {
      const next = nextFix(points, i + 1, p.segment);
      if (next !== undefined && !isJump(dist(prev, next), (next.time - prev.time) / 1000, maxSpeed)) {
        outliers++; // a lone bad fix: skip it and measure from the last good one
        continue;
      }
      relocations++; // the track really continues elsewhere: restart from here without counting the jump
      prev = p;
      continue;
    }
    stepMeters[i] = d;
    total += d;
    prev = p;
  }
  if (outliers > 0) warnings.push(`${outliers} GPS jump(s) to a far-away point were ignored`);
  if (relocations > 0) warnings.push(`${relocations} gap(s) where the track jumped elsewhere were not counted as distance`);
  return { total, stepMeters };
}

function isJump(meters: number, seconds: number, maxSpeed: number): boolean {
  return meters > MIN_TELEPORT_M && meters / Math.max(seconds, 1) > maxSpeed;
}

function dist(a: TrackPoint, b: TrackPoint): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return 0;
  return haversineMeters(a.lat, a.lon, b.lat, b.lon);
}

function nextFix(points: readonly TrackPoint[], from: number, segment: number): TrackPoint | undefined {
  for (let j = from; j < points.length; j++) {
    const q = points[j];
    if (q === undefined || q.segment !== segment) return undefined;
    if (q.lat !== null && q.lon !== null) return q;
  }
  return undefined;
}

function movingTime(points: readonly TrackPoint[], stepMeters: readonly number[]): number {
  let moving = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a === undefined || b === undefined || a.segment !== b.segment) continue;
    const dt = (b.time - a.time) / 1000;
    if (dt <= 0 || dt > MAX_MOVING_GAP_S) continue;
    let meters: number | null = null;
    if (a.distance !== null && b.distance !== null) meters = b.distance - a.distance;
    else if (a.lat !== null && b.lat !== null) meters = stepMeters[i] ?? 0;
    // With no distance at all (an indoor file with time only), recorded time counts as moving.
    if (meters === null || meters / dt >= MOVING_MIN_SPEED_MPS) moving += dt;
  }
  return moving;
}

function deviceDistance(points: readonly TrackPoint[]): number | null {
  const bySegment = new Map<number, { min: number; max: number }>();
  let any = false;
  for (const p of points) {
    if (p.distance === null) continue;
    any = true;
    const s = bySegment.get(p.segment);
    if (s === undefined) bySegment.set(p.segment, { min: p.distance, max: p.distance });
    else {
      s.min = Math.min(s.min, p.distance);
      s.max = Math.max(s.max, p.distance);
    }
  }
  if (!any) return null;
  // Devices keep one running total across laps, so the overall span is the distance.
  let min = Infinity;
  let max = -Infinity;
  for (const s of bySegment.values()) {
    min = Math.min(min, s.min);
    max = Math.max(max, s.max);
  }
  return Math.max(0, max - min);
}

function heartRate(points: readonly TrackPoint[]): { avgHeartRate: number | null; maxHeartRate: number | null } {
  // One pass, no intermediate arrays: imports summarise millions of points.
  let sum = 0;
  let n = 0;
  let max = 0;
  for (const p of points) {
    const h = p.heartRate;
    if (h === null || h < 25 || h > 250) continue;
    sum += h;
    n++;
    if (h > max) max = h;
  }
  return n === 0 ? { avgHeartRate: null, maxHeartRate: null } : { avgHeartRate: sum / n, maxHeartRate: max };
}

function cadence(points: readonly TrackPoint[]): number | null {
  let sum = 0;
  let n = 0;
  for (const p of points) {
    const c = p.cadenceSpm;
    if (c === null || !(c > 0)) continue;
    sum += c;
    n++;
  }
  return n === 0 ? null : sum / n;
}

function elevationGain(points: readonly TrackPoint[]): number | null {
  let gain = 0;
  let ref: number | null = null;
  for (const p of points) {
    if (p.elevation === null) continue;
    if (ref === null) ref = p.elevation;
    else if (p.elevation - ref >= ELEVATION_HYSTERESIS_M) {
      gain += p.elevation - ref;
      ref = p.elevation;
    } else if (p.elevation < ref) ref = p.elevation;
  }
  return ref === null ? null : gain;
}

/** Arithmetic mean, or null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}
