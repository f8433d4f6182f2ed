import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'fflate';
import { gunzipWith } from '../core/activities/gzip.ts';
import { fflateInflater } from '../core/activities/inflate.ts';
import { ActivityParseError } from '../core/activities/types.ts';
import { readStravaExport } from '../core/activities/strava.ts';
import { STRAVA_CSV } from '../core/activities/strava.ts';
import { smallExport, streamLargeExport } from '../../test/fixtures/strava-export-builder.ts';
import { fileImportSource, readEntryDirectly } from './import-files.ts';
import { zlibInflater } from './import-inflater.ts';

const dir = mkdtempSync(join(tmpdir(), 'footing-import-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, bytes: Uint8Array): ReturnType<typeof fileImportSource> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return fileImportSource(file, bytes.length, name);
}

test('node:zlib and fflate inflate alike; both refuse a bomb and a cut-off stream with one clear error', async () => {
  const data = new TextEncoder().encode('trkpt '.repeat(100_000));
  const gz = gzipSync(data);
  for (const inflater of [zlibInflater, fflateInflater]) {
    assert.deepEqual(await gunzipWith(gz, 10 * 1024 ** 2, inflater), data);
    await assert.rejects(gunzipWith(gz, 1000, inflater), (e: unknown) => e instanceof ActivityParseError && e.code === 'too-large');
    await assert.rejects(gunzipWith(gz.subarray(0, gz.length - 30), 10 * 1024 ** 2, inflater), (e: unknown) => e instanceof ActivityParseError && e.code === 'truncated');
  }
});

test('activities.csv is read first from the central directory, in plain and streaming (data-descriptor) zips', async () => {
  const plain = await readEntryDirectly(save('small.zip', smallExport()), (n) => STRAVA_CSV.test(n), zlibInflater);
  assert.match(new TextDecoder().decode(plain), /^Activity ID,Activity Date/);
  const parts: Uint8Array[] = [];
  streamLargeExport(3, 60, (c) => parts.push(c));
  const streamed = await readEntryDirectly(save('large.zip', new Uint8Array(Buffer.concat(parts))), (n) => STRAVA_CSV.test(n), zlibInflater);
  assert.equal(new TextDecoder().decode(streamed).split('\n').length, 4);
  assert.equal(await readEntryDirectly(save('not.zip', new TextEncoder().encode('hello world, not a zip at all')), () => true, zlibInflater), undefined);
});

test('with the CSV given first, files are joined as they stream and manual rows come at the end', async () => {
  const zip = smallExport();
  const src = save('joined.zip', zip);
  const csv = await readEntryDirectly(src, (n) => STRAVA_CSV.test(n), zlibInflater);
  assert.ok(csv !== undefined);
  const out: string[] = [];
  for await (const o of readStravaExport([zip], { csv, inflater: zlibInflater })) {
    out.push(o.kind === 'activity' ? `${o.activity.source}|${o.activity.name ?? ''}|${o.activity.gear ?? ''}` : `failed ${o.source}`);
  }
  assert.deepEqual(out, [
    'activities/9001.fit.gz|Easy, slow|Pegasus 40',
    'activities/9002.fit|Long "run"|Speedgoat',
    'activities/9003.gpx.gz|Walk|',
    'activities.csv row 5|Treadmill (manual)|Pegasus 40',
  ]);
});
