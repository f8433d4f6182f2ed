/** Rehab plans and their daily check-ins (planner). */
import { sql } from 'kysely';
import { columnTypes, type MigrationDb } from '../migration-kit.ts';

export async function up(db: MigrationDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('plans')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('protocol_id', 'text', (c) => c.notNull())
    .addColumn('condition_id', 'text', (c) => c.notNull())
    .addColumn('request', t.json, (c) => c.notNull())
    .addColumn('position', t.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'closed', 'see-clinician')`))
    .addColumn('start_date', 'text')
    .addColumn('phase_start', 'text', (c) => c.notNull())
    .addColumn('last_step', 'text', (c) => c.notNull())
    .addColumn('last_progress', 'text', (c) => c.notNull())
    .addColumn('paused_until', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plans_user').on('plans').columns(['user_id', 'status']).execute();
  await db.schema
    .createTable('plan_checkins')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('plan_id', t.id, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('data', t.json, (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('progress', 'hold', 'regress', 'see-clinician')`))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('plan_checkins_plan_date', ['plan_id', 'date'])
    .execute();
}
