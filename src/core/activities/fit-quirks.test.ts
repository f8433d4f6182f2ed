/**
 * FIT files as real devices and apps write them, beyond the happy path (generated here with the test FIT writer;
 * the quirk each test imitates and where it was reported is named on the test).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FitWriter, T, fitTime } from '../../../test/fixtures/fit-writer.ts';
import type { Field } from '../../../test/fixtures/fit-writer.ts';
import { fitCrc } from './fit-crc.ts';
import { parseActivities, parseActivity } from './parse.ts';
import { ActivityParseError } from './types.ts';

const START = Date.parse('2024-05-01T06:00:00Z');

interface Options { fileType?: number; sport?: number; subSport?: number; speed?: number; start?: number; sportName?: string; session?: boolean }

/** A 10-minute recording: records every second (distance, HR 150, 85 strides/min per leg), a session, an activity. */
function fit(o: Options = {}): Uint8Array {
  const start = o.start ?? START;
  const speed = o.speed ?? 3;
  const ts = (s: number): Field => ({ num: 253, type: T.uint32, value: fitTime(start + s * 1000) });
  const w = new FitWriter();
  w.message(0, 0, [{ num: 0, type: T.enum, value: o.fileType ?? 4 }, { num: 1, type: T.uint16, value: 1 }, { num: 4, type: T.uint32, value: fitTime(start) }]);
  if (o.sportName !== undefined) {
    w.message(12, 2, [{ num: 0, type: T.enum, value: o.sport ?? 1 }, { num: 3, type: T.string, value: o.sportName, size: 16 }]);
  }
  for (let t = 0; t <= 600; t++) {
    w.message(20, 1, [ts(t), { num: 5, type: T.uint32, value: Math.round(t * speed * 100) }, { num: 3, type: T.uint8, value: 150 }, { num: 4, type: T.uint8, value: 85 }]);
  }
  if (o.session !== false) {
    w.message(18, 3, [
      ts(600), { num: 2, type: T.uint32, value: fitTime(start) }, { num: 7, type: T.uint32, value: 600_000 }, { num: 8, type: T.uint32, value: 600_000 },
      { num: 9, type: T.uint32, value: Math.round(600 * speed * 100) }, { num: 5, type: T.enum, value: o.sport ?? 1 }, { num: 6, type: T.enum, value: o.subSport ?? 0 },
    ]);
  }
  return w.bytes();
}

function join(...files: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(files.reduce((n, f) => n + f.length, 0));
  let at = 0;
  for (const f of files) {
    out.set(f, at);
    at += f.length;
  }
  return out;
}

async function rejects(bytes: Uint8Array, code: string, message: RegExp): Promise<void> {
  await assert.rejects(parseActivities(bytes), (e: unknown) => e instanceof ActivityParseError && e.code === code && message.test(e.message) && !e.message.includes('\n'));
}

test('a treadmill or indoor walk filed under fitness_equipment is a treadmill run or a walk (FIT profile: sub_sport treadmill "Run/Fitness Equipment")', async () => {
  const run = await parseActivity(fit({ sport: 4, subSport: 1 }));
  assert.equal(run.sport, 'treadmill_running');
  assert.equal(run.avgCadenceSpm, 170);
  assert.equal((await parseActivity(fit({ sport: 4, subSport: 27, speed: 1.4 }))).sport, 'walking');
  assert.equal((await parseActivity(fit({ sport: 4, subSport: 15 }))).sport, 'cross_training', 'an elliptical stays cross-training');
});

test('FIT sport "generic" names no sport: judged from pace like a file without one, cadence kept', async () => {
  const a = await parseActivity(fit({ sport: 0 }));
  assert.equal(a.sport, 'running');
  assert.equal(a.avgCadenceSpm, 170);
  assert.ok(a.warnings.some((w) => /guessed from the average speed/.test(w)));
  assert.ok(!a.warnings.some((w) => /not one Footing knows/.test(w)));
  const treadmill = await parseActivity(fit({ sport: 0, subSport: 1 }));
  assert.equal(treadmill.sport, 'treadmill_running', 'a telling sub-sport is enough');
  assert.ok(!treadmill.warnings.some((w) => /guessed/.test(w)));
});

test('a sport number newer than the parser knows is a named sport, never guessed as running from its pace', async () => {
  const a = await parseActivity(fit({ sport: 200 }));
  assert.equal(a.sport, 'other');
  assert.ok(a.warnings.some((w) => /"FIT sport 200" is not one Footing knows/.test(w)), a.warnings.join('; '));
  // fit-dashboard#42: stopwatch files carry sport 52 with the sport message's name "Stopwatch".
  const named = await parseActivity(fit({ sport: 200, sportName: 'Stopwatch' }));
  assert.ok(named.warnings.some((w) => /"Stopwatch"/.test(w)), named.warnings.join('; '));
});

test('a FIT course, workout or settings file is refused saying what it is', async () => {
  await rejects(fit({ fileType: 6, session: false }), 'no-points', /course \(a planned route/);
  await rejects(fit({ fileType: 5, session: false }), 'unsupported', /planned workout/);
  await rejects(fit({ fileType: 32, session: false }), 'unsupported', /daily monitoring/);
});

test('chained FIT files are all decoded, not only the first', async () => {
  const legs = await parseActivities(join(fit(), fit({ start: START + 3_600_000, sport: 11, speed: 1.4 })));
  assert.deepEqual(legs.map((a) => [a.sport, a.startTime, a.distanceMeters, a.points]), [
    ['running', '2024-05-01T06:00:00.000Z', 1800, 601],
    ['walking', '2024-05-01T07:00:00.000Z', 840, 601],
  ]);
});

test('bytes after the end of the FIT data are left unread with a warning (ActivityLog2#96: Forerunner 255 firmware 17.21)', async () => {
  const extra = join(fit(), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]));
  const a = await parseActivity(extra);
  assert.equal(a.distanceMeters, 1800);
  assert.ok(a.warnings.some((w) => /20 byte\(s\) after the end of the FIT data were not read/.test(w)), a.warnings.join('; '));
  assert.deepEqual((await parseActivity(join(fit(), new Uint8Array(64)))).warnings, [], 'zero padding is silent');
  const cut = join(fit(), fit().subarray(0, 500));
  await rejects(cut, 'truncated', /chained file 2/);
});

test('a wrong header CRC is tolerated when the file CRC proves the data whole (python-fitparse#9, #68)', async () => {
  const bytes = fit();
  bytes[12] = (bytes[12] ?? 0) ^ 0x5a;
  const crc = fitCrc(bytes, 0, bytes.length - 2);
  bytes[bytes.length - 2] = crc & 0xff;
  bytes[bytes.length - 1] = crc >>> 8;
  const a = await parseActivity(bytes);
  assert.equal(a.distanceMeters, 1800);
  assert.ok(a.warnings.some((w) => /header checksum was wrong/.test(w)));
  const damaged = fit();
  damaged[12] = (damaged[12] ?? 0) ^ 0x5a;
  await rejects(damaged, 'bad-crc', /header checksum does not match/);
});

test('a FIT file the device never finished (header data size 0, fitdecode#27) gets its own clear error', async () => {
  const bytes = fit();
  bytes.fill(0, 4, 8);
  await rejects(bytes, 'truncated', /never finished by the device/);
});
