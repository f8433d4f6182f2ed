/**
 * Evaluation of the triage engine on the project's vignette set: parse, run, score, summarise, gate, report.
 * @module
 */
export { evalConditionIds, type EvalConditionId } from './condition-ids.ts';
export { vignetteSchema, vignetteInput, type Vignette, type VignetteInput, type Gold } from './vignette-schema.ts';
export { parseVignettes, type ParsedVignettes, type VignetteLineError } from './parse-vignettes.ts';
export { checkAgainstKb, type VignetteKbProblem } from './check-findings.ts';
export { engineOutcomeSchema, type EngineOutcome, type VignetteRun } from './engine-outcome.ts';
export { scoreVignette, type VignetteScore } from './score.ts';
export { summarise, type EvalReport, type Rate } from './summarise.ts';
export { evaluate, scoreAll, runOne, type Assess } from './run.ts';
export { checkGate, minTop3, type GateResult } from './gate.ts';
export { formatTextReport, formatRate } from './format-text.ts';
export { formatMarkdownReport, type ReportContext } from './format-markdown.ts';
export { isSafeLevel, isMorePermissive } from './levels.ts';
export { evaluateJsonl, type FileEvaluation } from './evaluate-file.ts';
