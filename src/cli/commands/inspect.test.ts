import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
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
