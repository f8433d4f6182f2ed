import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/config.ts';
import { openDatabase, targetFromConfig } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { importJobsRepository } from '../db/repositories/activities.ts';
import { usersRepository } from '../db/repositories/users.ts';
import { INTERRUPTED_REASON } from '../services/import-recovery.ts';
import { createLogger } from './logger.ts';
import { startServer } from './start.ts';

test('starting the server fails imports a dead process left running', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'footing-start-'));
  try {
    const config = loadConfig({}, { PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const before = await openDatabase(targetFromConfig(config));
    await migrateToLatest(before.db);
    const owner = await usersRepository(before.db).ensureOwner(config.OWNER_EMAIL);
    const jobs = importJobsRepository(before.db);
    const job = await jobs.create(owner.id, JSON.stringify({ files: ['export.zip'], tempDir: null }), 10);
    await jobs.update(job.id, { status: 'running' });
    await before.db.updateTable('jobs').set({ updated_at: new Date(Date.now() - 3_600_000).toISOString() }).where('id', '=', job.id).execute();
    await before.close();

    const server = await startServer(config, 'test', createLogger('silent'));
    try {
      const row = await importJobsRepository(server.database.db).findById(job.id);
      assert.equal(row?.status, 'failed');
      assert.equal(row?.error, INTERRUPTED_REASON);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
