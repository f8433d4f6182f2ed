/**
 * Types for the planner: the runner's profile, the assessment it plans from, the plan it produces, and the daily
 * check-in that moves the plan on.
 * @module
 */
import type { CrossTrainingMode, PersonalisationTag, RuleFamily, RunMode } from '../kb/protocol-schema.ts';
import type { RunningAdvice } from '../kb/schema.ts';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Kit the runner has. Household items (towel, wall, chair, step, backpack) are always assumed. */
export const equipmentKinds = ['band', 'weights', 'gym', 'foam-pad', 'ball', 'pool', 'bike', 'elliptical', 'anti-gravity-treadmill'] as const;
export type EquipmentKind = (typeof equipmentKinds)[number];

/** What the runner tells us about themselves. Everything optional has a safe default. */
export interface RunnerProfile {
  /** Weekly running distance before the injury (km). */
  readonly weeklyKmBefore?: number;
  /** Easy pace (minutes per km) used to turn distance into time; default 6.5 (judgement). */
  readonly easyPaceMinPerKm?: number;
  readonly goalRace?: { readonly name?: string; readonly date: string; readonly distanceKm?: number };
  /** Kit at hand; `undefined` means "not asked" (nothing filtered, every cross-training option offered). */
  readonly equipment?: readonly EquipmentKind[];
  /** Days the runner can train; default every day. */
  readonly daysAvailable?: readonly Weekday[];
}

/** What the planner needs from an assessment (the triage result, or a condition chosen by hand). */
export interface PlanAssessment {
  readonly conditionId: string;
  readonly runningAdvice: RunningAdvice;
  /** Red-flag rule ids that fired; any one means no plan. */
  readonly redFlags: readonly string[];
  /** Finding id → value (true/false/'unknown', number or choice). */
  readonly findings: Readonly<Record<string, boolean | number | string>>;
}

/** Everything `generatePlan` takes. Dates are ISO `YYYY-MM-DD`; no clock is read. */
export interface PlanRequest {
  readonly assessment: PlanAssessment;
  readonly profile?: RunnerProfile;
  /** 6–16; default 12 (seed-001). */
  readonly weeks?: number;
  /** First day of the plan; without it days are numbered (`day: 1…`). */
  readonly startDate?: string;
  /** Resume a stored plan from its current position (after check-ins). With it, `weeks` is not clamped to 6–16. */
  readonly resume?: PlanPosition;
  /** Limits a check-in puts on the resumed plan (see adapt.ts); they only ever tighten the rules. */
  readonly limits?: PlanLimits;
}

/**
 * Limits a check-in decision puts on the next weeks of a plan (hold, step back, see a clinician). They only
 * tighten: nothing here can lift a cap or a stop rule.
 */
export interface PlanLimits {
  /** The limits hold for this many weeks from the start of the resumed plan (its first week is the current one). */
  readonly weeks: number;
  /** Most running minutes in any of those weeks. */
  readonly maxWeeklyRunMinutes?: number;
  /** Highest walk-run stage (0: no running). */
  readonly maxRunStage?: number;
  /** Dose schedules held at or below this week of the phase (1: the phase's starting dose). */
  readonly maxDoseWeek?: number;
  /** No running on or before this date (cross-training stands in). */
  readonly noRunningUntil?: string;
  /** Red flag: no cross-training either. */
  readonly noCrossTraining?: boolean;
  /** Red flag: no exercises either. */
  readonly noExercises?: boolean;
  /** The first phase lasts at least this many weeks (a hold or a step back does not end it early). */
  readonly minFirstPhaseWeeks?: number;
}

/** What can change a plan: a check-in decision, or `resume` once a clinician has seen and cleared the runner. */
export type AdaptationKind = 'progress' | 'hold' | 'regress' | 'see-clinician' | 'resume';

/**
 * One entry of a plan's decision log, replayed to rebuild the plan (adapt.ts). A check-in decision (checkin.ts) is
 * one; a clinician's clearance (journal.ts) is the other.
 */
export interface Adaptation {
  readonly decision: AdaptationKind;
  readonly rule: string;
  readonly reason: string;
  /** Where the runner goes from here. */
  readonly next: PlanPosition;
  /** Days with no running from tomorrow (bone: three after bone pain). */
  readonly pauseRunningDays: number;
  /** The runner's own note (a clearance: what the clinician said). */
  readonly note?: string;
}

/** What a check-in (or a clearance) changed in the plan, shown with its reason. */
export interface PlanAdjustment {
  readonly date: string;
  readonly decision: AdaptationKind;
  readonly rule: string;
  readonly reason: string;
  /** What changed, in plain words ("Running drops back to walk-run stage 2 for the next week."). */
  readonly changes: readonly string[];
  readonly note?: string;
}

/** Where a runner is in their plan; check-ins move it. */
export interface PlanPosition {
  readonly phaseIndex: number;
  /** Walk-run ladder stage (0 = not yet running on the ladder). */
  readonly runStage: number;
  /** Weeks already spent in the current phase. */
  readonly weekInPhase: number;
  /** Weekly running minutes in the last completed week (for the cap). */
  readonly lastWeekRunMinutes: number;
  /** Readiness tests passed / a clinician cleared running. */
  readonly runCleared: boolean;
}

export interface PlannedExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly role: string;
  readonly sets: number;
  readonly reps?: number;
  readonly seconds?: number;
  readonly perSide: boolean;
  readonly timesPerDay: number;
  readonly restSeconds: number;
  readonly tempo?: string;
  readonly load?: string;
  readonly note?: string;
  /** Set when the planned exercise replaced another (equipment or findings). */
  readonly replaces?: string;
  readonly sources: readonly string[];
}

export interface RunInterval { readonly runMinutes: number; readonly walkMinutes: number; readonly repeats: number }

export interface RunSession {
  readonly kind: 'walk-run' | 'continuous' | 'easy-modified';
  readonly stage: number;
  readonly totalMinutes: number;
  readonly runMinutes: number;
  readonly intervals: RunInterval | null;
  readonly approxKm: number;
  /** Effort on a 0–10 scale. */
  readonly effort: number;
  readonly rules: string;
}

export interface CrossTrainingSession {
  readonly mode: CrossTrainingMode;
  readonly alternatives: readonly CrossTrainingMode[];
  readonly minutes: number;
  readonly effort: number;
  readonly note: string;
}

export interface PlanDay {
  readonly date?: string;
  readonly day: number;
  readonly week: number;
  readonly weekday?: Weekday;
  readonly phaseId: string;
  readonly exercises: readonly PlannedExercise[];
  readonly run: RunSession | null;
  readonly crossTraining: CrossTrainingSession | null;
  readonly rest: boolean;
}

export interface PlanPhase {
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly goal: string;
  readonly startWeek: number;
  readonly weeks: number;
  readonly running: RunMode;
  readonly entry: readonly string[];
  readonly exit: readonly string[];
}

export interface PlanWeek {
  readonly week: number;
  readonly phaseId: string;
  readonly runMinutes: number;
  readonly capMinutes: number;
  readonly runStage: number;
}

/** A generated plan, or the reason there is none. */
export type PlanResult =
  | { readonly status: 'plan'; readonly plan: Plan }
  | { readonly status: 'see-clinician'; readonly conditionId: string; readonly reason: string; readonly message: string };

export interface Plan {
  readonly protocolId: string;
  readonly protocolName: string;
  readonly conditionId: string;
  readonly family: RuleFamily;
  readonly weeks: number;
  readonly startDate?: string;
  readonly tags: readonly PersonalisationTag[];
  readonly personalisation: readonly string[];
  readonly phases: readonly PlanPhase[];
  readonly weekly: readonly PlanWeek[];
  readonly days: readonly PlanDay[];
  readonly painRules: string;
  readonly runningRules: readonly string[];
  readonly race: RaceOutlook | null;
  readonly readiness: readonly string[];
  readonly cautions: readonly string[];
  readonly sources: readonly string[];
  /** Check-in decisions that changed the plan, oldest first (absent on a fresh plan). */
  readonly adjustments?: readonly PlanAdjustment[];
}

export interface RaceOutlook {
  readonly date: string;
  readonly weeksAway: number;
  readonly status: 'on-track' | 'tight' | 'not-advisable' | 'after-plan';
  readonly message: string;
}
