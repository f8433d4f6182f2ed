/**
 * Import benchmark (issue 5): throughput of the full Strava-zip import path against the raw FIT parser alone on the
 * same files, and peak RSS while streaming a large generated export. Figures only; tests never check timings.
 * Size of the large export: FOOTING_BENCH_EXPORT_MB (default 200; the target is < 300 MB RSS for 1024).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, openSync, closeSync, writeSync, statSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import FitParser from 'fit-file-parser';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { readStravaExport } from '../src/core/activities/strava.ts';
import { makeFit, straightTrack } from '../test/fixtures/activity-builders.ts';
import { streamLargeExport } from '../test/fixtures/strava-export-builder.ts';

/** One benchmark figure. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

const RUNS = 150;
const POINTS = 3600; // one hour at 1 s recording

/** Runs both measurements and returns the figures. */
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

  let t = performance.now();
  for (const f of fits) await new FitParser({ force: false, mode: 'list' }).parseAsync(new Uint8Array(f).buffer);
  const rawS = (performance.now() - t) / 1000;

  t = performance.now();
  let imported = 0;
  const chunks = function* (): Generator<Uint8Array> {
    for (let i = 0; i < zip.length; i += 1 << 20) yield zip.subarray(i, i + (1 << 20));
  };
  for await (const o of readStravaExport(chunks())) if (o.kind === 'activity') imported++;
  const importS = (performance.now() - t) / 1000;
  if (imported !== RUNS) throw new Error(`bench import read ${imported} of ${RUNS} activities`);

  const mb = bytes / 1024 ** 2;
  return [
    { name: 'import.raw-parser.activities-per-s', value: round(RUNS / rawS), unit: 'activities/s' },
    { name: 'import.raw-parser.mb-per-s', value: round(mb / rawS), unit: 'MB/s' },
    { name: 'import.strava-zip.activities-per-s', value: round(RUNS / importS), unit: 'activities/s' },
    { name: 'import.strava-zip.mb-per-s', value: round(mb / importS), unit: 'MB/s' },
    { name: 'import.strava-zip.vs-raw-parser', value: round((100 * rawS) / importS), unit: '% (target ≥ 70)' },
    ...largeExportRss(),
  ];
}

/** Writes a large export to a temp file, then streams it in a fresh process and reports that process's peak RSS. */
function largeExportRss(): BenchResult[] {
  const targetMb = Number(process.env.FOOTING_BENCH_EXPORT_MB ?? 200);
  const dir = mkdtempSync(join(tmpdir(), 'footing-bench-'));
  const file = join(dir, 'export.zip');
  try {
    const perRun = gzippedRunSize();
    const count = Math.max(1, Math.ceil((targetMb * 1024 ** 2) / perRun));
    const fd = openSync(file, 'w');
    streamLargeExport(count, POINTS, (chunk) => writeSync(fd, chunk));
    closeSync(fd);
    const child = spawnSync(process.execPath, [import.meta.filename, '--rss-child', file], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
    const { rssMb, activities } = JSON.parse(child.stdout) as { rssMb: number; activities: number };
    return [
      { name: 'import.large-export.size', value: round(statSync(file).size / 1024 ** 2), unit: 'MB' },
      { name: 'import.large-export.activities', value: activities, unit: 'activities' },
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

async function rssChild(file: string): Promise<void> {
  let activities = 0;
  for await (const o of readStravaExport(createReadStream(file, { highWaterMark: 1 << 20 }))) if (o.kind === 'activity') activities++;
  process.stdout.write(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024, activities }));
}

if (process.argv[2] === '--rss-child' && process.argv[3] !== undefined) await rssChild(process.argv[3]);

