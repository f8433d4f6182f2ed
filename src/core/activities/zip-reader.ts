import { Unzip, UnzipInflate } from 'fflate';
import type { UnzipFile } from 'fflate';
import { concat } from './gzip.ts';

/** Limits that stop a zip bomb before it costs memory or time (defaults are judgement). */
export interface ZipLimits {
  /** Total bytes all wanted entries may expand to. */
  maxTotalBytes: number;
  /** Bytes one entry may expand to. */
  maxEntryBytes: number;
  /** Largest believable expansion ratio (uncompressed / compressed). */
  maxRatio: number;
}

/** Defaults: 4 GB in total, 256 MB per entry, 200:1 ratio (text compresses ~10:1, gzipped FIT barely at all). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 4 * 1024 ** 3, maxEntryBytes: 256 * 1024 ** 2, maxRatio: 200 };

/** One result from the archive: a whole entry, or an entry that was refused with its reason. */
export type ZipItem = { kind: 'entry'; name: string; data: Uint8Array } | { kind: 'failed'; name: string; reason: string };

/** Thrown when the archive as a whole must be abandoned (a bomb, or not a zip at all). */
export class ZipArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipArchiveError';
  }
}

/**
 * Why an entry name is unsafe (a path that climbs out with `..`, an absolute path, a drive letter), or null.
 * @example unsafePathReason('../../etc/passwd') // 'the path leaves the archive (..)'
 */
export function unsafePathReason(name: string): string | null {
  if (name.includes('\\')) return 'the path uses backslashes';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'the path is absolute';
  if (name.split('/').some((part) => part === '..')) return 'the path leaves the archive (..)';
  if (name.includes('\0')) return 'the path contains a NUL byte';
  return null;
}

/**
 * Streams a zip archive: feed it chunks, get back whole entries as they complete. Only entries `want` accepts are
 * inflated; memory is bounded by one entry plus one input chunk. Uses fflate's streaming Unzip, never whole-archive
 * inflation.
 * @example for await (const item of readZip(chunks, (n) => n.endsWith('.csv'))) …
 */
export async function* readZip(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  want: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): AsyncGenerator<ZipItem> {
  const ready: ZipItem[] = [];
  let inputBytes = 0;
  let totalOut = 0;
  let sawFile = false;
  let first = true;
  // fflate catches exceptions thrown from ondata, so an archive-level stop is recorded here and thrown after push.
  let abort: ZipArchiveError | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    sawFile = true;
    if (file.name.endsWith('/')) return; // a folder
    const unsafe = unsafePathReason(file.name);
    if (unsafe !== null) {
      ready.push({ kind: 'failed', name: file.name, reason: `refused: ${unsafe}` });
      return;
    }
    if (!want(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      ready.push({ kind: 'failed', name: file.name, reason: `unsupported zip compression method ${file.compression}` });
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    let failed = false;
    file.ondata = (err, data, final) => {
      if (failed || abort !== null) return;
      if (err) {
        failed = true;
        ready.push({ kind: 'failed', name: file.name, reason: `damaged zip entry: ${err.message}` });
        return;
      }
      size += data.length;
      totalOut += data.length;
      if (totalOut > limits.maxTotalBytes) {
        abort = new ZipArchiveError(`the archive expands to more than ${gb(limits.maxTotalBytes)}; import stopped`);
        return;
      }
      if (totalOut > 64 * 1024 ** 2 && totalOut > limits.maxRatio * inputBytes) {
        abort = new ZipArchiveError(`the archive expands more than ${limits.maxRatio}:1 (a zip bomb?); import stopped`);
        return;
      }
      const entryRatioBad = file.size !== undefined && size > 1024 ** 2 && size > limits.maxRatio * Math.max(file.size, 1);
      if (size > limits.maxEntryBytes || entryRatioBad) {
        failed = true;
        parts.length = 0;
        ready.push({ kind: 'failed', name: file.name, reason: entryRatioBad ? `expands more than ${limits.maxRatio}:1 (a zip bomb?)` : `larger than ${gb(limits.maxEntryBytes)} uncompressed` });
        return;
      }
      parts.push(data);
      if (final) ready.push({ kind: 'entry', name: file.name, data: concat(parts, size) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of chunks) {
    if (first && chunk.length >= 2) {
      first = false;
      if (chunk[0] !== 0x50 || chunk[1] !== 0x4b) throw new ZipArchiveError('not a zip archive');
    }
    inputBytes += chunk.length;
    push(unzip, chunk, false);
    if (abort !== null) throw abort;
    yield* ready.splice(0);
  }
  push(unzip, new Uint8Array(0), true);
  if (abort !== null) throw abort;
  yield* ready.splice(0);
  if (!sawFile) throw new ZipArchiveError('the zip archive is empty or damaged');
}

function push(unzip: Unzip, chunk: Uint8Array, final: boolean): void {
  try {
    unzip.push(chunk, final);
  } catch (err) {
    if (err instanceof ZipArchiveError) throw err;
    throw new ZipArchiveError(`the zip archive is damaged: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function gb(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${Math.round(bytes / 1024 ** 3)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
