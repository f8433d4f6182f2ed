/**
 * Runs every vignette through an assess function and scores it. The engine is passed in, so this stays
 * pure and testable with hand-made results; whatever the engine returns is checked against the contract.
 * @module
 */
import { z } from 'zod';
import { engineOutcomeSchema, type VignetteRun } from './engine-outcome.ts';
import { scoreVignette, type VignetteScore } from './score.ts';
import { summarise, type EvalReport } from './summarise.ts';
import { vignetteInput, type Vignette, type VignetteInput } from './vignette-schema.ts';

/** Anything that turns a vignette's input into a triage result (the contract in issue 4). */
export type Assess = (input: VignetteInput) => unknown;

/**
 * Run one vignette, turning a thrown error or a result that breaks the contract into an error run.
 * @example runOne(v, assess) // { outcome: { triage: …, running: …, differential: […] } }
 */
export function runOne(v: Vignette, assess: Assess): VignetteRun {
  let raw: unknown;
  try {
    raw = assess(vignetteInput(v));
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  const parsed = engineOutcomeSchema.safeParse(raw);
  if (!parsed.success) return { error: `result breaks the contract: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}` };
  return { outcome: parsed.data };
}

/**
 * Score every vignette with the given engine.
 * @example scoreAll(vignettes, assess).filter((s) => !s.inTop3)
 */
export function scoreAll(vignettes: readonly Vignette[], assess: Assess): VignetteScore[] {
  return vignettes.map((v) => scoreVignette(v, runOne(v, assess)));
}

/**
 * Evaluate the engine on the vignettes: run, score and summarise.
 * @example evaluate(vignettes, (input) => assess(kb, input)).top3.rate
 */
export function evaluate(vignettes: readonly Vignette[], assess: Assess): EvalReport {
  return summarise(scoreAll(vignettes, assess));
}
