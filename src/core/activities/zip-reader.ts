import { concat } from './gzip.ts';
import { fflateInflater } from './inflate.ts';
import type { Inflater, InflateStream } from './inflate.ts';
import { ByteQueue, findDescriptor, parseLocalHeader, SIG, u32 } from './zip-format.ts';
import type { LocalHeader } from './zip-format.ts';

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

/** Options for {@link readZip}. */
export interface ZipReadOptions {
  limits?: ZipLimits;
  /** Decompressor for deflated entries (default: fflate). */
  inflater?: Inflater;
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

/** Thrown from an output callback to end one entry (it is reported failed; the archive carries on). */
class EntryRefused extends Error {}

/** Where the current entry's data goes: collected (wanted) or skipped (unwanted, refused, or failed). */
interface Entry {
  header: LocalHeader;
  /** Compressed bytes consumed so far. */
  seen: number;
  stream: InflateStream | null;
  parts: Uint8Array[];
  size: number;
  failure: string | null;
}

/**
 * Streams a zip archive: feed it chunks, get back whole entries as they complete. Only entries `want` accepts are
 * inflated; everything else (photos, routes…) is skipped without being kept. Memory is bounded by one entry plus
 * one input chunk: the next chunk is read only after the consumer has taken the entries already complete, and the
 * inflater's backpressure is awaited. Entries whose sizes follow the data (a data descriptor, as streaming zip
 * writers make them) are delimited by a descriptor whose size matches, so a signature inside data cannot cut one.
 * @example for await (const item of readZip(chunks, (n) => n.endsWith('.csv'))) …
 */
export async function* readZip(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  want: (name: string) => boolean,
  options: ZipLimits | ZipReadOptions = {},
): AsyncGenerator<ZipItem> {
  const limits = 'maxRatio' in options ? options : (options.limits ?? DEFAULT_ZIP_LIMITS);
  const inflater = 'maxRatio' in options ? fflateInflater : (options.inflater ?? fflateInflater);
  const queue = new ByteQueue();
  let inputBytes = 0;
  let totalOut = 0;
  let sawEntry = false;
  let done = false;
  let entry: Entry | null = null;
  let archiveFailure: ZipArchiveError | null = null;

  const output = (e: Entry) => (chunk: Uint8Array): void => {
    e.size += chunk.length;
    totalOut += chunk.length;
    if (totalOut > limits.maxTotalBytes) {
      archiveFailure = new ZipArchiveError(`the archive expands to more than ${gb(limits.maxTotalBytes)}; import stopped`);
      throw archiveFailure;
    }
    if (totalOut > 64 * 1024 ** 2 && totalOut > limits.maxRatio * inputBytes) {
      archiveFailure = new ZipArchiveError(`the archive expands more than ${limits.maxRatio}:1 (a zip bomb?); import stopped`);
      throw archiveFailure;
    }
    const known = e.header.compressedSize;
    if (e.size > 1024 ** 2 && e.size > limits.maxRatio * Math.max(known ?? e.seen, 1)) throw new EntryRefused(`expands more than ${limits.maxRatio}:1 (a zip bomb?)`);
    if (e.size > limits.maxEntryBytes) throw new EntryRefused(`larger than ${gb(limits.maxEntryBytes)} uncompressed`);
    e.parts.push(chunk);
  };

  /** Runs one inflater call, turning its failure into the entry's reason (or the archive's). */
  const guard = async (e: Entry, call: () => void | Promise<void>): Promise<void> => {
    try {
      await call();
    } catch (err) {
      if (archiveFailure !== null) throw archiveFailure;
      e.stream?.destroy();
      e.stream = null;
      e.parts = [];
      e.failure ??= err instanceof EntryRefused ? err.message : `damaged zip entry: ${err instanceof Error ? err.message : String(err)}`;
    }
  };

  const feed = async (e: Entry, parts: Uint8Array[]): Promise<void> => {
    for (const p of parts) {
      e.seen += p.length;
      const stream = e.stream;
      if (stream !== null) await guard(e, () => stream.write(p));
    }
  };

  /** The entry's data is complete: its item, if it was wanted. */
  const finish = async (e: Entry): Promise<ZipItem | null> => {
    const stream = e.stream;
    if (stream !== null) await guard(e, () => stream.end());
    if (e.failure !== null) return { kind: 'failed', name: e.header.name, reason: e.failure };
    if (stream === null) return null;
    return { kind: 'entry', name: e.header.name, data: concat(e.parts, e.size) };
  };

  const begin = (h: LocalHeader): { entry: Entry; item: ZipItem | null } => {
    const e: Entry = { header: h, seen: 0, stream: null, parts: [], size: 0, failure: null };
    const refuse = (reason: string): { entry: Entry; item: ZipItem } => ({ entry: e, item: { kind: 'failed', name: h.name, reason } });
    if (h.name.endsWith('/')) return { entry: e, item: null }; // a folder
    const unsafe = unsafePathReason(h.name);
    if (unsafe !== null) return refuse(`refused: ${unsafe}`);
    if (!want(h.name)) return { entry: e, item: null };
    if (h.encrypted) return refuse('the entry is encrypted');
    if (h.method !== 0 && h.method !== 8) return refuse(`unsupported zip compression method ${h.method}`);
    const sink = output(e);
    e.stream = h.method === 8 ? inflater.inflateRaw(sink) : { write: sink, end: () => undefined, destroy: () => undefined };
    return { entry: e, item: null };
  };

  /** Consumes what the queue holds; returns the items completed. `final`: no more input will come. */
  async function drain(final: boolean): Promise<ZipItem[]> {
    const items: ZipItem[] = [];
    while (!done) {
      if (entry === null) {
        const sig = queue.peek(4);
        if (sig === null) break;
        const s = u32(sig, 0);
        if (s === SIG.central || s === SIG.end || s === SIG.end64) {
          done = true; // the central directory repeats what the local headers said: nothing more to read
          break;
        }
        if (s !== SIG.local) throw new ZipArchiveError(sawEntry ? 'the zip archive is damaged: unexpected bytes between entries' : 'not a zip archive');
        const h = parseLocalHeader(queue.peek(Math.min(queue.length, 30 + 65535 * 2)) ?? new Uint8Array(0));
        if (h === null) break;
        queue.take(h.headerLength);
        sawEntry = true;
        const started = begin(h);
        entry = started.entry;
        if (started.item !== null) items.push(started.item);
        continue;
      }
      const e: Entry = entry;
      if (e.header.compressedSize !== null) {
        await feed(e, queue.take(e.header.compressedSize - e.seen));
        if (e.seen < e.header.compressedSize) break;
        if (e.header.hasDescriptor) {
          const head = queue.peek(4);
          if (head === null) break;
          const length = (u32(head, 0) === SIG.descriptor ? 4 : 0) + (e.header.zip64 ? 20 : 12);
          if (queue.length < length) break;
          queue.take(length);
        }
      } else {
        const found = findDescriptor(queue.peekAll(), e.seen);
        if (found.dataEnd === null) {
          await feed(e, queue.take(found.safe));
          break;
        }
        await feed(e, queue.take(found.dataEnd));
        queue.take(found.length);
      }
      entry = null;
      const item = await finish(e);
      if (item !== null) items.push(item);
    }
    if (final && !done) {
      if (entry !== null) {
        const e: Entry = entry;
        entry = null;
        if (e.stream !== null || e.failure !== null) items.push({ kind: 'failed', name: e.header.name, reason: 'the archive is cut short inside this entry' });
        e.stream?.destroy();
      } else if (queue.length > 0 || !sawEntry) {
        throw new ZipArchiveError(sawEntry ? 'the zip archive is cut short' : 'the zip archive is empty or damaged');
      }
    }
    return items;
  }

  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length >= 2) {
      first = false;
      if (chunk[0] !== 0x50 || chunk[1] !== 0x4b) throw new ZipArchiveError('not a zip archive');
    }
    inputBytes += chunk.length;
    if (done) continue; // the central directory: read to the end so the source closes normally
    queue.push(chunk);
    yield* await drain(false);
  }
  yield* await drain(true);
  if (!sawEntry) throw new ZipArchiveError('the zip archive is empty or damaged');
}

function gb(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${Math.round(bytes / 1024 ** 3)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
