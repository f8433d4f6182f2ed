import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main.ts';
import type { CliIo } from '../command.ts';
import { exportWithGaps, smallExport } from '../../../test/fixtures/strava-export-builder.ts';

const FIX = join(import.meta.dirname, '../../../../shared/fixtures/activities');
const root = mkdtempSync(join(tmpdir(), 'footing-cli-import-'));
after(() => rmSync(root, { recursive: true, force: true }));

function io(tty = false): CliIo & { out: string; err: string } {
  const o = { out: '', err: '', isTTY: tty, env: { DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' } as Record<string, string | undefined> };
  return Object.assign(o, { stdout: (t: string) => { o.out += t; }, stderr: (t: string) => { o.err += t; } });
}

test('import a folder and a Strava zip; the report names every failure; a second run finds duplicates', async () => {
  const dir = join(root, 'watch');
  mkdirSync(join(dir, 'nested'), { recursive: true });
  copyFileSync(join(FIX, 'activity-small-fenix2-run.fit'), join(dir, 'a.fit'));
  copyFileSync(join(FIX, 'garmin-fenix-5-run-truncated.fit'), join(dir, 'nested', 'broken.fit'));
  writeFileSync(join(dir, 'readme.txt'), 'not an activity');
  const zip = join(root, 'export.zip');
  writeFileSync(zip, smallExport());
  const first = io();
  assert.equal(await runCli(['import', dir, zip], first), 0, first.err);
  assert.match(first.out, /^imported 5 · duplicates skipped 0 · failed 1$/m);
  assert.match(first.out, /failed: .*broken\.fit: /);
  assert.doesNotMatch(first.out, /readme/);
  assert.equal(first.err, '', 'no progress bar when stdout is not a terminal');

  const again = io();
  assert.equal(await runCli(['import', zip, '--json'], again), 0);
  const report = JSON.parse(again.out) as { imported: number; duplicates: unknown[]; failed: unknown[] };
  assert.equal(report.imported, 0);
  assert.equal(report.duplicates.length, 4);
});

test('exit 2 when nothing could be read; a progress bar only on a terminal', async () => {
  const bad = join(root, 'bad.gpx');
  copyFileSync(join(FIX, 'bad.gpx'), bad);
  const t = io(true);
  assert.equal(await runCli(['import', bad, join(root, 'missing.fit')], t), 2);
  assert.match(t.out, /failed: .*missing\.fit: no such file or folder/);
  assert.match(t.err, /\[#+\] 100%/);
  const none = io();
  assert.equal(await runCli(['import'], none), 2);
  assert.match(none.err, /^error: give at least one PATH/);
  const who = io();
  assert.equal(await runCli(['import', bad, '--user', 'nobody@example.org'], who), 2);
  assert.match(who.err, /no account with the email nobody@example.org/);
});

test('the report lists rows whose file is missing from a Strava export, and says which were stored from the CSV', async () => {
  const zip = join(root, 'gaps.zip');
  writeFileSync(zip, exportWithGaps());
  const o = io();
  o.env.DATA_DIR = join(root, 'data-gaps');
  assert.equal(await runCli(['import', zip], o), 0, o.err);
  assert.match(o.out, /^imported 5 · duplicates skipped 0 · failed 1 · files missing from the export 2$/m);
  assert.match(o.out, /^missing: .*gaps\.zip: activities\.csv row 3 \(activities\/9302\.fit\.gz\): listed in activities\.csv but the file is missing from the export; stored as a manual activity/m);
  assert.match(o.out, /^missing: .*row 4 \(activities\/9303\.gpx\.gz\): .*; not stored/m);
});
