/**
 * Triage speed: assessments per second in-process, median and p99 of one assess + next-question step (target p99
 * < 5 ms) for each kind of step a runner produces, and the HTTP endpoint's throughput and latency over loopback.
 *
 * The in-process case mix is what the assessment flow sends: a first description (the 6 fixed cases), then the
 * same description with 5–15 answers as the questions go on (scripted sessions, src/core/triage/answer-walk.ts).
 * A near-limit description (~10 000 characters) is timed on its own: it is rare, and not part of the target mix.
 * Every input is run a few times first so the figures are the steady state of a running server, not JIT warm-up;
 * each timed step still reads its description afresh (the engine's memory of recent texts is bypassed).
 * The HTTP client runs in the same process as the server, so at 8 concurrent requests each one also waits for the
 * others' CPU time: the latency at concurrency 1 is shown too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assess } from '../src/core/triage/index.ts';
import { answersIn, unitHash, walkSession } from '../src/core/triage/answer-walk.ts';
import { devCases } from '../src/core/triage/dev-cases.ts';
import type { AssessInput } from '../src/core/triage/types.ts';
import type { KnowledgeBase } from '../src/core/kb/knowledge-base.ts';
import { loadConfig } from '../src/config/config.ts';
import { readKnowledgeBase } from '../src/kb-files/read-kb.ts';
import { createLogger } from '../src/server/logger.ts';
import { startServer } from '../src/server/start.ts';
import type { Figure } from './run.ts';

const CASES: readonly AssessInput[] = [
  { text: 'my heel hurts when I get out of bed in the morning, eases after a few minutes, been upping my mileage for a half marathon' },
  { text: 'pain on the inside of my shin, both legs, worse at the start of runs, for about 3 weeks, no swelling' },
  { text: 'rolled my left ankle on a trail yesterday, swollen on the outside, can walk but it hurts' },
  { text: 'my calf is swollen and warm after a long flight back from the race' },
  { text: 'achilles is stiff in the morning and sore to squeeze about 4cm above the heel, 2 months now' },
  { evidence: { 'pain-ball-of-foot': true, 'character-burning': true, 'worse-tight-shoes': true } },
];
const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const TODAY = '2026-11-22';
const WARM_ROUNDS = 20;
const ROUNDS = 8;

type Kind = 'description' | 'session' | 'long';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The dev cases joined into one description just under the 10 000-character limit. */
function longText(): string {
  let text = '';
  for (const c of devCases) {
    if (text.length + c.text.length + 1 > 9900) break;
    text += `${text ? ' ' : ''}${c.text}`;
  }
  return text;
}

function inputs(kb: KnowledgeBase): { kind: Kind; input: AssessInput }[] {
  const out: { kind: Kind; input: AssessInput }[] = CASES.map((input) => ({ kind: 'description' as const, input }));
  for (const start of CASES) {
    for (const seed of SEEDS) {
      for (const input of walkSession(kb, start, seed, 15, { today: TODAY })) {
        const n = answersIn(kb, input);
        if (n >= 5 && n <= 15) out.push({ kind: 'session', input });
      }
    }
  }
  out.push({ kind: 'long', input: { text: longText() } });
  return out;
}

/** Time every input ROUNDS times, in a fixed shuffled order (no clock or randomness decides the order). */
function timeSteps(kb: KnowledgeBase, all: readonly { kind: Kind; input: AssessInput }[]): { byKind: Map<Kind | 'mix', number[]>; perSecond: number } {
  for (let r = 0; r < WARM_ROUNDS; r++) for (const { input } of all) assess(kb, input, { today: TODAY });
  // Each timed step gets its own copy of the text (trailing spaces), so the description is read afresh every time:
  // the engine remembers recent texts, and a remembered one would time only the scoring.
  const fresh = (input: AssessInput, r: number): AssessInput => (input.text === undefined ? input : { ...input, text: `${input.text}${' '.repeat(r + 1)}` });
  const order = all.flatMap((x, i) => Array.from({ length: ROUNDS }, (_, r) => ({ x: { kind: x.kind, input: fresh(x.input, r) }, key: unitHash(`${i}:${r}`) })))
    .sort((a, b) => a.key - b.key).map(({ x }) => x);
  const byKind = new Map<Kind | 'mix', number[]>([['mix', []], ['description', []], ['session', []], ['long', []]]);
  let mixTime = 0;
  let mixCount = 0;
  for (const { kind, input } of order) {
    const t0 = performance.now();
    // One step: assess the case as answered so far, which also picks the next question.
    assess(kb, input, { today: TODAY });
    const ms = performance.now() - t0;
    byKind.get(kind)?.push(ms);
    if (kind !== 'long') {
      byKind.get('mix')?.push(ms);
      mixTime += ms;
      mixCount += 1;
    }
  }
  for (const list of byKind.values()) list.sort((a, b) => a - b);
  return { byKind, perSecond: mixCount / (mixTime / 1000) };
}

async function timeHttp(url: string, n: number, concurrency: number): Promise<{ perSecond: number; sorted: number[] }> {
  // A distinct text per request (trailing spaces), so the server reads every description afresh.
  const body = (i: number): string => {
    const c = CASES[i % CASES.length] ?? {};
    return JSON.stringify(c.text === undefined ? c : { ...c, text: `${c.text}${' '.repeat(1 + Math.floor(i / CASES.length))}` });
  };
  const timings: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      const i = next;
      next += 1;
      const t0 = performance.now();
      const res = await fetch(`${url}/api/v1/triage`, { method: 'POST', body: body(i), headers: { 'content-type': 'application/json' } });
      await res.arrayBuffer();
      timings.push(performance.now() - t0);
    }
  }));
  const perSecond = timings.length / ((performance.now() - started) / 1000);
  return { perSecond, sorted: timings.sort((a, b) => a - b) };
}

export async function run(): Promise<Figure[]> {
  const kb = await readKnowledgeBase();
  const all = inputs(kb);
  const { byKind, perSecond } = timeSteps(kb, all);
  const figures: Figure[] = [{ name: 'triage: assessments per second (in-process, mix)', value: perSecond, unit: '/s' }];
  const labels: Record<Kind | 'mix', string> = {
    mix: 'mix of descriptions and sessions', description: 'description only', session: 'session, 5–15 answers', long: 'description ~10 000 chars',
  };
  for (const kind of ['mix', 'description', 'session', 'long'] as const) {
    const sorted = byKind.get(kind) ?? [];
    const count = all.filter((x) => kind === 'mix' ? x.kind !== 'long' : x.kind === kind).length;
    figures.push(
      { name: `triage step, ${labels[kind]} (${count} inputs), median`, value: percentile(sorted, 50), unit: 'ms' },
      { name: `triage step, ${labels[kind]}, p99`, value: percentile(sorted, 99), unit: 'ms', ...(kind === 'mix' ? { target: '< 5 ms' } : {}) },
    );
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'footing-bench-triage-'));
  const server = await startServer(loadConfig({}, { PORT: '0', DATA_DIR: dataDir }), 'bench', createLogger('silent'));
  try {
    // Warm the server (JIT, prepared statements, KB indexes) as a running server would be.
    await timeHttp(server.url, 200, 8);
    const one = await timeHttp(server.url, 200, 1);
    const eight = await timeHttp(server.url, 400, 8);
    figures.push(
      { name: 'triage HTTP: requests per second (8 concurrent)', value: eight.perSecond, unit: '/s' },
      { name: 'triage HTTP: median latency (8 concurrent)', value: percentile(eight.sorted, 50), unit: 'ms' },
      { name: 'triage HTTP: p99 latency (8 concurrent)', value: percentile(eight.sorted, 99), unit: 'ms' },
      { name: 'triage HTTP: p99 latency (1 at a time)', value: percentile(one.sorted, 99), unit: 'ms' },
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
