/**
 * `footing eval FILE [--json] [--kb DIR]`: runs every vignette in a JSONL file through the triage engine and
 * prints top-1, top-3, coverage, safe triage, under-triage, running-advice agreement and per-condition misses.
 * Exit 0 when the CI gate passes, 1 when it fails (top-3 below 90% or a red-flag vignette under-triaged),
 * 2 for bad input (no file, unreadable or not UTF-8, no usable vignette). A bad line is reported and skipped.
 */
import { readFile } from 'node:fs/promises';
import { checkGate, evaluate, formatTextReport, parseVignettes } from '../../core/eval/index.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { triageAssess } from '../../core/eval/triage-binding.ts';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { decodeUtf8 } from '../../services/triage.ts';

/** Where the command writes; injected so tests need no child process. */
export interface EvalIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const usage = 'usage: footing eval FILE [--json] [--kb DIR] [--no-gate]\n' +
  'Runs each vignette line ({"id","text"|"evidence","gold",…}) through the triage engine and reports accuracy.\n' +
  'Exit 1 if top-3 is below 90% or any red-flag vignette is under-triaged (--no-gate: report only, exit 0).\n';

interface EvalArgs {
  file: string;
  json: boolean;
  kbDir: string | undefined;
  gate: boolean;
}

function parseArgs(args: readonly string[]): EvalArgs | string {
  const files: string[] = [];
  let json = false;
  let kbDir: string | undefined;
  let gate = true;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--no-gate') gate = false;
    else if (a === '--kb') {
      kbDir = args[i + 1];
      i += 1;
      if (kbDir === undefined) return '--kb needs a folder';
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length !== 1) return files.length === 0 ? 'give one vignette file' : 'give exactly one vignette file';
  return { file: files[0] ?? '', json, kbDir, gate };
}

/**
 * Runs the command and returns the exit code (0 gate passed, 1 gate failed or engine unavailable, 2 bad input).
 * @example await runEval(['test/vignettes/vignettes.jsonl'], { stdout: console.log, stderr: console.error })
 */
export async function runEval(args: readonly string[], io: EvalIo): Promise<number> {
  if (args.includes('--help')) {
    io.stdout(usage);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`error: ${parsed}\n${usage}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(parsed.file);
  } catch {
    io.stderr(`error: ${parsed.file} cannot be read\n`);
    return 2;
  }
  let text: string;
  try {
    // A binary or mis-encoded file is refused rather than read as replacement characters.
    text = decodeUtf8(bytes);
  } catch {
    io.stderr(`error: ${parsed.file} is not UTF-8 text\n`);
    return 2;
  }
  const { vignettes, errors } = parseVignettes(text);
  for (const e of errors) io.stderr(`skipped line ${e.line}${e.id ? ` (${e.id})` : ''}: ${e.message}\n`);
  if (vignettes.length === 0) {
    io.stderr(`error: ${parsed.file} has no usable vignette\n`);
    return 2;
  }
  let kb: KnowledgeBase;
  try {
    kb = await readKnowledgeBase(parsed.kbDir);
  } catch (err) {
    io.stderr(`error: knowledge base did not load: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const report = evaluate(vignettes, triageAssess(kb));
  const gate = checkGate(report);
  if (parsed.json) io.stdout(`${JSON.stringify({ kbVersion: kb.version, report, gate, lineErrors: errors }, null, 2)}\n`);
  else io.stdout(`${formatTextReport(report, gate)}\n`);
  return gate.pass || !parsed.gate ? 0 : 1;
}
