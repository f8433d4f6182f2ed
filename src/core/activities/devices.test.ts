/**
 * Files as devices and apps write them (generated stand-ins; see test/fixtures/device-files.ts and app-exports.ts
 * for the structures imitated): each must parse to the values it was made with, or fail with one clear line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'fflate';
import * as apps from '../../../test/fixtures/app-exports.ts';
import { RUN } from '../../../test/fixtures/app-exports.ts';
import * as devices from '../../../test/fixtures/device-files.ts';
import { readFitPoints } from './fit.ts';
import { parseActivity } from './parse.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function expect(a: NormalisedActivity, want: Partial<NormalisedActivity>, what: string): void {
  for (const [k, v] of Object.entries(want)) assert.deepEqual(a[k as keyof NormalisedActivity], v, `${what}: ${k}`);
}

test('Garmin run with Connect IQ developer fields: session totals, HR and cadence in steps/min, local offset', async () => {
  const a = await parseActivity(devices.garminRunWithDeveloperFields());
  expect(a, { format: 'fit', sport: 'running', distanceMeters: 5400, elapsedSeconds: 1800, movingSeconds: 1800, points: 1801, avgHeartRate: 150, avgCadenceSpm: 176, utcOffsetMinutes: 120 }, 'garmin');
  assert.deepEqual(a.warnings, []);
});

test('Coros run with a timer stop: elapsed includes the pause, moving time does not', async () => {
  const a = await parseActivity(devices.corosRunWithPause());
  expect(a, { sport: 'running', distanceMeters: 6720, elapsedSeconds: 2700, movingSeconds: 2400, avgHeartRate: 145, avgCadenceSpm: 172 }, 'coros');
});

test('Suunto records with compressed timestamps decode to one point per second', async () => {
  const bytes = devices.suuntoRunCompressedTimestamps();
  const a = await parseActivity(bytes);
  expect(a, { sport: 'running', distanceMeters: 1800, elapsedSeconds: 600, points: 601, avgHeartRate: 142, avgCadenceSpm: 168 }, 'suunto');
  const points = await readFitPoints(bytes);
  assert.equal(points[0]?.time, Date.parse('2024-06-03T06:30:00Z'));
  assert.ok(points.every((p, i) => p.time === (points[0]?.time ?? 0) + i * 1000), 'times roll over every 32 s without jumping');
});

test('Polar pool swim: no GPS, distance from the lengths, rests not counted as moving, no running cadence', async () => {
  const a = await parseActivity(devices.polarPoolSwim());
  expect(a, { sport: 'swimming', distanceMeters: 1000, elapsedSeconds: 1590, movingSeconds: 1200, avgHeartRate: 130, avgCadenceSpm: null }, 'polar');
  assert.deepEqual(a.warnings, []);
});

test('Wahoo treadmill run: footpod distance without GPS, with or without a session message', async () => {
  const withSession = await parseActivity(devices.wahooTreadmillRun());
  expect(withSession, { sport: 'treadmill_running', distanceMeters: 5000, elapsedSeconds: 1800, avgHeartRate: 155, avgCadenceSpm: 180 }, 'treadmill');
  const bare = await parseActivity(devices.wahooTreadmillRun(undefined, false));
  expect(bare, { distanceMeters: 5000, elapsedSeconds: 1800, movingSeconds: 1800, avgHeartRate: 155 }, 'treadmill, records only');
});

test('Wahoo triathlon: one activity per leg (see multisport.test.ts), so parseActivity refuses to pick one', async () => {
  await assert.rejects(parseActivity(devices.wahooTriathlon()), (e: unknown) => e instanceof ActivityParseError && e.code === 'unsupported' && /3 activities \(swimming, cycling, running\)/.test(e.message));
});

test('a device file cut short or damaged fails with one line, gzipped or not', async () => {
  const good = devices.corosRunWithPause();
  for (const bad of [good.subarray(0, good.length - 100), gzipSync(good.subarray(0, 5000))]) {
    await assert.rejects(parseActivity(bad), (e: unknown) => e instanceof ActivityParseError && e.code === 'truncated' && !e.message.includes('\n'));
  }
});

const distance = RUN.seconds * RUN.speed;

test('GPX from Strava, Apple Health, Komoot and Garmin Connect: distance, time, sport, HR and cadence', async () => {
  const cases: { name: string; text: string; want: Partial<NormalisedActivity> }[] = [
    { name: 'strava', text: apps.stravaGpx(), want: { sport: 'running', avgHeartRate: RUN.hr, avgCadenceSpm: RUN.stridesPerLeg * 2, utcOffsetMinutes: null } },
    { name: 'apple', text: apps.appleHealthGpx(), want: { sport: 'running', avgHeartRate: RUN.hr, avgCadenceSpm: RUN.stridesPerLeg * 2, utcOffsetMinutes: 120 } },
    { name: 'garmin connect', text: apps.garminConnectGpx(), want: { sport: 'running', avgHeartRate: RUN.hr, avgCadenceSpm: RUN.stridesPerLeg * 2 } },
    { name: 'komoot', text: apps.komootGpx(), want: { sport: 'running', avgHeartRate: null, avgCadenceSpm: null } },
  ];
  for (const c of cases) {
    const a = await parseActivity(enc(c.text));
    expect(a, { format: 'gpx', startTime: new Date(RUN.start).toISOString(), elapsedSeconds: RUN.seconds, movingSeconds: RUN.seconds, points: RUN.seconds / 2 + 1, ...c.want }, c.name);
    assert.ok(Math.abs(a.distanceMeters - distance) < distance * 0.005, `${c.name}: ${a.distanceMeters} m`);
  }
  const komoot = await parseActivity(enc(apps.komootGpx()));
  assert.ok(komoot.warnings.some((w) => /guessed from the average speed/.test(w)), 'Komoot names no sport: the guess is said');
});

test('TCX from Garmin Connect (two laps) and Polar Flow: lap totals, HR, cadence doubled to steps/min', async () => {
  for (const [name, text] of [['garmin connect', apps.garminConnectTcx()], ['polar flow', apps.polarFlowTcx()]] as const) {
    const a = await parseActivity(enc(text));
    expect(a, {
      format: 'tcx', sport: 'running', startTime: new Date(RUN.start).toISOString(), distanceMeters: distance, elapsedSeconds: RUN.seconds,
      movingSeconds: RUN.seconds, avgHeartRate: RUN.hr, maxHeartRate: RUN.hr + 12, avgCadenceSpm: RUN.stridesPerLeg * 2,
    }, name);
  }
});
