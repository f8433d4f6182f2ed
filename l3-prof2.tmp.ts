import { performance } from 'node:perf_hooks';
import { zipSync, type Zippable } from 'fflate';
import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import { makeFit, straightTrack } from './test/fixtures/activity-builders.ts';
import { readStravaExport } from './src/core/activities/strava.ts';
import { openDatabase } from './src/db/database.ts';
import { migrateToLatest } from './src/db/migrate.ts';
import { usersRepository } from './src/db/repositories/users.ts';
import { importSources } from './src/services/import.ts';
const entries: Zippable = {};
for (let i = 0; i < 150; i++) entries[`activities/${i}.fit`] = [makeFit(straightTrack(new Date(Date.UTC(2020, 0, 1 + i, 6)), 'running', 3600, 1, 3)), { level: 1 }];
const zip = zipSync(entries);
const chunks = function* () { for (let i = 0; i < zip.length; i += 1 << 20) yield zip.subarray(i, i + (1 << 20)); };
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now();
  for await (const o of readStravaExport(chunks())) void o;
  console.log('strava read+parse', performance.now() - t);
  const database = await openDatabase({ kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'l3-')), 'x.db') });
  await migrateToLatest(database.db);
  const u = await usersRepository(database.db).ensureOwner('a@b.c');
  t = performance.now();
  const r = await importSources({ id: u.id, email: u.email, role: u.role, units: 'km' }, { database }, [{ name: 'e.zip', size: zip.length, async *open() { yield* chunks(); } }]);
  console.log('service', performance.now() - t, r.imported);
}
