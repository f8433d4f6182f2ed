/**
 * The layering rules in AGENTS.md, checked: dependencies point inward only, the core does no I/O, and there are no
 * import cycles. (Tests themselves may use anything.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] ?? '');
  return out;
}

const layerOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0] ?? '';

/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  config: ['core'],
  'kb-files': ['core'],
  db: ['core'],
  services: ['core', 'db', 'config', 'kb-files'],
  server: ['core', 'services', 'config', 'web', 'kb-files', 'db'],
  web: ['core', 'services', 'server', 'config'],
  cli: ['core', 'services', 'db', 'config', 'kb-files', 'server'],
};

/** Modules that would give the core I/O, a database or HTTP. */
const CORE_FORBIDDEN = /^(node:(fs|fs\/promises|net|http|https|child_process|sqlite|dgram|worker_threads|readline)|fs|http|pg|kysely|hono|@hono\/.*)$/;

const files = sourceFiles(SRC);

test('each layer imports only the layers beneath it', () => {
  const problems: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = layerOf(path.resolve(path.dirname(file), spec));
      if (target !== from && !(ALLOWED[from] ?? []).includes(target)) problems.push(`${path.relative(SRC, file)} → ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('only the db layer touches the database driver or query builder', () => {
  const problems = files.filter((f) => layerOf(f) !== 'db')
    .flatMap((f) => importsOf(f).filter((s) => /^(pg|kysely|node:sqlite)$/.test(s)).map((s) => `${path.relative(SRC, f)} imports ${s}`))
    // Type-only imports of Kysely in services are allowed: they describe, not query.
    .filter((p) => !p.startsWith('services'));
  assert.deepEqual(problems, []);
});

test('the core does no I/O', () => {
  const problems = files.filter((f) => layerOf(f) === 'core')
    .flatMap((f) => importsOf(f).filter((s) => CORE_FORBIDDEN.test(s)).map((s) => `${path.relative(SRC, f)} imports ${s}`));
  assert.deepEqual(problems, []);
});

test('there are no import cycles', () => {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    graph.set(file, importsOf(file).filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s)));
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[] = [];
  const visit = (node: string, trail: string[]): void => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(node)), node].map((f) => path.relative(SRC, f)).join(' → '));
      return;
    }
    state.set(node, 'visiting');
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const file of files) visit(file, []);
  assert.deepEqual(cycles, []);
});
