import { Gunzip } from 'fflate';
import type { Inflater, InflateStream } from './inflate.ts';
import { ActivityParseError } from './types.ts';

/** Largest single activity file we will inflate (judgement: a 100-hour FIT is ~30 MB, a long GPX a few tens). */
export const MAX_ACTIVITY_BYTES = 256 * 1024 * 1024;

/** True for gzip's magic bytes. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Inflates a gzip file in slices, stopping as soon as the output passes `limit` bytes, so a gzip bomb costs at
 * most `limit` bytes of memory. Pure JavaScript (fflate), no node:zlib.
 * @example gunzipLimited(gzipped).length
 */
export function gunzipLimited(bytes: Uint8Array, limit = MAX_ACTIVITY_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > limit) {
      throw new ActivityParseError('too-large', `the compressed file expands to more than ${Math.round(limit / 1048576)} MB`);
    }
    chunks.push(chunk);
  });
  const slice = 64 * 1024;
  try {
    for (let i = 0; i < bytes.length; i += slice) {
      inflater.push(bytes.subarray(i, Math.min(bytes.length, i + slice)), i + slice >= bytes.length);
    }
  } catch (err) {
    if (err instanceof ActivityParseError) throw err;
    throw new ActivityParseError('truncated', `the gzip data is damaged or cut short (${err instanceof Error ? err.message : String(err)})`);
  }
  if (total === 0 && bytes.length < 20) throw new ActivityParseError('truncated', 'the gzip data is cut short');
  return concat(chunks, total);
}

/**
 * Like {@link gunzipLimited}, through an injected {@link Inflater} (the import service passes `node:zlib`'s).
 * The input is fed in slices so the limit stops a bomb early.
 * @example await gunzipWith(gzipped, MAX_ACTIVITY_BYTES, fflateInflater)
 */
export async function gunzipWith(bytes: Uint8Array, limit: number, inflater: Inflater): Promise<Uint8Array> {
  const out = await inflateLimited(bytes, limit, (onData) => inflater.gunzip(onData), 'gzip data');
  if (out.length === 0 && bytes.length < 20) throw new ActivityParseError('truncated', 'the gzip data is cut short');
  return out;
}

/**
 * Inflates raw DEFLATE data (a zip entry read whole) with the same limit and errors as {@link gunzipWith}.
 * @example await inflateRawWith(entryBytes, 64 * 1024 ** 2, fflateInflater)
 */
export function inflateRawWith(bytes: Uint8Array, limit: number, inflater: Inflater): Promise<Uint8Array> {
  return inflateLimited(bytes, limit, (onData) => inflater.inflateRaw(onData), 'compressed data');
}

async function inflateLimited(bytes: Uint8Array, limit: number, make: (onData: (c: Uint8Array) => void) => InflateStream, what: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const tooLarge = new ActivityParseError('too-large', `the compressed file expands to more than ${Math.round(limit / 1048576)} MB`);
  const stream = make((chunk) => {
    total += chunk.length;
    if (total > limit) throw tooLarge;
    chunks.push(chunk);
  });
  const slice = 256 * 1024;
  try {
    for (let i = 0; i < bytes.length; i += slice) await stream.write(bytes.subarray(i, Math.min(bytes.length, i + slice)));
    await stream.end();
  } catch (err) {
    stream.destroy();
    if (err instanceof ActivityParseError) throw err;
    throw new ActivityParseError('truncated', `the ${what} is damaged or cut short (${err instanceof Error ? err.message : String(err)})`);
  }
  return concat(chunks, total);
}

/** Joins chunks into one array. */
export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
