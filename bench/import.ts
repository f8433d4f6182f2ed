/**
 * Import benchmark (issue 5). Figures only; tests never check timings.
 *  1. Throughput: the real import — a Strava export zip through the import service, inflated, checked, parsed and
 *     stored in a fresh SQLite database file — against the raw FIT parser alone on the same deflated entries,
 *     inflated by the same node:zlib inflater. Activities/s and MB/s for both; target: the import reaches ≥ 70% of
 *     the raw parser's rate.
 *  2. Peak RSS: a large generated export, imported the same way in a fresh process (its own maxRSS).
 *     Size: FOOTING_BENCH_EXPORT_MB (default 40, which runs in under a minute); the target is < 300 MB RSS
 *     for 1024 MB. The size used is printed.
 */
import { actorFromUser } from '../src/services/actors.ts';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import FitParser from 'fit-file-parser';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { Actor } from '../src/core/actor.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { usersRepository } from '../src/db/repositories/users.ts';
import { importSources } from '../src/services/import.ts';
import { concat } from '../src/core/activities/gzip.ts';
import { parseLocalHeader, SIG, u32 } from '../src/core/activities/zip-format.ts';
import { fileImportSource } from '../src/services/import-files.ts';
import { zlibInflater } from '../src/services/import-inflater.ts';
import { makeFit, straightTrack } from '../test/fixtures/activity-builders.ts';
import { streamLargeExport } from '../test/fixtures/strava-export-builder.ts';
import { bytesSource } from '../test/fixtures/import-sources.ts';

/** One benchmark figure. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

const RUNS = 150;
const ROUNDS = 5;
const POINTS = 3600; // one hour at 1 s recording

/** A fresh SQLite database file in `dir`, migrated, with one runner. */
async function freshDatabase(dir: string): Promise<{ database: Database; actor: Actor }> {
  const database = await openDatabase({ kind: 'sqlite', file: join(dir, 'bench.db') });
  await migrateToLatest(database.db);
  const u = await usersRepository(database.db).ensureOwner('bench@localhost');
  return { database, actor: actorFromUser(u) };
}

/** The deflated payload of every entry of a zip written with sizes in its local headers (as zipSync writes). */
function deflatedEntries(zip: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  while (u32(zip, at) === SIG.local) {
    const h = parseLocalHeader(zip.subarray(at));
    if (h === null || h.compressedSize === null) throw new Error('bench zip: unexpected entry layout');
    at += h.headerLength;
    out.push(zip.subarray(at, at + h.compressedSize));
    at += h.compressedSize;
  }
  return out;
}

/** The raw parser alone on the same entries: inflated by the same node:zlib inflater, parsed with the same options. */
async function rawPass(entries: readonly Uint8Array[]): Promise<number> {
  const t = performance.now();
  for (const e of entries) {
    const parts: Uint8Array[] = [];
    let size = 0;
    const s = zlibInflater.inflateRaw((c) => {
      parts.push(c);
      size += c.length;
    });
    await s.write(e);
    await s.end();
    const fit = concat(parts, size);
    // Same as the importer: the inflated bytes own their buffer, so no copy is needed (one is made otherwise).
    const buffer = fit.byteOffset === 0 && fit.byteLength === fit.buffer.byteLength && fit.buffer instanceof ArrayBuffer ? fit.buffer : new Uint8Array(fit).buffer;
    await new FitParser({ force: false, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm' }).parseAsync(buffer);
  }
  return (performance.now() - t) / 1000;
}

/** The whole import once, into a fresh SQLite file. */
async function importPass(zip: Uint8Array): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'footing-bench-'));
  try {
    const { database, actor } = await freshDatabase(dir);
    const source = bytesSource('export.zip', zip, 1 << 20);
    const t = performance.now();
    const report = await importSources(actor, { database }, [source]);
    const seconds = (performance.now() - t) / 1000;
    await database.close();
    if (report.imported !== RUNS) throw new Error(`bench import stored ${report.imported} of ${RUNS} activities: ${JSON.stringify(report.failed[0])}`);
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Runs both measurements and returns the figures. Fair by construction: both sides read the same deflated entries
 * through the same node:zlib inflater; the passes alternate (raw, import, raw, import…) so a busy machine slows
 * both alike, and the median of ROUNDS is reported.
 */
export async function run(): Promise<BenchResult[]> {
  const fits: Uint8Array[] = [];
  const entries: Zippable = {};
  for (let i = 0; i < RUNS; i++) {
    const fit = makeFit(straightTrack(new Date(Date.UTC(2020, 0, 1 + i, 6)), 'running', POINTS, 1, 3));
    fits.push(fit);
    entries[`activities/${i}.fit`] = [fit, { level: 1 }];
  }
  const bytes = fits.reduce((s, f) => s + f.length, 0);
  const zip = zipSync(entries);
  const deflated = deflatedEntries(zip);
  await rawPass(deflated.slice(0, 10)); // warm both paths up before timing
  await importPass(zip);
  const raw: number[] = [];
  const imp: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    raw.push(await rawPass(deflated));
    imp.push(await importPass(zip));
  }
  const rawS = median(raw);
  const importS = median(imp);
  const mb = bytes / 1024 ** 2;
  return [
    { name: 'import.files', value: RUNS, unit: `FIT files, ${round(mb)} MB inflated, ${round(zip.length / 1024 ** 2)} MB zipped (${POINTS} points each; median of ${ROUNDS})` },
    { name: 'import.raw-parser.activities-per-s', value: round(RUNS / rawS), unit: 'activities/s (node:zlib inflate + fit-file-parser)' },
    { name: 'import.raw-parser.mb-per-s', value: round(mb / rawS), unit: 'MB/s' },
    { name: 'import.service.activities-per-s', value: round(RUNS / importS), unit: 'activities/s (zip → inflate → CRC → parse → SQLite)' },
    { name: 'import.service.mb-per-s', value: round(mb / importS), unit: 'MB/s' },
    { name: 'import.service.vs-raw-parser', value: round((100 * rawS) / importS), unit: '% (target ≥ 70)' },
    ...largeExportRss(),
  ];
}

/** Writes a large export to a temp file, then imports it in a fresh process and reports that process's peak RSS. */
function largeExportRss(): BenchResult[] {
  const targetMb = Number(process.env.FOOTING_BENCH_EXPORT_MB ?? 40);
  const dir = mkdtempSync(join(tmpdir(), 'footing-bench-'));
  const file = join(dir, 'export.zip');
  try {
    const perRun = gzippedRunSize();
    const count = Math.max(1, Math.ceil((targetMb * 1024 ** 2) / perRun));
    const fd = openSync(file, 'w');
    streamLargeExport(count, POINTS, (chunk) => writeSync(fd, chunk));
    closeSync(fd);
    const t = performance.now();
    // The child runs with the server's own V8 flags (package.json "start"), so its RSS is what a server would use.
    const child = spawnSync(process.execPath, ['--max-semi-space-size=4', import.meta.filename, '--rss-child', file, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const seconds = (performance.now() - t) / 1000;
    if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
    const { rssMb, imported } = JSON.parse(child.stdout) as { rssMb: number; imported: number };
    const sizeMb = statSync(file).size / 1024 ** 2;
    return [
      { name: 'import.large-export.size', value: round(sizeMb), unit: `MB (FOOTING_BENCH_EXPORT_MB=${targetMb})` },
      { name: 'import.large-export.activities', value: imported, unit: `activities stored of ${count}` },
      { name: 'import.large-export.mb-per-s', value: round(sizeMb / seconds), unit: 'MB/s (incl. process start)' },
      { name: 'import.large-export.peak-rss', value: round(rssMb), unit: 'MB (target < 300 for 1 GB)' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function gzippedRunSize(): number {
  const chunks: number[] = [];
  streamLargeExport(3, POINTS, (c) => chunks.push(c.length));
  return chunks.reduce((s, n) => s + n, 0) / 3;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** In the child: import the export file through the service into a fresh database, then report peak RSS. */
async function rssChild(file: string, dir: string): Promise<void> {
  const { database, actor } = await freshDatabase(dir);
  const source = fileImportSource(file, statSync(file).size, 'export.zip');
  const report = await importSources(actor, { database }, [source]);
  await database.close();
  process.stdout.write(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024, imported: report.imported }));
}

if (process.argv[2] === '--rss-child' && process.argv[3] !== undefined && process.argv[4] !== undefined) await rssChild(process.argv[3], process.argv[4]);
