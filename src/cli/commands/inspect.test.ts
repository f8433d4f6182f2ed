import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { wahooTriathlon } from '../../../test/fixtures/device-files.ts';
import { tcxBrickTwoActivities } from '../../../test/fixtures/multisport-tcx.ts';
import { runInspect } from './inspect.ts';

const DIR = join(import.meta.dirname, '../../../../shared/fixtures/activities');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runInspect(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

test('inspect --json prints exactly the issue-5 shape', async () => {
  const r = await run(join(DIR, 'garmin-fenix-5-run.fit'), '--json');
  assert.equal(r.code, 0);
  assert.equal(r.err, '');
  assert.deepEqual(JSON.parse(r.out), {
    format: 'fit', sport: 'running', startTime: '2017-06-11T14:34:09.000Z', distanceMeters: 157.56, elapsedSeconds: 56.887,
    movingSeconds: 56.887, points: 21, avgHeartRate: 90, avgCadenceSpm: 167,
  });
});

test('inspect: malformed files exit 2 with one error: line', async () => {
  for (const f of ['garmin-fenix-5-run-truncated.fit', 'running-with-developer-data-badcrc.fit', 'bad.gpx', 'unicode_with_bom.gpx', 'SOURCES.md']) {
    const r = await run(join(DIR, f), '--json');
    assert.equal(r.code, 2, f);
    assert.equal(r.out, '');
    assert.match(r.err, /^error: .+\n$/);
    assert.equal(r.err.split('\n').length, 2, 'exactly one line');
  }
});

test('inspect: usage errors and missing files are bad input', async () => {
  assert.equal((await run()).code, 2);
  assert.equal((await run('a', 'b')).code, 2);
  assert.equal((await run(join(DIR, 'sample.tcx'), '--yaml')).code, 2);
  const missing = await run(join(DIR, 'nope.fit'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^error: cannot read .*no such file/);
});

test('inspect without --json prints a readable summary in km and miles', async () => {
  const r = await run(join(DIR, 'sample.tcx'));
  assert.equal(r.code, 0);
  assert.match(r.out, /running \(TCX\)/);
  assert.match(r.out, /8\.35 km \(5\.19 mi\)/);
});

test('inspect --json on a multisport file prints an array of the same objects, one per leg; --help says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'footing-inspect-'));
  try {
    const tri = join(dir, 'triathlon.fit');
    writeFileSync(tri, wahooTriathlon(Date.parse('2024-06-09T07:00:00Z')));
    const r = await run(tri, '--json');
    assert.equal(r.code, 0, r.err);
    const legs: unknown = JSON.parse(r.out);
    assert.ok(Array.isArray(legs));
    assert.deepEqual(legs, [
      { format: 'fit', sport: 'swimming', startTime: '2024-06-09T07:00:00.000Z', distanceMeters: 1500, elapsedSeconds: 1800, movingSeconds: 1800, points: 180, avgHeartRate: 140, avgCadenceSpm: null },
      { format: 'fit', sport: 'cycling', startTime: '2024-06-09T07:32:00.000Z', distanceMeters: 40000, elapsedSeconds: 4200, movingSeconds: 4200, points: 420, avgHeartRate: 150, avgCadenceSpm: null },
      { format: 'fit', sport: 'running', startTime: '2024-06-09T08:43:00.000Z', distanceMeters: 10000, elapsedSeconds: 2700, movingSeconds: 2700, points: 270, avgHeartRate: 160, avgCadenceSpm: 176 },
    ]);
    const brick = join(dir, 'brick.tcx');
    writeFileSync(brick, tcxBrickTwoActivities());
    const b = await run(brick, '--json');
    assert.deepEqual((JSON.parse(b.out) as { sport: string }[]).map((l) => l.sport), ['cycling', 'running']);
    const human = await run(tri);
    assert.match(human.out, /— part 3 of 3 —\nrunning \(FIT\)/);
    assert.match((await run('--help')).out, /multisport.*\n.*array of those objects, one per leg/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
