/**
 * Scale-out: two app instances (separate connection pools, as on two servers) on one PostgreSQL database must see
 * each other's writes at once — nothing that matters may live in one process's memory.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { usersRepository } from '../../src/db/repositories/users.ts';
import { createPgSchema, postgresAvailable, TEST_PG_URL } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const available = await postgresAvailable();
let a: TestApp | undefined;
let b: TestApp | undefined;
let drop: (() => Promise<void>) | undefined;

before(async () => {
  if (!available) return;
  const s = await createPgSchema();
  drop = s.drop;
  const open = (): Promise<Database> => openDatabase({ kind: 'postgres', url: TEST_PG_URL, schema: s.schema, max: 3 });
  // Both instances migrate at start, as two servers booting together would.
  const [dbA, dbB] = await Promise.all([open(), open()]);
  await Promise.all([migrateToLatest(dbA.db), migrateToLatest(dbB.db)]);
  a = await createTestApp({ database: dbA });
  b = await createTestApp({ database: dbB });
});

after(async () => {
  await a?.close();
  await b?.close();
  await drop?.();
});

test('both instances report PostgreSQL and share one owner', { skip: !available && 'PostgreSQL not reachable' }, async () => {
  if (!a || !b) throw new Error('not started');
  for (const inst of [a, b]) {
    const res = await inst.app.request('/healthz');
    assert.equal(res.status, 200);
    assert.equal((await res.json() as { db: string }).db, 'postgres');
  }
  assert.equal(a.owner.id, b.owner.id);
});

test('a write through one instance is read through the other', { skip: !available && 'PostgreSQL not reachable' }, async () => {
  if (!a || !b) throw new Error('not started');
  const created = await usersRepository(a.database.db).insert({ email: 'dan@example.org', name: 'Dan', role: 'clinician' });
  const seen = await usersRepository(b.database.db).findByEmail('dan@example.org');
  assert.equal(seen?.id, created.id);
  await usersRepository(b.database.db).setUnits(created.id, 'mi');
  assert.equal((await usersRepository(a.database.db).findById(created.id))?.units, 'mi');
});
