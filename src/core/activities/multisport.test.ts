/**
 * Multisport files: a FIT triathlon (one session per leg, transitions between) and TCX files with two activities or
 * a MultiSportSession are read as one activity per leg, so a run leg counts as running and transitions not at all.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'fflate';
import { wahooTriathlon } from '../../../test/fixtures/device-files.ts';
import { BRICK, DUATHLON, tcxBrickTwoActivities, tcxDuathlonSession } from '../../../test/fixtures/multisport-tcx.ts';
import { parseActivities } from './parse.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const at = (start: string, seconds: number): string => new Date(Date.parse(start) + seconds * 1000).toISOString();

type Leg = Pick<NormalisedActivity, 'sport' | 'startTime' | 'distanceMeters' | 'elapsedSeconds' | 'movingSeconds' | 'avgHeartRate' | 'avgCadenceSpm'>;
const summary = (a: NormalisedActivity): Leg => ({
  sport: a.sport, startTime: a.startTime, distanceMeters: a.distanceMeters, elapsedSeconds: a.elapsedSeconds,
  movingSeconds: a.movingSeconds, avgHeartRate: a.avgHeartRate, avgCadenceSpm: a.avgCadenceSpm,
});

test('FIT triathlon: swim, ride and run each with their own start, totals, HR and cadence; transitions left out', async () => {
  const start = '2024-06-09T07:00:00.000Z';
  const legs = await parseActivities(wahooTriathlon(Date.parse(start)), { fileName: 'tri.fit' });
  assert.deepEqual(legs.map(summary), [
    { sport: 'swimming', startTime: start, distanceMeters: 1500, elapsedSeconds: 1800, movingSeconds: 1800, avgHeartRate: 140, avgCadenceSpm: null },
    { sport: 'cycling', startTime: at(start, 1920), distanceMeters: 40_000, elapsedSeconds: 4200, movingSeconds: 4200, avgHeartRate: 150, avgCadenceSpm: null },
    { sport: 'running', startTime: at(start, 6180), distanceMeters: 10_000, elapsedSeconds: 2700, movingSeconds: 2700, avgHeartRate: 160, avgCadenceSpm: 176 },
  ]);
  // The records are shared out by time: a 10-second recording gives each leg its own samples and none of the transitions'.
  assert.deepEqual(legs.map((l) => l.points), [180, 420, 270]);
  for (const [i, leg] of legs.entries()) {
    assert.equal(leg.format, 'fit');
    assert.equal(leg.utcOffsetMinutes, 120, 'the device clock applies to every leg');
    assert.match(leg.warnings[0] ?? '', new RegExp(`^part ${i + 1} of 3 of the file \\(swimming, cycling, running\\).*2 transition\\(s\\) between legs \\(3 min\\) were left out`));
  }
  const total = legs.reduce((s, l) => s + l.elapsedSeconds, 0);
  assert.equal(total, 8880 - 180, 'nothing is counted twice, and the 3 minutes of transitions not at all');
});

test('FIT triathlon gzipped reads the same, and damaged it fails whole, with no leg returned', async () => {
  const bytes = wahooTriathlon();
  assert.deepEqual((await parseActivities(gzipSync(bytes))).map(summary), (await parseActivities(bytes)).map(summary));
  const cut = bytes.subarray(0, bytes.length - 40);
  await assert.rejects(parseActivities(cut), (e: unknown) => e instanceof ActivityParseError && e.code === 'truncated');
});

test('TCX with two activities (a brick): a ride and a run, each its own activity', async () => {
  const start = '2024-07-06T08:00:00.000Z';
  const legs = await parseActivities(enc(tcxBrickTwoActivities(Date.parse(start))));
  assert.deepEqual(legs.map(summary), BRICK.map((l) => ({
    sport: l.sport === 'Running' ? 'running' : 'cycling', startTime: at(start, l.at), distanceMeters: l.seconds * l.speed,
    elapsedSeconds: l.seconds, movingSeconds: l.seconds, avgHeartRate: l.hr, avgCadenceSpm: l.runCadence === undefined ? null : l.runCadence * 2,
  })));
  assert.deepEqual(legs.map((l) => l.format), ['tcx', 'tcx']);
  assert.match(legs[1]?.warnings[0] ?? '', /^part 2 of 2 of the file \(cycling, running\), read as its own activity$/);
});

test('TCX MultiSportSession (duathlon): run, ride, run in time order; the transition laps are left out', async () => {
  const start = '2024-09-15T09:00:00.000Z';
  const legs = await parseActivities(enc(tcxDuathlonSession(Date.parse(start))));
  assert.deepEqual(legs.map((l) => [l.sport, l.startTime, l.distanceMeters, l.elapsedSeconds]), DUATHLON.legs.map((l) => [
    l.sport === 'Running' ? 'running' : 'cycling', at(start, l.at), Math.round(l.seconds * l.speed * 100) / 100, l.seconds,
  ]));
  assert.ok(legs.every((l) => /2 transition\(s\) between legs \(3 min\) were left out/.test(l.warnings[0] ?? '')));
  assert.deepEqual(legs.map((l) => l.avgCadenceSpm), [180, null, 176]);
});

test('a single-activity file is still one activity with no multisport note', async () => {
  const legs = await parseActivities(enc(tcxBrickTwoActivities().replace(/<Activity Sport="Biking">[\s\S]*?<\/Activity>/, '')));
  assert.equal(legs.length, 1);
  assert.equal(legs[0]?.sport, 'running');
  assert.ok(!(legs[0]?.warnings ?? []).some((w) => /part \d of/.test(w)));
});

test('a TCX whose second activity is empty fails as a whole, naming the activity', async () => {
  const text = tcxBrickTwoActivities().replace('</Activities>', '<Activity Sport="Running"><Id>2024-07-06T10:00:00Z</Id></Activity></Activities>');
  await assert.rejects(parseActivities(enc(text)), (e: unknown) => e instanceof ActivityParseError && e.code === 'no-points' && /activity 3 of the TCX file/.test(e.message));
});
