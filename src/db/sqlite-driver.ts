/**
 * Adapts Node's built-in `node:sqlite` to the database interface Kysely's SqliteDialect expects
 * (the better-sqlite3 shape), so we keep Kysely's own SQLite compiler and need no native addon.
 * @module
 */
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** node:sqlite binds only null/number/bigint/string/bytes; map the rest the way our schema stores them. */
function toSqlite(value: unknown): SQLInputValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string') return value;
  if (value instanceof Uint8Array) return value;
  return JSON.stringify(value);
}

/** How many distinct SQL texts keep their compiled statement. */
const STATEMENT_CACHE_SIZE = 200;

class NodeSqliteStatement implements SqliteStatement {
  readonly reader: boolean;
  readonly #stmt: ReturnType<DatabaseSync['prepare']>;

  constructor(stmt: ReturnType<DatabaseSync['prepare']>) {
    this.#stmt = stmt;
    // A statement that yields columns is a reader (SELECT, or anything with RETURNING).
    this.reader = stmt.columns().length > 0;
  }

  all(parameters: ReadonlyArray<unknown>): unknown[] {
    return this.#stmt.all(...parameters.map(toSqlite));
  }

  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.#stmt.run(...parameters.map(toSqlite));
  }

  iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    return this.#stmt.iterate(...parameters.map(toSqlite));
  }
}

/**
 * Open a SQLite file (or ':memory:') with WAL and foreign keys on.
 * @example
 * const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: openSqlite('data/footing.db') }) });
 */
export function openSqlite(file: string): SqliteDatabase {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA synchronous = NORMAL');
  // Kysely runs one query at a time per connection, so a prepared statement can be reused safely; a small cache
  // saves re-compiling the same SQL for every row of a bulk import.
  const cache = new Map<string, NodeSqliteStatement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare: (sql: string) => {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = new NodeSqliteStatement(db.prepare(sql));
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
