/**
 * Receive a multipart upload straight to disk: each file part is streamed into a private temp folder while the
 * body is read, under a byte limit of its own (uploads are exempt from the app-wide body limit). Over the limit,
 * or on any error, the folder is removed and nothing is kept.
 * @module
 */
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../core/errors.ts';
import { UPLOAD_DIR_PREFIX } from '../services/import.ts';
import { boundaryOf, multipartSplitter, type PartInfo } from './multipart.ts';

/** Default upload limit when none is configured: 4 GiB (a long-time runner's Strava export). */
export const DEFAULT_MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
/** More files than this in one upload is not a training history (judgement). */
const MAX_FILES = 20_000;
/** Plain form fields are small; anything bigger is refused. */
const MAX_FIELD_BYTES = 64 * 1024;

/** One file saved from an upload. */
export interface SavedUpload {
  /** The client's file name reduced to its last path segment (a label for reports, never a path we use). */
  readonly name: string;
  readonly path: string;
  readonly size: number;
}

/** Everything an upload carried. `dir` holds the files; the caller removes it when done with them. */
export interface ReceivedUpload {
  readonly dir: string;
  readonly files: SavedUpload[];
  readonly fields: Record<string, string>;
}

export interface UploadOptions {
  readonly maxBytes: number;
  /** Folder to create the temp folder in (default: the OS temp folder). */
  readonly root?: string;
}

const mb = (n: number): string => (n >= 1024 ** 3 ? `${Math.round((n / 1024 ** 3) * 10) / 10} GB` : `${Math.round(n / 1024 ** 2)} MB`);

/** The error for an upload over the limit (413). */
export function tooLarge(maxBytes: number): AppError {
  return new AppError('too_large', `the upload is larger than the ${mb(maxBytes)} limit; import the export in parts or ask the server owner to raise MAX_UPLOAD_MB`);
}

/**
 * Stream a multipart request body to a new temp folder. Throws AppError `too_large` (nothing kept) when the body
 * is over `maxBytes`, `bad_input` when it is not multipart/form-data.
 * @example const up = await receiveUpload(c.req.raw, { maxBytes: 4 * 1024 ** 3 });
 */
export async function receiveUpload(req: Request, opts: UploadOptions): Promise<ReceivedUpload> {
  const boundary = boundaryOf(req.headers.get('content-type'));
  if (boundary === null || req.body === null) throw new AppError('bad_input', 'send the files as multipart/form-data');
  const declared = Number(req.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > opts.maxBytes) throw tooLarge(opts.maxBytes);

  const dir = await mkdtemp(path.join(opts.root ?? tmpdir(), UPLOAD_DIR_PREFIX));
  const files: SavedUpload[] = [];
  const fields: Record<string, string> = {};
  // Held in an object so the error path below sees what the callbacks set.
  const part: { current: { info: PartInfo; handle: FileHandle | null; file: string; size: number; text: Buffer[] } | null } = { current: null };
  const reader = req.body.getReader();
  try {
    const splitter = multipartSplitter(boundary, {
      async onPart(info) {
        if (info.filename !== null && files.length >= MAX_FILES) throw new AppError('bad_input', `send at most ${MAX_FILES} files at once`);
        // Files are stored under our own name (a counter): the client's name is only a label.
        const file = path.join(dir, String(files.length));
        part.current = { info, handle: info.filename === null ? null : await open(file, 'wx', 0o600), file, size: 0, text: [] };
      },
      async onData(chunk) {
        const p = part.current;
        if (!p) return;
        p.size += chunk.length;
        if (p.handle) await p.handle.write(chunk);
        else if (p.size > MAX_FIELD_BYTES) throw new AppError('bad_input', `the form field "${p.info.name}" is too long`);
        else p.text.push(Buffer.from(chunk));
      },
      async onPartEnd() {
        const p = part.current;
        part.current = null;
        if (!p) return;
        if (!p.handle) {
          fields[p.info.name] = Buffer.concat(p.text).toString('utf8');
          return;
        }
        await p.handle.close();
        // A browser sends an empty part for a file input left empty.
        if (p.size === 0 && (p.info.filename ?? '') === '') return void (await rm(p.file, { force: true }));
        const name = path.basename((p.info.filename ?? '').replaceAll('\\', '/')) || `file ${files.length + 1}`;
        files.push({ name, path: p.file, size: p.size });
      },
    });
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > opts.maxBytes) throw tooLarge(opts.maxBytes);
      await splitter.push(value);
    }
    splitter.end();
    return { dir, files, fields };
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    await part.current?.handle?.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
