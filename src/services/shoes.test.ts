import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTrainingDatabase } from '../../test/fixtures/training-db.ts';
import { addActivity } from './activities.ts';
import { addShoe, listShoes, updateShoe } from './shoes.ts';

const { deps, runner } = useTrainingDatabase('s');

test('a used pair passes its wear distance: a prompt to inspect, in the runner’s unit', async () => {
  const me = await runner('mi');
  const shoe = await addShoe(me, deps(), { name: 'Old faithful', startDistanceMeters: 795_000 });
  assert.equal(shoe.wearAlert, false);
  await addActivity(me, deps(), { date: '2024-05-01', distanceMeters: 10_000, durationSeconds: 3000, shoeId: shoe.id });
  const [s] = await listShoes(me, deps());
  assert.equal(s?.distanceMeters, 805_000);
  assert.equal(s?.wearAlert, true);
  assert.match(s?.wearMessage ?? '', /500 mi/);
  assert.match(s?.wearMessage ?? '', /prompt, not a rule/);
});

test('retiring keeps the statistics and silences the alert; a custom alert distance is honoured', async () => {
  const me = await runner();
  const shoe = await addShoe(me, deps(), { name: 'Racer', alertDistanceMeters: 300_000, defaultFor: 'running' });
  await addActivity(me, deps(), { date: '2024-05-01', distanceMeters: 301_000, durationSeconds: 90_000 });
  assert.equal((await listShoes(me, deps()))[0]?.wearAlert, true, 'the default shoe was used and passed 300 km');
  const retired = await updateShoe(me, deps(), shoe.id, { retired: true });
  assert.equal(retired.retired, true);
  assert.equal(retired.distanceMeters, 301_000);
  assert.equal(retired.activities, 1);
  assert.equal(retired.wearAlert, false);
  assert.equal(retired.defaultFor, null);
  await assert.rejects(updateShoe(me, deps(), shoe.id, { defaultFor: 'running' }), { code: 'bad_input' });
});

test('names are unique per runner; someone else’s shoe is not found', async () => {
  const me = await runner();
  const s = await addShoe(me, deps(), { name: 'Pegasus' });
  await assert.rejects(addShoe(me, deps(), { name: 'Pegasus' }), { code: 'conflict' });
  await assert.rejects(addShoe(me, deps(), { name: '' }), { code: 'bad_input' });
  await assert.rejects(updateShoe(await runner(), deps(), s.id, { retired: true }), { code: 'not_found' });
});
