/**
 * Crash recovery for imports, run once at server start: a job left queued or running by a process that died (no
 * heartbeat for STALE_JOB_MS) is marked failed with a reason the runner can act on, and its upload temp folder is
 * removed; so are upload folders no job owns any more (a crash mid-upload). Activities already stored stay: each
 * was stored in its own transaction, and importing the same files again skips them as duplicates.
 * @module
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importJobsRepository } from '../db/repositories/activities.ts';
import { jobInput, STALE_JOB_MS, UPLOAD_DIR_PREFIX, type ImportServiceDeps } from './import.ts';

/** What a recovery pass did. */
export interface RecoveryReport {
  /** Ids of the jobs marked failed. */
  readonly failedJobs: string[];
  /** Temp folders removed. */
  readonly removedDirs: string[];
}

/** The reason shown on a job whose process died. */
export const INTERRUPTED_REASON = 'the server stopped while this import was running. Activities stored before that are kept; import the same files again to add the rest (runs already in your log are skipped).';

const isUploadDir = (dir: string): boolean => path.basename(dir).startsWith(UPLOAD_DIR_PREFIX);

/** The newest modification time of a folder and the files directly in it. */
async function lastTouched(dir: string): Promise<number> {
  let newest = (await stat(dir)).mtimeMs;
  for (const f of await readdir(dir)) newest = Math.max(newest, (await stat(path.join(dir, f)).catch(() => ({ mtimeMs: 0 }))).mtimeMs);
  return newest;
}

/**
 * Fail stale import jobs and remove their temp folders and orphaned upload folders in `uploadRoot`.
 * @example const r = await recoverInterruptedImports({ database }); // at start-up
 */
export async function recoverInterruptedImports(
  deps: ImportServiceDeps, opts: { now?: Date; staleMs?: number; uploadRoot?: string } = {},
): Promise<RecoveryReport> {
  const jobs = importJobsRepository(deps.database.db);
  const now = opts.now ?? new Date();
  const before = new Date(now.getTime() - (opts.staleMs ?? STALE_JOB_MS)).toISOString();
  const failedJobs: string[] = [];
  const removedDirs: string[] = [];
  for (const job of await jobs.listStale(before)) {
    if (!(await jobs.failIfStale(job.id, before, INTERRUPTED_REASON))) continue;
    failedJobs.push(job.id);
    const { tempDir } = jobInput(job.input);
    // Only ever remove a folder we made: the name is checked, whatever the row says.
    if (tempDir !== null && isUploadDir(tempDir)) {
      await rm(tempDir, { recursive: true, force: true });
      removedDirs.push(tempDir);
    }
  }
  const root = opts.uploadRoot ?? tmpdir();
  const live = new Set((await jobs.listUnfinished()).map((j) => jobInput(j.input).tempDir).filter((d): d is string => d !== null).map((d) => path.resolve(d)));
  const entries = await readdir(root).catch(() => [] as string[]);
  for (const name of entries) {
    const dir = path.resolve(root, name);
    if (!isUploadDir(dir) || live.has(dir)) continue;
    // An upload still arriving keeps writing its file; only folders quiet for the stale time are orphans.
    const touched = await lastTouched(dir).catch(() => Number.POSITIVE_INFINITY);
    if (touched >= Date.parse(before)) continue;
    await rm(dir, { recursive: true, force: true });
    removedDirs.push(dir);
  }
  return { failedJobs, removedDirs };
}
