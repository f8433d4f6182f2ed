/**
 * `footing assess`: triage from the terminal. Interactive by default; `--text "…"`, `--evidence FILE` or
 * `--batch FILE.jsonl` for scripts (with `--json`). Exit 0 ok, 2 bad input (one `error:` line on stderr).
 * @module
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { AppError, describeError } from '../../core/errors.ts';
import { decodeUtf8, triage } from '../../services/triage.ts';
import { runBatch } from '../assess/batch.ts';
import { formatResult } from '../assess/format.ts';
import { interactiveAssess, type DialogueIo } from '../assess/interactive.ts';

/** Where the command reads and writes; injected so tests need no child process. */
export interface AssessIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly dialogue?: DialogueIo;
}

/** What the command needs besides I/O. */
export interface AssessDeps {
  readonly kb: () => Promise<KnowledgeBase>;
  readonly today?: string;
}

/** One line on how to call the command (also the registry's usage). */
export const ASSESS_USAGE = 'usage: footing assess [--text "…" | --evidence case.json | --batch cases.jsonl] [--json]';
const HELP = `${ASSESS_USAGE}
Assess foot, ankle or shin pain. With no option, asks one question at a time (b = back, s = skip).
  --text "…"          your description in your own words
  --evidence FILE     JSON: {"evidence": [{"id": …, "value": …}], "text"?: …} or a map of finding id → value
  --batch FILE.jsonl  one case per line ({"id":…,"text":…} or {"id":…,"evidence":…}); one result line each
  --json              print the result as JSON
`;

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function readText(file: string): Promise<string> {
  try {
    return decodeUtf8(await readFile(file));
  } catch (err) {
    if (err instanceof AppError) throw new AppError('bad_input', `${file}: ${err.message}`);
    throw new AppError('bad_input', `cannot read ${file}`);
  }
}

/** The terminal dialogue. With `--json` the questions go to stderr, so stdout holds only the JSON result. */
function defaultDialogue(json: boolean): { io: DialogueIo; close: () => void } {
  const out = json ? process.stderr : process.stdout;
  const rl = createInterface({ input: process.stdin, output: out, terminal: process.stdin.isTTY === true });
  const lines = rl[Symbol.asyncIterator]();
  return {
    io: {
      write: (t) => out.write(t),
      ask: async (prompt) => {
        out.write(prompt);
        const next = await lines.next();
        return next.done === true ? null : String(next.value);
      },
    },
    close: () => rl.close(),
  };
}

/**
 * Run `footing assess` and return the exit code.
 * @example await runAssess(['--text', 'heel hurts', '--json'], io, { kb: () => readKnowledgeBase() })
 */
export async function runAssess(args: readonly string[], io: AssessIo, deps: AssessDeps): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  const known = new Set(['--text', '--evidence', '--batch', '--json']);
  const bad = args.find((a, i) => a.startsWith('--') && !known.has(a) && !['--text', '--evidence', '--batch'].includes(args[i - 1] ?? ''));
  const modes = ['--text', '--evidence', '--batch'].filter((m) => args.includes(m));
  if (bad !== undefined || modes.length > 1 || modes.some((m) => option(args, m) === undefined)) {
    io.stderr(`error: ${bad !== undefined ? `unknown option ${bad}` : modes.length > 1 ? 'give only one of --text, --evidence, --batch' : `${modes[0]} needs a value`} (${ASSESS_USAGE})\n`);
    return 2;
  }
  const json = args.includes('--json');
  try {
    const kb = await deps.kb();
    const text = option(args, '--text');
    const evidenceFile = option(args, '--evidence');
    const batchFile = option(args, '--batch');
    if (batchFile !== undefined) {
      const { lines } = runBatch(kb, await readText(batchFile), deps.today);
      io.stdout(lines.map((l) => `${l}\n`).join(''));
      return 0;
    }
    let body: unknown;
    if (text !== undefined) body = { text };
    else if (evidenceFile !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readText(evidenceFile));
      } catch (err) {
        throw err instanceof AppError ? err : new AppError('bad_input', `${evidenceFile}: not valid JSON`);
      }
      body = Array.isArray(parsed) ? { evidence: parsed }
        : typeof parsed === 'object' && parsed !== null && ('evidence' in parsed || 'text' in parsed) ? parsed : { evidence: parsed };
    }
    if (body !== undefined) {
      const result = triage(null, kb, body, deps.today);
      io.stdout(json ? `${JSON.stringify(result)}\n` : formatResult(result, kb));
      return 0;
    }
    const own = io.dialogue ? null : defaultDialogue(json);
    const dialogue = io.dialogue ?? own?.io;
    if (!dialogue) return 1;
    try {
      const result = await interactiveAssess(kb, dialogue, deps.today);
      if (json) io.stdout(`${JSON.stringify(result)}\n`);
    } finally {
      own?.close();
    }
    return 0;
  } catch (err) {
    io.stderr(`error: ${describeError(err)}\n`);
    return err instanceof AppError && err.isUserError ? 2 : 1;
  }
}
