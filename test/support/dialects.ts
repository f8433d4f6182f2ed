/**
 * Run a repository test suite against every database dialect: SQLite always, PostgreSQL when reachable
 * (required in CI). Each suite gets a fresh, migrated database — for PostgreSQL its own schema, dropped after.
 * @module
 */
import { describe, before, after } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReachable: Promise<boolean> | undefined;
/** Is the test PostgreSQL up? In CI it must be: a missing server is a failure, not a skip. */
export function postgresAvailable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (err) {
      if (process.env.CI || process.env.TEST_DATABASE_URL) {
        throw new Error(`PostgreSQL test database not reachable at ${TEST_PG_URL}: ${err instanceof Error ? err.message : String(err)}`);
      }
      return false;
    }
  })();
  return pgReachable;
}

/** A fresh PostgreSQL schema for one suite; returns its name and a function that drops it. */
export async function createPgSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export interface DialectContext {
  readonly name: 'sqlite' | 'postgres';
  /** The migrated database for this suite (set in `before`). */
  database(): Database;
}

/**
 * @example
 * forEachDialect('users repository', (ctx) => {
 *   test('inserts', async () => { const repo = usersRepository(ctx.database().db); ... });
 * });
 */
export function forEachDialect(title: string, body: (ctx: DialectContext) => void): void {
  for (const name of ['sqlite', 'postgres'] as const) {
    describe(`${title} [${name}]`, async () => {
      const available = name === 'sqlite' || (await postgresAvailable());
      let current: Database | undefined;
      let drop: (() => Promise<void>) | undefined;
      before(async () => {
        if (!available) return;
        if (name === 'sqlite') current = await openDatabase({ kind: 'sqlite', file: ':memory:' });
        else {
          const s = await createPgSchema();
          drop = s.drop;
          current = await openDatabase({ kind: 'postgres', url: TEST_PG_URL, schema: s.schema, max: 4 });
        }
        await migrateToLatest(current.db);
      });
      after(async () => {
        await current?.close();
        await drop?.();
      });
      if (!available) {
        describe('skipped: PostgreSQL not reachable (set TEST_DATABASE_URL)', { skip: true }, () => {});
        return;
      }
      body({
        name,
        database: () => {
          if (!current) throw new Error('database not ready: use it inside a test');
          return current;
        },
      });
    });
  }
}
