/**
 * The part of the triage result contract (issue 4) that the evaluation reads. Validated with zod so a
 * result from any source (the library, `footing assess --batch` output) is checked the same way.
 * @module
 */
import { z } from 'zod';
import { careLevelSchema, runningAdviceSchema } from '../kb/schema.ts';

/** `triage.level`, `running.advice` and the ranked `differential[].conditionId`; other fields are ignored. */
export const engineOutcomeSchema = z.object({
  triage: z.object({ level: careLevelSchema }),
  running: z.object({ advice: runningAdviceSchema }),
  differential: z.array(z.object({ conditionId: z.string() })),
});
export type EngineOutcome = z.infer<typeof engineOutcomeSchema>;

/** What the engine produced for one vignette: an outcome, or the error it raised. */
export type VignetteRun = { readonly outcome: EngineOutcome } | { readonly error: string };
