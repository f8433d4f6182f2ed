/**
 * The pain diary: at most one entry per runner per day (a second save replaces the first). Entries link to that
 * day's activities by date, so nothing needs re-linking when a run is imported later.
 * @module
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../schema.ts';
import type { PainEntriesTable } from '../tables/training.ts';
import { newId } from '../ids.ts';
import { nowIso } from '../rows.ts';

/** One day's diary entry. Scores are 0–10; null when not given. */
export interface PainEntry {
  readonly id: string;
  readonly userId: string;
  readonly date: string;
  readonly painDuring: number | null;
  readonly painAfter: number | null;
  readonly painNextMorning: number | null;
  readonly stiffness: number | null;
  readonly note: string | null;
  readonly updatedAt: string;
}

export type PainInput = Pick<PainEntry, 'userId' | 'date' | 'painDuring' | 'painAfter' | 'painNextMorning' | 'stiffness' | 'note'>;

const n = (v: number | null): number | null => (v === null ? null : Number(v));
const toEntry = (r: Selectable<PainEntriesTable>): PainEntry => ({
  id: r.id, userId: r.user_id, date: r.date, painDuring: n(r.pain_during), painAfter: n(r.pain_after),
  painNextMorning: n(r.pain_next_morning), stiffness: n(r.stiffness), note: r.note, updatedAt: r.updated_at,
});

/** Pain diary repository. */
export function painDiaryRepository(db: Kysely<DB>) {
  return {
    /** Save the entry for a day, replacing any earlier one for that day. */
    async put(e: PainInput): Promise<PainEntry> {
      const now = nowIso();
      const values = { pain_during: e.painDuring, pain_after: e.painAfter, pain_next_morning: e.painNextMorning, stiffness: e.stiffness, note: e.note, updated_at: now };
      await db.insertInto('pain_entries')
        .values({ id: newId(), user_id: e.userId, date: e.date, created_at: now, ...values })
        .onConflict((oc) => oc.columns(['user_id', 'date']).doUpdateSet(values))
        .execute();
      const saved = await this.findByDate(e.userId, e.date);
      if (!saved) throw new Error('pain entry was not saved');
      return saved;
    },

    async findByDate(userId: string, date: string): Promise<PainEntry | undefined> {
      const r = await db.selectFrom('pain_entries').selectAll().where('user_id', '=', userId).where('date', '=', date).executeTakeFirst();
      return r ? toEntry(r) : undefined;
    },

    /** Entries with from <= date <= to, newest first. */
    async listByUser(userId: string, opts: { from?: string; to?: string; limit?: number } = {}): Promise<PainEntry[]> {
      let q = db.selectFrom('pain_entries').selectAll().where('user_id', '=', userId);
      if (opts.from !== undefined) q = q.where('date', '>=', opts.from);
      if (opts.to !== undefined) q = q.where('date', '<=', opts.to);
      const rows = await q.orderBy('date', 'desc').limit(opts.limit ?? 100_000).execute();
      return rows.map(toEntry);
    },

    async delete(userId: string, date: string): Promise<boolean> {
      const r = await db.deleteFrom('pain_entries').where('user_id', '=', userId).where('date', '=', date).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}

export type PainDiaryRepository = ReturnType<typeof painDiaryRepository>;
