/**
 * Read the `kb/` folder from disk into raw JSON for the core loader. The only KB code that does I/O.
 * @module
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { KnowledgeBase, RawKnowledgeBase } from '../core/kb/knowledge-base.ts';
import { loadKnowledgeBase } from '../core/kb/load.ts';
import { AppError } from '../core/errors.ts';

/** The KB shipped with the app (repo-root `kb/`), independent of the working directory. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../kb', import.meta.url));

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AppError('bad_input', `${file}: not valid JSON (${err instanceof Error ? err.message : 'parse error'})`);
  }
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => n.endsWith('.json')).sort().map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/** Files that hold one entity each (conditions, exercises…). */
async function readOnePerFile(dir: string): Promise<unknown[]> {
  return Promise.all((await jsonFiles(dir)).map(readJson));
}

/** Files that hold arrays (findings, sources). */
async function readArrays(dir: string): Promise<unknown[]> {
  const chunks = await Promise.all((await jsonFiles(dir)).map(readJson));
  return chunks.flatMap((c) => (Array.isArray(c) ? c : [c]));
}

/** Read the KB folder as raw JSON (unvalidated). */
export async function readRawKnowledgeBase(dir: string = DEFAULT_KB_DIR): Promise<RawKnowledgeBase> {
  const [meta, zones, sources, findings, conditions, exercises, selfTests, protocols] = await Promise.all([
    readJson(path.join(dir, 'meta.json')).catch(() => null),
    readJson(path.join(dir, 'zones.json')).catch(() => []),
    readArrays(path.join(dir, 'sources')),
    readArrays(path.join(dir, 'findings')),
    readOnePerFile(path.join(dir, 'conditions')),
    readOnePerFile(path.join(dir, 'exercises')),
    readOnePerFile(path.join(dir, 'self-tests')),
    readOnePerFile(path.join(dir, 'protocols')),
  ]);
  return { meta, zones, sources, findings, conditions, exercises, selfTests, protocols };
}

/** Read and validate the KB; throws KbError listing every problem. */
export async function readKnowledgeBase(dir: string = DEFAULT_KB_DIR): Promise<KnowledgeBase> {
  return loadKnowledgeBase(await readRawKnowledgeBase(dir));
}
