/**
 * Activities: one row per run, ride or session with its summary. Each import stores an activity in its own
 * transaction (duplicate check, shoe, insert), so a crash or a bad file never leaves part of one behind.
 * @module
 */
import type { Kysely, Selectable } from 'kysely';
import { isDuplicate } from '../../core/activities/duplicates.ts';
import type { DB } from '../schema.ts';
import type { ActivitiesTable } from '../tables/training.ts';
import { newId } from '../ids.ts';
import { nowIso } from '../rows.ts';
import { shoesRepository } from './shoes.ts';

/** A stored activity. Distances in metres, durations in seconds, `startTime` ISO-8601 UTC. */
export interface ActivityRecord {
  readonly id: string;
  readonly userId: string;
  readonly startTime: string;
  readonly sport: string;
  readonly format: ActivitiesTable['format'];
  readonly source: string;
  readonly name: string | null;
  readonly distanceMeters: number;
  readonly elapsedSeconds: number;
  readonly movingSeconds: number;
  readonly points: number;
  readonly avgHeartRate: number | null;
  readonly maxHeartRate: number | null;
  readonly avgCadenceSpm: number | null;
  readonly elevationGainMeters: number | null;
  readonly rpe: number | null;
  readonly shoeId: string | null;
  readonly notes: string | null;
  readonly externalId: string | null;
  readonly jobId: string | null;
  /** Minutes ahead of UTC the file recorded, or null. */
  readonly utcOffsetMinutes: number | null;
  /** Local start date (YYYY-MM-DD) in the runner's time. */
  readonly localDate: string;
}

/** What a new activity needs; optional fields default to null. */
export type NewActivity = Pick<ActivityRecord, 'userId' | 'startTime' | 'sport' | 'format' | 'source' | 'distanceMeters' | 'elapsedSeconds' | 'movingSeconds'>
  & Partial<Omit<ActivityRecord, 'id' | 'userId' | 'startTime' | 'sport' | 'format' | 'source' | 'distanceMeters' | 'elapsedSeconds' | 'movingSeconds'>>;

/** What can change on a stored activity. */
export type ActivityPatch = Partial<Pick<ActivityRecord, 'rpe' | 'shoeId' | 'notes' | 'name' | 'sport'>>;

/** Result of storing one activity. */
export type StoreResult = { status: 'stored'; activity: ActivityRecord } | { status: 'duplicate'; existing: ActivityRecord };

const num = (v: number | null): number | null => (v === null ? null : Number(v));
const toActivity = (r: Selectable<ActivitiesTable>): ActivityRecord => ({
  id: r.id, userId: r.user_id, startTime: r.start_time, sport: r.sport, format: r.format, source: r.source, name: r.name,
  distanceMeters: Number(r.distance_m), elapsedSeconds: Number(r.elapsed_s), movingSeconds: Number(r.moving_s), points: Number(r.points),
  avgHeartRate: num(r.avg_hr), maxHeartRate: num(r.max_hr), avgCadenceSpm: num(r.avg_cadence_spm), elevationGainMeters: num(r.elevation_gain_m),
  rpe: num(r.rpe), shoeId: r.shoe_id, notes: r.notes, externalId: r.external_id, jobId: r.job_id,
  utcOffsetMinutes: num(r.utc_offset_min), localDate: r.local_date ?? iso(r.start_time).slice(0, 10),
});

/** ISO times are compared as text on SQLite, so every stored time has exactly one shape. */
const iso = (t: string): string => new Date(t).toISOString();

function toRow(a: NewActivity): Selectable<ActivitiesTable> {
  const now = nowIso();
  return {
    id: newId(), user_id: a.userId, start_time: iso(a.startTime), sport: a.sport, format: a.format, source: a.source, name: a.name ?? null,
    distance_m: a.distanceMeters, elapsed_s: a.elapsedSeconds, moving_s: a.movingSeconds, points: a.points ?? 0,
    avg_hr: a.avgHeartRate ?? null, max_hr: a.maxHeartRate ?? null, avg_cadence_spm: a.avgCadenceSpm ?? null,
    elevation_gain_m: a.elevationGainMeters ?? null, rpe: a.rpe ?? null, shoe_id: a.shoeId ?? null, notes: a.notes ?? null,
    external_id: a.externalId ?? null, job_id: a.jobId ?? null, created_at: now, updated_at: now,
    utc_offset_min: a.utcOffsetMinutes ?? null, local_date: a.localDate ?? iso(a.startTime).slice(0, 10),
  };
}

/** Activities repository. */
export function activitiesRepository(db: Kysely<DB>) {
  return {
    async insert(a: NewActivity): Promise<ActivityRecord> {
      const row = toRow(a);
      await db.insertInto('activities').values(row).execute();
      return toActivity(row);
    },

    /** The stored activity this one duplicates (start within 60 s, distance within 2%), if any. */
    async findDuplicate(userId: string, key: { startTime: string; distanceMeters: number }): Promise<ActivityRecord | undefined> {
      const t = Date.parse(key.startTime);
      const rows = await db.selectFrom('activities').selectAll().where('user_id', '=', userId)
        .where('start_time', '>=', new Date(t - 60_000).toISOString()).where('start_time', '<=', new Date(t + 60_000).toISOString()).execute();
      return rows.map(toActivity).find((r) => isDuplicate(r, key));
    },

    /**
     * Store one activity atomically: skip it when it duplicates a stored one; otherwise resolve its shoe (the named
     * gear, created on first sight, else the runner's default for the sport) and insert — all in one transaction.
     * A large import passes `knownShoe` once it has seen a gear name or sport, saving two reads per activity.
     */
    async store(a: NewActivity, gear: string | null = null, opts: { knownShoe?: boolean } = {}): Promise<StoreResult> {
      return db.transaction().execute(async (tx) => {
        const repo = activitiesRepository(tx);
        const existing = await repo.findDuplicate(a.userId, a);
        if (existing) return { status: 'duplicate' as const, existing };
        const shoes = shoesRepository(tx);
        let shoeId = a.shoeId ?? null;
        // `knownShoe`: the caller already resolved the shoe (null meaning none), so the lookups are skipped.
        if (shoeId === null && gear && opts.knownShoe !== true) shoeId = (await shoes.findOrCreateByName(a.userId, gear)).id;
        if (shoeId === null && opts.knownShoe !== true) shoeId = (await shoes.defaultFor(a.userId, a.sport))?.id ?? null;
        return { status: 'stored' as const, activity: await repo.insert({ ...a, shoeId }) };
      });
    },

    async findById(id: string): Promise<ActivityRecord | undefined> {
      const r = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toActivity(r) : undefined;
    },

    /** A runner's activities in [from, to) (ISO times), newest first. */
    async listByUser(userId: string, opts: { from?: string; to?: string; limit?: number } = {}): Promise<ActivityRecord[]> {
      let q = db.selectFrom('activities').selectAll().where('user_id', '=', userId);
      if (opts.from !== undefined) q = q.where('start_time', '>=', iso(opts.from));
      if (opts.to !== undefined) q = q.where('start_time', '<', iso(opts.to));
      const rows = await q.orderBy('start_time', 'desc').orderBy('id', 'desc').limit(opts.limit ?? 100_000).execute();
      return rows.map(toActivity);
    },

    async countByUser(userId: string): Promise<number> {
      const r = await db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    async update(id: string, p: ActivityPatch): Promise<void> {
      await db.updateTable('activities').set({
        updated_at: nowIso(),
        ...(p.rpe !== undefined ? { rpe: p.rpe } : {}),
        ...(p.shoeId !== undefined ? { shoe_id: p.shoeId } : {}),
        ...(p.notes !== undefined ? { notes: p.notes } : {}),
        ...(p.name !== undefined ? { name: p.name } : {}),
        ...(p.sport !== undefined ? { sport: p.sport } : {}),
      }).where('id', '=', id).execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('activities').where('id', '=', id).execute();
    },
  };
}

export type ActivitiesRepository = ReturnType<typeof activitiesRepository>;

/** An import job as stored in `jobs` (kind `import`): progress is in bytes read of `total`. */
export interface ImportJobRecord {
  readonly id: string;
  readonly userId: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  readonly progress: number;
  readonly total: number | null;
  /** The file names given, as JSON text. */
  readonly input: string | null;
  /** The import report, as JSON text, once done. */
  readonly result: string | null;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Import jobs live in the shared `jobs` table so that progress survives the request that started it and any app
 * server can report it.
 */
export function importJobsRepository(db: Kysely<DB>) {
  const cols = ['id', 'user_id', 'status', 'progress', 'total', 'input', 'result', 'error', 'created_at', 'updated_at'] as const;
  const toJob = (r: Pick<Selectable<DB['jobs']>, (typeof cols)[number]>): ImportJobRecord => ({
    id: r.id, userId: r.user_id, status: r.status, progress: Number(r.progress), total: r.total === null ? null : Number(r.total),
    input: r.input, result: r.result, error: r.error, createdAt: r.created_at, updatedAt: r.updated_at,
  });
  return {
    async create(userId: string, input: string, total: number): Promise<ImportJobRecord> {
      const now = nowIso();
      const row = { id: newId(), user_id: userId, kind: 'import', status: 'queued' as const, progress: 0, total, input, result: null, error: null, created_at: now, updated_at: now };
      await db.insertInto('jobs').values(row).execute();
      return toJob(row);
    },

    async findById(id: string): Promise<ImportJobRecord | undefined> {
      const r = await db.selectFrom('jobs').select(cols).where('id', '=', id).where('kind', '=', 'import').executeTakeFirst();
      return r ? toJob(r) : undefined;
    },

    async listByUser(userId: string, limit = 20): Promise<ImportJobRecord[]> {
      const rows = await db.selectFrom('jobs').select(cols).where('user_id', '=', userId).where('kind', '=', 'import').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toJob);
    },

    /** Every import job still queued or running (any user). */
    async listUnfinished(): Promise<ImportJobRecord[]> {
      const rows = await db.selectFrom('jobs').select(cols).where('kind', '=', 'import').where('status', 'in', ['queued', 'running']).execute();
      return rows.map(toJob);
    },

    /** Import jobs still queued or running whose last heartbeat (`updated_at`) is before `before`: their process died. */
    async listStale(before: string): Promise<ImportJobRecord[]> {
      const rows = await db.selectFrom('jobs').select(cols).where('kind', '=', 'import').where('status', 'in', ['queued', 'running'])
        .where('updated_at', '<', new Date(before).toISOString()).orderBy('created_at').execute();
      return rows.map(toJob);
    },

    /**
     * Mark a stale job failed, but only if no process has touched it since `before` (so two servers starting at once,
     * or a job that just woke up, never clash). Returns whether this call changed it.
     */
    async failIfStale(id: string, before: string, error: string): Promise<boolean> {
      const r = await db.updateTable('jobs').set({ status: 'failed', error, updated_at: nowIso() })
        .where('id', '=', id).where('status', 'in', ['queued', 'running']).where('updated_at', '<', new Date(before).toISOString())
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async update(id: string, p: { status?: ImportJobRecord['status']; progress?: number; result?: string; error?: string }): Promise<void> {
      await db.updateTable('jobs').set({
        updated_at: nowIso(),
        ...(p.status !== undefined ? { status: p.status } : {}),
        ...(p.progress !== undefined ? { progress: Math.round(p.progress) } : {}),
        ...(p.result !== undefined ? { result: p.result } : {}),
        ...(p.error !== undefined ? { error: p.error } : {}),
      }).where('id', '=', id).execute();
    },
  };
}
