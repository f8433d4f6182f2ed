import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main.ts';
import type { CliIo } from '../command.ts';
import { parseDistance, parseDuration } from './log.ts';

const root = mkdtempSync(join(tmpdir(), 'footing-cli-log-'));
after(() => rmSync(root, { recursive: true, force: true }));
function io(): CliIo & { out: string; err: string } {
  const o = { out: '', err: '', isTTY: false, env: { DATA_DIR: join(root, 'data') } as Record<string, string | undefined> };
  return Object.assign(o, { stdout: (t: string) => { o.out += t; }, stderr: (t: string) => { o.err += t; } });
}
const cli = async (...args: string[]) => {
  const x = io();
  const code = await runCli(args, x);
  return { code, out: x.out, err: x.err };
};

test('distance and duration parsing', () => {
  assert.equal(parseDistance('10km', 'mi'), 10_000);
  assert.ok(Math.abs(parseDistance('6.2mi', 'km') - 9977.93) < 0.01);
  assert.equal(parseDistance('5', 'km'), 5000);
  assert.equal(parseDistance('800m', 'km'), 800);
  assert.throws(() => parseDistance('far', 'km'), /not a distance/);
  assert.equal(parseDuration('50:00'), 3000);
  assert.equal(parseDuration('1:05:30'), 3930);
  assert.equal(parseDuration('45min'), 2700);
  assert.equal(parseDuration('1h30m'), 5400);
  assert.throws(() => parseDuration('soon'), /not a duration/);
});

test('shoes, manual runs, weekly totals and the pain diary from the command line', async () => {
  assert.equal((await cli('shoes', 'add', 'Daily', '--brand', 'Asics', '--start', '790km', '--default', 'running')).code, 0);
  const added = await cli('log', 'add', '--date', '2024-04-15', '--distance', '12km', '--duration', '1:10:00', '--rpe', '6', '--notes', 'long run');
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /logged running on 2024-04-15: 12\.00 km in 1:10:00/);
  for (const d of ['2024-04-01', '2024-04-08']) assert.equal((await cli('log', 'add', '--date', d, '--distance', '5', '--duration', '30:00')).code, 0);
  assert.equal((await cli('log', 'add', '--date', '2024-04-16', '--type', 'cycling', '--distance', '20km', '--duration', '1h')).code, 0);

  const log = await cli('log', '--until', '2024-04-17', '--weeks', '3');
  assert.equal(log.code, 0, log.err);
  assert.match(log.out, /2024-04-15 +12\.0 km +32\.0 km .*spike \(warning\)/);
  assert.match(log.out, /\[warning\] Run 140% longer than your longest in 30 days \(frandsen-2025\)/);

  const shoes = await cli('shoes');
  assert.match(shoes.out, /Daily \(Asics\): 812 km of 800 km, 3 activities \[default for running\]/);
  assert.match(shoes.out, /check: .*prompt, not a rule/);
  assert.equal((await cli('shoes', 'retire', 'Daily')).code, 0);
  assert.match((await cli('shoes')).out, /\[retired\]/);

  const pain = await cli('pain', 'add', '--date', '2024-04-15', '--during', '3', '--after', '6', '--note', 'heel');
  assert.equal(pain.code, 0, pain.err);
  assert.match(pain.out, /above 5 out of 10/);
  const list = await cli('pain');
  assert.match(list.out, /2024-04-15 +during 3 +after 6 +next morning – +stiffness – +· running 12\.0 km\n +heel/);
});

test('bad input is one line and exit 2', async () => {
  const r = await cli('log', 'add', '--distance', '5km');
  assert.equal(r.code, 2);
  assert.match(r.err, /^error: log add needs --distance and --duration/);
  const p = await cli('pain', 'add', '--during', '11');
  assert.equal(p.code, 2);
  assert.match(p.err, /^error: --during must be a whole number from 0 to 10\n$/);
  const s = await cli('shoes', 'retire', 'Nope');
  assert.equal(s.code, 2);
  const u = await cli('log', '--bogus');
  assert.equal(u.code, 2);
  assert.match(u.err, /unknown option '?--bogus/);
});
