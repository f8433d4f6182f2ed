import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateKnowledgeBase } from '../../core/kb/load.ts';
import { readRawKnowledgeBase } from '../../kb-files/read-kb.ts';
import { runEval } from './eval.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'footing-eval-'));
const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; } } };
};
const line = (id: string, extra: object = {}): string =>
  JSON.stringify({
    id,
    text: 'my left heel hurts on the first steps out of bed and eases once I get going',
    gold: { condition: 'plantar-fasciitis', level: 'selfcare', running: 'modify' },
    redFlag: false,
    notes: 'cli test',
    ...extra,
  });

test('--help prints usage and exits 0', async () => {
  const t = io();
  assert.equal(await runEval(['--help'], t.io), 0);
  assert.match(t.out.stdout, /usage: footing eval FILE/);
});

test('no file, two files or an unknown option is bad input (exit 2)', async () => {
  for (const args of [[], ['a.jsonl', 'b.jsonl'], ['a.jsonl', '--fast']]) {
    const t = io();
    assert.equal(await runEval(args, t.io), 2, args.join(' '));
    assert.match(t.out.stderr, /^error: /);
  }
});

test('a missing file is bad input', async () => {
  const t = io();
  assert.equal(await runEval([path.join(dir, 'nope.jsonl')], t.io), 2);
  assert.match(t.out.stderr, /cannot be read/);
});

test('a binary file is refused as not UTF-8', async () => {
  const file = path.join(dir, 'binary.jsonl');
  await writeFile(file, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
  const t = io();
  assert.equal(await runEval([file], t.io), 2);
  assert.match(t.out.stderr, /not UTF-8/);
});

test('a file with no usable line reports each bad line and exits 2', async () => {
  const file = path.join(dir, 'bad.jsonl');
  await writeFile(file, ['{oops', line('v001', { gold: { condition: 'knee', level: 'selfcare', running: 'modify' } })].join('\n'));
  const t = io();
  assert.equal(await runEval([file], t.io), 2);
  assert.match(t.out.stderr, /skipped line 1: not valid JSON/);
  assert.match(t.out.stderr, /skipped line 2 \(v001\)/);
  assert.match(t.out.stderr, /no usable vignette/);
});

test('a knowledge base that does not load is a failure (exit 1), not a pass', async () => {
  const file = path.join(dir, 'one.jsonl');
  await writeFile(file, line('v001'));
  const t = io();
  assert.equal(await runEval([file, '--kb', path.join(dir, 'no-kb')], t.io), 1);
  assert.match(t.out.stderr, /knowledge base did not load/);
});

const kbLoads = validateKnowledgeBase(await readRawKnowledgeBase()).problems.length === 0;

test('with the real KB: bad lines are skipped, the rest are reported, --json is parseable', { skip: kbLoads ? false : 'KB does not load yet' }, async () => {
  const file = path.join(dir, 'mixed.jsonl');
  await writeFile(file, ['{oops', line('v001'), line('v002', { text: undefined, evidence: [{ id: 'pain-heel-underside', value: true }, { id: 'pain-first-steps', value: true }] })].join('\n'));
  const text = io();
  const code = await runEval([file], text.io);
  assert.ok(code === 0 || code === 1);
  assert.match(text.out.stderr, /skipped line 1/);
  assert.match(text.out.stdout, /Vignettes: 2 \(0 red-flag\)/);
  assert.match(text.out.stdout, /Top-3:/);
  assert.match(text.out.stdout, /Gate: (PASS|FAIL)/);
  const json = io();
  await runEval([file, '--json'], json.io);
  const parsed: unknown = JSON.parse(json.out.stdout);
  assert.ok(typeof parsed === 'object' && parsed !== null && 'report' in parsed && 'gate' in parsed);
});

test('--no-gate reports without failing', async () => {
  const { runEval } = await import('./eval.ts');
  const out: string[] = [];
  const file = new URL('../../../test/vignettes/holdout.jsonl', import.meta.url).pathname;
  const code = await runEval([file, '--no-gate', '--json'], { stdout: (t) => out.push(t), stderr: () => {} });
  assert.equal(code, 0);
  const parsed = JSON.parse(out.join('')) as { report: { total: number } };
  assert.ok(parsed.report.total >= 60);
});
