/**
 * The decompressor the zip and gzip readers use, passed in so the core stays pure: the default is fflate (pure
 * JavaScript, works anywhere); the import service passes one built on `node:zlib`, which is several times faster.
 * @module
 */
import { Gunzip, Inflate } from 'fflate';

/**
 * One decompression in progress. Output goes to the `onData` given when it was made; if `onData` throws (a size
 * limit), the stream stops and the pending or next `write`/`end` rejects (or throws) with that error.
 */
export interface InflateStream {
  /** Feed compressed bytes; a returned promise resolves when the stream wants more (backpressure). */
  write(chunk: Uint8Array): void | Promise<void>;
  /** No more input: settles after the last output chunk has been delivered; fails on damaged or short data. */
  end(): void | Promise<void>;
  /** Stop early and free what it holds (idempotent). */
  destroy(): void;
}

/** Makes decompression streams: raw DEFLATE for zip entries, gzip for `.gz` files. */
export interface Inflater {
  inflateRaw(onData: (chunk: Uint8Array) => void): InflateStream;
  gunzip(onData: (chunk: Uint8Array) => void): InflateStream;
}

/**
 * Wraps one of fflate's synchronous streaming decompressors. fflate reports the end of a truncated stream only by
 * never finishing, so `end` checks that the final block was seen.
 */
function fflateStream(make: (cb: (data: Uint8Array, final: boolean) => void) => Inflate | Gunzip, onData: (chunk: Uint8Array) => void): InflateStream {
  let finished = false;
  let failure: unknown = null;
  let destroyed = false;
  const inner = make((data, final) => {
    if (final) finished = true;
    if (data.length > 0) onData(data);
  });
  const push = (chunk: Uint8Array, final: boolean): void => {
    if (failure !== null) throw failure;
    if (destroyed) return;
    try {
      inner.push(chunk, final);
    } catch (err) {
      failure = err;
      throw err;
    }
  };
  return {
    write: (chunk) => push(chunk, false),
    end: () => {
      push(new Uint8Array(0), true);
      if (!finished && !destroyed) throw new Error('unexpected end of compressed data');
    },
    destroy: () => {
      destroyed = true;
    },
  };
}

/**
 * The pure-JavaScript default.
 * @example const s = fflateInflater.gunzip((c) => parts.push(c)); s.write(bytes); await s.end();
 */
export const fflateInflater: Inflater = {
  inflateRaw: (onData) => fflateStream((cb) => new Inflate(cb), onData),
  gunzip: (onData) => fflateStream((cb) => new Gunzip(cb), onData),
};
