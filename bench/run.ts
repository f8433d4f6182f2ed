/**
 * `npm run bench`: prints named figures (name, value, unit). Each module in bench/ that exports `run()` adds its
 * own; targets are noted beside the figures, but benchmarks never fail the build — tests check behaviour.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const dir = fileURLToPath(new URL('./', import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

for (const file of modules) {
  const mod: unknown = await import(new URL(file, import.meta.url).href);
  if (typeof mod !== 'object' || mod === null || !('run' in mod) || typeof mod.run !== 'function') continue;
  console.log(`\n# ${file.replace(/\.ts$/, '')}`);
  const figures = (await mod.run()) as Figure[];
  for (const f of figures) {
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
    console.log(`${f.name.padEnd(48)} ${value.padStart(12)} ${f.unit}${f.target ? `   (target ${f.target})` : ''}`);
  }
}
