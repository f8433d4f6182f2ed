/**
 * Hand-made vignettes and engine results for the evaluation's own unit tests.
 * @module
 */
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';
import type { EngineOutcome } from './engine-outcome.ts';
import type { Vignette } from './vignette-schema.ts';

/** A text vignette with the given gold label. */
export function makeVignette(
  id: string,
  condition: Vignette['gold']['condition'],
  level: CareLevel,
  running: RunningAdvice,
  opts: { redFlag?: boolean; acceptable?: Vignette['gold']['acceptable']; evidence?: boolean } = {},
): Vignette {
  const common = {
    id,
    gold: { condition, acceptable: opts.acceptable ?? [], level, running },
    redFlag: opts.redFlag ?? false,
    notes: 'unit-test vignette',
  };
  return opts.evidence
    ? { ...common, evidence: [{ id: 'pain-heel-underside', value: true }, { id: 'pain-first-steps', value: true }] }
    : { ...common, text: 'my heel hurts on the first steps in the morning' };
}

/** An engine result ranking the given condition ids in order. */
export function makeOutcome(level: CareLevel, advice: RunningAdvice, ranked: readonly string[]): EngineOutcome {
  return { triage: { level }, running: { advice }, differential: ranked.map((conditionId) => ({ conditionId })) };
}
