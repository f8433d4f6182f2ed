/**
 * Shoes and the distance each has done. Distance is never stored on the shoe: it is the starting distance plus the
 * sum of its activities, so deleting or re-assigning a run can never leave a stale total.
 * @module
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../schema.ts';
import type { ShoesTable } from '../tables/training.ts';
import { newId } from '../ids.ts';
import { fromBool, nowIso } from '../rows.ts';

/** A shoe as the app sees it. */
export interface ShoeRecord {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly brand: string | null;
  readonly startDistanceMeters: number;
  readonly alertDistanceMeters: number;
  readonly defaultFor: string | null;
  readonly retired: boolean;
  readonly createdAt: string;
}

/** A shoe with what it has done. */
export interface ShoeUsage extends ShoeRecord {
  /** Starting distance plus every activity logged in it. */
  readonly distanceMeters: number;
  readonly activities: number;
  readonly lastUsed: string | null;
}

export interface NewShoe {
  userId: string;
  name: string;
  brand?: string | null;
  startDistanceMeters?: number;
  alertDistanceMeters?: number;
  defaultFor?: string | null;
}

export interface ShoePatch {
  name?: string;
  brand?: string | null;
  startDistanceMeters?: number;
  alertDistanceMeters?: number;
  retired?: boolean;
}

/** Default wear prompt: 800 km (about 500 miles), a common rule of thumb, not a law. */
export const DEFAULT_SHOE_ALERT_METERS = 800_000;

const toShoe = (r: Selectable<ShoesTable>): ShoeRecord => ({
  id: r.id, userId: r.user_id, name: r.name, brand: r.brand, startDistanceMeters: Number(r.start_distance_m),
  alertDistanceMeters: Number(r.alert_distance_m), defaultFor: r.default_for, retired: fromBool(r.retired), createdAt: r.created_at,
});

/** Shoes repository. */
export function shoesRepository(db: Kysely<DB>) {
  return {
    async insert(s: NewShoe): Promise<ShoeRecord> {
      const now = nowIso();
      const row = {
        id: newId(), user_id: s.userId, name: s.name, brand: s.brand ?? null, start_distance_m: s.startDistanceMeters ?? 0,
        alert_distance_m: s.alertDistanceMeters ?? DEFAULT_SHOE_ALERT_METERS, default_for: null, retired: false, created_at: now, updated_at: now,
      };
      await db.insertInto('shoes').values(row).execute();
      if (s.defaultFor) await this.setDefault(s.userId, row.id, s.defaultFor);
      return toShoe({ ...row, default_for: s.defaultFor ?? null });
    },

    async findById(id: string): Promise<ShoeRecord | undefined> {
      const r = await db.selectFrom('shoes').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toShoe(r) : undefined;
    },

    async findByName(userId: string, name: string): Promise<ShoeRecord | undefined> {
      const r = await db.selectFrom('shoes').selectAll().where('user_id', '=', userId).where('name', '=', name).executeTakeFirst();
      return r ? toShoe(r) : undefined;
    },

    /** The shoe named `name` (Strava "Activity Gear"), created on first sight. */
    async findOrCreateByName(userId: string, name: string): Promise<ShoeRecord> {
      return (await this.findByName(userId, name)) ?? this.insert({ userId, name });
    },

    /** The runner's default shoe for a sport, unless it has been retired. */
    async defaultFor(userId: string, sport: string): Promise<ShoeRecord | undefined> {
      const r = await db.selectFrom('shoes').selectAll().where('user_id', '=', userId).where('default_for', '=', sport).executeTakeFirst();
      return r && !fromBool(r.retired) ? toShoe(r) : undefined;
    },

    /** Make `shoeId` the default for `sport` (null clears it); any other default for that sport is cleared. */
    async setDefault(userId: string, shoeId: string, sport: string | null): Promise<void> {
      const now = nowIso();
      if (sport !== null) {
        await db.updateTable('shoes').set({ default_for: null, updated_at: now }).where('user_id', '=', userId).where('default_for', '=', sport).execute();
      }
      await db.updateTable('shoes').set({ default_for: sport, updated_at: now }).where('id', '=', shoeId).execute();
    },

    async update(id: string, p: ShoePatch): Promise<void> {
      await db.updateTable('shoes').set({
        updated_at: nowIso(),
        ...(p.name !== undefined ? { name: p.name } : {}),
        ...(p.brand !== undefined ? { brand: p.brand } : {}),
        ...(p.startDistanceMeters !== undefined ? { start_distance_m: p.startDistanceMeters } : {}),
        ...(p.alertDistanceMeters !== undefined ? { alert_distance_m: p.alertDistanceMeters } : {}),
        ...(p.retired !== undefined ? { retired: p.retired } : {}),
        // A retired shoe stops being anyone's default.
        ...(p.retired === true ? { default_for: null } : {}),
      }).where('id', '=', id).execute();
    },

    /** Every shoe of a runner with its distance, active ones first, then by name. */
    async listWithUsage(userId: string): Promise<ShoeUsage[]> {
      const rows = await db
        .selectFrom('shoes')
        .leftJoin('activities', 'activities.shoe_id', 'shoes.id')
        .selectAll('shoes')
        .select((eb) => [
          eb.fn.coalesce(eb.fn.sum<number>('activities.distance_m'), eb.lit(0)).as('logged_m'),
          eb.fn.count<number>('activities.id').as('activity_count'),
          eb.fn.max('activities.start_time').as('last_used'),
        ])
        .where('shoes.user_id', '=', userId)
        .groupBy('shoes.id')
        .execute();
      return rows
        .map((r) => ({
          ...toShoe(r),
          distanceMeters: Number(r.start_distance_m) + Number(r.logged_m),
          activities: Number(r.activity_count),
          lastUsed: r.last_used === null ? null : String(r.last_used),
        }))
        .sort((a, b) => Number(a.retired) - Number(b.retired) || a.name.localeCompare(b.name));
    },
  };
}

export type ShoesRepository = ReturnType<typeof shoesRepository>;
