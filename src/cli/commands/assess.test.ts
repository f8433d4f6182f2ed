import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureKb } from '../../core/triage/fixture-kb.ts';
import { runAssess } from './assess.ts';

const kb = fixtureKb();
const deps = { kb: async () => kb, today: '2026-05-01' };

function capture(answers: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const queue = [...answers];
  return {
    out, err,
    io: {
      stdout: (t: string) => { out.push(t); },
      stderr: (t: string) => { err.push(t); },
      dialogue: { write: (t: string) => { out.push(t); }, ask: async () => queue.shift() ?? null },
    },
  };
}

test('--text --json prints the result contract', async () => {
  const c = capture();
  assert.equal(await runAssess(['--text', 'heel hurts on the first steps in the morning', '--json'], c.io, deps), 0);
  const r = JSON.parse(c.out.join('')) as { differential: { conditionId: string }[]; triage: { level: string } };
  assert.equal(r.differential[0]?.conditionId, 'plantar-fasciitis');
});

test('--evidence with unknown ids exits 2 listing them', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'assess-'));
  const file = path.join(dir, 'case.json');
  await writeFile(file, JSON.stringify({ evidence: [{ id: 'bogus-id', value: true }] }));
  const c = capture();
  assert.equal(await runAssess(['--evidence', file, '--json'], c.io, deps), 2);
  assert.match(c.err.join(''), /bogus-id/);
});

test('--batch: one line per input line in order, bad lines become error lines', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'assess-'));
  const file = path.join(dir, 'cases.jsonl');
  await writeFile(file, [
    JSON.stringify({ id: 'a', text: 'my calf is swollen after a long flight' }),
    '{not json',
    JSON.stringify({ id: 'c', evidence: [{ id: 'nope', value: true }] }),
    JSON.stringify({ id: 'd', evidence: { 'pain-heel-underside': true } }),
  ].join('\n'));
  const c = capture();
  assert.equal(await runAssess(['--batch', file, '--json'], c.io, deps), 0);
  const lines = c.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; result?: { triage: { level: string } } });
  assert.deepEqual(lines.map((l) => l.id), ['a', 'line-2', 'c', 'd']);
  assert.equal(lines[0]?.result?.triage.level, 'urgent');
  assert.ok(lines[1]?.error && lines[2]?.error?.includes('nope'));
  assert.ok(lines[3]?.result);
});

test('--batch: a labelled case file can be fed as is; a line with neither text nor evidence is an error line', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'assess-'));
  const file = path.join(dir, 'labelled.jsonl');
  await writeFile(file, [
    JSON.stringify({ id: 'v1', text: 'heel hurts on the first steps in the morning', gold: { condition: 'plantar-fasciitis' }, age: 40 }),
    JSON.stringify({ id: 'v2', notes: 'forgot the text' }),
  ].join('\n'));
  const c = capture();
  assert.equal(await runAssess(['--batch', file, '--json'], c.io, deps), 0);
  const [first, second] = c.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { error?: string; result?: { differential: { conditionId: string }[] } });
  assert.equal(first?.result?.differential[0]?.conditionId, 'plantar-fasciitis');
  assert.match(second?.error ?? '', /needs "text" or "evidence"/);
});

test('bad options exit 2; binary files are rejected', async () => {
  assert.equal(await runAssess(['--wat'], capture().io, deps), 2);
  assert.equal(await runAssess(['--text'], capture().io, deps), 2);
  const dir = await mkdtemp(path.join(tmpdir(), 'assess-'));
  const file = path.join(dir, 'bin.jsonl');
  await writeFile(file, new Uint8Array([0xff, 0xfe, 0x00, 0x01]));
  const c = capture();
  assert.equal(await runAssess(['--batch', file], c.io, deps), 2);
  assert.match(c.err.join(''), /UTF-8/);
});

test('interactive: answers, back and skip, then a summary (works without a TTY)', async () => {
  const c = capture(['my heel hurts', 'none', 'b', 'none', 's', 'y', 'n', 'n', 'n', 'n', 'n', 'n']);
  assert.equal(await runAssess([], c.io, deps), 0);
  const out = c.out.join('');
  assert.match(out, /Question 1:/);
  assert.match(out, /Summary/);
  assert.match(out, /not a diagnosis/);
});
