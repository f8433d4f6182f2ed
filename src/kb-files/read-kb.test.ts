import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../core/errors.ts';
import { DEFAULT_KB_DIR, readKnowledgeBase, readRawKnowledgeBase } from './read-kb.ts';

/** A copy of the shipped KB to break on purpose. */
async function copyOfKb(): Promise<{ dir: string; done: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'footing-kb-'));
  const dir = path.join(root, 'kb');
  await cp(DEFAULT_KB_DIR, dir, { recursive: true });
  return { dir, done: () => rm(root, { recursive: true, force: true }) };
}

test('the shipped KB reads and validates', async () => {
  const kb = await readKnowledgeBase();
  assert.ok(kb.conditions.length > 0);
  assert.match(kb.version, /^\d+\.\d+\.\d+/);
});

test('a folder that does not exist is one bad-input line, not an empty KB', async () => {
  await assert.rejects(readRawKnowledgeBase('/no/such/footing-kb'), (err: unknown) =>
    err instanceof AppError && err.code === 'bad_input' && /no knowledge base folder at \/no\/such\/footing-kb/.test(err.message));
});

test('a broken meta.json is reported as broken JSON, not as a missing version', async () => {
  const { dir, done } = await copyOfKb();
  try {
    await writeFile(path.join(dir, 'meta.json'), '{"version": ');
    await assert.rejects(readRawKnowledgeBase(dir), (err: unknown) =>
      err instanceof AppError && /meta\.json: not valid JSON/.test(err.message));
  } finally {
    await done();
  }
});

test('a missing optional file still reads, so the cross-checks can say what is missing', async () => {
  const { dir, done } = await copyOfKb();
  try {
    await rm(path.join(dir, 'protocols'), { recursive: true });
    const raw = await readRawKnowledgeBase(dir);
    assert.deepEqual(raw.protocols, []);
  } finally {
    await done();
  }
});
