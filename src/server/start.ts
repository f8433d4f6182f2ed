/**
 * Start the app: open and migrate the database, make sure the owner exists, load the KB, listen, and shut down
 * gracefully on SIGINT/SIGTERM (stop accepting, finish in-flight requests, close the database).
 * @module
 */
import { actorFromUser } from '../services/actors.ts';
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from '../config/config.ts';
import type { Actor } from '../core/actor.ts';
import { openDatabase, targetFromConfig, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { usersRepository } from '../db/repositories/users.ts';
import { readKnowledgeBase } from '../kb-files/read-kb.ts';
import { prepareKb } from '../core/triage/index.ts';
import { recoverInterruptedImports } from '../services/import-recovery.ts';
import { createApp } from './app.ts';
import { createLogger, type Logger } from './logger.ts';

export interface RunningServer {
  readonly url: string;
  readonly database: Database;
  stop(): Promise<void>;
}

/** How long in-flight requests get to finish on shutdown before connections are cut. */
const DRAIN_MS = 10_000;

/** Resolve the acting user: the local owner, read per request so nothing user-specific lives in memory. */
function localOwner(database: Database, ownerId: string): (req: Request) => Promise<Actor | null> {
  const users = usersRepository(database.db);
  return async () => {
    const row = await users.findById(ownerId);
    return row ? actorFromUser(row) : null;
  };
}

export async function startServer(config: Config, version: string, logger: Logger = createLogger(config.LOG_LEVEL)): Promise<RunningServer> {
  const database = await openDatabase(targetFromConfig(config));
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info('migrated', { applied });
  const owner = await usersRepository(database.db).ensureOwner(config.OWNER_EMAIL);
  // Imports left running by a process that died are failed with a reason and their temp files removed.
  const recovered = await recoverInterruptedImports({ database });
  if (recovered.failedJobs.length + recovered.removedDirs.length > 0) logger.warn('recovered interrupted imports', { ...recovered });
  const kb = await readKnowledgeBase();
  // Build the triage engine's per-KB indexes now, not on the first runner's request.
  prepareKb(kb);
  const app = createApp({ database, kb, logger, version, resolveActor: localOwner(database, owner.id), maxUploadBytes: config.MAX_UPLOAD_MB * 1024 ** 2 });

  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info('listening', { url, db: database.dialect, kbVersion: kb.version, version });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      logger.info('shutting down');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
          resolve();
        }, DRAIN_MS);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { url, database, stop };
}
