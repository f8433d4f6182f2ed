/**
 * Import routes:
 *   POST /api/v1/imports       multipart/form-data, one or more `files` → 202 {job} (the import runs on)
 *   GET  /api/v1/imports       the acting runner's recent imports
 *   GET  /api/v1/imports/:id   one import: status, progress (KiB of total), percent, report when done
 * Uploaded files are written to a private temp folder and removed when the job ends.
 * @module
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Hono } from 'hono';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { getImportJob, listImportJobs, startImportJob, type ImportJobView, type ImportSource } from '../../services/import.ts';
import type { AppEnv } from '../env.ts';

export interface ImportRouteDeps {
  readonly database: Database;
}

/** The uploaded files in a form (field `files`, or any file field). */
export async function uploadedFiles(req: Request): Promise<File[]> {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError('bad_input', 'send the files as multipart/form-data');
  }
  const files: File[] = [];
  for (const [, v] of form.entries()) if (typeof v !== 'string' && v.size > 0) files.push(v);
  return files;
}

/**
 * Save uploads to a temp folder and start an import job over them; the folder is removed when the job ends.
 * @example const job = await startUploadImport(actor, { database }, files);
 */
export async function startUploadImport(actor: Actor | null, deps: ImportRouteDeps, files: readonly File[]): Promise<ImportJobView> {
  if (!actor) throw new AppError('unauthorised', 'sign in to keep a training log');
  if (files.length === 0) throw new AppError('bad_input', 'choose at least one file to import');
  const dir = await mkdtemp(path.join(tmpdir(), 'footing-import-'));
  try {
    const sources: ImportSource[] = [];
    for (const [i, f] of files.entries()) {
      // The stored name is ours (an index): the client's name is only a label for the report.
      const file = path.join(dir, String(i));
      await pipeline(Readable.fromWeb(f.stream() as WebReadableStream<Uint8Array>), createWriteStream(file));
      sources.push({ name: path.basename(f.name.replaceAll('\\', '/')) || `file ${i + 1}`, size: (await stat(file)).size, open: () => createReadStream(file, { highWaterMark: 1 << 20 }) });
    }
    const { job } = await startImportJob(actor, deps, sources, { cleanup: () => rm(dir, { recursive: true, force: true }) });
    return job;
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Register the import routes. */
export function registerImportRoutes(app: Hono<AppEnv>, deps: ImportRouteDeps): void {
  app.post('/api/v1/imports', async (c) => {
    const job = await startUploadImport(c.get('actor'), deps, await uploadedFiles(c.req.raw));
    return c.json({ job }, 202, { Location: `/api/v1/imports/${job.id}` });
  });
  app.get('/api/v1/imports', async (c) => c.json({ imports: await listImportJobs(c.get('actor'), deps) }));
  app.get('/api/v1/imports/:id', async (c) => c.json({ job: await getImportJob(c.get('actor'), deps, c.req.param('id')) }));
}

const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const jobSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    progress: { type: 'integer', description: 'KiB read' }, total: { type: 'integer', description: 'KiB in all' }, percent: { type: ['integer', 'null'] },
    files: { type: 'array', items: { type: 'string' } }, error: { type: ['string', 'null'] },
    report: {
      type: ['object', 'null'],
      properties: {
        imported: { type: 'integer' },
        duplicates: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, startTime: { type: 'string' }, existingId: { type: 'string' } } } },
        failed: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, reason: { type: 'string' } } } },
      },
    },
  },
};

/** OpenAPI description of the import routes. */
export const importsOpenApi = {
  '/api/v1/imports': {
    post: {
      summary: 'Import FIT, GPX, TCX (or .gz) files or a Strava export zip; returns a job to poll',
      requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } } } },
      responses: { 202: { description: 'The import job', content: { 'application/json': { schema: { type: 'object', properties: { job: jobSchema } } } } }, 400: { description: 'No files' }, 413: { description: 'Upload too large' } },
    },
    get: { summary: 'Your recent imports', responses: { 200: { description: 'Import jobs, newest first' } } },
  },
  '/api/v1/imports/{id}': { get: { summary: 'One import: progress and, when done, the report', parameters: id, responses: { 200: { description: 'The job', content: { 'application/json': { schema: { type: 'object', properties: { job: jobSchema } } } } }, 404: { description: 'No such import' } } } },
};
