/**
 * Real files written by apps and devices (test/fixtures/devices/, provenance and trims in its SOURCES.md), checked
 * against values worked out from the files themselves by a separate script: GPX distance is the haversine sum within
 * segments (R = 6 371 008.8 m, as geo.ts), so the only allowed difference is our rounding to the centimetre (0.05 m);
 * TCX distance and time are the lap totals the device wrote, so they must match exactly. Then the quirks these writers
 * show, replayed on the same real tracks: other encodings and line ends, gpxdata-style extensions, <Cadence>.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseActivity } from './parse.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';

const DIR = join(import.meta.dirname, '../../../test/fixtures/devices');
const read = (f: string): Uint8Array => readFileSync(join(DIR, f));
const text = (f: string): string => readFileSync(join(DIR, f), 'utf8');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Expected {
  sport: NormalisedActivity['sport'];
  start: string;
  distance: number;
  /** Metres: 0.05 for a haversine sum (rounding only), 0 for a device's own lap total. */
  tol: number;
  elapsed: number;
  moving?: number;
  points: number;
  avgHr: number | null;
  maxHr: number | null;
  cadence: number | null;
  offset: number | null;
  /** A warning that must be there (the sport was guessed, or is unknown). */
  warning?: RegExp;
}

const GOOD: Record<string, Expected> = {
  // Garmin Connect GPX: ns3 prefix for TrackPointExtension, atemp/hr/cad; cad is per leg (60–90) so it is doubled.
  'garmin-connect-run-ns3.gpx': { sport: 'running', start: '2022-11-20T05:29:01.000Z', distance: 52.043, tol: 0.05, elapsed: 19, moving: 19, points: 20, avgHr: 130, maxHr: 138, cadence: 171, offset: null },
  // Apple Health export: no <type>, speed/course/hAcc/vAcc straight under <extensions>, no heart rate.
  'apple-health-export-route.gpx': { sport: 'walking', start: '2019-12-15T20:19:55.000Z', distance: 68.367, tol: 0.05, elapsed: 43, moving: 43, points: 44, avgHr: null, maxHr: null, cadence: null, offset: null, warning: /guessed from the average speed/ },
  // StravaGPX sample: an XML comment and a bare <power> in <extensions>, atemp written twice; points over an hour
  // apart, so nothing counts as moving and no sport can be guessed.
  'strava-gpx-sample.gpx': { sport: 'other', start: '2018-05-14T14:54:21.000Z', distance: 7471.016, tol: 0.05, elapsed: 7723, moving: 0, points: 3, avgHr: 144, maxHr: 160, cadence: null, offset: null, warning: /guessed/ },
  // OpenTracks: time with fractional seconds and a +01:15 offset, CDATA names, a free-text <type>.
  'opentracks-timezone.gpx': { sport: 'other', start: '2021-01-07T20:36:59.179Z', distance: 0, tol: 0, elapsed: 0, points: 1, avgHr: null, maxHr: null, cadence: null, offset: 75, warning: /"the category" is not one Footing knows/ },
  // Garmin vívoactive HR via Connect: Sport="Other" (stand-up paddling), smart recording, TPX Speed only; the
  // trackpoints are an excerpt, the lap says 1000 m in 966.796 s.
  'garmin-vivoactive-sup-other.tcx': { sport: 'other', start: '2022-07-16T16:08:25.000Z', distance: 1000, tol: 0, elapsed: 966.796, moving: 966.796, points: 25, avgHr: 88, maxHr: 108, cadence: null, offset: null },
  // A Chinese phone health app (creator="Health"): one line, Sport="户外跑步" (outdoor run), no HR; trackpoints are an
  // excerpt, the lap says 3460 m in 1202 s.
  'health-app-outdoor-run.tcx': { sport: 'running', start: '2018-12-13T23:30:48.000Z', distance: 3460, tol: 0, elapsed: 1202, moving: 1202, points: 30, avgHr: null, maxHr: null, cadence: null, offset: null },
};

for (const [file, want] of Object.entries(GOOD)) {
  test(`${file} reads as the writer recorded it`, async () => {
    const a = await parseActivity(read(file), { fileName: file });
    assert.equal(a.format, file.endsWith('.gpx') ? 'gpx' : 'tcx');
    assert.equal(a.sport, want.sport);
    assert.equal(a.startTime, want.start);
    assert.ok(Math.abs(a.distanceMeters - want.distance) <= want.tol, `distance ${a.distanceMeters} vs ${want.distance}`);
    assert.equal(a.elapsedSeconds, want.elapsed);
    if (want.moving !== undefined) assert.equal(a.movingSeconds, want.moving);
    assert.equal(a.points, want.points);
    assert.equal(a.avgHeartRate, want.avgHr);
    assert.equal(a.maxHeartRate, want.maxHr);
    assert.equal(a.avgCadenceSpm, want.cadence);
    assert.equal(a.utcOffsetMinutes, want.offset);
    if (want.warning) assert.ok(a.warnings.some((w) => want.warning?.test(w) === true), a.warnings.join(' | '));
    else assert.deepEqual(a.warnings, []);
  });
}

const REFUSED: Record<string, RegExp> = {
  // A route planner's output: <rte> only. Saying so tells the user why nothing was imported.
  'osrm-route-only.gpx': /no track points, only a planned route of 2 point/,
  // A TCX Course (a planned route with invented times), not an Activity.
  'tcx-course-only.tcx': /no activity, only 1 course\(s\) \(a planned route/,
};

for (const [file, message] of Object.entries(REFUSED)) {
  test(`${file} is refused with one line saying what it holds`, async () => {
    await assert.rejects(parseActivity(read(file)), (e: unknown) => {
      assert.ok(e instanceof ActivityParseError);
      assert.equal(e.code, 'no-points');
      assert.match(e.message, message);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  });
}

test('a real file reads the same with a BOM, CRLF line ends, as UTF-16, or cut short', async () => {
  const original = await parseActivity(read('garmin-connect-run-ns3.gpx'));
  const source = text('garmin-connect-run-ns3.gpx');
  const crlf = enc(source.replace(/\n/g, '\r\n'));
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...crlf]);
  // UTF-16LE with its BOM, non-ASCII (the Chinese track name) included.
  const utf16 = new Uint8Array(2 + source.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    utf16[2 + i * 2] = c & 0xff;
    utf16[3 + i * 2] = c >> 8;
  }
  for (const bytes of [crlf, bom, utf16]) assert.deepEqual(await parseActivity(bytes), original);
  const cut = enc(source.slice(0, Math.floor(source.length / 2)));
  await assert.rejects(parseActivity(cut), (e: unknown) => e instanceof ActivityParseError && e.code === 'malformed' && !e.message.includes('\n'));
});

test('heart rate and cadence written straight under <extensions> (cluetrust gpxdata style) are read', async () => {
  const original = await parseActivity(read('garmin-connect-run-ns3.gpx'));
  const gpxdata = text('garmin-connect-run-ns3.gpx')
    .replace('xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"', 'xmlns:gpxdata="http://www.cluetrust.com/XML/GPXDATA/1/0"')
    .replace(/\s*<\/?ns3:TrackPointExtension>/g, '')
    .replace(/ns3:atemp>/g, 'gpxdata:temp>')
    .replace(/ns3:hr>/g, 'gpxdata:hr>')
    .replace(/ns3:cad>/g, 'gpxdata:cadence>');
  assert.ok(!gpxdata.includes('ns3:'));
  const a = await parseActivity(enc(gpxdata));
  assert.equal(a.avgHeartRate, original.avgHeartRate);
  assert.equal(a.avgCadenceSpm, original.avgCadenceSpm);
});

test('a running TCX with <Cadence> on trackpoints and no RunCadence still gives steps per minute', async () => {
  const source = text('health-app-outdoor-run.tcx');
  let i = 0;
  // Per-leg values as some writers put them (85–90); they must be doubled like RunCadence.
  const withCadence = source.replace(/<\/AltitudeMeters><\/Trackpoint>/g, () => `</AltitudeMeters><Cadence>${85 + (i++ % 6)}</Cadence></Trackpoint>`);
  assert.equal(i, 30);
  const a = await parseActivity(enc(withCadence));
  const mean = Array.from({ length: 30 }, (_, k) => 85 + (k % 6)).reduce((s, v) => s + v, 0) / 30;
  assert.equal(a.avgCadenceSpm, Math.round(mean * 2));
  // Steps per minute written as such are not doubled again.
  const spm = source.replace(/<\/AltitudeMeters><\/Trackpoint>/g, '</AltitudeMeters><Cadence>172</Cadence></Trackpoint>');
  assert.equal((await parseActivity(enc(spm))).avgCadenceSpm, 172);
});

test('an unknown sport name stays "other" with a warning; it is not guessed from its pace', async () => {
  const tennis = text('health-app-outdoor-run.tcx').replace('Sport="户外跑步"', 'Sport="Tennis"');
  const a = await parseActivity(enc(tennis));
  assert.equal(a.sport, 'other');
  assert.ok(a.warnings.some((w) => /"Tennis" is not one Footing knows/.test(w)));
});
