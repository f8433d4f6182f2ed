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
  /** Web address; http(s) only, because the About page turns it into a link (no `javascript:` or `data:`). */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
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

/**
 * A finding that raises a condition's level of care: "posterior tibial tendon pain is self-care, unless you can no
 * longer rise onto tiptoe on that leg". `match` works as in evidence.
 */
export const careEscalationSchema = z.strictObject({
  finding: idSchema,
  match: z.union([idSchema, z.strictObject({ min: z.number().optional(), max: z.number().optional() })]).optional(),
  level: careLevelSchema,
  timeframe: z.string().min(3),
  reason: z.string().min(10),
  basis: basisSchema,
  sources: z.array(idSchema).default([]),
});
export type CareEscalation = z.infer<typeof careEscalationSchema>;

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
    /** Findings that, with this condition likely, call for more care than its usual level (e.g. a failing tendon). */
    escalate: z.array(careEscalationSchema).default([]),
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

/**
 * One leg of an illustration pose. Angles in degrees, clinical conventions, each relative to the segment above:
 * hip flexion (+) / extension (−) from the trunk line, abduction (+), external (+) / internal (−) rotation,
 * knee flexion, ankle dorsiflexion (+) / plantarflexion (−) from a right angle with the shin,
 * inversion (+) / eversion (−) (the forefoot turns in or out), toe extension (+) / curl (−).
 */
export const legPoseSchema = z.strictObject({
  hip: z.number().min(-45).max(150),
  abduction: z.number().min(-30).max(90).default(0),
  rotation: z.number().min(-70).max(70).default(0),
  knee: z.number().min(0).max(160),
  ankle: z.number().min(-90).max(45),
  turn: z.number().min(-50).max(50).default(0),
  toes: z.number().min(-45).max(75).default(0),
});
export type LegPose = z.infer<typeof legPoseSchema>;

/** An arm: shoulder flexion (forward, +) / extension (−), abduction (+), elbow flexion. */
export const armPoseSchema = z.strictObject({
  shoulder: z.number().min(-60).max(180),
  abduction: z.number().min(0).max(180).default(0),
  elbow: z.number().min(0).max(160).default(0),
});
export type ArmPose = z.infer<typeof armPoseSchema>;

/**
 * Equipment drawn with the figure. The renderer places each prop from the pose (a step under the working
 * forefoot, a wall touching the front-most point, a chair under the pelvis when sitting, …).
 */
export const posePropSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('step') }),
  z.strictObject({ kind: z.literal('box') }),
  z.strictObject({ kind: z.literal('foam-pad') }),
  z.strictObject({ kind: z.literal('mat') }),
  z.strictObject({ kind: z.literal('marbles') }),
  z.strictObject({ kind: z.literal('chair') }),
  z.strictObject({ kind: z.literal('bench') }),
  z.strictObject({ kind: z.literal('footplate') }),
  z.strictObject({ kind: z.literal('wall'), side: z.enum(['front', 'back']).default('front') }),
  z.strictObject({
    kind: z.literal('band'),
    from: z.enum(['foot', 'knees', 'ankles']),
    to: z.enum(['hands', 'front', 'behind', 'outside', 'inside', 'loop']),
  }),
  z.strictObject({ kind: z.literal('towel'), at: z.enum(['under-toes', 'under-foot', 'around-foot']) }),
  z.strictObject({ kind: z.literal('ball'), at: z.enum(['between-ankles', 'under-foot']) }),
  z.strictObject({ kind: z.literal('weight'), at: z.enum(['hands', 'shoulders', 'knee', 'back']) }),
]);
export type PoseProp = z.infer<typeof posePropSchema>;

export const posePositions = [
  'standing', 'sitting', 'long-sitting', 'supine', 'prone', 'side-lying', 'kneeling', 'half-kneeling',
  'quadruped', 'plank', 'side-plank',
] as const;

/**
 * A line-figure pose, rendered to SVG by `core/illustration`. `leg` is the working leg (the near leg in a side
 * view, the top leg when side-lying); `working` says what the accent colour marks. `lean` tips the trunk
 * forward (+) or back (−) from upright (supine −90, prone +90); `tilt` tips it sideways (side-lying 90,
 * working side up). `shift` moves the figure forward and `airborne` lifts it off the floor (hops, drills).
 */
export const poseSchema = z
  .strictObject({
    position: z.enum(posePositions),
    view: z.enum(['side', 'front']).default('side'),
    lean: z.number().min(-120).max(120).default(0),
    tilt: z.number().min(-95).max(95).default(0),
    working: z.enum(['leg', 'both-legs', 'trunk', 'arms', 'none']).default('leg'),
    leg: legPoseSchema,
    otherLeg: legPoseSchema,
    arms: armPoseSchema,
    otherArm: armPoseSchema.optional(),
    /** Camera raised this many degrees above the horizontal, to show bends that point at the viewer. */
    elevation: z.number().min(0).max(50).default(0),
    shift: z.number().min(-120).max(120).default(0),
    airborne: z.number().min(0).max(60).default(0),
    props: z.array(posePropSchema).default([]),
  })
  .refine((p) => p.position !== 'supine' || p.lean <= -45, { message: 'supine needs lean ≤ −45 (lying on the back)' })
  .refine((p) => p.position !== 'prone' || p.lean >= 45, { message: 'prone needs lean ≥ 45 (lying face down)' })
  .refine((p) => !['side-lying', 'side-plank'].includes(p.position) || (p.view === 'front' && Math.abs(p.tilt) >= 45), {
    message: 'side-lying and side-plank are drawn in front view with |tilt| ≥ 45',
  })
  .refine((p) => !['standing', 'sitting', 'kneeling', 'half-kneeling'].includes(p.position) || Math.abs(p.lean) <= 95, {
    message: 'an upright position cannot lean more than 95°',
  })
  .refine((p) => p.position !== 'sitting' || p.props.some((q) => q.kind === 'chair' || q.kind === 'bench'), {
    message: 'sitting needs a chair or bench prop',
  })
  .refine((p) => new Set(p.props.map((q) => q.kind)).size === p.props.length, { message: 'each prop kind at most once' });
export type Pose = z.infer<typeof poseSchema>;

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
