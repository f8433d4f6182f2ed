/** Bad and unusual input, on files generated here (see test/fixtures/activity-builders.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'fflate';
import { makeFit, makeGpx, makeTcx, straightTrack } from '../../../test/fixtures/activity-builders.ts';
import type { GenActivity } from '../../../test/fixtures/activity-builders.ts';
import { fitCrc } from './fit-crc.ts';
import { parseActivity } from './parse.ts';
import { ActivityParseError } from './types.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const START = new Date('2024-03-01T07:00:00Z');
const run = (): GenActivity => straightTrack(START, 'running', 301, 2, 3); // 600 s at 3 m/s = 1800 m

async function rejectsWith(bytes: Uint8Array, code: string, message?: RegExp): Promise<void> {
  await assert.rejects(parseActivity(bytes), (err: unknown) => {
    assert.ok(err instanceof ActivityParseError, String(err));
    assert.equal(err.code, code);
    if (message) assert.match(err.message, message);
    assert.ok(!err.message.includes('\n'), 'one line');
    return true;
  });
}

test('the same run reads the same from FIT, GPX and TCX', async () => {
  const a = run();
  const fit = await parseActivity(makeFit(a));
  const gpx = await parseActivity(enc(makeGpx(a, { type: 'running' })));
  const tcx = await parseActivity(enc(makeTcx(a)));
  for (const x of [fit, gpx, tcx]) {
    assert.equal(x.sport, 'running');
    assert.equal(x.startTime, '2024-03-01T07:00:00.000Z');
    assert.equal(x.elapsedSeconds, 600);
    assert.equal(x.points, 301);
    assert.ok(Math.abs(x.distanceMeters - 1800) < 2, `${x.format}: ${x.distanceMeters}`);
    assert.equal(x.avgCadenceSpm, 170, `${x.format}: per-leg 85 doubled`);
  }
  assert.deepEqual([fit.format, gpx.format, tcx.format], ['fit', 'gpx', 'tcx']);
});

test('gzipped files are unwrapped, and a wrong extension is read by content with a warning', async () => {
  const a = await parseActivity(gzipSync(makeFit(run())), { fileName: 'morning.gpx.gz' });
  assert.equal(a.format, 'fit');
  assert.match(a.warnings[0] ?? '', /named \.gpx but contains FIT/);
  const b = await parseActivity(gzipSync(enc(makeTcx(run()))), { fileName: 'x.tcx.gz' });
  assert.deepEqual(b.warnings, []);
});

test('empty, unknown, zip and doubly gzipped input each get their own error', async () => {
  await rejectsWith(new Uint8Array(0), 'empty');
  await rejectsWith(enc('   \n'), 'empty');
  await rejectsWith(enc('hello, world'), 'unknown-format');
  await rejectsWith(enc('<kml><Document/></kml>'), 'unknown-format', /neither GPX nor TCX/);
  await rejectsWith(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'unsupported', /zip archive/);
  await rejectsWith(gzipSync(gzipSync(makeFit(run()))), 'unsupported', /twice/);
  await rejectsWith(gzipSync(makeFit(run())).subarray(0, 30), 'truncated');
});

test('a gzip bomb stops at the size limit', async () => {
  const { gunzipLimited } = await import('./gzip.ts');
  const bomb = gzipSync(new Uint8Array(5 * 1024 * 1024));
  assert.throws(() => gunzipLimited(bomb, 1024 * 1024), (e: unknown) => e instanceof ActivityParseError && e.code === 'too-large');
  assert.equal(gunzipLimited(bomb, 6 * 1024 * 1024).length, 5 * 1024 * 1024);
});

test('FIT: corrupt header CRC, corrupt data, truncation and a missing session', async () => {
  const good = makeFit(run());
  const header = good.slice();
  header[13] = (header[13] ?? 0) ^ 0xff;
  await rejectsWith(header, 'bad-crc', /header checksum/);
  const data = good.slice();
  data[200] = (data[200] ?? 0) ^ 0x01;
  await rejectsWith(data, 'bad-crc', /file checksum/);
  await rejectsWith(good.subarray(0, good.length - 1), 'truncated');
  await rejectsWith(good.subarray(0, 13), 'truncated');
  const noSession = { ...run(), session: undefined };
  const a = await parseActivity(makeFit(noSession));
  assert.ok(Math.abs(a.distanceMeters - 1800) < 0.01, 'falls back to the record odometer');
  assert.equal(a.elapsedSeconds, 600);
  assert.ok(a.warnings.some((w) => /guessed/.test(w)), 'no session, so the sport is guessed from speed');
});

test('FIT: chained files are verified and read', async () => {
  const good = makeFit(run());
  const chained = new Uint8Array(good.length * 2);
  chained.set(good, 0);
  chained.set(good, good.length);
  const a = await parseActivity(chained);
  assert.ok(a.warnings.some((w) => /chains 2/.test(w)));
  const broken = chained.slice();
  broken[good.length + 100] = (broken[good.length + 100] ?? 0) ^ 0xff;
  await rejectsWith(broken, 'bad-crc', /chained file 2/);
});

test('fitCrc matches the reference check value', () => {
  // A valid file's CRC over everything including its stored CRC is zero.
  const good = makeFit(run());
  assert.equal(fitCrc(good, 0, good.length), 0);
});

test('XML with a DOCTYPE or entities is refused (no XXE, no entity expansion)', async () => {
  const xxe = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx><trk><name>&x;</name></trk></gpx>`;
  await rejectsWith(enc(xxe), 'unsafe-xml');
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><TrainingCenterDatabase>&lol2;</TrainingCenterDatabase>`;
  await rejectsWith(enc(laughs), 'unsafe-xml');
  await rejectsWith(enc('<gpx><trk><trkseg><trkpt lat="1" lon="1"></trkseg></trk></gpx>'), 'malformed', /not well-formed/);
});

test('GPX: BOM, UTF-16, no points, routes without times, and invalid numbers', async () => {
  const gpx = makeGpx(run(), { type: 'running' });
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(gpx)]);
  assert.equal((await parseActivity(bom)).points, 301);
  const utf16 = new Uint8Array(2 + gpx.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < gpx.length; i++) utf16[2 + i * 2] = gpx.charCodeAt(i);
  assert.equal((await parseActivity(utf16.subarray(0))).points, 301);
  await rejectsWith(enc('<gpx version="1.1"><trk><trkseg></trkseg></trk></gpx>'), 'no-points');
  await rejectsWith(enc('<gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>'), 'no-time', /route/);
  await rejectsWith(enc('<gpx><trk><trkseg><trkpt lat="1" lon="2"><time>yesterday</time></trkpt></trkseg></trk></gpx>'), 'malformed', /invalid time/);
});

test('GPS teleports: a lone wild fix is skipped; a real jump elsewhere is not counted', async () => {
  const a = run();
  const spike = structuredClone(a);
  const p = spike.points[150];
  assert.ok(p);
  p.lat += 0.05; // ~5.5 km away for one sample
  const r1 = await parseActivity(enc(makeGpx(spike, { type: 'running' })));
  assert.ok(Math.abs(r1.distanceMeters - 1800) < 10, `${r1.distanceMeters}`);
  assert.ok(r1.warnings.some((w) => /GPS jump/.test(w)));
  const moved = structuredClone(a);
  for (const q of moved.points.slice(150)) q.lon += 0.5; // everything after sample 150 shifted ~31 km
  const r2 = await parseActivity(enc(makeGpx(moved, { type: 'running' })));
  assert.ok(Math.abs(r2.distanceMeters - 1794) < 10, `${r2.distanceMeters}`);
  assert.ok(r2.warnings.some((w) => /jumped elsewhere/.test(w)));
});

test('zero-distance points count as standing still, not moving', async () => {
  const a = run();
  const still = structuredClone(a);
  // Stand still for samples 100..199 (200 s): same position as sample 100, shift the rest back.
  const anchor = still.points[100];
  assert.ok(anchor);
  for (let i = 101; i < 200; i++) Object.assign(still.points[i] ?? {}, { lat: anchor.lat, lon: anchor.lon });
  for (let i = 200; i < still.points.length; i++) {
    const q = still.points[i];
    if (q) q.lat -= (100 * 2 * 3) / 111_195;
  }
  const r = await parseActivity(enc(makeGpx(still, { type: 'running' })));
  assert.ok(Math.abs(r.movingSeconds - 400) <= 2, `${r.movingSeconds}`);
  assert.equal(r.elapsedSeconds, 600);
});

test('out-of-order timestamps are put in time order with a warning', async () => {
  const a = run();
  const shuffled = structuredClone(a);
  const [x, y] = [shuffled.points[10], shuffled.points[11]];
  assert.ok(x && y);
  shuffled.points[10] = y;
  shuffled.points[11] = x;
  const r = await parseActivity(enc(makeGpx(shuffled, { type: 'running' })));
  assert.ok(r.warnings.some((w) => /out of order/.test(w)));
  assert.ok(Math.abs(r.distanceMeters - 1800) < 2);
  assert.equal(r.startTime, '2024-03-01T07:00:00.000Z');
});

test('TCX: sport names, lap-less files and bad numbers', async () => {
  const bike = await parseActivity(enc(makeTcx(straightTrack(START, 'cycling', 100, 1, 8), 'Biking')));
  assert.equal(bike.sport, 'cycling');
  assert.equal(bike.avgCadenceSpm, null);
  await rejectsWith(enc('<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>'), 'no-points');
  const bad = makeTcx(run()).replace('<DistanceMeters>6</DistanceMeters>', '<DistanceMeters>no</DistanceMeters>');
  await rejectsWith(enc(bad), 'malformed', /invalid number "no"/);
});
