/**
 * The `footing` binary as users run it: a real child process, real exit codes and stderr lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/footing.js', import.meta.url));
const footing = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env }, timeout: 30_000 });

test('--help lists the commands and exits 0', () => {
  const r = footing(['--help']);
  assert.equal(r.status, 0);
  for (const c of ['serve', 'migrate', 'version', 'assess', 'kb']) assert.match(r.stdout, new RegExp(`\\b${c}\\b`));
});

test('unknown command: one error line plus usage, exit 2', () => {
  const r = footing(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: unknown command "frobnicate"\nusage: /);
  assert.equal(r.stderr.includes('    at '), false, 'no stack trace');
});

test('unknown flag: one error line plus usage, exit 2', () => {
  const r = footing(['serve', '--prot', '3000']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: unknown option --prot\nusage: footing serve/);
});

test('a bad environment variable names itself and what is allowed, exit 2', () => {
  const r = footing(['serve'], { PORT: '99999' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: invalid PORT="99999": .*\(HTTP port \(1-65535; 0 picks a free one\)\)\n$/);
  const r2 = footing(['migrate'], { DATABASE_URL: 'mysql://x/y' });
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /^error: invalid DATABASE_URL/);
});

test('version prints the app, knowledge base and Node versions on Node 24', () => {
  const r = footing(['version', '--json']);
  assert.equal(r.status, 0);
  const v = JSON.parse(r.stdout) as { version: string; kbVersion: string; node: string };
  assert.match(v.kbVersion, /^\d+\.\d+\.\d+$/);
  assert.match(v.node, /^24\./);
});

test('migrate creates and migrates a fresh SQLite database, then is a no-op', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'footing-cli-'));
  try {
    const first = footing(['migrate', '--data', dir]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /applied: 0001-users/);
    const again = footing(['migrate', '--data', dir]);
    assert.equal(again.stdout, 'database is up to date\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve answers /healthz and shuts down cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'footing-serve-'));
  const port = 41_000 + Math.floor(Math.random() * 2000);
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--data', dir], { env: { ...process.env, DATABASE_URL: '' } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  try {
    let body: { status?: string; db?: string } = {};
    for (let i = 0; i < 200 && body.status !== 'ok'; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      body = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json() as Promise<typeof body>, () => ({}));
    }
    assert.deepEqual({ status: body.status, db: body.db }, { status: 'ok', db: 'sqlite' });
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; requestId?: string });
    assert.ok(lines.some((l) => l.msg === 'request' && typeof l.requestId === 'string'), 'structured request log with an id');
    assert.equal(lines.at(-1)?.msg, 'stopped');
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a reader that closes the pipe early (footing … | head) ends the command quietly', async () => {
  // Enough output to overflow the pipe, written in many pieces, so a write lands after the reader has gone.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'footing-pipe-'));
  const batch = path.join(dir, 'cases.jsonl');
  writeFileSync(batch, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `c${i}`, text: 'my heel hurts first thing in the morning' })).join('\n'));
  const child = spawn(process.execPath, [BIN, 'assess', '--batch', batch, '--json'], { env: { ...process.env, DATABASE_URL: '' } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr.includes('EPIPE'), false, stderr);
  assert.equal(stderr.includes('    at '), false, 'no stack trace');
  assert.ok(code === 0 || code === null, `exit ${code}`);
  rmSync(dir, { recursive: true, force: true });
});
