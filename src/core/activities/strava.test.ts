import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { DE_HEADER, EN_HEADER, csvLine, exportWithGaps, smallExport } from '../../../test/fixtures/strava-export-builder.ts';
import { makeFit, straightTrack } from '../../../test/fixtures/activity-builders.ts';
import { DuplicateIndex, isDuplicate } from './duplicates.ts';
import { readStravaExport } from './strava.ts';
import type { ImportOutcome } from './strava.ts';
import { parseStravaCsv, parseStravaDate } from './strava-csv.ts';
import { readZip, unsafePathReason, ZipArchiveError } from './zip-reader.ts';

/** Feeds bytes in small chunks, as a file stream would. */
function* chunked(bytes: Uint8Array, size = 4096): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(bytes: Uint8Array): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for await (const o of readStravaExport(chunked(bytes))) out.push(o);
  return out;
}

test('a Strava export: files joined with the CSV (type, name, gear), manual rows kept', async () => {
  const out = await collect(smallExport());
  const acts = out.flatMap((o) => (o.kind === 'activity' ? [o.activity] : []));
  assert.equal(out.length, 4);
  assert.equal(acts.length, 4);
  const bySource = new Map(acts.map((a) => [a.source, a]));
  const easy = bySource.get('activities/9001.fit.gz');
  assert.equal(easy?.name, 'Easy, slow');
  assert.equal(easy?.gear, 'Pegasus 40');
  assert.equal(easy?.externalId, '101');
  assert.equal(easy?.distanceMeters, 1800);
  assert.equal(bySource.get('activities/9002.fit')?.sport, 'trail_running', 'the type the athlete chose wins');
  assert.equal(bySource.get('activities/9002.fit')?.name, 'Long "run"');
  assert.equal(bySource.get('activities/9003.gpx.gz')?.sport, 'walking');
  const manual = acts.find((a) => a.manual);
  assert.equal(manual?.source, 'activities.csv row 5');
  assert.equal(manual?.distanceMeters, 5000);
  assert.equal(manual?.elapsedSeconds, 1800);
  assert.equal(manual?.movingSeconds, 1750);
  assert.equal(manual?.startTime, '2024-05-05T08:00:00.000Z');
});

test('bad entries fail one by one while the rest import: ../ paths, damaged FIT, empty file', async () => {
  const damaged = makeFit(straightTrack(new Date('2024-06-01T06:00:00Z'), 'running', 50, 1, 3));
  damaged[60] = (damaged[60] ?? 0) ^ 0xff;
  const out = await collect(smallExport({
    '../../evil.fit': makeFit(straightTrack(new Date('2024-06-02T06:00:00Z'), 'running', 50, 1, 3)),
    'activities/bad.fit': damaged,
    'activities/empty.gpx': new Uint8Array(0),
  }));
  const failed = out.flatMap((o) => (o.kind === 'failed' ? [`${o.source}: ${o.reason}`] : []));
  assert.equal(failed.length, 3, failed.join('\n'));
  assert.ok(failed.some((f) => /^\.\.\/\.\.\/evil\.fit: refused: the path leaves the archive/.test(f)));
  assert.ok(failed.some((f) => /^activities\/bad\.fit: .*checksum/.test(f)));
  assert.ok(failed.some((f) => /^activities\/empty\.gpx: the file is empty/.test(f)));
  assert.equal(out.filter((o) => o.kind === 'activity').length, 4);
});

test('unsafe entry names are recognised', () => {
  assert.equal(unsafePathReason('activities/1.fit'), null);
  assert.match(unsafePathReason('a/../../b') ?? '', /leaves/);
  assert.match(unsafePathReason('/etc/passwd') ?? '', /absolute/);
  assert.match(unsafePathReason('C:/x') ?? '', /absolute/);
  assert.match(unsafePathReason('a\\..\\b') ?? '', /backslash/);
});

test('zip bombs: a highly compressible entry and the total size are both limited', async () => {
  const zeros = new Uint8Array(8 * 1024 * 1024);
  const bomb = zipSync({ 'activities/zeros.gpx': zeros, 'activities.csv': new TextEncoder().encode(EN_HEADER) }, { level: 9 });
  const items: string[] = [];
  for await (const i of readZip(chunked(bomb), () => true, { maxTotalBytes: 1024 ** 3, maxEntryBytes: 1024 ** 3, maxRatio: 50 })) {
    items.push(`${i.kind}:${i.name}${i.kind === 'failed' ? `:${i.reason}` : ''}`);
  }
  assert.ok(items.some((i) => /^failed:activities\/zeros\.gpx:expands more than 50:1/.test(i)), items.join('\n'));
  assert.ok(items.includes('entry:activities.csv'));
  await assert.rejects(async () => {
    for await (const _ of readZip(chunked(bomb), () => true, { maxTotalBytes: 1024 ** 2, maxEntryBytes: 1024 ** 3, maxRatio: 1e9 })) void _;
  }, (e: unknown) => e instanceof ZipArchiveError && /more than 1 MB/.test(e.message));
});

test('not a zip, or a cut-off zip, is an archive-level error', async () => {
  await assert.rejects(collect(new TextEncoder().encode('hello world')), ZipArchiveError);
  const zip = smallExport();
  await assert.rejects(collect(zip.subarray(0, 20)), ZipArchiveError);
});

test('activities.csv: German headers, decimal commas and a date like 09.12.2022, 15:24:49', () => {
  const text = [DE_HEADER, csvLine([7, '09.12.2022, 15:24:49', 'Morgenlauf', 'Lauf', '', 3400, '9,44', '', '', 'false', '', 'Kinvara', 'activities/7.fit.gz', '', '', 3400, 3300, '9440,5'])].join('\n');
  const [row] = parseStravaCsv(text);
  assert.equal(row?.startTime, '2022-12-09T15:24:49.000Z');
  assert.equal(row?.distanceMeters, 9440.5, 'the second Distance column is metres');
  assert.equal(row?.gear, 'Kinvara');
  assert.equal(row?.filename, 'activities/7.fit.gz');
  assert.equal(row?.movingSeconds, 3300);
  assert.equal(row?.type, 'Lauf');
});

test('activities.csv: the pre-2019 format (ISO-like dates, Distance in metres, fewer columns)', () => {
  const old = 'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Commute,Activity Gear,Filename\n' +
    '55,2018-09-12 15:02:23,Lunch Run,Run,"multi\nline, note",1800,5012.3,false,Old shoes,activities/55.gpx';
  const [row] = parseStravaCsv(old);
  assert.equal(row?.startTime, '2018-09-12T15:02:23.000Z');
  assert.equal(row?.distanceMeters, 5012.3);
  assert.equal(row?.gear, 'Old shoes');
  assert.equal(row?.filename, 'activities/55.gpx');
});

test('activities.csv: unknown-language headers fall back to column positions', () => {
  const text = 'A,B,C,D,E,F,G,H,I,J,K,L,M\n' + csvLine([1, 'Sep 12, 2018, 3:02:23 PM', 'x', 'Run', '', 60, '1.5', '', '', '', '', 'Shoe', 'activities/1.fit']);
  const [row] = parseStravaCsv(text);
  assert.equal(row?.filename, 'activities/1.fit');
  assert.equal(row?.gear, 'Shoe');
  assert.equal(row?.distanceMeters, 1500);
});

test('Strava dates: 12 AM/PM edge cases and nonsense', () => {
  assert.equal(parseStravaDate('Jan 1, 2020, 12:05:00 AM'), '2020-01-01T00:05:00.000Z');
  assert.equal(parseStravaDate('Jan 1, 2020, 12:05:00 PM'), '2020-01-01T12:05:00.000Z');
  assert.equal(parseStravaDate('yesterday'), null);
});

test('duplicates: within 60 s and 2%, and not beyond', () => {
  const a = { startTime: '2024-01-01T07:00:00Z', distanceMeters: 10000 };
  assert.ok(isDuplicate(a, { startTime: '2024-01-01T07:01:00Z', distanceMeters: 10200 }));
  assert.ok(!isDuplicate(a, { startTime: '2024-01-01T07:01:01Z', distanceMeters: 10000 }));
  assert.ok(!isDuplicate(a, { startTime: '2024-01-01T07:00:00Z', distanceMeters: 10300 }));
  const index = new DuplicateIndex<typeof a>();
  index.add(a);
  assert.equal(index.find({ startTime: '2024-01-01T06:59:30Z', distanceMeters: 9900 }), a, 'found across a minute boundary');
  assert.equal(index.find({ startTime: '2024-01-01T08:00:00Z', distanceMeters: 10000 }), undefined);
});

test('rows whose file is missing are reported, with a manual activity when the CSV has distance and time', async () => {
  const out = await collect(exportWithGaps());
  const missing = out.flatMap((o) => (o.kind === 'missing' ? [o] : []));
  assert.deepEqual(missing.map((m) => [m.source, m.file]), [['activities.csv row 3', 'activities/9302.fit.gz'], ['activities.csv row 4', 'activities/9303.gpx.gz']]);
  const lost = missing[0]?.activity;
  assert.equal(lost?.format, 'manual');
  assert.equal(lost?.manual, true);
  assert.equal(lost?.startTime, '2024-07-02T06:00:00.000Z');
  assert.equal(lost?.distanceMeters, 8000);
  assert.equal(lost?.elapsedSeconds, 2400);
  assert.equal(lost?.movingSeconds, 2350);
  assert.equal(lost?.gear, 'Pegasus 40');
  assert.match(lost?.notes ?? '', /^From activities\.csv: the file activities\/9302\.fit\.gz is missing from the export/);
  assert.equal(missing[1]?.activity, null, 'no distance: nothing to store');
  const failed = out.flatMap((o) => (o.kind === 'failed' ? [o.source] : []));
  assert.deepEqual(failed, ['activities/9304.fit'], 'a damaged file is a failure, not a missing file');
});

test('a multisport file in an export: one activity per leg; the gear goes to the legs of the row\'s sport', async () => {
  const acts = (await collect(exportWithGaps())).flatMap((o) => (o.kind === 'activity' ? [o.activity] : []));
  const legs = acts.filter((a) => a.externalId === '205');
  assert.deepEqual(legs.map((a) => [a.source, a.sport, a.name, a.gear]), [
    ['activities/9305.fit.gz · part 1 of 3 (swimming)', 'swimming', 'Sprint tri (swimming)', null],
    ['activities/9305.fit.gz · part 2 of 3 (cycling)', 'cycling', 'Sprint tri (cycling)', null],
    ['activities/9305.fit.gz · part 3 of 3 (running)', 'running', 'Sprint tri (running)', 'Pegasus 40'],
  ]);
  assert.equal(legs[2]?.distanceMeters, 10_000, 'the run leg alone, not the whole race');
});
