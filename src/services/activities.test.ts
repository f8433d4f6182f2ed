import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTrainingDatabase } from '../../test/fixtures/training-db.ts';
import { usersRepository } from '../db/repositories/users.ts';
import { addActivity, deleteActivity, getActivity, listActivities, setUnits, trainingOverview, updateActivity } from './activities.ts';
import { putPainEntry } from './pain-diary.ts';
import { addShoe } from './shoes.ts';

const { deps, runner } = useTrainingDatabase('a');

test('manual entry of a run and of cross-training; the default shoe is used for runs', async () => {
  const me = await runner();
  const shoe = await addShoe(me, deps(), { name: 'Daily', defaultFor: 'running' });
  const run = await addActivity(me, deps(), { date: '2024-05-01', time: '07:15', distanceMeters: 10_000, durationSeconds: 3000, rpe: 5, notes: 'tempo' });
  assert.equal(run.startTime, '2024-05-01T07:15:00.000Z');
  assert.equal(run.shoeId, shoe.id);
  assert.equal(run.format, 'manual');
  const bike = await addActivity(me, deps(), { date: '2024-05-02', sport: 'cycling', distanceMeters: 30_000, durationSeconds: 3600, rpe: 3 });
  assert.equal(bike.shoeId, null);
  assert.equal(bike.startTime, '2024-05-02T12:00:00.000Z', 'no time given: midday keeps it on its day');
  await assert.rejects(addActivity(me, deps(), { date: '2024-05-01', time: '07:15', distanceMeters: 10_000, durationSeconds: 3000 }), { code: 'conflict' });
  await assert.rejects(addActivity(me, deps(), { date: '2024-02-30', distanceMeters: 1, durationSeconds: 1 }), (e: Error) => /date/.test(e.message));
  await assert.rejects(addActivity(me, deps(), { date: '2024-05-03', distanceMeters: 5000, durationSeconds: 0 }), { code: 'bad_input' });
  await assert.rejects(addActivity(me, deps(), { date: '2024-05-03', distanceMeters: 5000, durationSeconds: 60, rpe: 11 }), { code: 'bad_input' });
  assert.deepEqual((await listActivities(me, deps())).map((a) => a.sport), ['cycling', 'running']);
});

test('a runner can only see and change their own activities and shoes', async () => {
  const me = await runner();
  const other = await runner();
  const a = await addActivity(me, deps(), { date: '2024-05-01', distanceMeters: 5000, durationSeconds: 1800 });
  const theirShoe = await addShoe(other, deps(), { name: 'Theirs' });
  await assert.rejects(getActivity(other, deps(), a.id), { code: 'not_found' });
  await assert.rejects(deleteActivity(other, deps(), a.id), { code: 'not_found' });
  await assert.rejects(updateActivity(me, deps(), a.id, { shoeId: theirShoe.id }), { code: 'not_found' });
  await assert.rejects(listActivities(null, deps()), { code: 'unauthorised' });
  const changed = await updateActivity(me, deps(), a.id, { rpe: 8, notes: 'hilly' });
  assert.equal(changed.rpe, 8);
  await deleteActivity(me, deps(), a.id);
  assert.equal((await listActivities(me, deps())).length, 0);
});

test('overview: weekly distance, the week’s worst pain, spike markers and flags', async () => {
  const me = await runner();
  // Two easy weeks of 5 km runs, then a 12 km long run (140% longer than the longest in 30 days).
  for (const d of ['2024-04-01', '2024-04-03', '2024-04-08', '2024-04-10']) await addActivity(me, deps(), { date: d, distanceMeters: 5000, durationSeconds: 1800 });
  await addActivity(me, deps(), { date: '2024-04-15', distanceMeters: 12_000, durationSeconds: 4200 });
  await addActivity(me, deps(), { date: '2024-04-16', sport: 'cycling', distanceMeters: 20_000, durationSeconds: 3600 });
  await putPainEntry(me, deps(), { date: '2024-04-16', painAfter: 4, painNextMorning: 6 });
  await putPainEntry(me, deps(), { date: '2024-04-17', painDuring: 3 });
  const o = await trainingOverview(me, deps(), '2024-04-17', 4);
  assert.deepEqual(o.weeks.map((w) => w.start), ['2024-03-25', '2024-04-01', '2024-04-08', '2024-04-15']);
  assert.deepEqual(o.weeks.map((w) => w.runDistanceMeters), [0, 10_000, 10_000, 12_000]);
  assert.equal(o.weeks[3]?.distanceMeters, 32_000);
  assert.deepEqual(o.weeks.map((w) => w.maxPain), [null, null, null, 6]);
  assert.deepEqual(o.weeks.map((w) => w.spike), [null, null, null, 'warning']);
  assert.equal(o.spikes[0]?.source.id, 'frandsen-2025');
  assert.ok(o.flags.some((f) => f.rule === 'single-run-spike' && f.level === 'warning'));
  assert.equal(o.activityCount, 6);
});

test('units preference is saved', async () => {
  const me = await runner();
  assert.equal((await setUnits(me, deps(), 'mi')).units, 'mi');
  assert.equal((await usersRepository(deps().database.db).findById(me.id))?.units, 'mi');
  await assert.rejects(setUnits(me, deps(), 'furlongs'), { code: 'bad_input' });
});
