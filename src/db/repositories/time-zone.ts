/**
 * A runner's time-zone preference (`users.time_zone`, 0004) and the local dates that follow from it. Changing the
 * zone re-dates, in one transaction, every activity whose file gave no UTC offset of its own.
 * @module
 */
import type { Kysely } from 'kysely';
import { localDay } from '../../core/training/zones.ts';
import type { DB } from '../schema.ts';
import { nowIso } from '../rows.ts';

/** Time-zone preference repository. */
export function timeZoneRepository(db: Kysely<DB>) {
  const tdb = db;
  return {
    /** The runner's IANA time zone ('UTC' when unset or the user is unknown). */
    async get(userId: string): Promise<string> {
      const r = await tdb.selectFrom('users').select('time_zone').where('id', '=', userId).executeTakeFirst();
      return r?.time_zone ?? 'UTC';
    },

    /** Save the zone and re-date the runner's activities that have no offset from their file; returns how many. */
    async set(userId: string, timeZone: string): Promise<number> {
      return tdb.transaction().execute(async (tx) => {
        await tx.updateTable('users').set({ time_zone: timeZone, updated_at: nowIso() }).where('id', '=', userId).execute();
        const rows = await tx.selectFrom('activities').select(['id', 'start_time', 'local_date']).where('user_id', '=', userId).where('utc_offset_min', 'is', null).execute();
        let changed = 0;
        for (const r of rows) {
          const day = localDay(new Date(r.start_time).toISOString(), timeZone);
          if (day === r.local_date) continue;
          await tx.updateTable('activities').set({ local_date: day }).where('id', '=', r.id).execute();
          changed++;
        }
        return changed;
      });
    },
  };
}
