import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../../test/support/dialects.ts';
import { activitiesRepository } from './activities.ts';
import { DEFAULT_SHOE_ALERT_METERS, shoesRepository } from './shoes.ts';
import { usersRepository } from './users.ts';

forEachDialect('shoes repository', (ctx) => {
  test('distance is the starting distance plus logged activities; retiring keeps it', async () => {
    const db = ctx.database().db;
    const shoes = shoesRepository(db);
    const u = await usersRepository(db).insert({ email: 's1@example.org', name: 'S', role: 'runner' });
    const used = await shoes.insert({ userId: u.id, name: 'Old pair', brand: 'Asics', startDistanceMeters: 300_000 });
    const fresh = await shoes.insert({ userId: u.id, name: 'New pair' });
    assert.equal(fresh.alertDistanceMeters, DEFAULT_SHOE_ALERT_METERS);
    const acts = activitiesRepository(db);
    for (const [i, km] of [10, 12.5].entries()) {
      await acts.insert({ userId: u.id, startTime: `2024-07-0${i + 1}T06:00:00Z`, sport: 'running', format: 'manual', source: 'manual', distanceMeters: km * 1000, elapsedSeconds: 3600, movingSeconds: 3600, shoeId: used.id });
    }
    await shoes.update(used.id, { retired: true });
    const list = await shoes.listWithUsage(u.id);
    assert.deepEqual(list.map((s) => s.name), ['New pair', 'Old pair'], 'active shoes first');
    const old = list[1] ?? assert.fail();
    assert.equal(old.distanceMeters, 322_500);
    assert.equal(old.activities, 2);
    assert.equal(old.retired, true);
    assert.equal(old.lastUsed, '2024-07-02T06:00:00.000Z');
    assert.equal(list[0]?.distanceMeters, 0);
    assert.equal(list[0]?.lastUsed, null);
  });

  test('one default per sport; a retired shoe is no longer the default', async () => {
    const db = ctx.database().db;
    const shoes = shoesRepository(db);
    const u = await usersRepository(db).insert({ email: 's2@example.org', name: 'S', role: 'runner' });
    const a = await shoes.insert({ userId: u.id, name: 'A', defaultFor: 'running' });
    const b = await shoes.insert({ userId: u.id, name: 'B', defaultFor: 'running' });
    assert.equal((await shoes.defaultFor(u.id, 'running'))?.id, b.id);
    assert.equal((await shoes.findById(a.id))?.defaultFor, null);
    await shoes.update(b.id, { retired: true });
    assert.equal(await shoes.defaultFor(u.id, 'running'), undefined);
  });

  test('names are unique per runner', async () => {
    const db = ctx.database().db;
    const shoes = shoesRepository(db);
    const u = await usersRepository(db).insert({ email: 's3@example.org', name: 'S', role: 'runner' });
    await shoes.insert({ userId: u.id, name: 'Twin' });
    await assert.rejects(shoes.insert({ userId: u.id, name: 'Twin' }));
    assert.equal((await shoes.findOrCreateByName(u.id, 'Twin')).name, 'Twin');
  });
});
