/**
 * Quirks of files exported by apps and services (Strava, Garmin Connect), each imitated on a generated file; where
 * the quirk was reported is named on the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'fflate';
import { makeFit, makeGpx, makeTcx, straightTrack } from '../../../test/fixtures/activity-builders.ts';
import { parseActivity } from './parse.ts';
import { isKnownSportName, normaliseSport } from './sport.ts';
import type { StravaRow } from './strava-csv.ts';
import { withRow } from './strava-rows.ts';
import type { NormalisedActivity } from './types.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const run = straightTrack(new Date('2024-03-01T07:00:00Z'), 'running', 301, 2, 3);

test('Strava TCX and GPX with spaces before the XML declaration are read (GoldenCheetah#3149, GPSBabel#371, GPXSee#322)', async () => {
  const tcx = await parseActivity(gzipSync(enc(`          ${makeTcx(run)}`)), { fileName: 'activities/123.tcx.gz' });
  assert.equal(tcx.distanceMeters, 1800);
  assert.equal(tcx.sport, 'running');
  const gpx = await parseActivity(enc(`\n   ${makeGpx(run, { type: 'running' })}`));
  assert.equal(gpx.points, 301);
});

test('Garmin Connect and Strava compound type names are read by their words', () => {
  const cases: [string, string][] = [
    ['track_running', 'running'], ['ultra_run', 'running'], ['virtual_run', 'treadmill_running'], ['street_running', 'running'],
    ['road_biking', 'cycling'], ['gravel_cycling', 'cycling'], ['MountainBikeRide', 'cycling'], ['GravelRide', 'cycling'],
    ['open_water_swimming', 'swimming'], ['speed_walking', 'walking'], ['casual_walking', 'walking'], ['indoor_cardio', 'cross_training'],
    ['Trail Run', 'trail_running'], ['TrailRun', 'trail_running'],
    ['wheelchair_push_run', 'other'], ['bike_to_run_transition', 'other'], ['tennis', 'other'],
  ];
  for (const [name, sport] of cases) assert.equal(normaliseSport(name), sport, name);
  assert.ok(isKnownSportName('track_running'));
  assert.ok(!isKnownSportName('wheelchair_push_run'));
});

test('a GPX from Garmin Connect typed "track_running" is a run, with no unknown-sport warning', async () => {
  const a = await parseActivity(enc(makeGpx(run, { type: 'track_running' })));
  assert.equal(a.sport, 'running');
  assert.deepEqual(a.warnings, []);
});

function row(type: string): StravaRow {
  return { row: 2, activityId: '1', startTime: null, name: 'x', type, elapsedSeconds: null, movingSeconds: null, distanceMeters: null, gear: 'Shoe', filename: 'activities/1.fit', avgHeartRate: null };
}

test('Strava\'s plain "Run" does not overrule a treadmill or trail run the device recorded; a chosen type still wins', async () => {
  const base: NormalisedActivity = await parseActivity(makeFit(run));
  const treadmill: NormalisedActivity = { ...base, sport: 'treadmill_running' };
  assert.equal(withRow([treadmill], row('Run'), 'activities/1.fit')[0]?.sport, 'treadmill_running');
  assert.equal(withRow([treadmill], row('Trail Run'), 'activities/1.fit')[0]?.sport, 'trail_running');
  assert.equal(withRow([base], row('Walk'), 'activities/1.fit')[0]?.sport, 'walking');
});
