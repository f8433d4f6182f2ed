import { test, before, after } from 'node:test';
import { actorFromUser } from './actors.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Actor } from '../core/actor.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { activitiesRepository } from '../db/repositories/activities.ts';
import { shoesRepository } from '../db/repositories/shoes.ts';
import { usersRepository } from '../db/repositories/users.ts';
import { smallExport } from '../../test/fixtures/strava-export-builder.ts';
import { getImportJob, importSources, listImportJobs, startImportJob, type ImportSource } from './import.ts';

const DIR = join(import.meta.dirname, '../../../shared/fixtures/activities');
const enc = new TextEncoder();

/** A source over bytes, handed out in small chunks like a file stream. */
function bytesSource(name: string, bytes: Uint8Array, chunk = 4096): ImportSource {
  return {
    name, size: bytes.length,
    async *open() {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
}
const fixture = (f: string): ImportSource => bytesSource(f, readFileSync(join(DIR, f)));

let database: Database;
let n = 0;
async function runner(): Promise<Actor> {
  const u = await usersRepository(database.db).insert({ email: `i${n++}@example.org`, name: 'R', role: 'runner' });
  return actorFromUser(u);
}
before(async () => {
  database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(database.db);
});
after(() => database.close());

test('real files import; bad ones are reported with a reason; the rest carries on', async () => {
  const actor = await runner();
  const report = await importSources(actor, { database }, [
    fixture('activity-small-fenix2-run.fit'), fixture('garmin-fenix-5-run-truncated.fit'), fixture('running-with-developer-data-badcrc.fit'),
    fixture('Friday-Evening-Run.gpx'), fixture('sample.tcx'), fixture('bad.gpx'),
    bytesSource('empty.gpx', new Uint8Array()), bytesSource('notes.txt', enc.encode('hello')),
    bytesSource('xxe.gpx', enc.encode('<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx>&x;</gpx>')),
  ]);
  assert.equal(report.imported, 3);
  assert.deepEqual(report.failed.map((f) => f.source), ['garmin-fenix-5-run-truncated.fit', 'running-with-developer-data-badcrc.fit', 'bad.gpx', 'empty.gpx', 'notes.txt', 'xxe.gpx']);
  for (const f of report.failed) assert.ok(f.reason.length > 5, f.reason);
  const stored = await activitiesRepository(database.db).listByUser(actor.id);
  assert.equal(stored.length, 3);
  const fenix = stored.find((a) => a.source === 'activity-small-fenix2-run.fit');
  assert.equal(fenix?.startTime, '2015-08-15T14:45:08.000Z');
  assert.ok(Math.abs((fenix?.distanceMeters ?? 0) - 9008.22) < 0.01);
});

test('importing the same files again skips every one as a duplicate and changes nothing', async () => {
  const actor = await runner();
  const files = (): ImportSource[] => [fixture('activity-small-fenix2-run.fit'), fixture('Friday-Evening-Run.gpx')];
  await importSources(actor, { database }, files());
  const before = await activitiesRepository(database.db).listByUser(actor.id);
  const again = await importSources(actor, { database }, [...files(), fixture('garmin-fenix-5-run-truncated.fit')]);
  assert.equal(again.imported, 0);
  assert.deepEqual(again.duplicates.map((d) => d.source), ['activity-small-fenix2-run.fit', 'Friday-Evening-Run.gpx']);
  assert.equal(again.failed.length, 1);
  assert.deepEqual(await activitiesRepository(database.db).listByUser(actor.id), before);
});

test('a Strava export: activities, a manual row, gear as shoes, and unsafe entries refused', async () => {
  const actor = await runner();
  const zip = smallExport({ '../evil/activities/1.fit': enc.encode('x') });
  const report = await importSources(actor, { database }, [bytesSource('export.zip', zip, 1000)]);
  assert.equal(report.imported, 4);
  assert.equal(report.failed.length, 1);
  assert.match(report.failed[0]?.reason ?? '', /leaves the archive/);
  const shoes = await shoesRepository(database.db).listWithUsage(actor.id);
  assert.deepEqual(shoes.map((s) => [s.name, s.activities]), [['Pegasus 40', 2], ['Speedgoat', 1]]);
  const acts = await activitiesRepository(database.db).listByUser(actor.id);
  assert.equal(acts.find((a) => a.format === 'manual')?.distanceMeters, 5000);
  assert.equal(acts.find((a) => a.externalId === '102')?.sport, 'trail_running');
});

test('a zip that is not an export, or is damaged, fails as a whole with one reason', async () => {
  const actor = await runner();
  const plain: Zippable = { 'readme.txt': enc.encode('nothing here') };
  const report = await importSources(actor, { database }, [bytesSource('other.zip', zipSync(plain)), bytesSource('broken.zip', smallExport().subarray(0, 300))]);
  assert.equal(report.imported, 0);
  assert.equal(report.failed.length, 2);
  assert.match(report.failed[0]?.reason ?? '', /no activities found/);
  assert.equal(await activitiesRepository(database.db).countByUser(actor.id), 0);
});

test('an import job records progress and the report; another runner cannot see it', async () => {
  const actor = await runner();
  const seen: number[] = [];
  const { job, done } = await startImportJob(actor, { database }, [fixture('activity-small-fenix2-run.fit'), fixture('bad.gpx')], { onProgress: (p) => seen.push(p.doneBytes) });
  assert.equal(job.status, 'queued');
  const report = await done;
  assert.equal(report?.imported, 1);
  assert.ok(seen.length > 2 && seen.every((v, i) => i === 0 || v >= (seen[i - 1] ?? 0)), 'progress only moves forward');
  const view = await getImportJob(actor, { database }, job.id);
  assert.equal(view.status, 'done');
  assert.equal(view.percent, 100);
  assert.deepEqual(view.files, ['activity-small-fenix2-run.fit', 'bad.gpx']);
  assert.equal(view.report?.failed[0]?.source, 'bad.gpx');
  assert.equal((await listImportJobs(actor, { database }))[0]?.id, job.id);
  await assert.rejects(getImportJob(await runner(), { database }, job.id), { code: 'not_found' });
  await assert.rejects(startImportJob(actor, { database }, []), { code: 'bad_input' });
});
