/**
 * Import routes:
 *   POST /api/v1/imports       multipart/form-data, one or more `files` → 202 {job} (the import runs on)
 *   GET  /api/v1/imports       the acting runner's recent imports
 *   GET  /api/v1/imports/:id   one import: status, progress (KiB of total), percent, report when done
 * Uploads stream to a private temp folder under their own size limit (MAX_UPLOAD_MB, not the app-wide body limit)
 * and are removed when the job ends; an upload over the limit is a 413 and nothing is kept.
 * @module
 */
import { rm } from 'node:fs/promises';
import type { Hono } from 'hono';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { authorize } from '../../core/policy.ts';
import type { Database } from '../../db/database.ts';
import { fileImportSource } from '../../services/import-files.ts';
import { getImportJob, listImportJobs, startImportJob, type ImportJobView, type ImportSource } from '../../services/import.ts';
import type { AppEnv } from '../env.ts';
import { policy } from '../middleware/policy.ts';
import { presentImportJob } from '../presenters/import.ts';
import { DEFAULT_MAX_UPLOAD_BYTES, receiveUpload } from '../uploads.ts';

export interface ImportRouteDeps {
  readonly database: Database;
  /** Largest upload accepted (MAX_UPLOAD_MB); default 4 GiB. */
  readonly maxUploadBytes?: number;
  /** Where upload temp folders are made (default: the OS temp folder). */
  readonly uploadRoot?: string;
}

/** Routes that take uploads: exempt from the app-wide body limit because they stream to disk under their own. */
const UPLOAD_ROUTES: readonly string[] = ['POST /api/v1/imports', 'POST /training/import'];

/** Whether a request is an upload (see UPLOAD_ROUTES). */
export function isUploadRoute(method: string, path: string): boolean {
  return UPLOAD_ROUTES.includes(`${method.toUpperCase()} ${path.replace(/\/+$/, '')}`);
}

/**
 * Stream an upload to a temp folder and start an import job over its files; the folder is removed when the job
 * ends, or at once when nothing can be imported. The policy is checked before a byte is read: nothing is written
 * to disk for someone who may not import.
 * @example const job = await importUpload(actor, { database }, c.req.raw);
 */
export async function importUpload(actorIn: Actor | null, deps: ImportRouteDeps, req: Request): Promise<ImportJobView> {
  const actor = authorize(actorIn, 'create', 'import');
  const upload = await receiveUpload(req, { maxBytes: deps.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES, ...(deps.uploadRoot ? { root: deps.uploadRoot } : {}) });
  const cleanup = (): Promise<void> => rm(upload.dir, { recursive: true, force: true });
  try {
    if (upload.files.length === 0) throw new AppError('bad_input', 'choose at least one file to import');
    const sources: ImportSource[] = upload.files.map((f) => fileImportSource(f.path, f.size, f.name));
    const { job } = await startImportJob(actor, deps, sources, { cleanup, tempDir: upload.dir });
    return job;
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** Register the import routes. */
export function registerImportRoutes(app: Hono<AppEnv>, deps: ImportRouteDeps): void {
  app.post('/api/v1/imports', policy('create', 'import'), async (c) => {
    const job = await importUpload(c.get('actor'), deps, c.req.raw);
    return c.json({ job: presentImportJob(job) }, 202, { Location: `/api/v1/imports/${job.id}` });
  });
  app.get('/api/v1/imports', policy('read', 'import'), async (c) => c.json({ imports: (await listImportJobs(c.get('actor'), deps)).map(presentImportJob) }));
  app.get('/api/v1/imports/:id', policy('read', 'import'), async (c) => c.json({ job: presentImportJob(await getImportJob(c.get('actor'), deps, c.req.param('id'))) }));
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
        missing: {
          type: 'array', description: 'Strava activities.csv rows whose file is missing from the export; stored: kept as a manual activity from the CSV',
          items: { type: 'object', properties: { source: { type: 'string' }, file: { type: 'string' }, reason: { type: 'string' }, stored: { type: 'boolean' } } },
        },
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
      responses: { 202: { description: 'The import job', content: { 'application/json': { schema: { type: 'object', properties: { job: jobSchema } } } } }, 400: { description: 'No files' }, 401: { description: 'Not signed in (refused before the upload is read)' }, 413: { description: 'Upload too large' } },
    },
    get: { summary: 'Your recent imports', responses: { 200: { description: 'Import jobs, newest first', content: { 'application/json': { schema: { type: 'object', properties: { imports: { type: 'array', items: jobSchema } } } } } }, 401: { description: 'Not signed in' } } },
  },
  '/api/v1/imports/{id}': { get: { summary: 'One import: progress and, when done, the report', parameters: id, responses: { 200: { description: 'The job', content: { 'application/json': { schema: { type: 'object', properties: { job: jobSchema } } } } }, 401: { description: 'Not signed in' }, 404: { description: 'No such import' } } } },
};
