/**
 * Triage speed: assessments per second in-process, p99 of one assess + next-question step (target < 5 ms), and the
 * HTTP endpoint's throughput and p99 over loopback (bounded: a fixed number of requests, then it stops).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assess } from '../src/core/triage/index.ts';
import { loadConfig } from '../src/config/config.ts';
import { readKnowledgeBase } from '../src/kb-files/read-kb.ts';
import { createLogger } from '../src/server/logger.ts';
import { startServer } from '../src/server/start.ts';
import type { Figure } from './run.ts';

const CASES = [
  { text: 'my heel hurts when I get out of bed in the morning, eases after a few minutes, been upping my mileage for a half marathon' },
  { text: 'pain on the inside of my shin, both legs, worse at the start of runs, for about 3 weeks, no swelling' },
  { text: 'rolled my left ankle on a trail yesterday, swollen on the outside, can walk but it hurts' },
  { text: 'my calf is swollen and warm after a long flight back from the race' },
  { text: 'achilles is stiff in the morning and sore to squeeze about 4cm above the heel, 2 months now' },
  { evidence: { 'pain-ball-of-foot': true, 'character-burning': true, 'worse-tight-shoes': true } },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function run(): Promise<Figure[]> {
  const kb = await readKnowledgeBase();
  const today = '2026-11-22';
  for (let i = 0; i < 50; i += 1) assess(kb, CASES[i % CASES.length] ?? {}, { today });

  const timings: number[] = [];
  const started = performance.now();
  const N = 600;
  for (let i = 0; i < N; i += 1) {
    const t0 = performance.now();
    // One step: assess the case as answered so far, which also picks the next question.
    assess(kb, CASES[i % CASES.length] ?? {}, { today });
    timings.push(performance.now() - t0);
  }
  const perSecond = N / ((performance.now() - started) / 1000);
  timings.sort((a, b) => a - b);

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'footing-bench-triage-'));
  const server = await startServer(loadConfig({}, { PORT: '0', DATA_DIR: dataDir }), 'bench', createLogger('silent'));
  const httpTimings: number[] = [];
  const body = JSON.stringify(CASES[0]);
  const httpN = 400;
  const concurrency = 8;
  const httpStart = performance.now();
  try {
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < httpN) {
        next += 1;
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/v1/triage`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        await res.arrayBuffer();
        httpTimings.push(performance.now() - t0);
      }
    }));
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const httpPerSecond = httpTimings.length / ((performance.now() - httpStart) / 1000);
  httpTimings.sort((a, b) => a - b);
  return [
    { name: 'triage: assessments per second (in-process)', value: perSecond, unit: '/s' },
    { name: 'triage: assess + next question, median', value: percentile(timings, 50), unit: 'ms' },
    { name: 'triage: assess + next question, p99', value: percentile(timings, 99), unit: 'ms', target: '< 5 ms' },
    { name: 'triage HTTP: requests per second (8 concurrent)', value: httpPerSecond, unit: '/s' },
    { name: 'triage HTTP: p99 latency', value: percentile(httpTimings, 99), unit: 'ms' },
  ];
}
