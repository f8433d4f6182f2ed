import type { ParsedFit } from 'fit-file-parser';
import { buildActivity, plausibleOffset } from './build.ts';
import type { DeviceTotals } from './build.ts';
import { decodeFitParts } from './fit-decode.ts';
import { isValidCoordinate } from './geo.ts';
import { labelLegs, pointsBetween } from './legs.ts';
import type { Transitions } from './legs.ts';
import { isOnFootSport, normaliseSport } from './sport.ts';
import type { NormalisedActivity, Sport, TrackPoint } from './types.ts';
import { ActivityParseError } from './types.ts';

type ParsedRecord = NonNullable<ParsedFit['records']>[number];
type ParsedSession = NonNullable<ParsedFit['sessions']>[number];

/**
 * Parses a FIT activity file into one activity per session: a multisport file (triathlon, duathlon, brick) gives
 * one activity per leg, each with its own sport, start, totals, heart rate and cadence; transition sessions are
 * left out. Every chained file's CRC is verified first (our own check, then the parser's strict mode), so a
 * damaged or truncated file is an error, never half an activity; a course, workout or settings file is refused. Totals come from the device's session messages;
 * running cadence in FIT counts one leg, so it is doubled to steps per minute.
 * @example (await parseFit(bytes))[0] // { format: 'fit', sport: 'running', … }
 */
export async function parseFit(bytes: Uint8Array): Promise<NormalisedActivity[]> {
  const { fit, chained, sport, sportName, subSport, warnings } = await decodeFit(bytes);
  const { sessions, repeated } = uniqueSessions(fit.sessions ?? []);
  if (chained > 1) warnings.push(`the file chains ${chained} FIT files; all were read`);
  if (repeated > 0) warnings.push(`${repeated} repeated session(s) with the same start were counted once`);
  const offset = localOffset(fit);
  const windows = sessions.length > 1 ? sessionWindows(sessions) : null;
  // Several sessions, or a sport that may yet be guessed from pace: cadence is doubled for every record here, and
  // buildActivity drops it again for anything not on foot.
  const { points, untimed } = toPoints(fit.records ?? [], windows !== null || mayBeOnFoot(sport));
  if (untimed > 0) warnings.push(`${untimed} record(s) without a time were left out`);
  if (points.length === 0 && sessions.length === 0) {
    throw new ActivityParseError('no-points', 'the FIT file has no activity records and no session summary');
  }
  if (windows === null) {
    if (sessions.length > 1) warnings.push(`the file holds ${sessions.length} sessions without start times; they were added together`);
    const activity = buildActivity('fit', { sport: sportName, subSport }, points, sessionTotals(sessions, mayBeOnFoot(sport)), warnings);
    return [{ ...activity, utcOffsetMinutes: offset }];
  }
  const legs: NormalisedActivity[] = [];
  const transitions: Transitions = { count: 0, seconds: 0 };
  for (const w of windows) {
    if (w.sportName === 'transition') {
      transitions.count++;
      transitions.seconds += (w.endMs - w.startMs) / 1000;
      continue;
    }
    const onFoot = isOnFootSport(normaliseSport(w.sportName, w.subSport));
    const leg = buildActivity('fit', { sport: w.sportName, subSport: w.subSport }, pointsBetween(points, w.startMs, w.endMs), sessionTotals([w.session], onFoot), [...warnings]);
    legs.push({ ...leg, utcOffsetMinutes: offset });
  }
  if (legs.length === 0) throw new ActivityParseError('no-points', 'the FIT file holds only transitions, no activity');
  return labelLegs(legs, transitions);
}

/** One session's stretch of the record stream. */
interface SessionWindow {
  session: ParsedSession;
  sportName: string | undefined;
  subSport: string | undefined;
  startMs: number;
  endMs: number;
}

/**
 * Each session's time window, in time order: from its start to its end or the next session's start, whichever comes
 * first (its final sample included unless the next session starts right then). Null when any session's start
 * cannot be read.
 */
function sessionWindows(sessions: readonly ParsedSession[]): SessionWindow[] | null {
  const out: SessionWindow[] = [];
  for (const s of sessions) {
    const elapsedMs = (s.total_elapsed_time ?? 0) * 1000;
    const end = timeOf(s.timestamp);
    const startMs = timeOf(s.start_time) ?? (end === null ? null : end - elapsedMs);
    if (startMs === null) return null;
    const sportName = sportLabel(s.sport);
    out.push({ session: s, sportName, subSport: str(s.sub_sport), startMs, endMs: startMs + Math.max(elapsedMs, end === null ? 0 : end - startMs) });
  }
  out.sort((a, b) => a.startMs - b.startMs);
  for (const [i, w] of out.entries()) {
    const next = out[i + 1];
    w.endMs = next === undefined ? w.endMs + 1 : Math.min(w.endMs + 1, next.startMs);
  }
  return out;
}

/** Sessions without exact repeats (a file chained to a copy of itself repeats every session). */
function uniqueSessions(all: readonly ParsedSession[]): { sessions: ParsedSession[]; repeated: number } {
  const seen = new Set<string>();
  const sessions: ParsedSession[] = [];
  for (const s of all) {
    const start = timeOf(s.start_time);
    const key = `${start ?? ''}|${str(s.sport) ?? ''}|${s.total_elapsed_time ?? ''}|${s.total_distance ?? ''}`;
    if (start !== null && seen.has(key)) continue;
    seen.add(key);
    sessions.push(s);
  }
  return { sessions, repeated: all.length - sessions.length };
}

/**
 * The runner's UTC offset from the activity message: its `local_timestamp` is the device's wall clock written as
 * if it were UTC, so the difference from `timestamp` is the offset (null when absent or implausible).
 */
function localOffset(fit: ParsedFit): number | null {
  const raw: unknown = (fit as { activity?: unknown }).activity;
  const act: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (typeof act !== 'object' || act === null) return null;
  const utc = timeOf('timestamp' in act ? act.timestamp : undefined);
  const local = timeOf('local_timestamp' in act ? act.local_timestamp : undefined);
  return utc === null || local === null ? null : plausibleOffset(local - utc);
}

/**
 * The validated per-record samples of a FIT file (cadence in steps per minute for on-foot sports), for checks
 * against other decoders and for charts.
 */
export async function readFitPoints(bytes: Uint8Array): Promise<TrackPoint[]> {
  const { fit, sport } = await decodeFit(bytes);
  return toPoints(fit.records ?? [], mayBeOnFoot(sport)).points;
}

interface DecodedFit {
  fit: ParsedFit;
  chained: number;
  warnings: string[];
  sport: Sport;
  sportName: string | undefined;
  subSport: string | undefined;
}

async function decodeFit(bytes: Uint8Array): Promise<DecodedFit> {
  const { fit, chained, warnings } = await decodeFitParts(bytes);
  const main = longest(fit.sessions ?? []);
  const sportMessage = fit.sports?.[0];
  const sportName = sportLabel(main?.sport ?? sportMessage?.sport ?? firstActivityType(fit.records ?? []), sportMessage?.name);
  const subSport = str(main?.sub_sport ?? sportMessage?.sub_sport);
  return { fit, chained, warnings, sport: normaliseSport(sportName, subSport), sportName, subSport };
}

function toPoints(records: ParsedRecord[], onFoot: boolean): { points: TrackPoint[]; untimed: number } {
  // A plain indexed loop with locals: this runs once per record of every imported file.
  const points: TrackPoint[] = [];
  let untimed = 0;
  const compressed = { last: 0, total: 0, used: false };
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r === undefined) continue;
    const time = timeOf(r.timestamp);
    if (time === null) {
      untimed++;
      continue;
    }
    const lat = r.position_lat;
    const lon = r.position_long;
    const ok = lat !== undefined && lon !== undefined && isValidCoordinate(lat, lon);
    const rawCadence = r.cadence;
    const cadence = rawCadence === undefined ? 0 : rawCadence + (r.fractional_cadence ?? 0);
    const dist = r.distance;
    points.push({
      time,
      lat: ok ? lat : null,
      lon: ok ? lon : null,
      distance: dist !== undefined && Number.isFinite(dist) ? dist : expandCompressedDistance(r.compressed_speed_distance, compressed),
      heartRate: finite(r.heart_rate),
      cadenceSpm: onFoot && cadence > 0 ? cadence * 2 : null,
      elevation: finite(r.enhanced_altitude ?? r.altitude),
      segment: 0,
    });
  }
  return { points, untimed };
}

/**
 * Older footpod devices pack speed (12 bits, 1/100 m/s) and a rolling distance (12 bits, 1/16 m, wrapping at
 * 256 m) into one 3-byte field; the parser leaves it packed, so the distance is accumulated here.
 */
function expandCompressedDistance(raw: (number | null)[] | undefined, acc: { last: number; total: number; used: boolean }): number | null {
  // A record with the field missing or invalid has not moved the odometer: it keeps the last total.
  if (raw === undefined || raw.length !== 3 || raw.every((b) => b === null)) return acc.used ? acc.total / 16 : null;
  acc.used = true;
  // The parser reports a byte of 0xFF as null (the uint8 "invalid" value), but inside this packed field it is data.
  const v = (raw[0] ?? 0xff) | ((raw[1] ?? 0xff) << 8) | ((raw[2] ?? 0xff) << 16);
  const rolling = v >>> 12;
  acc.total += (rolling - acc.last) & 0xfff;
  acc.last = rolling;
  return acc.total / 16;
}

function sessionTotals(sessions: ParsedSession[], onFoot: boolean): DeviceTotals {
  const totals: DeviceTotals = {};
  if (sessions.length === 0) return totals;
  let start = Infinity;
  let end = -Infinity;
  let distance = 0;
  let timer = 0;
  let haveDistance = true;
  let haveTimer = true;
  for (const s of sessions) {
    const t = timeOf(s.start_time);
    if (t !== null && s.total_elapsed_time !== undefined) {
      start = Math.min(start, t);
      end = Math.max(end, t + s.total_elapsed_time * 1000);
    }
    if (s.total_distance === undefined) haveDistance = false;
    else distance += s.total_distance;
    if (s.total_timer_time === undefined) haveTimer = false;
    else timer += s.total_timer_time;
  }
  if (Number.isFinite(start)) {
    totals.startMs = start;
    totals.elapsedSeconds = (end - start) / 1000;
  }
  if (haveDistance) totals.distanceMeters = distance;
  if (haveTimer) totals.timerSeconds = timer;
  const main = longest(sessions);
  if (main?.avg_heart_rate !== undefined) totals.avgHeartRate = main.avg_heart_rate;
  if (main?.max_heart_rate !== undefined) totals.maxHeartRate = main.max_heart_rate;
  if (onFoot && main?.avg_cadence !== undefined && main.avg_cadence > 0) {
    totals.avgCadenceSpm = (main.avg_cadence + (main.avg_fractional_cadence ?? 0)) * 2;
  }
  return totals;
}

/** On foot, or not known yet (no sport, FIT's `generic`, a sport we do not know): cadence is kept until it is. */
function mayBeOnFoot(sport: Sport): boolean {
  return isOnFootSport(sport) || sport === 'other';
}

function longest(sessions: ParsedSession[]): ParsedSession | undefined {
  let best: ParsedSession | undefined;
  for (const s of sessions) if (best === undefined || (s.total_timer_time ?? 0) > (best.total_timer_time ?? 0)) best = s;
  return best;
}

function firstActivityType(records: ParsedRecord[]): unknown {
  for (const r of records) if (r.activity_type !== undefined) return r.activity_type;
  return undefined;
}

function timeOf(v: unknown): number | null {
  if (v instanceof Date) {
    const ms = v.getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  if (typeof v === 'string' || typeof v === 'number') {
    const ms = new Date(v).getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

function finite(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/**
 * A session's sport as a name. A number is a sport newer than the parser's profile: it is still a named sport (never
 * guessed from pace), called by the sport message's own name when there is one.
 */
function sportLabel(v: unknown, messageName?: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v !== 'number') return undefined;
  return typeof messageName === 'string' && messageName.trim() !== '' ? messageName.trim() : `FIT sport ${v}`;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

