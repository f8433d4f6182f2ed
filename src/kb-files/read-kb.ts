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

const isMissing = (err: unknown): boolean => err instanceof Error && 'code' in err && err.code === 'ENOENT';

/** A file the KB may leave out: its fallback when absent, but a broken file is still reported. */
async function readOptionalJson(file: string, fallback: unknown): Promise<unknown> {
  try {
    return await readJson(file);
  } catch (err) {
    if (isMissing(err)) return fallback;
    throw err;
  }
}

/** The JSON files in a folder, sorted; an absent folder has none (the cross-checks say what is missing). */
async function jsonFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => n.endsWith('.json')).sort().map((n) => path.join(dir, n));
  } catch (err) {
    if (isMissing(err)) return [];
    throw err;
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

/**
 * Read the KB folder as raw JSON (unvalidated). A folder that does not exist is bad input, said in one line,
 * rather than an empty KB whose only complaint is a missing version.
 * @example const raw = await readRawKnowledgeBase('kb');
 */
export async function readRawKnowledgeBase(dir: string = DEFAULT_KB_DIR): Promise<RawKnowledgeBase> {
  try {
    await readdir(dir);
  } catch (err) {
    throw new AppError('bad_input', isMissing(err) ? `no knowledge base folder at ${dir}` : `cannot read the knowledge base folder ${dir}`);
  }
  const [meta, zones, sources, findings, conditions, exercises, selfTests, protocols] = await Promise.all([
    readOptionalJson(path.join(dir, 'meta.json'), null),
    readOptionalJson(path.join(dir, 'zones.json'), []),
    readArrays(path.join(dir, 'sources')),
    readArrays(path.join(dir, 'findings')),
    readOnePerFile(path.join(dir, 'conditions')),
    readOnePerFile(path.join(dir, 'exercises')),
    readOnePerFile(path.join(dir, 'self-tests')),
    readOnePerFile(path.join(dir, 'protocols')),
  ]);
  return { meta, zones, sources, findings, conditions, exercises, selfTests, protocols };
}

/**
 * Read and validate the KB; throws KbError listing every problem.
 * @example const kb = await readKnowledgeBase();
 */
export async function readKnowledgeBase(dir: string = DEFAULT_KB_DIR): Promise<KnowledgeBase> {
  return loadKnowledgeBase(await readRawKnowledgeBase(dir));
}
