/**
 * Runs the one migration set (files `migrations/NNNN-name.ts`, applied in name order) on either dialect.
 * @module
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { dialectOf } from './migration-kit.ts';
import { AppError } from '../core/errors.ts';
import type { MigrationModule } from './migration-kit.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

function isMigrationModule(m: unknown): m is MigrationModule {
  return typeof m === 'object' && m !== null && 'up' in m && typeof m.up === 'function';
}

/** Reads the migrations folder; every file named `NNNN-*.ts` (not tests) is a migration. */
export const folderMigrations: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(fileURLToPath(MIGRATIONS_DIR))).filter((f) => /^\d{4}-[\w-]+\.ts$/.test(f) && !f.endsWith('.test.ts')).sort();
    const out: Record<string, Migration> = {};
    for (const file of files) {
      const mod: unknown = await import(new URL(file, MIGRATIONS_DIR).href);
      if (!isMigrationModule(mod)) throw new AppError('internal', `migration ${file} does not export up()`);
      out[file.replace(/\.ts$/, '')] = { up: (db) => mod.up(db) };
    }
    return out;
  },
};

/**
 * Bring the schema up to date; returns the names applied now.
 * @example
 * const applied = await migrateToLatest(db); // ['0001-users']
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  // On PostgreSQL, keep Kysely's bookkeeping tables in the connection's own schema: its existence check otherwise
  // looks across all schemas and can be fooled by another schema's tables.
  const schema = dialectOf(db) === 'postgres'
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({ db, provider: folderMigrations, ...(schema ? { migrationTableSchema: schema } : {}) });
  // Servers starting together race to create the bookkeeping tables; the loser simply tries again.
  for (let attempt = 1; ; attempt += 1) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt < 3 && !results?.some((r) => r.status === 'Error')) {
      await new Promise((r) => setTimeout(r, 100 * attempt));
      continue;
    }
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'set-up';
    throw new AppError('internal', `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
