/**
 * `npm test`: type-check, then every test file (unit, repository on each dialect, HTTP, browser).
 * One entry point so the README's command and CI run exactly the same thing.
 */
import { spawnSync } from 'node:child_process';

const run = (cmd: string, args: string[]): number => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
};

const extra = process.argv.slice(2);
if (!extra.includes('--no-typecheck')) {
  console.log('> tsc --noEmit');
  if (run('tsc', ['--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1);
}
const patterns = extra.filter((a) => !a.startsWith('--'));
const files = patterns.length > 0 ? patterns : ['src/**/*.test.ts', 'test/**/*.test.ts'];
console.log('> node --test');
process.exit(run(process.execPath, ['--disable-warning=ExperimentalWarning', '--test', '--test-concurrency=2', ...files]));
