/**
 * The import's decompressor, on `node:zlib` streams (native zlib on the thread pool): the core zip and gzip
 * readers take it through their `Inflater` interface, so the core stays free of Node APIs.
 * @module
 */
import { once } from 'node:events';
import { createGunzip, createInflateRaw, type Gunzip, type InflateRaw } from 'node:zlib';
import type { Inflater, InflateStream } from '../core/activities/inflate.ts';

/** Bigger output chunks than zlib's 16 KiB default: fewer thread-pool round trips per entry. */
const CHUNK = 64 * 1024;

function zlibStream(z: InflateRaw | Gunzip, onData: (chunk: Uint8Array) => void): InflateStream {
  let failure: unknown = null;
  const fail = (err: unknown): void => {
    failure ??= err;
  };
  // `finished` settles once all output has been handed to onData (or on the first error).
  const finished = new Promise<void>((resolve) => {
    z.on('end', resolve);
    z.on('error', (err) => {
      fail(err);
      resolve();
    });
    z.on('close', resolve);
  });
  z.on('data', (chunk: Buffer) => {
    if (failure !== null) return;
    try {
      onData(chunk);
    } catch (err) {
      fail(err);
      z.destroy();
    }
  });
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  return {
    async write(chunk) {
      check();
      if (!z.write(chunk)) {
        // Backpressure: wait until zlib has taken what it holds; an error or destroy ends the wait too.
        await Promise.race([once(z, 'drain').catch(() => undefined), finished]);
      }
      check();
    },
    async end() {
      check();
      z.end();
      await finished;
      check();
      if (!z.readableEnded) throw new Error('unexpected end of compressed data');
    },
    destroy() {
      z.destroy();
    },
  };
}

/**
 * Streaming raw-DEFLATE and gzip through `node:zlib`.
 * @example await importSources(actor, deps, sources) // uses it for every zip entry and .gz file
 */
export const zlibInflater: Inflater = {
  inflateRaw: (onData) => zlibStream(createInflateRaw({ chunkSize: CHUNK }), onData),
  // zlib's default finish flush makes truncated data an error ("unexpected end of file"), never a short file.
  gunzip: (onData) => zlibStream(createGunzip({ chunkSize: CHUNK }), onData),
};
