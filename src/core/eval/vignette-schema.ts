/**
 * The shape of one line of `test/vignettes/vignettes.jsonl`: a runner's case (free text or structured
 * evidence) with the label a careful sports physiotherapist would give it.
 * @module
 */
import { z } from 'zod';
import { careLevelSchema, idSchema, runningAdviceSchema } from '../kb/schema.ts';
import { evalConditionIds } from './condition-ids.ts';

/** A gold or acceptable condition id: one of the 42 labelled ids. */
export const evalConditionIdSchema = z.enum(evalConditionIds, {
  error: (issue) => `not one of the 42 condition ids: ${JSON.stringify(issue.input)}`,
});

/** One structured answer: a finding id and its value (yes/no, a number, a side or a choice). */
export const vignetteEvidenceSchema = z.strictObject({
  id: idSchema,
  value: z.union([z.boolean(), z.number(), z.string().min(1)]),
});
export type VignetteEvidence = z.infer<typeof vignetteEvidenceSchema>;

/** What the careful clinician would say: the condition, acceptable alternatives, care level and running advice. */
export const goldSchema = z.strictObject({
  condition: evalConditionIdSchema,
  acceptable: z.array(evalConditionIdSchema).default([]),
  level: careLevelSchema,
  running: runningAdviceSchema,
});
export type Gold = z.infer<typeof goldSchema>;

const vignetteIdSchema = z.string().regex(/^v\d{3,}$/, 'must look like v001');

// Files written by other people (a reviewer's own case set) often carry extra columns such as age or source and
// may leave out our bookkeeping fields, so unknown keys are ignored and `redFlag`/`notes` are optional here. The
// project's own sets are held to the full format by test/vignettes/vignettes.test.ts.
const common = {
  id: vignetteIdSchema,
  gold: goldSchema,
  redFlag: z.boolean().optional(),
  notes: z.string().optional(),
};

/** A free-text narrative, the way a runner would type it. */
export const textVignetteSchema = z.object({
  ...common,
  text: z.string().min(20).max(10_000),
});

/** A structured case: finding ids from the KB vocabulary with values. */
export const evidenceVignetteSchema = z.object({
  ...common,
  evidence: z.array(vignetteEvidenceSchema).min(2),
});

const hasKey = (raw: unknown, key: string): boolean => typeof raw === 'object' && raw !== null && key in raw;

type Completed<T> = Omit<T, 'redFlag' | 'notes'> & { redFlag: boolean; notes: string };
type TextVignette = Completed<z.infer<typeof textVignetteSchema>>;
type EvidenceVignette = Completed<z.infer<typeof evidenceVignetteSchema>>;

/** A case left unmarked counts as a red flag when its gold care is emergency or urgent: the safe reading. */
function complete<T extends { gold: Gold; redFlag?: boolean | undefined; notes?: string | undefined }>(v: T): Omit<T, 'redFlag' | 'notes'> & { redFlag: boolean; notes: string } {
  return { ...v, redFlag: v.redFlag ?? (v.gold.level === 'emergency' || v.gold.level === 'urgent'), notes: v.notes ?? '' };
}

/**
 * One vignette line: exactly one of `text` or `evidence`. The shape is picked by key (rather than a plain
 * union, whose error is only "invalid input") so a bad line gets the precise error for the shape it meant.
 */
export const vignetteSchema = z
  .unknown()
  .transform((raw, ctx): TextVignette | EvidenceVignette => {
    if (hasKey(raw, 'text') === hasKey(raw, 'evidence')) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of "text" or "evidence"' });
      return z.NEVER;
    }
    const parsed = hasKey(raw, 'text') ? textVignetteSchema.safeParse(raw) : evidenceVignetteSchema.safeParse(raw);
    if (parsed.success) return 'text' in parsed.data ? complete(parsed.data) : complete(parsed.data);
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  })
  .refine((v) => !v.gold.acceptable.includes(v.gold.condition), {
    message: 'gold.acceptable must not repeat gold.condition',
  })
  .refine((v) => !('evidence' in v) || new Set(v.evidence.map((e) => e.id)).size === v.evidence.length, {
    message: 'evidence lists a finding twice',
  });
export type Vignette = z.infer<typeof vignetteSchema>;

/** The input half of a vignette, as the engine receives it. */
export type VignetteInput = { text: string } | { evidence: VignetteEvidence[] };

/**
 * The input to hand the engine for a vignette.
 * @example vignetteInput({ id: 'v001', text: 'heel hurts…', … }) // { text: 'heel hurts…' }
 */
export function vignetteInput(v: Vignette): VignetteInput {
  return 'text' in v ? { text: v.text } : { evidence: v.evidence };
}
