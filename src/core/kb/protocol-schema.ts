/**
 * Rehab protocol schema (owned by the planner): one file per protocol under `kb/protocols/`.
 *
 * A protocol is a sequence of phases following the seeds' frame (pain management → local stabilisation →
 * global stabilisation → return to run; seed-004, seed-000), each with entry and exit criteria, the exercises
 * and dosage for that phase, and what running looks like in it. The `family` picks the safety rules the
 * planner applies (bone stress: no bone pain tolerated; tendon: pain-monitoring model; …).
 *
 * @module
 */
import { z } from 'zod';
import { basisSchema, dosageSchema, idSchema } from './schema.ts';

/** Which family of safety and progression rules governs a protocol. */
export const ruleFamilies = ['bone-stress', 'tendon', 'nerve', 'joint', 'ligament', 'muscle', 'medical-first'] as const;
export const ruleFamilySchema = z.enum(ruleFamilies);
export type RuleFamily = z.infer<typeof ruleFamilySchema>;

/** Activities that can stand in for a run while running is paused. */
export const crossTrainingModes = ['pool-running', 'cycling', 'swimming', 'elliptical', 'anti-gravity-treadmill'] as const;
export const crossTrainingModeSchema = z.enum(crossTrainingModes);
export type CrossTrainingMode = z.infer<typeof crossTrainingModeSchema>;

/** The seeds' four stages; tendon and bone protocols name their phases in their own terms within these. */
export const phaseStages = ['pain-management', 'local-stabilisation', 'global-stabilisation', 'return-to-run'] as const;

/** What a prescription does in a session; the planner uses it to balance sessions and personalise. */
export const exerciseRoles = ['mobility', 'foot', 'calf', 'ankle', 'balance', 'hip', 'trunk', 'plyometric', 'nerve', 'drill'] as const;
export type ExerciseRole = (typeof exerciseRoles)[number];

/**
 * Findings-derived tags a prescription can depend on (computed by the planner from the assessment):
 * `mobility-deficit` (knee-to-wall), `calf-weak` / `calf-painful` (single-leg heel raise), `hip-signs`
 * ("look above": seed-000), `balance-deficit` (single-leg balance unsteady, previous sprains).
 */
export const personalisationTags = ['mobility-deficit', 'calf-weak', 'calf-painful', 'hip-signs', 'balance-deficit'] as const;
export const personalisationTagSchema = z.enum(personalisationTags);
export type PersonalisationTag = z.infer<typeof personalisationTagSchema>;

/** Check-in measures a criterion can be checked against automatically. */
export const criterionMeasures = [
  'pain-during', 'pain-after', 'pain-morning', 'stiffness-morning', 'pain-walking', 'pain-hop', 'heel-raise-count',
] as const;

export const criterionSchema = z.strictObject({
  /** Plain words shown to the runner ("walk 30 minutes briskly with no pain at the sore spot"). */
  text: z.string().min(5),
  /** Machine-checkable part; criteria without one are confirmed by the runner (or their clinician). */
  check: z
    .strictObject({
      measure: z.enum(criterionMeasures),
      max: z.number().min(0).optional(),
      min: z.number().min(0).optional(),
      /** How many consecutive check-ins must satisfy it. */
      days: z.number().int().positive().default(3),
    })
    .refine((c) => c.max !== undefined || c.min !== undefined, { message: 'a check needs max or min' })
    .optional(),
  basis: basisSchema,
  sources: z.array(idSchema).default([]),
});
export type Criterion = z.infer<typeof criterionSchema>;

const doseStepSchema = z.strictObject({
  /** Week within the phase (1-based) from which this dose applies. */
  fromWeek: z.number().int().positive(),
  sets: z.number().int().positive(),
  reps: z.number().int().positive().optional(),
  seconds: z.number().int().positive().optional(),
  load: z.string().optional(),
});

export const prescriptionSchema = z
  .strictObject({
    exerciseId: idSchema,
    role: z.enum(exerciseRoles),
    // The same dose fields as an exercise's default dosage; a protocol's own sources sit below.
    ...dosageSchema.omit({ sources: true }).shape,
    /** Dose changes within the phase, e.g. the heavy-slow-resistance load ladder. */
    schedule: z.array(doseStepSchema).default([]),
    /** Include only when the plan carries this tag / leave out when it does. */
    onlyIf: personalisationTagSchema.optional(),
    unless: personalisationTagSchema.optional(),
    /**
     * Alternatives: prescriptions sharing a `group` are interchangeable sets, one per `option` (e.g. heavy slow
     * resistance in a gym, or eccentric heel drops at home). The planner uses the first option, in file order,
     * whose equipment the runner has, and the last option when none fits.
     */
    group: idSchema.optional(),
    option: idSchema.optional(),
    basis: basisSchema,
    sources: z.array(idSchema).default([]),
    note: z.string().optional(),
  })
  .refine((p) => p.reps !== undefined || p.seconds !== undefined, { message: 'give reps or seconds' })
  .refine((p) => p.basis === 'judgement' || p.sources.length > 0, { message: 'published dosage needs a source' })
  .refine((p) => (p.group === undefined) === (p.option === undefined), { message: 'group and option go together' });
export type Prescription = z.infer<typeof prescriptionSchema>;

/**
 * Running in a phase: `none` (cross-train instead), `as-tolerated` (keep running, shortened and easy, under the
 * family's pain rules — only if the assessment did not say stop), `walk-run` (criteria-gated walk-run ladder),
 * `build` (continuous running rebuilt under the weekly cap).
 */
export const runModes = ['none', 'as-tolerated', 'walk-run', 'build'] as const;
export type RunMode = (typeof runModes)[number];

export const phaseSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(3),
  stage: z.enum(phaseStages),
  goal: z.string().min(10),
  weeks: z.strictObject({ min: z.number().int().positive(), typical: z.number().int().positive() }),
  entry: z.array(criterionSchema).default([]),
  exit: z.array(criterionSchema).min(1),
  exercises: z.array(prescriptionSchema).min(2),
  running: z.enum(runModes),
  sources: z.array(idSchema).default([]),
});
export type Phase = z.infer<typeof phaseSchema>;

export const returnToRunSchema = z.strictObject({
  /** Tests that must be passed before the first walk-run session. */
  readiness: z.array(criterionSchema).min(1),
  /** Highest allowed rise in weekly running time once running is continuous (percent). */
  weeklyIncreaseCapPercent: z.number().min(5).max(30),
  /** Running sessions per week while on the walk-run ladder (non-consecutive days). */
  walkRunSessionsPerWeek: z.number().int().min(2).max(4),
  /** High-risk bone sites and the like: the plan never schedules running without a clinician's go-ahead. */
  requiresClinicianClearance: z.boolean().default(false),
  sources: z.array(idSchema).min(1),
});

export const protocolSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().min(3),
    family: ruleFamilySchema,
    summary: z.string().min(20),
    /** Shown instead of a plan for `medical-first`, and as a standing caution otherwise. */
    clinicianNote: z.string().min(10).optional(),
    phases: z.array(phaseSchema).default([]),
    returnToRun: returnToRunSchema.optional(),
    crossTraining: z.array(crossTrainingModeSchema).default([]),
    sources: z.array(idSchema).min(1),
  })
  .refine((p) => (p.family === 'medical-first' ? p.phases.length === 0 : p.phases.length >= 2), {
    message: 'medical-first protocols have no phases; every other protocol has at least two',
  })
  .refine((p) => p.family === 'medical-first' || p.returnToRun !== undefined, {
    message: 'a rehab protocol needs returnToRun',
  })
  .refine((p) => p.family !== 'medical-first' || p.clinicianNote !== undefined, {
    message: 'medical-first needs a clinicianNote',
  })
  .refine((p) => new Set(p.phases.map((ph) => ph.id)).size === p.phases.length, { message: 'phase ids must be unique' });
export type Protocol = z.infer<typeof protocolSchema>;
