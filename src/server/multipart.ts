/**
 * A streaming multipart/form-data splitter: bytes go in chunk by chunk, parts come out as header callbacks and
 * body slices, so an upload of any size passes through in bounded memory (never more than one chunk plus the
 * boundary is held). The caller decides where each part's bytes go.
 * @module
 */
import { AppError } from '../core/errors.ts';

/** What a part's headers say about it. */
export interface PartInfo {
  /** The form field name. */
  readonly name: string;
  /** The client's file name; null for a plain field. */
  readonly filename: string | null;
}

/** Receives the parts in order; each may be async (the splitter waits, so backpressure reaches the socket). */
export interface PartHandlers {
  onPart(info: PartInfo): void | Promise<void>;
  onData(chunk: Uint8Array): void | Promise<void>;
  onPartEnd(): void | Promise<void>;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
/** Headers of one part larger than this are not a browser's: refused (judgement). */
const MAX_HEADER_BYTES = 16 * 1024;

/**
 * The boundary from a Content-Type header, or null when the request is not multipart/form-data.
 * @example boundaryOf('multipart/form-data; boundary=abc') // 'abc'
 */
export function boundaryOf(contentType: string | null | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return null;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return m?.[1] ?? m?.[2] ?? null;
}

/** Parse the Content-Disposition of a part's header block. */
export function partInfo(headerBlock: string): PartInfo {
  const line = headerBlock.split('\r\n').find((l) => /^content-disposition\s*:/i.test(l));
  if (!line) throw new AppError('bad_input', 'a part of the upload has no Content-Disposition header');
  const params = new Map<string, string>();
  // Browsers never backslash-escape inside the quotes (a Windows path keeps its backslashes): a quote ends the value.
  for (const m of line.matchAll(/;\s*([^=;\s]+)\s*=\s*(?:"([^"]*)"|([^;]*))/g)) {
    const key = (m[1] ?? '').toLowerCase();
    const raw = m[2] ?? (m[3] ?? '').trim();
    params.set(key, raw);
  }
  const star = params.get('filename*');
  let filename = params.get('filename') ?? null;
  if (star !== undefined) {
    const m = /^utf-8''(.*)$/i.exec(star);
    if (m?.[1] !== undefined) {
      try {
        filename = decodeURIComponent(m[1]);
      } catch {
        // A broken RFC 5987 name falls back to the plain one.
      }
    }
  }
  // Browsers percent-encode a quote, CR and LF inside the name (WHATWG); undo only those.
  const unescape = (v: string): string => v.replaceAll('%22', '"').replaceAll('%0D', '\r').replaceAll('%0A', '\n');
  return { name: unescape(params.get('name') ?? ''), filename: filename === null ? null : unescape(filename) };
}

type State = 'preamble' | 'boundary' | 'headers' | 'body' | 'done';

/**
 * Splits a multipart body pushed in chunks.
 * @example
 * const s = multipartSplitter('abc', handlers);
 * for await (const chunk of body) await s.push(chunk);
 * s.end();
 */
export function multipartSplitter(boundary: string, handlers: PartHandlers): { push(chunk: Uint8Array): Promise<void>; end(): void } {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first boundary has no CRLF before it: pretend it has, so one delimiter fits all.
  let buf: Buffer = Buffer.from(CRLF);
  let state: State = 'preamble';

  async function step(): Promise<boolean> {
    switch (state) {
      case 'preamble': {
        const i = buf.indexOf(delimiter);
        if (i < 0) {
          buf = buf.subarray(Math.max(0, buf.length - delimiter.length + 1));
          return false;
        }
        buf = buf.subarray(i + delimiter.length);
        state = 'boundary';
        return true;
      }
      case 'boundary': {
        // After a boundary: `--` ends the body; otherwise optional spaces, then CRLF and the next part's headers.
        let j = 0;
        while (j < buf.length && (buf[j] === 0x20 || buf[j] === 0x09)) j++;
        if (buf.length < j + 2) return false;
        if (buf[j] === 0x2d && buf[j + 1] === 0x2d) {
          state = 'done';
          return false;
        }
        if (buf[j] !== 0x0d || buf[j + 1] !== 0x0a) throw new AppError('bad_input', 'the upload is not well-formed multipart/form-data');
        buf = buf.subarray(j + 2);
        state = 'headers';
        return true;
      }
      case 'headers': {
        const empty = buf.length >= 2 && buf[0] === 0x0d && buf[1] === 0x0a;
        const i = empty ? -2 : buf.indexOf(HEADER_END);
        if (i === -1) {
          if (buf.length > MAX_HEADER_BYTES) throw new AppError('bad_input', 'a part of the upload has headers that are too long');
          return false;
        }
        await handlers.onPart(partInfo(empty ? '' : buf.subarray(0, i).toString('utf8')));
        buf = buf.subarray(empty ? 2 : i + HEADER_END.length);
        state = 'body';
        return true;
      }
      case 'body': {
        const i = buf.indexOf(delimiter);
        if (i < 0) {
          // Keep just enough to recognise a delimiter split across chunks.
          const keep = Math.min(buf.length, delimiter.length - 1);
          if (buf.length > keep) await handlers.onData(buf.subarray(0, buf.length - keep));
          buf = buf.subarray(buf.length - keep);
          return false;
        }
        if (i > 0) await handlers.onData(buf.subarray(0, i));
        await handlers.onPartEnd();
        buf = buf.subarray(i + delimiter.length);
        state = 'boundary';
        return true;
      }
      case 'done':
        return false;
    }
  }

  return {
    async push(chunk: Uint8Array): Promise<void> {
      if (state === 'done') return;
      // Copy only the small carried-over tail plus the new chunk; body bytes are handed on as slices of it.
      buf = buf.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([buf, chunk]);
      while (await step());
    },
    end(): void {
      if (state !== 'done') throw new AppError('bad_input', 'the upload ended before its last part was complete');
    },
  };
}
