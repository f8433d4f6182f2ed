import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../core/actor.ts';
import { importJobsRepository } from '../db/repositories/activities.ts';
import { usersRepository } from '../db/repositories/users.ts';
import { forEachDialect } from '../../test/support/dialects.ts';
import { makeFit, straightTrack } from '../../test/fixtures/activity-builders.ts';
import { getImportJob, startImportJob, UPLOAD_DIR_PREFIX, type ImportSource } from './import.ts';
import { INTERRUPTED_REASON, recoverInterruptedImports } from './import-recovery.ts';

let root = '';
before(() => { root = mkdtempSync(join(tmpdir(), 'footing-recovery-test-')); });
after(() => rmSync(root, { recursive: true, force: true }));

/** An upload folder with one file, last written `ageMs` ago. */
function uploadDir(name: string, ageMs: number): string {
  const dir = join(root, `${UPLOAD_DIR_PREFIX}${name}`);
  mkdirSync(dir);
  writeFileSync(join(dir, '0'), 'x');
  const t = new Date(Date.now() - ageMs);
  utimesSync(join(dir, '0'), t, t);
  utimesSync(dir, t, t);
  return dir;
}

forEachDialect('import recovery', (ctx) => {
  test('a job left running by a dead process is failed with a reason and its temp files removed; live ones are left', async () => {
    const database = ctx.database();
    const { db } = database;
    const u = await usersRepository(db).insert({ email: `rec-${Date.now()}@example.org`, name: 'R', role: 'runner' });
    const jobs = importJobsRepository(db);
    const deadDir = uploadDir(`dead-${ctx.name}`, 10 * 60_000);
    const liveDir = uploadDir(`live-${ctx.name}`, 10 * 60_000);
    const orphan = uploadDir(`orphan-${ctx.name}`, 10 * 60_000);
    const arriving = uploadDir(`arriving-${ctx.name}`, -10 * 60_000); // written at the moment recovery runs
    const dead = await jobs.create(u.id, JSON.stringify({ files: ['export.zip'], tempDir: deadDir }), 100);
    await jobs.update(dead.id, { status: 'running', progress: 40 });
    const live = await jobs.create(u.id, JSON.stringify({ files: ['b.fit'], tempDir: liveDir }), 100);
    await jobs.update(live.id, { status: 'running' });
    const finished = await jobs.create(u.id, JSON.stringify(['c.fit']), 1);
    await jobs.update(finished.id, { status: 'done', result: '{"imported":1,"duplicates":[],"failed":[]}' });

    // Seen from 10 minutes on, without heartbeats, the first job is stale; the live one heartbeats just before.
    const now = new Date(Date.now() + 10 * 60_000);
    await db.updateTable('jobs').set({ updated_at: new Date(now.getTime() - 30_000).toISOString() }).where('id', '=', live.id).execute();
    const r = await recoverInterruptedImports({ database }, { now, uploadRoot: root });
    assert.deepEqual(r.failedJobs, [dead.id]);
    const actor: Actor = { id: u.id, email: u.email, role: 'runner', units: 'km', timeZone: 'UTC' };
    const view = await getImportJob(actor, { database }, dead.id);
    assert.equal(view.status, 'failed');
    assert.equal(view.error, INTERRUPTED_REASON);
    assert.deepEqual(view.files, ['export.zip']);
    assert.equal((await getImportJob(actor, { database }, live.id)).status, 'running');
    assert.equal((await getImportJob(actor, { database }, finished.id)).status, 'done');
    assert.equal(existsSync(deadDir), false, 'the dead job’s upload is removed');
    assert.equal(existsSync(orphan), false, 'an upload no job owns is removed');
    assert.equal(existsSync(liveDir), true, 'a live job keeps its files');
    assert.equal(existsSync(arriving), true, 'an upload still being written is kept');

    // A second pass (another server starting) changes nothing.
    assert.deepEqual((await recoverInterruptedImports({ database }, { now, uploadRoot: root })).failedJobs, []);
    rmSync(liveDir, { recursive: true, force: true });
    rmSync(arriving, { recursive: true, force: true });
  });

  test('a running job heartbeats, so a restart does not take it for dead', async () => {
    const database = ctx.database();
    const { db } = database;
    const u = await usersRepository(db).insert({ email: `beat-${Date.now()}@example.org`, name: 'R', role: 'runner' });
    const actor: Actor = { id: u.id, email: u.email, role: 'runner', units: 'km', timeZone: 'UTC' };
    const fit = makeFit(straightTrack(new Date('2024-03-01T07:00:00Z'), 'running', 60, 1, 3));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => { release = r; });
    // A source that stalls mid-file, as a slow disk or a huge entry would.
    const slow: ImportSource = { name: 'slow.fit', size: fit.length, async *open() { yield fit.subarray(0, 10); await gate; yield fit.subarray(10); } };
    const { job, done } = await startImportJob(actor, { database }, [slow], { heartbeatMs: 20 });
    let row = await importJobsRepository(db).findById(job.id);
    // Wait until the stalled job has written its first progress: from then on only the heartbeat touches the row.
    for (let i = 0; i < 500 && (row?.status !== 'running' || row.progress === 0); i++) {
      await new Promise((r) => setTimeout(r, 10));
      row = await importJobsRepository(db).findById(job.id);
    }
    const firstBeat = row?.updatedAt ?? '';
    for (let i = 0; i < 500 && row?.updatedAt === firstBeat; i++) {
      await new Promise((r) => setTimeout(r, 10));
      row = await importJobsRepository(db).findById(job.id);
    }
    assert.ok((row?.updatedAt ?? '') > firstBeat, 'updated_at moves while progress stands still');
    // Recovery with a stale time shorter than the gap since the last beat would fail it; a realistic one leaves it.
    assert.deepEqual((await recoverInterruptedImports({ database }, { uploadRoot: root })).failedJobs, []);
    release();
    assert.equal((await done)?.imported, 1);
    assert.equal((await getImportJob(actor, { database }, job.id)).status, 'done');
  });
});
