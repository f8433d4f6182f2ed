/**
 * Local days for the training log. Weeks and days follow the runner's clock, not UTC: each user gets a time-zone
 * preference (IANA name, default 'UTC'), and each activity keeps the UTC offset its file recorded (FIT files and
 * GPX/TCX times written with an offset carry one) and its local start date, derived from that offset or, when the
 * file has none, from the runner's time zone. Existing rows get their UTC date, which is what they showed before.
 */
import { sql } from 'kysely';
import { columnTypes, dialectOf, type MigrationDb } from '../migration-kit.ts';

export async function up(db: MigrationDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('users').addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC')).execute();
  await db.schema.alterTable('activities').addColumn('utc_offset_min', 'integer').execute();
  await db.schema.alterTable('activities').addColumn('local_date', t.date).execute();
  if (dialectOf(db) === 'postgres') await sql`update activities set local_date = (start_time at time zone 'UTC')::date`.execute(db);
  else await sql`update activities set local_date = substr(start_time, 1, 10)`.execute(db);
  await db.schema.createIndex('activities_user_local_date').on('activities').columns(['user_id', 'local_date']).execute();
}
