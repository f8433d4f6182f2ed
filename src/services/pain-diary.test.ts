import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTrainingDatabase } from '../../test/fixtures/training-db.ts';
import { addActivity } from './activities.ts';
import { deletePainEntry, listPainDays, putPainEntry } from './pain-diary.ts';

const { deps, runner } = useTrainingDatabase('p');

test('entries link to that day’s activities', async () => {
  const me = await runner();
  await addActivity(me, deps(), { date: '2024-05-01', time: '06:00', distanceMeters: 8000, durationSeconds: 2800 });
  await addActivity(me, deps(), { date: '2024-05-02', distanceMeters: 5000, durationSeconds: 1800 });
  await putPainEntry(me, deps(), { date: '2024-05-01', painDuring: 2, painAfter: 3, stiffness: 2, note: 'heel, first steps' });
  await putPainEntry(me, deps(), { date: '2024-05-03', painNextMorning: 1 });
  const days = await listPainDays(me, deps());
  assert.deepEqual(days.map((d) => [d.date, d.activities.length]), [['2024-05-03', 0], ['2024-05-01', 1]]);
  assert.equal(days[1]?.activities[0]?.distanceMeters, 8000);
  assert.equal(days[1]?.note, 'heel, first steps');
});

test('guidance follows the pain-monitoring model, and severe pain says see someone', async () => {
  const me = await runner();
  assert.equal((await putPainEntry(me, deps(), { date: '2024-05-01', painDuring: 3, painNextMorning: 2 })).guidance.level, 'ok');
  const rising = await putPainEntry(me, deps(), { date: '2024-05-02', painDuring: 3, painNextMorning: 4 });
  assert.equal(rising.guidance.level, 'caution');
  assert.equal(rising.guidance.source, 'silbernagel-2007');
  assert.equal((await putPainEntry(me, deps(), { date: '2024-05-03', painAfter: 6 })).guidance.level, 'caution');
  const severe = await putPainEntry(me, deps(), { date: '2024-05-04', painDuring: 9 });
  assert.equal(severe.guidance.level, 'see-clinician');
  assert.match(severe.guidance.message, /physiotherapist or doctor/);
});

test('bad input, empty entries and other runners’ days are refused', async () => {
  const me = await runner();
  await assert.rejects(putPainEntry(me, deps(), { date: '2024-05-01' }), /at least one score/);
  await assert.rejects(putPainEntry(me, deps(), { date: '2024-05-01', painDuring: 12 }), /0 to 10/);
  await assert.rejects(putPainEntry(me, deps(), { date: 'yesterday', painDuring: 1 }), { code: 'bad_input' });
  await putPainEntry(me, deps(), { date: '2024-05-01', painDuring: 1 });
  await assert.rejects(deletePainEntry(await runner(), deps(), '2024-05-01'), { code: 'not_found' });
  await deletePainEntry(me, deps(), '2024-05-01');
  assert.equal((await listPainDays(me, deps())).length, 0);
});
