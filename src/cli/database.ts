/**
 * Database access for every command that stores data (import, log, shoes, pain, plan --store, checkin): open the
 * configured database, migrate it, and act as the owner or the user named by `--user EMAIL`.
 * @module
 */
import { actorFromUser } from '../services/actors.ts';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { loadConfig } from '../config/config.ts';
import { openDatabase, targetFromConfig, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { usersRepository } from '../db/repositories/users.ts';

/** Where the database is and who is acting: `data` overrides DATA_DIR; `user` is an email (default: the owner). */
export interface DatabaseOptions {
  readonly env: Record<string, string | undefined>;
  readonly data?: string | undefined;
  readonly user?: string | undefined;
}

/**
 * Run `body` with the migrated database and the acting user; the database is closed afterwards.
 * @example await withDatabase({ env: process.env }, async (database, actor) => 0)
 */
export async function withDatabase<T>(opts: DatabaseOptions, body: (database: Database, actor: Actor) => Promise<T>): Promise<T> {
  const config = loadConfig(opts.env, { DATA_DIR: opts.data });
  const database = await openDatabase(targetFromConfig(config));
  try {
    await migrateToLatest(database.db);
    const users = usersRepository(database.db);
    const row = opts.user !== undefined ? await users.findByEmail(opts.user) : await users.ensureOwner(config.OWNER_EMAIL);
    if (!row) throw new AppError('bad_input', `no account with the email ${opts.user ?? ''}`);
    return await body(database, actorFromUser(row));
  } finally {
    await database.close();
  }
}
