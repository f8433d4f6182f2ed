/**
 * Every real file in ../shared/fixtures/activities/ against the independently computed ground truth in its
 * SOURCES.md (device session totals for FIT, haversine within segments for GPX, lap totals for TCX), plus
 * python-fitparse's per-record expectations in the *-records.csv files.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFitPoints } from './fit.ts';
import { parseActivity } from './parse.ts';
import { ActivityParseError } from './types.ts';

const DIR = join(import.meta.dirname, '../../../../shared/fixtures/activities');
const read = (f: string): Uint8Array => readFileSync(join(DIR, f));

interface Expected {
  format: string;
  sport: string;
  start: string;
  distance: number;
  /** Allowed difference in metres (haversine sums differ slightly by Earth model). */
  tol: number;
  elapsed: number;
  points: number;
}

const GOOD: Record<string, Expected> = {
  '2013-02-06-12-11-14.fit': { format: 'fit', sport: 'running', start: '2013-02-06T12:11:14.000Z', distance: 4835.38, tol: 0.01, elapsed: 2625.14, points: 590 },
  'activity-small-fenix2-run.fit': { format: 'fit', sport: 'running', start: '2015-08-15T14:45:08.000Z', distance: 9008.22, tol: 0.01, elapsed: 2832, points: 2809 },
  'compressed-speed-distance.fit': { format: 'fit', sport: 'running', start: '1990-07-18T06:44:24.000Z', distance: 10248.67, tol: 0.01, elapsed: 3883.273, points: 755 },
  'garmin-edge-820-bike.fit': { format: 'fit', sport: 'cycling', start: '2017-06-12T16:10:15.000Z', distance: 457.12, tol: 0.01, elapsed: 64.524, points: 15 },
  'garmin-fenix-5-run.fit': { format: 'fit', sport: 'running', start: '2017-06-11T14:34:09.000Z', distance: 157.56, tol: 0.01, elapsed: 56.887, points: 21 },
  'garmin-fenix-5-walk.fit': { format: 'fit', sport: 'walking', start: '2017-06-11T14:32:51.000Z', distance: 67.85, tol: 0.01, elapsed: 45.379, points: 17 },
  'running-with-developer-data.fit': { format: 'fit', sport: 'running', start: '2018-06-14T14:55:22.000Z', distance: 5383.19, tol: 0.01, elapsed: 1680.559, points: 1681 },
  'Friday-Evening-Run.gpx': { format: 'gpx', sport: 'running', start: '2025-05-02T15:51:15.692Z', distance: 87.6, tol: 0.2, elapsed: 2569.308, points: 17 },
  'missing_hr.gpx': { format: 'gpx', sport: 'walking', start: '2017-05-27T04:00:00.000Z', distance: 61.8, tol: 0.2, elapsed: 122, points: 16 },
  'run_gpxtpx.gpx': { format: 'gpx', sport: 'running', start: '2015-01-19T21:24:20.000Z', distance: 125.4, tol: 0.2, elapsed: 41, points: 42 },
  'track-with-empty-segment.gpx': { format: 'gpx', sport: 'running', start: '2013-07-06T17:26:26.000Z', distance: 85.9, tol: 0.2, elapsed: 76, points: 9 },
  'gpx1.0_with_all_fields.gpx': { format: 'gpx', sport: 'other', start: '2013-01-01T12:00:04.000Z', distance: 0, tol: 0, elapsed: 0, points: 1 },
  'garmin_connect.tcx': { format: 'tcx', sport: 'cycling', start: '2020-03-06T00:23:46.000Z', distance: 1691.68, tol: 0.01, elapsed: 4352, points: 317 },
  // The trackpoints are an excerpt; the lap totals are the device's own figures.
  'sample.tcx': { format: 'tcx', sport: 'running', start: '2007-08-07T02:42:41.000Z', distance: 8348.5, tol: 0.01, elapsed: 2325.02, points: 19 },
};

const BAD: Record<string, { code: string; message: RegExp }> = {
  'garmin-fenix-5-run-truncated.fit': { code: 'truncated', message: /cut short: 1597 byte/ },
  'running-with-developer-data-badcrc.fit': { code: 'bad-crc', message: /checksum does not match/ },
  'bad.gpx': { code: 'malformed', message: /invalid number "undefined"/ },
  'unicode_with_bom.gpx': { code: 'no-points', message: /no track points/ },
};

test('every activity fixture is covered by this test', () => {
  const files = readdirSync(DIR).filter((f) => /\.(fit|gpx|tcx)$/.test(f));
  const covered = new Set([...Object.keys(GOOD), ...Object.keys(BAD), 'bad.tcx']);
  assert.deepEqual(files.filter((f) => !covered.has(f)), []);
});

for (const [file, want] of Object.entries(GOOD)) {
  test(`${file} matches the ground truth`, async () => {
    const a = await parseActivity(read(file), { fileName: file });
    assert.equal(a.format, want.format);
    assert.equal(a.sport, want.sport);
    assert.equal(a.startTime, want.start);
    assert.ok(Math.abs(a.distanceMeters - want.distance) <= want.tol, `distance ${a.distanceMeters} vs ${want.distance}`);
    assert.ok(Math.abs(a.elapsedSeconds - want.elapsed) < 0.01, `elapsed ${a.elapsedSeconds} vs ${want.elapsed}`);
    assert.ok(a.movingSeconds <= a.elapsedSeconds);
    assert.equal(a.points, want.points);
  });
}

for (const [file, want] of Object.entries(BAD)) {
  test(`${file} is refused with a clear error`, async () => {
    await assert.rejects(parseActivity(read(file)), (err: unknown) => {
      assert.ok(err instanceof ActivityParseError);
      assert.equal(err.code, want.code);
      assert.match(err.message, want.message);
      return true;
    });
  });
}

test('FIT device extras: timer time, heart rate, cadence doubled to steps per minute', async () => {
  const run = await parseActivity(read('garmin-fenix-5-run.fit'));
  // Session: avg_cadence 83 + fractional 0.671875 strides/min per leg → 167.3 steps/min.
  assert.equal(run.avgCadenceSpm, 167);
  assert.equal(run.avgHeartRate, 90);
  const slow = await parseActivity(read('compressed-speed-distance.fit'));
  assert.equal(slow.movingSeconds, 3772.75);
  assert.ok(slow.warnings.some((w) => /clock/.test(w)));
  const bike = await parseActivity(read('garmin-edge-820-bike.fit'));
  assert.equal(bike.avgCadenceSpm, null, 'pedalling cadence is not steps');
});

test('GPX per-leg cadence (Apple Watch) is doubled; Strava GPX heart rate is read', async () => {
  const apple = await parseActivity(read('Friday-Evening-Run.gpx'));
  assert.ok(apple.avgCadenceSpm !== null && apple.avgCadenceSpm > 120 && apple.avgCadenceSpm < 160);
  const strava = await parseActivity(read('run_gpxtpx.gpx'));
  assert.ok(strava.avgHeartRate !== null && strava.avgHeartRate > 100);
});

test('bad.tcx: null-island position is dropped and the repeated lap counted once', async () => {
  const a = await parseActivity(read('bad.tcx'));
  assert.equal(a.distanceMeters, 6839.97);
  assert.ok(a.warnings.some((w) => /repeated lap/.test(w)));
  assert.ok(a.warnings.some((w) => /no usable position/.test(w)));
});

/** "Sun Jun 11 07:34:09 PDT 2017" → epoch ms. */
function parsePdt(s: string): number {
  const m = /^\w+ (\w+) (\d+) (\d\d):(\d\d):(\d\d) PDT (\d{4})$/.exec(s);
  assert.ok(m, s);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(m[1] ?? '');
  return Date.UTC(Number(m[6]), month, Number(m[2]), Number(m[3]) + 7, Number(m[4]), Number(m[5]));
}

for (const stem of ['garmin-fenix-5-run', 'garmin-fenix-5-walk', 'garmin-edge-820-bike']) {
  test(`${stem}: every record matches python-fitparse's expected values`, async () => {
    const rows = readFileSync(join(DIR, `${stem}-records.csv`), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const points = await readFitPoints(read(`${stem}.fit`));
    assert.equal(points.length, rows.length);
    const onFoot = stem !== 'garmin-edge-820-bike';
    rows.forEach((r, i) => {
      const p = points[i];
      assert.ok(p);
      assert.equal(p.time, parsePdt(r[0] ?? ''));
      assert.equal(p.heartRate, Number(r[1]));
      if (onFoot) assert.equal(Math.floor((p.cadenceSpm ?? 0) / 2), Number(r[2]));
      assert.ok(Math.abs((p.distance ?? -1) - Number(r[4])) < 0.005);
      assert.ok(Math.abs((p.lat ?? 0) - (Number(r[5]) * 180) / 2 ** 31) < 1e-9);
      assert.ok(Math.abs((p.lon ?? 0) - (Number(r[6]) * 180) / 2 ** 31) < 1e-9);
    });
  });
}

test('compressed-speed-distance: packed record distances are expanded and match python-fitparse', async () => {
  const rows = readFileSync(join(DIR, 'compressed-speed-distance-records.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const points = await readFitPoints(read('compressed-speed-distance.fit'));
  // python-fitparse's CSV leaves out the first record, which carries only a timestamp.
  assert.equal(points.length, rows.length + 1);
  assert.equal(points[0]?.heartRate, null);
  const fitEpoch = Date.UTC(1989, 11, 31);
  rows.forEach((r, i) => {
    const p = points[i + 1];
    assert.ok(p);
    assert.equal(p.time, fitEpoch + Number(r[0]) * 1000);
    assert.equal(p.heartRate, Number(r[1]));
    assert.ok(Math.abs((p.distance ?? -1) - Number(r[3])) < 0.01, `row ${i}: ${p.distance} vs ${r[3]}`);
  });
});

test('a file that fails is never half-parsed', async () => {
  // The damaged copy decodes fine in forced mode; strict checking must still refuse it.
  await assert.rejects(parseActivity(read('running-with-developer-data-badcrc.fit')), ActivityParseError);
  assert.ok(ActivityParseError.prototype instanceof Error);
});
