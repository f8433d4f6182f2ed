/**
 * Activity use-cases: list, manual entry of runs and cross-training, edit (RPE, shoe, notes), delete, the training
 * overview behind the timeline, and the runner's km/mi preference. Every function takes the actor first.
 * @module
 */
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import type { Sport } from '../core/activities/types.ts';
import { AppError } from '../core/errors.ts';
import { authorize, authorizeRecord } from '../core/policy.ts';
import { addDays, weekStart } from '../core/training/days.ts';
import { trainingFlags } from '../core/training/flags.ts';
import { singleRunSpikes, spikeFlag } from '../core/training/spike.ts';
import { weeklyTotals } from '../core/training/totals.ts';
import { isTimeZone, offsetMinutesAt, zonedTimeToUtc } from '../core/training/zones.ts';
import type { TrainingActivity, TrainingFlag } from '../core/training/types.ts';
import type { Database } from '../db/database.ts';
import { activitiesRepository, type ActivityRecord } from '../db/repositories/activities.ts';
import { painDiaryRepository } from '../db/repositories/pain-diary.ts';
import { timeZoneRepository } from '../db/repositories/time-zone.ts';
import { usersRepository } from '../db/repositories/users.ts';
import { parseInput } from './parse-input.ts';
import { ownShoe } from './shoes.ts';

export interface ActivityServiceDeps {
  readonly database: Database;
}

/** Every sport Footing stores, in the order forms offer them. */
export const SPORTS: readonly Sport[] = ['running', 'trail_running', 'treadmill_running', 'walking', 'hiking', 'cycling', 'swimming', 'strength', 'cross_training', 'other'];

/** Narrow a stored sport name (unknown names become `other`). */
export function asSport(s: string): Sport {
  return SPORTS.find((x) => x === s) ?? 'other';
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-05-01')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');
const sportSchema = z.enum(['running', 'trail_running', 'treadmill_running', 'walking', 'hiking', 'cycling', 'swimming', 'strength', 'cross_training', 'other']);

const manualSchema = z.strictObject({
  date: isoDate,
  /** Local start time HH:MM in the runner's time zone; midday when not given. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 07:30').optional(),
  sport: sportSchema.default('running'),
  distanceMeters: z.number().finite().min(0).max(1_000_000),
  durationSeconds: z.number().finite().positive('give how long it took').max(7 * 86_400),
  rpe: z.number().int().min(0).max(10).nullable().optional(),
  shoeId: z.string().min(1).nullable().optional(),
  name: z.string().trim().max(120).nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
const patchSchema = z.strictObject({
  rpe: z.number().int().min(0).max(10).nullable().optional(),
  shoeId: z.string().min(1).nullable().optional(),
  name: z.string().trim().max(120).nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
  sport: sportSchema.optional(),
});

/** An activity the policy lets `actor` act on; a missing one and someone else's look the same. */
async function ownActivity(actor: Actor, action: 'read' | 'update' | 'delete', deps: ActivityServiceDeps, id: string): Promise<ActivityRecord> {
  return authorizeRecord(actor, action, 'activity', await activitiesRepository(deps.database.db).findById(id));
}

/** The acting runner's activities, newest first; `from`/`to` are ISO dates or times. */
export async function listActivities(actorIn: Actor | null, deps: ActivityServiceDeps, opts: { from?: string; to?: string; limit?: number } = {}): Promise<ActivityRecord[]> {
  const actor = authorize(actorIn, 'read', 'activity');
  for (const v of [opts.from, opts.to]) if (v !== undefined && Number.isNaN(Date.parse(v))) throw new AppError('bad_input', `not a date: ${v}`);
  return activitiesRepository(deps.database.db).listByUser(actor.id, opts);
}

/** One of the acting runner's activities; anyone else's looks missing. */
export async function getActivity(actorIn: Actor | null, deps: ActivityServiceDeps, id: string): Promise<ActivityRecord> {
  return ownActivity(authorize(actorIn, 'read', 'activity'), 'read', deps, id);
}

/**
 * Log a run or cross-training session by hand (distance in metres, duration in seconds). Without a shoe, the
 * default pair for the sport is used. The same start and distance as a stored activity is a conflict.
 */
export async function addActivity(actorIn: Actor | null, deps: ActivityServiceDeps, body: unknown): Promise<ActivityRecord> {
  const actor = authorize(actorIn, 'create', 'activity');
  const b = parseInput(manualSchema, body);
  // Naming a shoe reads it: someone else's shoe looks missing.
  if (b.shoeId) await ownShoe(actor, deps, b.shoeId);
  const timeZone = await timeZoneRepository(deps.database.db).get(actor.id);
  const startTime = zonedTimeToUtc(b.date, b.time ?? '12:00', timeZone);
  const r = await activitiesRepository(deps.database.db).store({
    // The date and time are the runner's local ones: stored as the UTC instant with its offset, so the entry stays
    // on the day they gave even if they change time zone later.
    userId: actor.id, startTime, localDate: b.date, utcOffsetMinutes: offsetMinutesAt(Date.parse(startTime), timeZone), sport: b.sport, format: 'manual', source: 'manual',
    distanceMeters: b.distanceMeters, elapsedSeconds: b.durationSeconds, movingSeconds: b.durationSeconds,
    rpe: b.rpe ?? null, shoeId: b.shoeId ?? null, name: b.name ?? null, notes: b.notes ?? null,
  });
  if (r.status === 'duplicate') throw new AppError('conflict', `you already logged this: an activity at the same time with the same distance exists (${r.existing.id})`);
  return r.activity;
}

/** Change RPE, shoe, name, notes or sport of an activity. */
export async function updateActivity(actorIn: Actor | null, deps: ActivityServiceDeps, id: string, body: unknown): Promise<ActivityRecord> {
  const actor = authorize(actorIn, 'update', 'activity');
  await ownActivity(actor, 'update', deps, id);
  const p = parseInput(patchSchema, body);
  if (p.shoeId) await ownShoe(actor, deps, p.shoeId);
  const repo = activitiesRepository(deps.database.db);
  await repo.update(id, p);
  return ownActivity(actor, 'read', deps, id);
}

/** Delete one of the acting runner's activities. */
export async function deleteActivity(actorIn: Actor | null, deps: ActivityServiceDeps, id: string): Promise<void> {
  const actor = authorize(actorIn, 'delete', 'activity');
  await ownActivity(actor, 'delete', deps, id);
  await activitiesRepository(deps.database.db).delete(id);
}

/** Save the runner's distance unit; returns the actor as it now is. */
export async function setUnits(actorIn: Actor | null, deps: ActivityServiceDeps, units: unknown): Promise<Actor> {
  const actor = authorize(actorIn, 'update', 'preferences');
  const u = parseInput(z.enum(['km', 'mi']), units);
  await usersRepository(deps.database.db).setUnits(actor.id, u);
  return { ...actor, units: u };
}

/** The runner's display preferences. */
export interface Preferences {
  readonly units: Actor['units'];
  /** IANA time zone that decides which day (and week) an activity without a file offset belongs to. */
  readonly timeZone: string;
}

const timeZoneSchema = z.string().trim().refine(isTimeZone, 'is not a time zone: use a name like Europe/London or America/New_York');
const preferencesSchema = z.strictObject({ units: z.enum(['km', 'mi']).optional(), timeZone: timeZoneSchema.optional() });

/** The acting runner's units and time zone. */
export async function getPreferences(actorIn: Actor | null, deps: ActivityServiceDeps): Promise<Preferences> {
  const actor = authorize(actorIn, 'read', 'preferences');
  const row = await usersRepository(deps.database.db).findById(actor.id);
  return { units: row?.units ?? actor.units, timeZone: await timeZoneRepository(deps.database.db).get(actor.id) };
}

/**
 * Save units and/or time zone (`{"units":"mi","timeZone":"America/Denver"}`). A new time zone re-dates the
 * activities whose files gave no offset, so weeks and days follow the runner's clock.
 */
export async function setPreferences(actorIn: Actor | null, deps: ActivityServiceDeps, body: unknown): Promise<Preferences> {
  const actor = authorize(actorIn, 'update', 'preferences');
  const p = parseInput(preferencesSchema, body);
  if (p.units !== undefined) await usersRepository(deps.database.db).setUnits(actor.id, p.units);
  if (p.timeZone !== undefined) await timeZoneRepository(deps.database.db).set(actor.id, p.timeZone);
  return getPreferences(actor, deps);
}

/** One week on the timeline. */
export interface TimelineWeek {
  /** Monday, YYYY-MM-DD. */
  readonly start: string;
  readonly runDistanceMeters: number;
  readonly distanceMeters: number;
  readonly movingSeconds: number;
  readonly activities: number;
  readonly avgRunCadenceSpm: number | null;
  /** Highest pain score (during, after or next morning) logged that week; null when none was logged. */
  readonly maxPain: number | null;
  /** The most serious single-run spike that week, if any (Frandsen 2025). */
  readonly spike: 'warning' | 'caution' | null;
}

/** What the training page shows: weekly totals with pain and spikes, and the flags for this week. */
export interface TrainingOverview {
  readonly today: string;
  readonly weeks: readonly TimelineWeek[];
  readonly flags: readonly TrainingFlag[];
  /** Spike flags (caution or warning) within the weeks shown, newest first. */
  readonly spikes: readonly TrainingFlag[];
  readonly activityCount: number;
  /** The runner's time zone (days without a file offset follow it). */
  readonly timeZone: string;
}

/**
 * The timeline: the last `weeks` weeks up to the one containing `today` (empty weeks as zeros), each with the week's
 * highest logged pain and its worst run spike, plus this week's training flags.
 */
export async function trainingOverview(actorIn: Actor | null, deps: ActivityServiceDeps, today: string, weeks = 26): Promise<TrainingOverview> {
  const actor = authorize(actorIn, 'read', 'training');
  // Up to the end of `today` in the runner's time: fetch a day beyond in UTC, then keep local days up to today.
  const all = (await activitiesRepository(deps.database.db).listByUser(actor.id, { to: `${addDays(today, 2)}T00:00:00Z` })).filter((a) => a.localDate <= today);
  const training: TrainingActivity[] = all.map((a) => ({ startTime: a.startTime, localDate: a.localDate, sport: asSport(a.sport), distanceMeters: a.distanceMeters, movingSeconds: a.movingSeconds, rpe: a.rpe, avgCadenceSpm: a.avgCadenceSpm }));
  const last = weekStart(today);
  const first = addDays(last, -7 * (weeks - 1));
  const pain = await painDiaryRepository(deps.database.db).listByUser(actor.id, { from: first, to: addDays(last, 6) });
  const painByWeek = new Map<string, number>();
  for (const e of pain) {
    const scores = [e.painDuring, e.painAfter, e.painNextMorning].filter((v): v is number => v !== null);
    if (scores.length === 0) continue;
    const w = weekStart(e.date);
    painByWeek.set(w, Math.max(painByWeek.get(w) ?? 0, ...scores));
  }
  const spikes = singleRunSpikes(training).map(spikeFlag).filter((f): f is TrainingFlag => f !== null && f.level !== 'info' && f.date >= first && f.date <= today);
  const spikeByWeek = new Map<string, 'warning' | 'caution'>();
  for (const s of spikes) {
    const w = weekStart(s.date);
    if (spikeByWeek.get(w) !== 'warning') spikeByWeek.set(w, s.level === 'warning' ? 'warning' : 'caution');
  }
  const totals = new Map(weeklyTotals(training).map((w) => [w.start, w]));
  const out: TimelineWeek[] = [];
  for (let w = first; w <= last; w = addDays(w, 7)) {
    const t = totals.get(w);
    out.push({
      start: w, runDistanceMeters: t?.runDistanceMeters ?? 0, distanceMeters: t?.distanceMeters ?? 0, movingSeconds: t?.movingSeconds ?? 0,
      activities: t?.activities ?? 0, avgRunCadenceSpm: t?.avgRunCadenceSpm ?? null, maxPain: painByWeek.get(w) ?? null, spike: spikeByWeek.get(w) ?? null,
    });
  }
  const timeZone = await timeZoneRepository(deps.database.db).get(actor.id);
  return { today, weeks: out, flags: trainingFlags(training, { today }), spikes: spikes.reverse(), activityCount: all.length, timeZone };
}
