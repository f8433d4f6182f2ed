import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import pg from 'pg';
import { forEachDialect, postgresAvailable, TEST_PG_URL } from '../../test/support/dialects.ts';
import { openDatabase, targetFromConfig } from './database.ts';

forEachDialect('database', (ctx) => {
  test('ping makes a real round-trip', async () => {
    await ctx.database().ping();
  });
});

test('an idle PostgreSQL connection that is killed does not end the process; the next query reconnects', async (t) => {
  if (!(await postgresAvailable())) {
    t.skip('PostgreSQL not reachable');
    return;
  }
  const database = await openDatabase({ kind: 'postgres', url: TEST_PG_URL, max: 2 });
  try {
    const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db)).rows[0]?.pid;
    assert.equal(typeof pid, 'number');
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    // Give the pool a moment to notice the dead socket (an 'error' event with no listener would crash here).
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database.ping();
  } finally {
    await database.close();
  }
});

test('the data folder holds the SQLite file unless a PostgreSQL URL is given', () => {
  assert.deepEqual(targetFromConfig({ DATA_DIR: 'data' }), { kind: 'sqlite', file: 'data/footing.db' });
  assert.deepEqual(targetFromConfig({ DATA_DIR: 'data', DATABASE_URL: 'postgres://db/x' }), { kind: 'postgres', url: 'postgres://db/x' });
});
