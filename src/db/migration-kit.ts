/**
 * What a migration needs to stay portable: one migration set runs on SQLite and PostgreSQL, so column types that
 * differ between them come from here instead of being spelled out in each migration.
 * @module
 */
import { type Kysely, SqliteAdapter, sql, type ColumnDataType, type Expression } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** Any Kysely instance, whatever its table types: migrations must not depend on today's schema. */
export type MigrationDb = Kysely<unknown>;

/** Which database a Kysely instance talks to, from its adapter (migrations branch on it for column types). */
export function dialectOf(db: { getExecutor(): { adapter: unknown } }): Dialect {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

type ColumnType = ColumnDataType | Expression<unknown>;

/**
 * Column types per dialect. Timestamps: `timestamptz` on PostgreSQL (read back as ISO strings), ISO-8601 text on
 * SQLite. JSON: `jsonb` / text (always written as a JSON string). Booleans: boolean / 0-1 integer.
 * @example
 * const t = columnTypes(db);
 * await db.schema.createTable('x').addColumn('at', t.timestamp, (c) => c.notNull()).execute();
 */
export function columnTypes(db: MigrationDb): {
  id: ColumnType; timestamp: ColumnType; json: ColumnType; bool: ColumnType; real: ColumnType; date: ColumnType;
} {
  const pg = dialectOf(db) === 'postgres';
  return {
    id: pg ? 'uuid' : 'text',
    timestamp: pg ? 'timestamptz' : 'text',
    json: pg ? 'jsonb' : 'text',
    bool: pg ? 'boolean' : 'integer',
    real: pg ? sql`double precision` : 'real',
    date: pg ? 'date' : 'text',
  };
}

/** A migration module: `up` only — we roll forward; a bad migration is fixed by a new one. */
export interface MigrationModule {
  up(db: MigrationDb): Promise<void>;
}
