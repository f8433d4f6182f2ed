import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { findEntry, localDataOffset, locateDirectory } from './zip-directory.ts';
import { readZip } from './zip-reader.ts';
import type { ZipItem } from './zip-reader.ts';
import { findDescriptor } from './zip-format.ts';

function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** A streaming zip (sizes in data descriptors after each entry), as streaming writers and fflate's Zip make it. */
function streamingZip(files: Record<string, { data: Uint8Array; deflate: boolean }>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, f] of Object.entries(files)) {
    const entry = f.deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(f.data, true);
  }
  zip.end();
  const total = out.reduce((s, c) => s + c.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of out) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

async function collect(bytes: Uint8Array, chunk: number, want: (n: string) => boolean = () => true): Promise<ZipItem[]> {
  const items: ZipItem[] = [];
  for await (const i of readZip(chunked(bytes, chunk), want)) items.push(i);
  return items;
}

/** Bytes that contain the data-descriptor signature "PK\x07\x08" many times, as compressed data can by chance. */
function trickyBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7919) & 0xff;
  for (let i = 100; i + 16 < n; i += 997) b.set([0x50, 0x4b, 0x07, 0x08, 1, 2, 3, 4, 5, 0, 0, 0, 5, 0, 0, 0], i);
  return b;
}

test('entries with data descriptors are read whole, whatever the chunking, even with signatures inside the data', async () => {
  const tricky = trickyBytes(50_000);
  const text = new TextEncoder().encode('hello '.repeat(5000));
  const zip = streamingZip({ 'a/stored.bin': { data: tricky, deflate: false }, 'b/text.txt': { data: text, deflate: true }, 'c/empty': { data: new Uint8Array(0), deflate: false } });
  for (const size of [1, 7, 4096, zip.length]) {
    const items = await collect(zip, size);
    assert.deepEqual(items.map((i) => i.name), ['a/stored.bin', 'b/text.txt', 'c/empty'], `chunk ${size}`);
    const [a, b] = items;
    assert.ok(a?.kind === 'entry' && b?.kind === 'entry');
    assert.deepEqual(a.data, tricky);
    assert.deepEqual(b.data, text);
  }
});

test('unwanted entries are skipped, and a cut-off archive reports the entry it stopped in', async () => {
  const zip = zipSync({ 'media/photo.jpg': [trickyBytes(100_000), { level: 0 }], 'activities/1.gpx': new TextEncoder().encode('<gpx/>') });
  const items = await collect(zip, 1000, (n) => n.startsWith('activities/'));
  assert.deepEqual(items.map((i) => `${i.kind}:${i.name}`), ['entry:activities/1.gpx']);
  const cut = await collect(zip.subarray(0, 50_000), 1000, () => true);
  assert.deepEqual(cut.map((i) => `${i.kind}:${i.name}`), ['failed:media/photo.jpg']);
});

test('a descriptor is only accepted when its size matches the data before it', () => {
  const buf = new Uint8Array(64);
  buf.set([0x50, 0x4b, 0x07, 0x08, 0, 0, 0, 0, 99, 0, 0, 0], 10); // size 99: not this one
  buf.set([0x50, 0x4b, 0x07, 0x08, 0, 0, 0, 0, 30, 0, 0, 0], 30); // 30 bytes before it: this one
  assert.deepEqual(findDescriptor(buf, 0), { dataEnd: 30, length: 16 });
  assert.deepEqual(findDescriptor(buf, 5), { dataEnd: null, safe: 28 });
});

test('the central directory finds one entry without reading the rest', () => {
  const csv = new TextEncoder().encode('Activity ID,Filename\n1,activities/1.fit\n');
  const zip = zipSync({ 'activities/1.fit': new Uint8Array(1000), 'export_9/activities.csv': [csv, { level: 0 }] });
  const where = locateDirectory(zip.subarray(Math.max(0, zip.length - 70_000)));
  assert.ok(where?.kind === 'directory');
  const entry = findEntry(zip.subarray(where.offset, where.offset + where.size), (n) => n.endsWith('activities.csv'));
  assert.equal(entry?.name, 'export_9/activities.csv');
  assert.ok(entry !== null);
  const start = entry.localHeaderOffset + (localDataOffset(zip.subarray(entry.localHeaderOffset)) ?? 0);
  assert.deepEqual(zip.subarray(start, start + entry.compressedSize), csv);
  assert.equal(locateDirectory(new Uint8Array(100)), null);
});
