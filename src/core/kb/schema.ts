/**
 * The knowledge-base schema: the single definition of what Footing's clinical data looks like.
 *
 * Knowledge is data (JSON under `kb/`), validated here at load time. The engines (triage, planner)
 * only ever see a value that passed these schemas, so they never re-check shapes.
 *
 * @module
 */
import { z } from 'zod';

/** Kebab-case stable identifier: ids are contracts with saved data and other tools, never renamed. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const careLevels = ['emergency', 'urgent', 'doctor', 'selfcare'] as const;
export const careLevelSchema = z.enum(careLevels);
export type CareLevel = z.infer<typeof careLevelSchema>;

export const runningAdvices = ['stop', 'modify', 'continue'] as const;
export const runningAdviceSchema = z.enum(runningAdvices);
export type RunningAdvice = z.infer<typeof runningAdviceSchema>;

/** Where a number or claim comes from: a published figure, or the team's clinical judgement. */
export const basisSchema = z.enum(['published', 'judgement']);
export type Basis = z.infer<typeof basisSchema>;

export const sourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['seed', 'article', 'review', 'guideline', 'book', 'website']),
  /** Full citation in a conventional style, e.g. "Lopes AD et al. Sports Med 2012;42:891-905." */
  citation: z.string().min(10),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.string().url().optional(),
  doi: z.string().optional(),
  /** For seeds: the file name under shared/seeds. */
  file: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const zoneSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(2),
  /** Words runners use for this place ("bottom of my heel"). */
  lexicon: z.array(z.string().min(2)).min(1),
  /** Coarse region used to group zones on the body map and in the condition library. */
  region: z.enum(['heel', 'achilles-calf', 'shin', 'inside', 'outside', 'front-top', 'back-of-ankle', 'forefoot', 'whole']),
  description: z.string().min(5),
});
export type Zone = z.infer<typeof zoneSchema>;

const choiceOptionSchema = z.strictObject({
  value: idSchema,
  label: z.string().min(1),
  lexicon: z.array(z.string().min(2)).default([]),
});

export const findingCategories = [
  'location', 'side', 'onset', 'duration', 'timing', 'character', 'aggravator', 'sign',
  'training', 'history', 'self-test', 'red-flag', 'profile',
] as const;

/**
 * One fact the engine can use. `boolean` findings are answered yes/no/unknown; `choice` and
 * `number` findings carry a value; `side` is left/right/both.
 * `lexicon` lists phrases meaning "yes" (or, for choices, see options[].lexicon);
 * `negLexicon` lists phrases that mean "no" even without a negation word ("can walk fine").
 */
export const findingSchema = z.strictObject({
  id: idSchema,
  category: z.enum(findingCategories),
  /** Plain-language question shown to the runner. */
  question: z.string().min(5),
  /** Short label for chips and explanations ("first-step pain in the morning"). */
  label: z.string().min(2),
  help: z.string().optional(),
  type: z.enum(['boolean', 'choice', 'number', 'side']),
  options: z.array(choiceOptionSchema).optional(),
  unit: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  zone: idSchema.optional(),
  /** Asked before anything else: a "yes" can change the level of care on its own. */
  redFlag: z.boolean().default(false),
  /** Self-test that produces this finding, if any. */
  selfTest: idSchema.optional(),
  lexicon: z.array(z.string().min(2)).default([]),
  negLexicon: z.array(z.string().min(2)).default([]),
});
export type Finding = z.infer<typeof findingSchema>;

/**
 * How one finding bears on one condition. For a boolean finding `match` is omitted (a "yes" matches);
 * for a choice it names the option; for a number it gives a range. `lrPlus` applies when the finding
 * matches, `lrMinus` when it is known and does not. Give either sens/spec or the two LRs.
 */
export const evidenceSchema = z
  .strictObject({
    finding: idSchema,
    match: z
      .union([idSchema, z.strictObject({ min: z.number().optional(), max: z.number().optional() })])
      .optional(),
    sens: z.number().min(0).max(1).optional(),
    spec: z.number().min(0).max(1).optional(),
    lrPlus: z.number().positive().optional(),
    lrMinus: z.number().positive().optional(),
    basis: basisSchema,
    sources: z.array(idSchema).default([]),
    note: z.string().optional(),
  })
  .refine((e) => (e.sens !== undefined && e.spec !== undefined) || (e.lrPlus !== undefined && e.lrMinus !== undefined), {
    message: 'give either sens+spec or lrPlus+lrMinus',
  })
  .refine((e) => e.basis === 'judgement' || e.sources.length > 0, { message: 'published evidence needs a source' });
export type Evidence = z.infer<typeof evidenceSchema>;

export const conditionCategories = [
  'tendon', 'bone-stress', 'fascia', 'nerve', 'joint', 'ligament', 'muscle', 'bursa', 'fat-pad',
  'vascular', 'compartment', 'fracture', 'systemic', 'referred', 'infection', 'structural',
] as const;

export const causeFactors = [
  'muscle-imbalance', 'overuse', 'previous-injury', 'bony-problems', 'shoes',
  'training-error', 'biomechanics', 'low-energy-availability', 'age', 'medical', 'trauma', 'other',
] as const;

export const conditionSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(3),
  clinicalName: z.string().min(3),
  synonyms: z.array(z.string()).default([]),
  category: z.enum(conditionCategories),
  zones: z.array(idSchema).min(1),
  summary: z.string().min(40),
  feelsLike: z.string().min(20),
  prior: z.strictObject({
    /** Relative weight among runners with foot/ankle/shin pain (not a probability; renormalised). */
    weight: z.number().positive(),
    basis: basisSchema,
    sources: z.array(idSchema).default([]),
    note: z.string().optional(),
  }),
  evidence: z.array(evidenceSchema).min(1),
  redFlag: z.boolean(),
  care: z.strictObject({
    level: careLevelSchema,
    timeframe: z.string().min(3),
    action: z.string().min(10),
  }),
  running: z.strictObject({
    advice: runningAdviceSchema,
    guidance: z.string().min(10),
  }),
  recovery: z.strictObject({
    minWeeks: z.number().nonnegative(),
    maxWeeks: z.number().positive(),
    note: z.string().optional(),
    sources: z.array(idSchema).default([]),
  }),
  causes: z.array(z.strictObject({ factor: z.enum(causeFactors), note: z.string().min(5) })).min(1),
  selfCare: z.array(z.string().min(5)).min(1),
  clinicianCare: z.array(z.string().min(5)).min(1),
  whenToSeeSomeone: z.string().min(10),
  /** Planner protocol id (kb/protocols). */
  protocol: idSchema,
  sources: z.array(idSchema).min(1),
});
export type Condition = z.infer<typeof conditionSchema>;

export const exercisePurposes = ['mobility', 'stability', 'strength', 'hip', 'balance', 'plyometric', 'running'] as const;

export const dosageSchema = z.strictObject({
  sets: z.number().int().positive(),
  reps: z.number().int().positive().optional(),
  seconds: z.number().int().positive().optional(),
  perSide: z.boolean().default(false),
  timesPerDay: z.number().int().positive().default(1),
  daysPerWeek: z.number().int().min(1).max(7),
  restSeconds: z.number().int().nonnegative().default(60),
  load: z.string().optional(),
  tempo: z.string().optional(),
  sources: z.array(idSchema).default([]),
});
export type Dosage = z.infer<typeof dosageSchema>;

/** A stick-figure pose: joint angles in degrees, rendered to SVG by core/illustration. */
export const poseSchema = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

export const exerciseSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(3),
  purpose: z.enum(exercisePurposes),
  bodyArea: z.array(z.enum(['foot', 'ankle', 'calf', 'shin', 'hip', 'core', 'whole-body'])).min(1),
  summary: z.string().min(10),
  steps: z.array(z.string().min(5)).min(2),
  dosage: dosageSchema,
  progression: idSchema.optional(),
  regression: idSchema.optional(),
  equipment: z.array(z.string()).default([]),
  cautions: z.array(z.string()).default([]),
  illustration: z.strictObject({
    start: poseSchema,
    end: poseSchema,
    props: z.array(z.string()).default([]),
    alt: z.string().min(10),
  }),
  sources: z.array(idSchema).min(1),
});
export type Exercise = z.infer<typeof exerciseSchema>;

export const selfTestSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(3),
  purpose: z.string().min(10),
  steps: z.array(z.string().min(5)).min(2),
  safety: z.array(z.string().min(5)).min(1),
  /** Do not offer this test when any of these findings is "yes" (e.g. no hopping with suspected fracture). */
  contraindicatedBy: z.array(idSchema).default([]),
  record: z.string().min(5),
  /** Findings this test answers. */
  findings: z.array(idSchema).min(1),
  needsHelper: z.boolean().default(false),
  sources: z.array(idSchema).min(1),
});
export type SelfTest = z.infer<typeof selfTestSchema>;

export const changelogEntrySchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  changes: z.array(z.string().min(3)).min(1),
});

export const kbMetaSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  changelog: z.array(changelogEntrySchema).min(1),
});
