import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../../test/support/dialects.ts';
import { activitiesRepository, importJobsRepository, type NewActivity } from './activities.ts';
import { shoesRepository } from './shoes.ts';
import { usersRepository } from './users.ts';

const run = (userId: string, startTime: string, km: number, extra: Partial<NewActivity> = {}): NewActivity => ({
  userId, startTime, sport: 'running', format: 'fit', source: 'test.fit', distanceMeters: km * 1000, elapsedSeconds: km * 360, movingSeconds: km * 350, ...extra,
});

forEachDialect('activities repository', (ctx) => {
  test('stores an activity and reads every field back the same', async () => {
    const db = ctx.database().db;
    const u = await usersRepository(db).insert({ email: 'a1@example.org', name: 'A', role: 'runner' });
    const r = await activitiesRepository(db).store(run(u.id, '2024-05-01T06:00:00Z', 10, { avgHeartRate: 150, avgCadenceSpm: 172.5, rpe: 4, notes: 'easy', points: 3600 }));
    assert.equal(r.status, 'stored');
    const back = await activitiesRepository(db).findById(r.status === 'stored' ? r.activity.id : '');
    assert.equal(back?.startTime, '2024-05-01T06:00:00.000Z');
    assert.equal(back?.distanceMeters, 10000);
    assert.equal(back?.avgCadenceSpm, 172.5);
    assert.equal(back?.rpe, 4);
    assert.equal(back?.points, 3600);
    assert.equal(back?.maxHeartRate, null);
  });

  test('duplicates (start within 60 s, distance within 2%) are skipped; others are stored', async () => {
    const db = ctx.database().db;
    const repo = activitiesRepository(db);
    const u = await usersRepository(db).insert({ email: 'a2@example.org', name: 'A', role: 'runner' });
    assert.equal((await repo.store(run(u.id, '2024-05-02T06:00:00Z', 10))).status, 'stored');
    assert.equal((await repo.store(run(u.id, '2024-05-02T06:00:45Z', 10.15))).status, 'duplicate');
    assert.equal((await repo.store(run(u.id, '2024-05-02T06:00:45Z', 10.5))).status, 'stored', '5% longer is another activity');
    assert.equal((await repo.store(run(u.id, '2024-05-02T06:01:30Z', 10))).status, 'stored', '90 s later is another activity');
    const other = await usersRepository(db).insert({ email: 'a3@example.org', name: 'B', role: 'runner' });
    assert.equal((await repo.store(run(other.id, '2024-05-02T06:00:00Z', 10))).status, 'stored', 'another runner’s run is not a duplicate');
    assert.equal(await repo.countByUser(u.id), 3);
  });

  test('gear names become shoes; the default shoe for the sport is used otherwise', async () => {
    const db = ctx.database().db;
    const repo = activitiesRepository(db);
    const shoes = shoesRepository(db);
    const u = await usersRepository(db).insert({ email: 'a4@example.org', name: 'A', role: 'runner' });
    const def = await shoes.insert({ userId: u.id, name: 'Daily', defaultFor: 'running' });
    const a = await repo.store(run(u.id, '2024-05-03T06:00:00Z', 8), 'Speedgoat');
    const b = await repo.store(run(u.id, '2024-05-04T06:00:00Z', 8), 'Speedgoat');
    const c = await repo.store(run(u.id, '2024-05-05T06:00:00Z', 5));
    const d = await repo.store(run(u.id, '2024-05-06T06:00:00Z', 20, { sport: 'cycling' }));
    const goat = await shoes.findByName(u.id, 'Speedgoat');
    assert.ok(goat);
    assert.equal(a.status === 'stored' && a.activity.shoeId, goat.id);
    assert.equal(b.status === 'stored' && b.activity.shoeId, goat.id, 'the same gear name reuses the shoe');
    assert.equal(c.status === 'stored' && c.activity.shoeId, def.id);
    assert.equal(d.status === 'stored' && d.activity.shoeId, null, 'no default for cycling');
  });

  test('a failure inside the transaction leaves nothing behind', async () => {
    const db = ctx.database().db;
    const repo = activitiesRepository(db);
    const u = await usersRepository(db).insert({ email: 'a5@example.org', name: 'A', role: 'runner' });
    // rpe 11 breaks the CHECK constraint after the gear shoe was created in the same transaction.
    await assert.rejects(repo.store(run(u.id, '2024-05-07T06:00:00Z', 8, { rpe: 11 }), 'Ghost shoe'));
    assert.equal(await repo.countByUser(u.id), 0);
    assert.equal(await shoesRepository(db).findByName(u.id, 'Ghost shoe'), undefined);
  });

  test('list filters by time and orders newest first; update and delete', async () => {
    const db = ctx.database().db;
    const repo = activitiesRepository(db);
    const u = await usersRepository(db).insert({ email: 'a6@example.org', name: 'A', role: 'runner' });
    for (const d of ['2024-06-01', '2024-06-05', '2024-06-10']) await repo.insert(run(u.id, `${d}T07:00:00Z`, 5));
    const list = await repo.listByUser(u.id, { from: '2024-06-02T00:00:00Z', to: '2024-06-10T07:00:00Z' });
    assert.deepEqual(list.map((a) => a.startTime.slice(0, 10)), ['2024-06-05']);
    const all = await repo.listByUser(u.id);
    assert.deepEqual(all.map((a) => a.startTime.slice(0, 10)), ['2024-06-10', '2024-06-05', '2024-06-01']);
    const first = all[0] ?? assert.fail();
    await repo.update(first.id, { rpe: 7, notes: 'windy' });
    assert.equal((await repo.findById(first.id))?.rpe, 7);
    await repo.delete(first.id);
    assert.equal(await repo.countByUser(u.id), 2);
  });

  test('import jobs keep progress and the report in the database', async () => {
    const db = ctx.database().db;
    const jobs = importJobsRepository(db);
    const u = await usersRepository(db).insert({ email: 'a7@example.org', name: 'A', role: 'runner' });
    const j = await jobs.create(u.id, '["export.zip"]', 2048);
    assert.equal(j.status, 'queued');
    await jobs.update(j.id, { status: 'running', progress: 1024.4 });
    await jobs.update(j.id, { status: 'done', progress: 2048, result: '{"imported":3}' });
    const back = await jobs.findById(j.id);
    assert.equal(back?.status, 'done');
    assert.equal(back?.progress, 2048);
    assert.equal(back?.result, '{"imported":3}');
    assert.deepEqual((await jobs.listByUser(u.id)).map((x) => x.id), [j.id]);
  });
});
