/**
 * Runs the one migration set (files `migrations/NNNN-name.ts`, applied in name order) on either dialect.
 * @module
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
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
  const migrator = new Migrator({ db, provider: folderMigrations });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('internal', `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
