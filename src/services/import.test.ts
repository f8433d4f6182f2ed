import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Database } from '../db/database.ts';
import { activitiesRepository } from '../db/repositories/activities.ts';
import { shoesRepository } from '../db/repositories/shoes.ts';
import { exportWithGaps, smallExport } from '../../test/fixtures/strava-export-builder.ts';
import { bytesSource } from '../../test/fixtures/import-sources.ts';
import { useTrainingDatabase } from '../../test/fixtures/training-db.ts';
import { makeFit, straightTrack } from '../../test/fixtures/activity-builders.ts';
import { wahooTriathlon } from '../../test/fixtures/device-files.ts';
import { getImportJob, importSources, listImportJobs, startImportJob, type ImportSource } from './import.ts';

const DIR = join(import.meta.dirname, '../../../shared/fixtures/activities');
const enc = new TextEncoder();

const fixture = (f: string): ImportSource => bytesSource(f, readFileSync(join(DIR, f)));

const { deps, runner } = useTrainingDatabase('i');
/** Reads the test file's database (open once the hooks have run). */
const db = (): Database['db'] => deps().database.db;

test('real files import; bad ones are reported with a reason; the rest carries on', async () => {
  const actor = await runner();
  const report = await importSources(actor, deps(), [
    fixture('activity-small-fenix2-run.fit'), fixture('garmin-fenix-5-run-truncated.fit'), fixture('running-with-developer-data-badcrc.fit'),
    fixture('Friday-Evening-Run.gpx'), fixture('sample.tcx'), fixture('bad.gpx'),
    bytesSource('empty.gpx', new Uint8Array()), bytesSource('notes.txt', enc.encode('hello')),
    bytesSource('xxe.gpx', enc.encode('<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx>&x;</gpx>')),
  ]);
  assert.equal(report.imported, 3);
  assert.deepEqual(report.failed.map((f) => f.source), ['garmin-fenix-5-run-truncated.fit', 'running-with-developer-data-badcrc.fit', 'bad.gpx', 'empty.gpx', 'notes.txt', 'xxe.gpx']);
  for (const f of report.failed) assert.ok(f.reason.length > 5, f.reason);
  const stored = await activitiesRepository(db()).listByUser(actor.id);
  assert.equal(stored.length, 3);
  const fenix = stored.find((a) => a.source === 'activity-small-fenix2-run.fit');
  assert.equal(fenix?.startTime, '2015-08-15T14:45:08.000Z');
  assert.ok(Math.abs((fenix?.distanceMeters ?? 0) - 9008.22) < 0.01);
});

test('importing the same files again skips every one as a duplicate and changes nothing', async () => {
  const actor = await runner();
  const files = (): ImportSource[] => [fixture('activity-small-fenix2-run.fit'), fixture('Friday-Evening-Run.gpx')];
  await importSources(actor, deps(), files());
  const before = await activitiesRepository(db()).listByUser(actor.id);
  const again = await importSources(actor, deps(), [...files(), fixture('garmin-fenix-5-run-truncated.fit')]);
  assert.equal(again.imported, 0);
  assert.deepEqual(again.duplicates.map((d) => d.source), ['activity-small-fenix2-run.fit', 'Friday-Evening-Run.gpx']);
  assert.equal(again.failed.length, 1);
  assert.deepEqual(await activitiesRepository(db()).listByUser(actor.id), before);
});

test('a Strava export: activities, a manual row, gear as shoes, and unsafe entries refused', async () => {
  const actor = await runner();
  const zip = smallExport({ '../evil/activities/1.fit': enc.encode('x') });
  const report = await importSources(actor, deps(), [bytesSource('export.zip', zip, 1000)]);
  assert.equal(report.imported, 4);
  assert.equal(report.failed.length, 1);
  assert.match(report.failed[0]?.reason ?? '', /leaves the archive/);
  const shoes = await shoesRepository(db()).listWithUsage(actor.id);
  assert.deepEqual(shoes.map((s) => [s.name, s.activities]), [['Pegasus 40', 2], ['Speedgoat', 1]]);
  const acts = await activitiesRepository(db()).listByUser(actor.id);
  assert.equal(acts.find((a) => a.format === 'manual')?.distanceMeters, 5000);
  assert.equal(acts.find((a) => a.externalId === '102')?.sport, 'trail_running');
});

test('a zip that is not an export, or is damaged, fails as a whole with one reason', async () => {
  const actor = await runner();
  const plain: Zippable = { 'readme.txt': enc.encode('nothing here') };
  const report = await importSources(actor, deps(), [bytesSource('other.zip', zipSync(plain)), bytesSource('broken.zip', smallExport().subarray(0, 300))]);
  assert.equal(report.imported, 0);
  assert.equal(report.failed.length, 2);
  assert.match(report.failed[0]?.reason ?? '', /no activities found/);
  assert.equal(await activitiesRepository(db()).countByUser(actor.id), 0);
});

test('an import job records progress and the report; another runner cannot see it', async () => {
  const actor = await runner();
  const seen: number[] = [];
  const { job, done } = await startImportJob(actor, deps(), [fixture('activity-small-fenix2-run.fit'), fixture('bad.gpx')], { onProgress: (p) => seen.push(p.doneBytes) });
  assert.equal(job.status, 'queued');
  const report = await done;
  assert.equal(report?.imported, 1);
  assert.ok(seen.length > 2 && seen.every((v, i) => i === 0 || v >= (seen[i - 1] ?? 0)), 'progress only moves forward');
  const view = await getImportJob(actor, deps(), job.id);
  assert.equal(view.status, 'done');
  assert.equal(view.percent, 100);
  assert.deepEqual(view.files, ['activity-small-fenix2-run.fit', 'bad.gpx']);
  assert.equal(view.report?.failed[0]?.source, 'bad.gpx');
  assert.equal((await listImportJobs(actor, deps()))[0]?.id, job.id);
  await assert.rejects(getImportJob(await runner(), deps(), job.id), { code: 'not_found' });
  await assert.rejects(startImportJob(actor, deps(), []), { code: 'bad_input' });
});

test('a multisport file is stored as one activity per leg, each checked for duplicates on its own', async () => {
  const actor = await runner();
  const tri = wahooTriathlon(Date.parse('2024-06-09T07:00:00Z'));
  const report = await importSources(actor, deps(), [bytesSource('race.fit', tri)]);
  assert.deepEqual(report, { imported: 3, duplicates: [], failed: [], missing: [] });
  const stored = await activitiesRepository(db()).listByUser(actor.id);
  assert.deepEqual(stored.map((a) => [a.sport, a.startTime, a.distanceMeters, a.source]).reverse(), [
    ['swimming', '2024-06-09T07:00:00.000Z', 1500, 'race.fit · part 1 of 3 (swimming)'],
    ['cycling', '2024-06-09T07:32:00.000Z', 40_000, 'race.fit · part 2 of 3 (cycling)'],
    ['running', '2024-06-09T08:43:00.000Z', 10_000, 'race.fit · part 3 of 3 (running)'],
  ]);
  // The run leg was also recorded on its own by a second watch: only that leg is a duplicate of it.
  const otherWatch = makeFit(straightTrack(new Date('2024-06-09T08:43:20Z'), 'running', 2701, 1, 10_000 / 2700));
  const again = await importSources(actor, deps(), [bytesSource('run-watch.fit', otherWatch), bytesSource('race-copy.fit', tri)]);
  assert.equal(again.imported, 0);
  assert.deepEqual(again.duplicates.map((d) => d.source), ['run-watch.fit', 'race-copy.fit · part 1 of 3 (swimming)', 'race-copy.fit · part 2 of 3 (cycling)', 'race-copy.fit · part 3 of 3 (running)']);
  // A damaged multisport file stores no leg at all.
  const other = await runner();
  const cut = await importSources(other, deps(), [bytesSource('cut.fit', tri.subarray(0, tri.length - 500))]);
  assert.equal(cut.imported, 0);
  assert.equal(cut.failed.length, 1);
  assert.equal(await activitiesRepository(db()).countByUser(other.id), 0);
});

test('a Strava export with files missing: each row is reported; one with distance and time is stored from the CSV', async () => {
  const actor = await runner();
  const report = await importSources(actor, deps(), [bytesSource('export.zip', exportWithGaps(), 1000)]);
  assert.equal(report.imported, 5, 'one run, three triathlon legs and the missing run from the CSV');
  assert.deepEqual(report.failed.map((f) => f.source), ['export.zip: activities/9304.fit']);
  assert.deepEqual(report.missing, [
    { source: 'export.zip: activities.csv row 3', file: 'activities/9302.fit.gz', stored: true,
      reason: 'listed in activities.csv but the file is missing from the export; stored as a manual activity from the CSV\'s date, distance and time' },
    { source: 'export.zip: activities.csv row 4', file: 'activities/9303.gpx.gz', stored: false,
      reason: 'listed in activities.csv but the file is missing from the export; not stored: the row lacks a date, a distance or a time' },
  ]);
  const fromCsv = (await activitiesRepository(db()).listByUser(actor.id)).find((a) => a.externalId === '202');
  assert.equal(fromCsv?.format, 'manual');
  assert.equal(fromCsv?.distanceMeters, 8000);
  assert.match(fromCsv?.notes ?? '', /file activities\/9302\.fit\.gz is missing from the export/);
  const again = await importSources(actor, deps(), [bytesSource('export.zip', exportWithGaps(), 1000)]);
  assert.equal(again.imported, 0);
  assert.equal(again.missing[0]?.stored, false);
  assert.match(again.missing[0]?.reason ?? '', /; not stored: an activity with the same start and distance is already in your log$/);
});
