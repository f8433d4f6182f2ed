/**
 * Time from process start to the first 200 from /healthz (fresh data folder, so it includes migration), and the
 * server's resident memory when idle. Targets: < 2 s, < 150 MB.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './run.ts';

const BIN = fileURLToPath(new URL('../bin/footing.js', import.meta.url));
const PORT = 39_000 + Math.floor(Math.random() * 1000);

async function waitForHealth(deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/healthz`);
      if (res.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export async function run(): Promise<Figure[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'footing-bench-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--max-semi-space-size=4', BIN, 'serve', '--port', String(PORT), '--data', dataDir], {
    stdio: 'ignore',
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '' },
  });
  try {
    const ok = await waitForHealth(Date.now() + 20_000);
    const ms = performance.now() - started;
    if (!ok) throw new Error('server did not answer /healthz within 20 s');
    await new Promise((r) => setTimeout(r, 1000));
    const rss = child.pid ? rssMb(child.pid) : Number.NaN;
    return [
      { name: 'startup: process start → first /healthz 200', value: ms, unit: 'ms', target: '< 2000 ms' },
      { name: 'startup: idle RSS', value: rss, unit: 'MB', target: '< 150 MB' },
    ];
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
