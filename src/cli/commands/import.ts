/**
 * `footing import PATH… [--user EMAIL] [--data DIR] [--json]`: store activities from files, folders (searched for
 * .fit/.gpx/.tcx/.zip and their .gz forms) and Strava export zips. Prints imported / duplicates / failed with the
 * reason per file; a progress bar on a terminal only. Exit 2 when nothing at all could be read, 0 otherwise.
 * @module
 */
import { withDatabase } from '../database.ts';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Actor } from '../../core/actor.ts';
import { extensionKind } from '../../core/activities/sniff.ts';
import { AppError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { fileImportSource } from '../../services/import-files.ts';
import { startImportJob, type ImportProgress, type ImportReport, type ImportSource } from '../../services/import.ts';
import { parseFlags, runSafely, type CliCommand, type CliIo } from '../command.ts';

const usage = 'usage: footing import PATH… [--user EMAIL] [--data DIR] [--json]';

/**
 * Open the database for a training-log command, migrated, acting as the owner or the user named by `email`.
 * @example await withTrainingDb(io, { data, user }, async (database, actor) => 0)
 */
export function withTrainingDb(io: CliIo, opts: { data?: string | undefined; user?: string | undefined }, body: (database: Database, actor: Actor) => Promise<number>): Promise<number> {
  return withDatabase({ env: io.env, data: opts.data, user: opts.user }, body);
}

/** A source that fails when read, so a bad path is reported like any bad file. */
function failingSource(name: string, reason: string): ImportSource {
  return { name, size: 0, open: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new AppError('bad_input', reason)) }) }) };
}

/** Files to import for each PATH: the file itself, or every activity file under a folder (sorted). */
export async function expandPaths(paths: readonly string[]): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s === null) out.push(failingSource(p, 'no such file or folder'));
    else if (s.isFile()) out.push(fileImportSource(p, s.size));
    else if (s.isDirectory()) {
      const entries = (await readdir(p, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && extensionKind(e.name) !== null)
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      if (entries.length === 0) out.push(failingSource(p, 'the folder has no .fit, .gpx, .tcx or .zip files'));
      for (const f of entries) out.push(fileImportSource(f, (await stat(f)).size));
    } else out.push(failingSource(p, 'not a file or folder'));
  }
  return out;
}

/** The report as the terminal shows it. */
export function formatReport(r: ImportReport): string {
  const lines = [`imported ${r.imported} · duplicates skipped ${r.duplicates.length} · failed ${r.failed.length}${r.missing.length > 0 ? ` · files missing from the export ${r.missing.length}` : ''}`];
  for (const d of r.duplicates) lines.push(`duplicate: ${d.source} (already stored: ${d.startTime})`);
  for (const f of r.failed) lines.push(`failed: ${f.source}: ${f.reason}`);
  for (const m of r.missing) lines.push(`missing: ${m.source} (${m.file}): ${m.reason}`);
  return `${lines.join('\n')}\n`;
}

function progressBar(io: CliIo): (p: ImportProgress) => void {
  let last = -1;
  return (p) => {
    const pct = p.totalBytes > 0 ? Math.floor((100 * p.doneBytes) / p.totalBytes) : 100;
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((width * pct) / 100);
    io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}%  ${p.imported} imported`);
  };
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'store activities from FIT/GPX/TCX files, folders or a Strava export zip',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const { values, positionals } = parseFlags(args, { user: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
      if (values.help) {
        io.stdout(`${usage}\nPATH may be an activity file (.fit, .gpx, .tcx, optionally .gz), a folder, or a Strava export zip.\n` +
          'A multisport file (triathlon, duathlon, brick) is stored as one activity per leg; transitions are left out.\n' +
          'Rows of a Strava activities.csv whose file is missing from the export are listed as "missing"; one with a\n' +
          'distance and a time is stored as a manual activity from the CSV, and the report says so.\n');
        return 0;
      }
      if (positionals.length === 0) throw new AppError('bad_input', `give at least one PATH\n${usage}`);
      const sources = await expandPaths(positionals);
      return withTrainingDb(io, { data: values.data, user: values.user }, async (database, actor) => {
        const bar = io.isTTY && values.json !== true ? progressBar(io) : undefined;
        const { done } = await startImportJob(actor, { database }, sources, bar ? { onProgress: bar } : {});
        const report = await done;
        if (bar) io.stderr('\r\x1b[K');
        if (report === null) throw new AppError('internal', 'the import stopped unexpectedly');
        io.stdout(values.json === true ? `${JSON.stringify(report)}\n` : formatReport(report));
        return report.imported + report.duplicates.length === 0 ? 2 : 0;
      });
    }),
};
