import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../core/actor.ts';
import { activitiesRepository } from '../db/repositories/activities.ts';
import { usersRepository } from '../db/repositories/users.ts';
import { forEachDialect } from '../../test/support/dialects.ts';
import { makeFit, makeGpx, straightTrack } from '../../test/fixtures/activity-builders.ts';
import { addActivity, getPreferences, setPreferences, trainingOverview } from './activities.ts';
import { importSources, type ImportSource } from './import.ts';
import { bytesSource } from '../../test/fixtures/import-sources.ts';

const source = (name: string, bytes: Uint8Array): ImportSource => bytesSource(name, bytes, bytes.length);

forEachDialect('time zones', (ctx) => {
  test('a late-evening run near midnight counts on the runner’s day and in the runner’s week', async () => {
    const database = ctx.database();
    const u = await usersRepository(database.db).insert({ email: `tz-${ctx.name}@example.org`, name: 'R', role: 'runner' });
    const actor: Actor = { id: u.id, email: u.email, role: 'runner', units: 'km', timeZone: 'UTC' };
    assert.deepEqual(await getPreferences(actor, { database }), { units: 'km', timeZone: 'UTC' });
    await setPreferences(actor, { database }, { timeZone: 'America/New_York' });

    // Sunday 3 March 2024, 23:30 in New York = Monday 04:30 UTC. The watch file says -05:00; the GPX (UTC only) does not.
    const sundayNight = new Date('2024-03-04T04:30:00Z');
    const fit = makeFit({ ...straightTrack(sundayNight, 'running', 600, 2, 3), localOffsetMinutes: -300 });
    const gpx = new TextEncoder().encode(makeGpx(straightTrack(new Date('2024-03-02T04:00:00Z'), 'running', 300, 2, 3), { type: 'running' }));
    const report = await importSources(actor, { database }, [source('sunday-night.fit', fit), source('friday-night.gpx', gpx)]);
    assert.equal(report.imported, 2);
    // A run logged by hand at 23:50 local on the same Sunday.
    const manual = await addActivity(actor, { database }, { date: '2024-03-03', time: '23:50', distanceMeters: 3000, durationSeconds: 1200 });
    assert.equal(manual.startTime, '2024-03-04T04:50:00.000Z');
    assert.equal(manual.localDate, '2024-03-03');

    const stored = await activitiesRepository(database.db).listByUser(u.id);
    const by = (src: string) => stored.find((a) => a.source === src);
    assert.equal(by('sunday-night.fit')?.localDate, '2024-03-03');
    assert.equal(by('sunday-night.fit')?.utcOffsetMinutes, -300);
    assert.equal(by('friday-night.gpx')?.localDate, '2024-03-01', 'from the preference: 23:00 on Friday in New York');

    const o = await trainingOverview(actor, { database }, '2024-03-03', 2);
    assert.equal(o.timeZone, 'America/New_York');
    assert.deepEqual(o.weeks.map((w) => [w.start, w.activities]), [['2024-02-19', 0], ['2024-02-26', 3]], 'all three runs are in the week ending that Sunday');

    // Moving to Tokyo re-dates only what the files did not date themselves.
    await setPreferences(actor, { database }, { timeZone: 'Asia/Tokyo', units: 'mi' });
    const after = await activitiesRepository(database.db).listByUser(u.id);
    assert.equal(after.find((a) => a.source === 'friday-night.gpx')?.localDate, '2024-03-02');
    assert.equal(after.find((a) => a.source === 'sunday-night.fit')?.localDate, '2024-03-03');
    assert.equal(after.find((a) => a.id === manual.id)?.localDate, '2024-03-03', 'a hand-logged run keeps the day it was given');
    assert.deepEqual(await getPreferences(actor, { database }), { units: 'mi', timeZone: 'Asia/Tokyo' });
    await assert.rejects(setPreferences(actor, { database }, { timeZone: 'Nowhere/Special' }), { code: 'bad_input', message: /timeZone: is not a time zone/ });
  });
});
