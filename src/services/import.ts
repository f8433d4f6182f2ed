/**
 * Import use-cases: store the activities in files, folders' files and Strava export zips for the acting runner.
 * Each activity is stored in its own transaction (a crash leaves no partial activity); duplicates are skipped and
 * reported; a bad file is reported with its reason and the import carries on. Big imports run as a job whose
 * progress (KiB read of the total) lives in the `jobs` table, so any request can report it.
 * @module
 */
import type { Actor } from '../core/actor.ts';
import { parseActivities } from '../core/activities/parse.ts';
import { MISSING_FILE_REASON, readStravaExport, STRAVA_CSV, type ImportedActivity, type ImportOutcome } from '../core/activities/strava.ts';
import { fromFile } from '../core/activities/strava-rows.ts';
import { MAX_ACTIVITY_BYTES } from '../core/activities/gzip.ts';
import { isZipArchive } from '../core/activities/sniff.ts';
import { ActivityParseError } from '../core/activities/types.ts';
import { ZipArchiveError } from '../core/activities/zip-reader.ts';
import { AppError, describeError } from '../core/errors.ts';
import { authorize, authorizeRecord } from '../core/policy.ts';
import { activityLocalDate } from '../core/training/zones.ts';
import type { Database } from '../db/database.ts';
import { activitiesRepository, importJobsRepository, type ImportJobRecord, type StoreResult } from '../db/repositories/activities.ts';
import { timeZoneRepository } from '../db/repositories/time-zone.ts';
import { readEntryDirectly, type ImportSource } from './import-files.ts';
import { zlibInflater } from './import-inflater.ts';

export interface ImportServiceDeps {
  readonly database: Database;
}

export type { ImportSource } from './import-files.ts';

/** What an import did, per file (a multisport file counts once per leg). */
export interface ImportReport {
  imported: number;
  duplicates: { source: string; startTime: string; existingId: string }[];
  failed: { source: string; reason: string }[];
  /**
   * Rows of a Strava export's activities.csv whose file the archive lacks; `stored` when the row's own date,
   * distance and time were stored as a manual activity instead (then also counted in `imported`).
   */
  missing: { source: string; file: string; reason: string; stored: boolean }[];
}

/** What happened to one activity handed to the store. */
type StoreOutcome = 'stored' | 'duplicate' | 'failed';

export interface ImportProgress {
  readonly doneBytes: number;
  readonly totalBytes: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly failed: number;
}

/** An import job as the API and pages show it. */
export interface ImportJobView {
  readonly id: string;
  readonly status: ImportJobRecord['status'];
  /** KiB read so far, of `total`. */
  readonly progress: number;
  readonly total: number | null;
  readonly percent: number | null;
  readonly files: string[];
  readonly report: ImportReport | null;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Import every source for the acting runner and return the report. `onProgress` is told after each chunk read and
 * each activity stored.
 * @example const report = await importSources(actor, deps, [fileSource]);
 */
export async function importSources(
  actorIn: Actor | null, deps: ImportServiceDeps, sources: readonly ImportSource[],
  opts: { jobId?: string; onProgress?: (p: ImportProgress) => void | Promise<void> } = {},
): Promise<ImportReport> {
  const actor = authorize(actorIn, 'create', 'import');
  const repo = activitiesRepository(deps.database.db);
  const report: ImportReport = { imported: 0, duplicates: [], failed: [], missing: [] };
  // Days are the runner's: the file's own offset when it has one, else their time-zone preference.
  const timeZone = await timeZoneRepository(deps.database.db).get(actor.id);
  const totalBytes = sources.reduce((s, f) => s + f.size, 0);
  let doneBytes = 0;
  const tell = async (): Promise<void> => {
    await opts.onProgress?.({ doneBytes, totalBytes, imported: report.imported, duplicates: report.duplicates.length, failed: report.failed.length });
  };
  // Shoes resolved earlier in this import, by gear name or (no gear) by sport: one lookup per name, not per activity.
  // Filled only after a commit; if a store with a remembered shoe fails (the shoe was deleted meanwhile), it is
  // forgotten and the activity is stored once more with the lookups.
  const shoeFor = new Map<string, string | null>();
  const attempt = async (a: ImportedActivity, shoeKey: string, known: string | null | undefined): Promise<StoreResult> => {
    const r = await repo.store({
      userId: actor.id, startTime: a.startTime, sport: a.sport, format: a.format, source: a.source, name: a.name,
      distanceMeters: a.distanceMeters, elapsedSeconds: a.elapsedSeconds, movingSeconds: a.movingSeconds, points: a.points,
      avgHeartRate: a.avgHeartRate, maxHeartRate: a.maxHeartRate, avgCadenceSpm: a.avgCadenceSpm, elevationGainMeters: a.elevationGainMeters,
      externalId: a.externalId, notes: a.notes, jobId: opts.jobId ?? null,
      utcOffsetMinutes: a.utcOffsetMinutes, localDate: activityLocalDate(a.startTime, a.utcOffsetMinutes, timeZone),
      ...(known === undefined ? {} : { shoeId: known }),
    }, a.gear, { knownShoe: known !== undefined });
    if (r.status === 'stored') shoeFor.set(shoeKey, r.activity.shoeId);
    return r;
  };
  const store = async (a: ImportedActivity): Promise<StoreOutcome> => {
    const shoeKey = a.gear ? `gear:${a.gear}` : `sport:${a.sport}`;
    let outcome: StoreOutcome = 'failed';
    try {
      let r: StoreResult;
      try {
        r = await attempt(a, shoeKey, shoeFor.get(shoeKey));
      } catch (err) {
        if (!shoeFor.has(shoeKey)) throw err;
        shoeFor.clear();
        r = await attempt(a, shoeKey, undefined);
      }
      outcome = r.status;
      if (r.status === 'stored') report.imported++;
      else report.duplicates.push({ source: a.source, startTime: a.startTime, existingId: r.existing.id });
    } catch (err) {
      report.failed.push({ source: a.source, reason: `could not be stored: ${describeError(err)}` });
    }
    await tell();
    return outcome;
  };
  for (const src of sources) {
    const before = doneBytes;
    const counted = async function* (it: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
      for await (const chunk of it) {
        doneBytes += chunk.length;
        yield chunk;
        await tell();
      }
    };
    try {
      await importOne(src, counted(src.open()), report, store);
    } catch (err) {
      report.failed.push({ source: src.name, reason: describeError(err) });
    }
    doneBytes = before + src.size;
    await tell();
  }
  return report;
}

async function importOne(src: ImportSource, chunks: AsyncGenerator<Uint8Array>, report: ImportReport, store: (a: ImportedActivity) => Promise<StoreOutcome>): Promise<void> {
  const first = await chunks.next();
  if (first.done === true) throw new ActivityParseError('empty', 'the file is empty');
  if (isZipArchive(first.value) || /\.zip$/i.test(src.name)) {
    const all = (async function* () {
      yield first.value;
      yield* chunks;
    })();
    const count = (): number => report.imported + report.duplicates.length + report.failed.length + report.missing.length;
    const before = count();
    try {
      // With the CSV in hand first, each activity is stored as it streams past: memory stays flat however big the export.
      const csv = await readEntryDirectly(src, (n) => STRAVA_CSV.test(n), zlibInflater);
      for await (const o of readStravaExport(all, { inflater: zlibInflater, ...(csv === undefined ? {} : { csv }) })) {
        if (o.kind === 'failed') report.failed.push({ source: `${src.name}: ${o.source}`, reason: o.reason });
        else if (o.kind === 'missing') await storeMissing(src.name, o, report, store);
        else await store({ ...o.activity, source: `${src.name}: ${o.activity.source}` });
      }
    } catch (err) {
      if (err instanceof ZipArchiveError) throw new AppError('bad_input', err.message);
      throw err;
    }
    if (count() === before) {
      throw new AppError('bad_input', 'no activities found: expected a Strava export with activities.csv or an activities/ folder');
    }
    return;
  }
  const parts: Uint8Array[] = [first.value];
  let size = first.value.length;
  for await (const c of chunks) {
    size += c.length;
    if (size > MAX_ACTIVITY_BYTES) throw new ActivityParseError('too-large', `the file is larger than ${MAX_ACTIVITY_BYTES / 1048576} MB`);
    parts.push(c);
  }
  const bytes = parts.length === 1 ? first.value : Buffer.concat(parts);
  // Parsed whole before anything is stored: a bad file stores no leg; then each leg is stored on its own.
  const legs = await parseActivities(bytes, { fileName: src.name, inflater: zlibInflater });
  for (const a of fromFile(legs, src.name)) await store(a);
}

/**
 * A CSV row whose file the export lacks: reported, and stored as a manual activity from the CSV when the row has a
 * date, a distance and a time (the report says which).
 */
async function storeMissing(
  zipName: string, o: Extract<ImportOutcome, { kind: 'missing' }>, report: ImportReport, store: (a: ImportedActivity) => Promise<StoreOutcome>,
): Promise<void> {
  const source = `${zipName}: ${o.source}`;
  if (o.activity === null) {
    report.missing.push({ source, file: o.file, reason: `${MISSING_FILE_REASON}; not stored: the row lacks a date, a distance or a time`, stored: false });
    return;
  }
  const outcome = await store({ ...o.activity, source });
  const what = outcome === 'stored' ? 'stored as a manual activity from the CSV\'s date, distance and time'
    : outcome === 'duplicate' ? 'not stored: an activity with the same start and distance is already in your log'
      : 'the CSV\'s figures could not be stored either';
  report.missing.push({ source, file: o.file, reason: `${MISSING_FILE_REASON}; ${what}`, stored: outcome === 'stored' });
}

const kib = (bytes: number): number => Math.ceil(bytes / 1024);

/** Upload temp folders start with this, so crash recovery can tell them from anything else in the temp folder. */
export const UPLOAD_DIR_PREFIX = 'footing-import-';

/** How often a running job touches its row, so other processes can tell it is alive. */
export const HEARTBEAT_MS = 30_000;
/** A queued or running job untouched this long belongs to a process that died (several missed heartbeats). */
export const STALE_JOB_MS = 5 * 60_000;

/** What a job row's `input` holds: the file names for the report and, for uploads, the temp folder to clean up. */
export interface ImportJobInput {
  readonly files: string[];
  readonly tempDir: string | null;
}

/** Read a job's `input` (older rows hold just the array of names). */
export function jobInput(input: string | null): ImportJobInput {
  if (input === null) return { files: [], tempDir: null };
  const v: unknown = JSON.parse(input);
  if (Array.isArray(v)) return { files: v.map(String), tempDir: null };
  if (typeof v === 'object' && v !== null) {
    const files = 'files' in v && Array.isArray(v.files) ? v.files.map(String) : [];
    const tempDir = 'tempDir' in v && typeof v.tempDir === 'string' ? v.tempDir : null;
    return { files, tempDir };
  }
  return { files: [], tempDir: null };
}

/** A stored report; those written before `missing` existed get an empty list. */
function readReport(json: string): ImportReport {
  const r = JSON.parse(json) as Omit<ImportReport, 'missing'> & { missing?: ImportReport['missing'] };
  return { ...r, missing: r.missing ?? [] };
}

function toView(j: ImportJobRecord): ImportJobView {
  const { files } = jobInput(j.input);
  const report = j.result === null ? null : readReport(j.result);
  const percent = j.total ? Math.min(100, Math.floor((100 * j.progress) / j.total)) : j.status === 'done' ? 100 : null;
  return { id: j.id, status: j.status, progress: j.progress, total: j.total, percent, files, report, error: j.error, createdAt: j.createdAt, updatedAt: j.updatedAt };
}

/**
 * Record an import job and run it. Returns at once with the job and a `done` promise (the HTTP routes let it run on;
 * the CLI awaits it). Progress is written to the job row about every 1% of the bytes, and the row is touched every
 * HEARTBEAT_MS even when a single big file holds progress still, so a restart can tell a live job from a dead one.
 * `tempDir` (uploads) is recorded so that crash recovery can remove it; `cleanup` runs when the job ends.
 */
export async function startImportJob(
  actorIn: Actor | null, deps: ImportServiceDeps, sources: readonly ImportSource[],
  opts: { onProgress?: (p: ImportProgress) => void; cleanup?: () => Promise<void>; tempDir?: string; heartbeatMs?: number } = {},
): Promise<{ job: ImportJobView; done: Promise<ImportReport | null> }> {
  const actor = authorize(actorIn, 'create', 'import');
  if (sources.length === 0) throw new AppError('bad_input', 'choose at least one file to import');
  const jobs = importJobsRepository(deps.database.db);
  const total = Math.max(1, kib(sources.reduce((s, f) => s + f.size, 0)));
  const input: ImportJobInput = { files: sources.map((s) => s.name), tempDir: opts.tempDir ?? null };
  const job = await jobs.create(actor.id, JSON.stringify(input), total);
  const run = async (): Promise<ImportReport | null> => {
    let written = 0;
    let beat: Promise<void> = Promise.resolve();
    const heartbeat = setInterval(() => {
      beat = jobs.update(job.id, {}).catch(() => undefined);
    }, opts.heartbeatMs ?? HEARTBEAT_MS);
    heartbeat.unref();
    try {
      await jobs.update(job.id, { status: 'running' });
      const report = await importSources(actor, deps, sources, {
        jobId: job.id,
        onProgress: async (p) => {
          opts.onProgress?.(p);
          const now = kib(p.doneBytes);
          if (now - written >= total / 100) {
            written = now;
            await jobs.update(job.id, { progress: Math.min(now, total) });
          }
        },
      });
      clearInterval(heartbeat);
      await beat;
      await jobs.update(job.id, { status: 'done', progress: total, result: JSON.stringify(report) });
      return report;
    } catch (err) {
      clearInterval(heartbeat);
      await beat;
      await jobs.update(job.id, { status: 'failed', error: describeError(err) }).catch(() => undefined);
      return null;
    } finally {
      await opts.cleanup?.().catch(() => undefined);
    }
  };
  return { job: toView(job), done: run() };
}

/** One of the acting runner's import jobs. */
export async function getImportJob(actorIn: Actor | null, deps: ImportServiceDeps, id: string): Promise<ImportJobView> {
  const actor = authorize(actorIn, 'read', 'import');
  return toView(authorizeRecord(actor, 'read', 'import', await importJobsRepository(deps.database.db).findById(id)));
}

/** The acting runner's recent imports, newest first. */
export async function listImportJobs(actorIn: Actor | null, deps: ImportServiceDeps, limit = 20): Promise<ImportJobView[]> {
  const actor = authorize(actorIn, 'read', 'import');
  return (await importJobsRepository(deps.database.db).listByUser(actor.id, limit)).map(toView);
}
