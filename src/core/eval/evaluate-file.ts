/**
 * The whole evaluation of one vignette file's text, as the CLI, the report script and the CI test run it.
 * @module
 */
import { checkGate, type GateResult } from './gate.ts';
import { parseVignettes, type VignetteLineError } from './parse-vignettes.ts';
import { evaluate, type Assess } from './run.ts';
import type { EvalReport } from './summarise.ts';

/** The report, the gate verdict and the lines that were skipped. */
export interface FileEvaluation {
  readonly report: EvalReport;
  readonly gate: GateResult;
  readonly lineErrors: readonly VignetteLineError[];
}

/**
 * Parse JSONL text, run every valid vignette through `assess`, summarise and gate. Bad lines are skipped
 * and returned in `lineErrors`.
 * @example evaluateJsonl(text, (input) => assess(kb, input)).gate.pass
 */
export function evaluateJsonl(text: string, assess: Assess): FileEvaluation {
  const { vignettes, errors } = parseVignettes(text);
  const report = evaluate(vignettes, assess);
  return { report, gate: checkGate(report), lineErrors: errors };
}
