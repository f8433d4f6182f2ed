/**
 * Opens the database: embedded SQLite (node:sqlite) by default, PostgreSQL (pg) when a URL is given.
 * The rest of the app sees one `Database` whatever the dialect.
 * @module
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Dialect } from './migration-kit.ts';
import type { DB } from './schema.ts';
import { openSqlite } from './sqlite-driver.ts';

export interface Database {
  readonly db: Kysely<DB>;
  readonly dialect: Dialect;
  /** A real round-trip, for health checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string; max?: number };

async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * pg falls back to $USER for the role when the URL names none; service managers and CI often leave it unset, so
 * default to the conventional `postgres` role then.
 */
function withDefaultUser(url: string): string {
  const parsed = new URL(url);
  if (parsed.username || process.env.PGUSER || process.env.USER) return url;
  parsed.username = 'postgres';
  return parsed.toString();
}

let typesConfigured = false;
/**
 * Make PostgreSQL values read back in the same shapes as SQLite's: timestamps as ISO strings, 64-bit counts and
 * numerics as numbers. Done once per process; it only affects how `pg` parses text it receives.
 */
function configurePgTypes(): void {
  if (typesConfigured) return;
  typesConfigured = true;
  const toIso = (v: string): string => new Date(v).toISOString();
  pg.types.setTypeParser(1184, toIso); // timestamptz
  pg.types.setTypeParser(1114, (v: string) => new Date(`${v}Z`).toISOString()); // timestamp
  pg.types.setTypeParser(1082, (v: string) => v); // date stays 'YYYY-MM-DD'
  pg.types.setTypeParser(20, (v: string) => Number(v)); // int8 (count(*))
  pg.types.setTypeParser(1700, (v: string) => Number(v)); // numeric
}

/**
 * Open a database. SQLite files are created (with their folder) on first use.
 * @example
 * const { db, close } = await openDatabase({ kind: 'sqlite', file: 'data/footing.db' });
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'sqlite') {
    if (target.file !== ':memory:') mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: openSqlite(target.file) }) });
    return { db, dialect: 'sqlite', ping: () => ping(db), close: () => db.destroy() };
  }
  configurePgTypes();
  const pool = new pg.Pool({
    connectionString: withDefaultUser(target.url),
    max: target.max ?? 10,
    // A per-connection search_path lets tests (and tenants, later) live in their own schema.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  // An idle connection that dies (PostgreSQL restarted, network dropped) is reported as a pool 'error' event, and an
  // unhandled 'error' event would end the process. The pool drops that client and opens a fresh one; a query that
  // needs the database while it is down fails on its own and /healthz says 503.
  pool.on('error', () => {});
  // Surface connection problems at start-up, not on the first request.
  const client = await pool.connect();
  client.release();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', ping: () => ping(db), close: () => db.destroy() };
}

/** Where the app keeps its data for a given configuration. */
export function targetFromConfig(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'sqlite', file: path.join(config.DATA_DIR, 'footing.db') };
}
