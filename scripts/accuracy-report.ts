/**
 * `npm run accuracy-report [FILE]`: runs the vignette set through the triage engine and rewrites
 * docs/accuracy.md with the figures, the per-condition table and the misses. Exit 1 if the CI gate fails,
 * so a regenerated page never hides a failing gate; the page is written either way.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateJsonl, formatMarkdownReport, formatRate } from '../src/core/eval/index.ts';
import { triageAssess } from '../src/core/eval/triage-binding.ts';
import { readKnowledgeBase } from '../src/kb-files/read-kb.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const vignetteFile = process.argv[2] ?? 'test/vignettes/vignettes.jsonl';
const outFile = path.join(root, 'docs', 'accuracy.md');

try {
  const kb = await readKnowledgeBase();
  const text = await readFile(path.resolve(root, vignetteFile), 'utf8');
  const { report, gate, lineErrors } = evaluateJsonl(text, triageAssess(kb));
  for (const e of lineErrors) console.error(`skipped line ${e.line}${e.id ? ` (${e.id})` : ''}: ${e.message}`);
  const markdown = formatMarkdownReport(report, gate, {
    kbVersion: kb.version,
    date: new Date().toISOString().slice(0, 10),
    vignetteFile,
  });
  await writeFile(outFile, markdown);
  console.log(`wrote ${path.relative(root, outFile)}: top-1 ${formatRate(report.top1)}, top-3 ${formatRate(report.top3)}, safe triage ${formatRate(report.safeTriage)}`);
  if (!gate.pass) {
    console.error(`CI gate fails: ${gate.failures.join('; ')}`);
    process.exitCode = 1;
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
