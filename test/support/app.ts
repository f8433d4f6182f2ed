/**
 * Build the real app in-process for HTTP tests: a migrated in-memory SQLite database, the owner as the actor,
 * silent logs. Tests call `app.request()` — no port, no child process. `actAs` switches who the following requests
 * come from (another runner made with `addRunner`, or `null` for anonymous).
 * @module
 */
import { actorFromUser } from '../../src/services/actors.ts';
import type { Hono } from 'hono';
import type { Actor } from '../../src/core/actor.ts';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { usersRepository } from '../../src/db/repositories/users.ts';
import { createApp } from '../../src/server/app.ts';
import type { AppEnv } from '../../src/server/env.ts';
import { createLogger } from '../../src/server/logger.ts';
import { readKnowledgeBase } from '../../src/kb-files/read-kb.ts';

export interface TestApp {
  app: Hono<AppEnv>;
  database: Database;
  owner: Actor;
  /** Make the following requests come from `actor` (null: anonymous). The owner acts until this is called. */
  actAs: (actor: Actor | null) => void;
  /** Add a runner account (as the second user of a shared-data test) and return it as an actor. */
  addRunner: (email: string) => Promise<Actor>;
  close: () => Promise<void>;
}

let realKb: Promise<KnowledgeBase> | undefined;
/** The shipped KB, read once per test process. */
export function shippedKb(): Promise<KnowledgeBase> {
  realKb ??= readKnowledgeBase();
  return realKb;
}

/** A fresh app on its own in-memory SQLite (or the given database), acting as the owner; `close()` when done. */
export async function createTestApp(opts: { kb?: KnowledgeBase; today?: string; database?: Database } = {}): Promise<TestApp> {
  const database = opts.database ?? (await openDatabase({ kind: 'sqlite', file: ':memory:' }));
  await migrateToLatest(database.db);
  const row = await usersRepository(database.db).ensureOwner('owner@localhost');
  const owner: Actor = actorFromUser(row);
  let acting: Actor | null = owner;
  const app = createApp({
    database,
    kb: opts.kb ?? (await shippedKb()),
    logger: createLogger('silent'),
    version: 'test',
    resolveActor: async () => acting,
    ...(opts.today ? { today: () => opts.today ?? '' } : {}),
  });
  const actAs = (actor: Actor | null): void => { acting = actor; };
  const addRunner = async (email: string): Promise<Actor> => actorFromUser(await usersRepository(database.db).insert({ email, name: 'Runner', role: 'runner' }));
  return { app, database, owner, actAs, addRunner, close: () => database.close() };
}

/**
 * GET a page from the in-process app: its status and body text.
 * @example const { status, body } = await getPage(t.app, '/learn');
 */
export async function getPage(app: Hono<AppEnv>, path: string): Promise<{ status: number; body: string }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.text() };
}
