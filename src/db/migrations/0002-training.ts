/**
 * Training log: shoes, activities (one row per activity with its summary; no track points — the metrics and the
 * timeline only need the summary) and the daily pain diary. Imports run as rows in `jobs` (0001).
 */
import { sql } from 'kysely';
import { columnTypes, type MigrationDb } from '../migration-kit.ts';

export async function up(db: MigrationDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('shoes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brand', 'text')
    .addColumn('start_distance_m', t.real, (c) => c.notNull().defaultTo(0))
    .addColumn('alert_distance_m', t.real, (c) => c.notNull().defaultTo(800_000))
    // The sport this pair is the default for ('running', 'trail_running'…); one default per sport per runner.
    .addColumn('default_for', 'text')
    .addColumn('retired', t.bool, (c) => c.notNull().defaultTo(sql.lit(false)))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('shoes_user_name', ['user_id', 'name'])
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('start_time', t.timestamp, (c) => c.notNull())
    .addColumn('sport', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('fit', 'gpx', 'tcx', 'manual')`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('distance_m', t.real, (c) => c.notNull())
    .addColumn('elapsed_s', t.real, (c) => c.notNull())
    .addColumn('moving_s', t.real, (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('avg_hr', t.real)
    .addColumn('max_hr', t.real)
    .addColumn('avg_cadence_spm', t.real)
    .addColumn('elevation_gain_m', t.real)
    .addColumn('rpe', 'integer', (c) => c.check(sql`rpe between 0 and 10`))
    .addColumn('shoe_id', t.id, (c) => c.references('shoes.id').onDelete('set null'))
    .addColumn('notes', 'text')
    .addColumn('external_id', 'text')
    .addColumn('job_id', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activities_user_start').on('activities').columns(['user_id', 'start_time']).execute();
  await db.schema.createIndex('activities_shoe').on('activities').column('shoe_id').execute();

  await db.schema
    .createTable('pain_entries')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', t.date, (c) => c.notNull())
    .addColumn('pain_during', 'integer', (c) => c.check(sql`pain_during between 0 and 10`))
    .addColumn('pain_after', 'integer', (c) => c.check(sql`pain_after between 0 and 10`))
    .addColumn('pain_next_morning', 'integer', (c) => c.check(sql`pain_next_morning between 0 and 10`))
    .addColumn('stiffness', 'integer', (c) => c.check(sql`stiffness between 0 and 10`))
    .addColumn('note', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('pain_entries_user_date', ['user_id', 'date'])
    .execute();
}
