/**
 * Pain diary use-cases: save a day's entry (pain during and after running, next morning, stiffness, a note), list
 * entries with that day's activities, delete one. Saving returns plain guidance from the pain-monitoring model.
 * @module
 */
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { authorize } from '../core/policy.ts';
import { dayOf } from '../core/training/days.ts';
import type { Database } from '../db/database.ts';
import { activitiesRepository, type ActivityRecord } from '../db/repositories/activities.ts';
import { painDiaryRepository, type PainEntry } from '../db/repositories/pain-diary.ts';
import { parseInput } from './parse-input.ts';

export interface PainServiceDeps {
  readonly database: Database;
}

/** A diary entry with the activities of its day. */
export interface PainDay extends PainEntry {
  readonly activities: readonly ActivityRecord[];
}

/** What the diary says back about an entry; `source` is a kb/sources id, or null for our judgement. */
export interface PainGuidance {
  readonly level: 'ok' | 'caution' | 'see-clinician';
  readonly message: string;
  readonly source: string | null;
}

const score = z.number().int().min(0, 'scores go from 0 to 10').max(10, 'scores go from 0 to 10').nullable().optional();
const entrySchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-05-01').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date'),
  painDuring: score,
  painAfter: score,
  painNextMorning: score,
  stiffness: score,
  note: z.string().trim().max(2000).nullable().optional(),
}).refine((b) => [b.painDuring, b.painAfter, b.painNextMorning, b.stiffness].some((v) => v !== undefined && v !== null) || (b.note ?? '') !== '', { message: 'give at least one score or a note' });

/**
 * Guidance for an entry given the day before, following the pain-monitoring model (Silbernagel 2007): pain up to
 * 5/10 during activity is acceptable if it settles by the next morning and morning pain is not creeping up.
 * Severe pain is our judgement: stop and get it looked at.
 */
export function painGuidance(e: PainEntry, previous: PainEntry | undefined): PainGuidance {
  const worst = Math.max(...[e.painDuring, e.painAfter, e.painNextMorning].map((v) => v ?? 0));
  if (worst >= 8) {
    return { level: 'see-clinician', message: 'Pain of 8 out of 10 or more is a reason to stop running and have it checked by a physiotherapist or doctor, sooner if you cannot walk normally.', source: null };
  }
  if (worst > 5) {
    return { level: 'caution', message: 'Pain above 5 out of 10 is more than the pain-monitoring approach allows. Cut the next runs back (shorter, easier, or cross-train) until it stays at 5 or below, and see a physiotherapist if it keeps happening.', source: 'silbernagel-2007' };
  }
  if (e.painNextMorning !== null && previous?.painNextMorning !== null && previous?.painNextMorning !== undefined && e.painNextMorning > previous.painNextMorning) {
    return { level: 'caution', message: 'Morning pain is higher than the day before, so yesterday was probably too much. Ease off until the morning pain settles back.', source: 'silbernagel-2007' };
  }
  return { level: 'ok', message: 'Within the pain-monitoring limits: up to 5 out of 10, settling by the next morning.', source: 'silbernagel-2007' };
}

/** Save the entry for a day (replacing any earlier one) and say what it means. */
export async function putPainEntry(actorIn: Actor | null, deps: PainServiceDeps, body: unknown): Promise<{ entry: PainEntry; guidance: PainGuidance }> {
  const actor = authorize(actorIn, 'create', 'pain-entry');
  const b = parseInput(entrySchema, body);
  const repo = painDiaryRepository(deps.database.db);
  const entry = await repo.put({
    userId: actor.id, date: b.date, painDuring: b.painDuring ?? null, painAfter: b.painAfter ?? null,
    painNextMorning: b.painNextMorning ?? null, stiffness: b.stiffness ?? null, note: b.note ? b.note : null,
  });
  const previous = (await repo.listByUser(actor.id, { to: b.date, limit: 2 })).find((p) => p.date < b.date);
  return { entry, guidance: painGuidance(entry, previous) };
}

/** Diary entries newest first (dates inclusive), each with that day's activities. */
export async function listPainDays(actorIn: Actor | null, deps: PainServiceDeps, opts: { from?: string; to?: string; limit?: number } = {}): Promise<PainDay[]> {
  const actor = authorize(actorIn, 'read', 'pain-entry');
  const entries = await painDiaryRepository(deps.database.db).listByUser(actor.id, opts);
  if (entries.length === 0) return [];
  const oldest = entries[entries.length - 1]?.date ?? '';
  const newest = entries[0]?.date ?? '';
  const acts = await activitiesRepository(deps.database.db).listByUser(actor.id, { from: `${oldest}T00:00:00Z`, to: new Date(Date.parse(`${newest}T00:00:00Z`) + 86_400_000).toISOString() });
  const byDay = new Map<string, ActivityRecord[]>();
  for (const a of acts) byDay.set(dayOf(a.startTime), [...(byDay.get(dayOf(a.startTime)) ?? []), a]);
  return entries.map((e) => ({ ...e, activities: byDay.get(e.date) ?? [] }));
}

/** Remove the entry for a day; a day with no entry is not found. */
export async function deletePainEntry(actorIn: Actor | null, deps: PainServiceDeps, date: string): Promise<void> {
  // Entries are found by the actor's own id and the date, so another runner's entry is never reached.
  const actor = authorize(actorIn, 'delete', 'pain-entry');
  if (!(await painDiaryRepository(deps.database.db).delete(actor.id, date))) throw new AppError('not_found', `no diary entry on ${date}`);
}
