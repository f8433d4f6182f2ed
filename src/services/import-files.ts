/**
 * Import sources on disk (CLI paths, uploads saved to a temp folder), and reading a Strava export's
 * `activities.csv` straight from the archive's central directory before the archive is streamed.
 * @module
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { inflateRawWith } from '../core/activities/gzip.ts';
import type { Inflater } from '../core/activities/inflate.ts';
import { findEntry, localDataOffset, locateDirectory, readZip64End, ZIP_TAIL_BYTES } from '../core/activities/zip-directory.ts';

/** Something to import: a name for the report, its size, and its bytes as a stream. */
export interface ImportSource {
  readonly name: string;
  readonly size: number;
  open(): AsyncIterable<Uint8Array>;
  /** Bytes [start, end) when the source can be read at an offset (a file on disk); lets a zip's CSV be read first. */
  readRange?(start: number, end: number): Promise<Uint8Array>;
}

/**
 * A file on disk as an import source: streamed in 1 MiB chunks, and readable at any offset.
 * @example fileImportSource('/tmp/export.zip', stat.size)
 */
export function fileImportSource(file: string, size: number, name = file): ImportSource {
  return {
    name,
    size,
    open: () => createReadStream(file, { highWaterMark: 1 << 20 }),
    async readRange(start, end) {
      const fh = await open(file, 'r');
      try {
        const out = new Uint8Array(Math.max(0, end - start));
        const { bytesRead } = await fh.read(out, 0, out.length, start);
        return out.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
  };
}

/** Largest central directory or CSV read this way (judgement: ~100 bytes per entry; bigger falls back to streaming). */
const MAX_DIRECT_BYTES = 256 * 1024 ** 2;

/**
 * The uncompressed bytes of the first entry `want` accepts, read through the central directory; undefined when the
 * source cannot be read at an offset or anything about the archive is unexpected (the caller then streams).
 */
export async function readEntryDirectly(src: ImportSource, want: (name: string) => boolean, inflater: Inflater): Promise<Uint8Array | undefined> {
  const read = src.readRange;
  if (read === undefined || src.size < 22) return undefined;
  try {
    const tailStart = Math.max(0, src.size - ZIP_TAIL_BYTES);
    let where = locateDirectory(await read(tailStart, src.size));
    if (where?.kind === 'zip64') {
      const end64 = readZip64End(await read(where.endRecordOffset, where.endRecordOffset + 56));
      where = end64 === null ? null : { kind: 'directory', ...end64 };
    }
    if (where === null || where.kind !== 'directory' || where.size > MAX_DIRECT_BYTES || where.offset + where.size > src.size) return undefined;
    const entry = findEntry(await read(where.offset, where.offset + where.size), want);
    if (entry === null || (entry.method !== 0 && entry.method !== 8) || entry.compressedSize > MAX_DIRECT_BYTES) return undefined;
    const header = await read(entry.localHeaderOffset, entry.localHeaderOffset + 30 + 2 * 65_535);
    const skip = localDataOffset(header);
    if (skip === null) return undefined;
    const start = entry.localHeaderOffset + skip;
    const data = await read(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) return undefined;
    return entry.method === 0 ? data : await inflateRawWith(data, MAX_DIRECT_BYTES, inflater);
  } catch {
    return undefined;
  }
}
