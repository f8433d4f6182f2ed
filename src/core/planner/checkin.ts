/**
 * The daily check-in decision: progress, hold, regress or see a clinician, with the rule and the reason in plain
 * words. Pure: the caller passes the history (oldest first, today last) and where the runner is in the plan.
 *
 * Rules, in order: a red-flag finding → clinician; pain rising two weeks running → clinician; no step forward for
 * three weeks → clinician (the plan has stalled); today's pain over the family's limits → regress (bone: any pain
 * at the bone, warden-2014); next-morning pain not settled → hold, twice running → regress; a week-on-week rise →
 * regress (silbernagel-2007); fewer than half the sessions done → hold; otherwise step up when the runner has been
 * within limits two days running and a week has passed since the last step. While the plan waits for a clinician,
 * every check-in says so (a new red flag is still reported as one).
 * @module
 */
import type { Criterion, Phase, RuleFamily } from '../kb/protocol-schema.ts';
import { daysBetween } from './dates.ts';
import { CONTINUOUS_STAGE } from './run-ladder.ts';
import { painLimits } from './rules.ts';
import type { Adaptation, AdaptationKind, PlanPosition } from './types.ts';

/** One evening's answers (0–10 scales). `null`/absent: did not apply today (e.g. no run). */
export interface CheckIn {
  readonly date: string;
  readonly painDuring?: number | null;
  readonly painAfter?: number | null;
  /** Pain on getting up this morning. */
  readonly painMorning: number;
  readonly stiffnessMorning?: number | null;
  readonly sessionsDone: number;
  readonly sessionsPlanned: number;
  readonly painWalking?: number | null;
  readonly painHop?: number | null;
  readonly heelRaiseCount?: number | null;
  /** Finding ids the runner reported today (new symptoms). */
  readonly newFindings?: readonly string[];
  /** A clinician has cleared the runner to run (high-risk bone stress and similar). */
  readonly clinicianCleared?: boolean;
}

/** What a check-in can decide (a clearance, `resume`, is recorded separately: journal.ts). */
export type DecisionKind = Exclude<AdaptationKind, 'resume'>;

/** A check-in decision: an entry of the plan's decision log. */
export interface Decision extends Adaptation {
  readonly decision: DecisionKind;
}

export interface CheckInContext {
  readonly family: RuleFamily;
  readonly phases: readonly Pick<Phase, 'id' | 'name' | 'weeks' | 'exit'>[];
  readonly position: PlanPosition;
  /** Days since the last change of phase or run stage (or since the plan started). */
  readonly daysSinceStep: number;
  /** Days since the last "progress". */
  readonly daysSinceProgress: number;
  readonly readiness: readonly Criterion[];
  readonly requiresClinicianClearance: boolean;
  /** Finding ids that are red flags (from the KB). */
  /** Red-flag finding ids and their plain labels (shown to the runner, never the ids). */
  readonly redFlagFindings: ReadonlyMap<string, string>;
  /** The plan is waiting for a clinician since this check-in (its rule); nothing moves on until they clear it. */
  readonly awaitingClinician?: { readonly since: string; readonly rule: string };
}

/** The rule of a check-in made while the plan waits for a clinician: recorded, but it changes nothing. */
export const AWAITING_RULE = 'awaiting-clinician';

/** Days without a step forward before the plan counts as stalled (judgement). */
export const STALL_DAYS = 21;
/** A rise in weekly average pain smaller than this is noise (judgement). */
export const WEEKLY_RISE = 0.5;

type Measure = NonNullable<Criterion['check']>['measure'];
const measureOf = (c: CheckIn, m: Measure): number | null | undefined => ({
  'pain-during': c.painDuring, 'pain-after': c.painAfter, 'pain-morning': c.painMorning, 'stiffness-morning': c.stiffnessMorning,
  'pain-walking': c.painWalking, 'pain-hop': c.painHop, 'heel-raise-count': c.heelRaiseCount,
})[m];

/** Whether the machine-checkable part of every criterion holds over the recent check-ins. */
export function criteriaMet(criteria: readonly Criterion[], history: readonly CheckIn[]): boolean {
  return criteria.every((c) => {
    if (!c.check) return true;
    const { measure, max, min, days } = c.check;
    const values = history.map((h) => measureOf(h, measure)).filter((v): v is number => typeof v === 'number');
    const recent = values.slice(-days);
    return recent.length >= days && recent.every((v) => (max === undefined || v <= max) && (min === undefined || v >= min));
  });
}

/** The day's worst pain across the answers. */
const dayScore = (c: CheckIn): number => Math.max(c.painDuring ?? 0, c.painAfter ?? 0, c.painMorning, c.stiffnessMorning ?? 0);

/** Mean day score in the 7-day window ending `weeksBack` weeks before `today`; null with fewer than 3 check-ins. */
export function weekMean(history: readonly CheckIn[], today: string, weeksBack: number): number | null {
  const inWindow = history.filter((h) => {
    const ago = daysBetween(h.date, today);
    return ago >= weeksBack * 7 && ago < (weeksBack + 1) * 7;
  });
  if (inWindow.length < 3) return null;
  return inWindow.reduce((a, h) => a + dayScore(h), 0) / inWindow.length;
}

function overLimit(c: CheckIn, family: RuleFamily): string | null {
  const l = painLimits[family];
  if (family === 'bone-stress') {
    const worst = Math.max(c.painDuring ?? 0, c.painAfter ?? 0, c.painMorning);
    return worst > 0 ? `pain at the bone (${worst}/10): bone pain is never acceptable while it heals` : null;
  }
  if ((c.painDuring ?? 0) > l.during) return `pain during activity was ${c.painDuring}/10, above the limit of ${l.during}`;
  if ((c.painAfter ?? 0) > l.after) return `pain afterwards was ${c.painAfter}/10, above the limit of ${l.after}`;
  return null;
}

function unsettled(today: CheckIn, prev: CheckIn | undefined, family: RuleFamily): boolean {
  const l = painLimits[family];
  if (today.painMorning > l.morningMax) return true;
  if (!prev) return false;
  const stiff = (today.stiffnessMorning ?? 0) > (prev.stiffnessMorning ?? 0) + l.morningTolerance + 1;
  return today.painMorning > prev.painMorning + l.morningTolerance || stiff;
}

function stepBack(p: PlanPosition): PlanPosition {
  if (p.runStage > 1) return { ...p, runStage: p.runStage - 1, lastWeekRunMinutes: 0 };
  if (p.runStage === 1) return { ...p, runStage: 0, lastWeekRunMinutes: 0 };
  if (p.phaseIndex > 0 && p.weekInPhase <= 1) return { ...p, phaseIndex: p.phaseIndex - 1, weekInPhase: 0 };
  return p;
}

/**
 * Decide what tomorrow looks like after today's check-in.
 * @example decideCheckIn([{ date: '2026-03-02', painDuring: 2, painAfter: 2, painMorning: 1, sessionsDone: 1, sessionsPlanned: 1 }], ctx)
 */
export function decideCheckIn(history: readonly CheckIn[], ctx: CheckInContext): Decision {
  const today = history[history.length - 1];
  const pos = ctx.position;
  const make = (decision: DecisionKind, rule: string, reason: string, next = pos, pause = 0): Decision => ({ decision, rule, reason, next, pauseRunningDays: pause });
  if (!today) return make('hold', 'no-check-in', 'No check-in yet: do today\u2019s session as planned.');
  const prev = history[history.length - 2];
  const flags = (today.newFindings ?? []).filter((f) => ctx.redFlagFindings.has(f));
  if (flags.length > 0) return make('see-clinician', 'red-flag', `You reported ${flags.map((f) => ctx.redFlagFindings.get(f) ?? f).join(', ')}: this needs a clinician before you carry on with the plan.`);
  // Waiting for a clinician: no check-in lifts that, only the clinician's clearance does (journal.ts).
  const waiting = ctx.awaitingClinician;
  if (waiting) return make('see-clinician', AWAITING_RULE, `Your plan has been waiting for a clinician since your check-in on ${waiting.since}. Keep to what it allows until then; once a physio or doctor has seen you and cleared you, record that and the plan restarts from a safe point.`);
  const w0 = weekMean(history, today.date, 0);
  const w1 = weekMean(history, today.date, 1);
  const w2 = weekMean(history, today.date, 2);
  if (w0 !== null && w1 !== null && w2 !== null && w0 > w1 + WEEKLY_RISE && w1 > w2 + WEEKLY_RISE) {
    return make('see-clinician', 'rising-two-weeks', `Your pain has gone up two weeks running (average ${w2.toFixed(1)} → ${w1.toFixed(1)} → ${w0.toFixed(1)} out of 10). Please see a physio or doctor before going further.`);
  }
  const over = overLimit(today, ctx.family);
  if (over) {
    const pause = ctx.family === 'bone-stress' ? 3 : 0;
    return make('regress', ctx.family === 'bone-stress' ? 'bone-pain' : 'over-limit', `Stepping back: ${over}.${pause ? ' No running for three days, then restart one stage lower.' : ' Ease the load until it settles.'}`, stepBack(pos), pause);
  }
  if (unsettled(today, prev, ctx.family)) {
    const before = history[history.length - 3];
    if (prev && unsettled(prev, before, ctx.family)) {
      return make('regress', 'not-settled-twice', `Morning pain has not settled two days running (${today.painMorning}/10 this morning): stepping back to let it calm down.`, stepBack(pos));
    }
    return make('hold', 'not-settled', `This morning's pain (${today.painMorning}/10) was higher than the day before: repeat today\u2019s level rather than stepping up.`);
  }
  if (w0 !== null && w1 !== null && w0 > w1 + WEEKLY_RISE) {
    return make('regress', 'weekly-rise', `Pain this week (average ${w0.toFixed(1)}/10) is higher than last week (${w1.toFixed(1)}/10): pain should not creep up from week to week, so the plan steps back.`, stepBack(pos));
  }
  const recent = history.filter((h) => daysBetween(h.date, today.date) < 7);
  const planned = recent.reduce((a, h) => a + h.sessionsPlanned, 0);
  const done = recent.reduce((a, h) => a + h.sessionsDone, 0);
  if (planned > 0 && done / planned < 0.5) {
    return make('hold', 'too-few-sessions', `Only ${done} of ${planned} sessions done this week: keep at this level until the sessions are back on track.`);
  }
  if (!pos.runCleared) {
    if (ctx.requiresClinicianClearance) {
      if (today.clinicianCleared) return make('progress', 'cleared', 'Your clinician has cleared you to run: the walk-run ladder starts at stage 1.', { ...pos, runCleared: true, runStage: 0 });
    } else if (criteriaMet(ctx.readiness, history)) {
      return make('progress', 'readiness-passed', 'You passed the readiness tests without pain: running can start on the walk-run ladder.', { ...pos, runCleared: true });
    }
  }
  const held = decideStep(history, ctx, today, prev);
  const phaseNow = ctx.phases[pos.phaseIndex];
  const timeUp = phaseNow === undefined || pos.weekInPhase >= phaseNow.weeks.min;
  if (held.decision === 'hold' && ctx.daysSinceProgress >= STALL_DAYS && timeUp) {
    return make('see-clinician', 'stalled', `The plan has not moved forward for ${ctx.daysSinceProgress} days. A physio can find out what is holding it back.`);
  }
  return held;
}

/** The step decision once no safety rule has fired: progress when settled and due, else hold. */
function decideStep(history: readonly CheckIn[], ctx: CheckInContext, today: CheckIn, prev: CheckIn | undefined): Decision {
  const pos = ctx.position;
  const make = (decision: DecisionKind, rule: string, reason: string, next = pos): Decision => ({ decision, rule, reason, next, pauseRunningDays: 0 });
  const calm = prev !== undefined && daysBetween(prev.date, today.date) === 1 && overLimit(prev, ctx.family) === null;
  if (!calm) return make('hold', 'within-limits', 'Within your limits today. Keep going; the plan steps up after two good days in a row.');
  if (ctx.daysSinceStep < 7) return make('hold', 'within-limits', `Within your limits and settled by morning. The next step comes after a full week at this level (${7 - ctx.daysSinceStep} more day${7 - ctx.daysSinceStep === 1 ? '' : 's'}).`);
  const phase = ctx.phases[pos.phaseIndex];
  const last = pos.phaseIndex >= ctx.phases.length - 1;
  if (phase && !last && pos.weekInPhase >= phase.weeks.min && criteriaMet(phase.exit, history)) {
    return make('progress', 'phase-exit', `Your pain settled by morning two days running and you met the goals of ${phase.name.toLowerCase()}: moving to the next phase.`, { ...pos, phaseIndex: pos.phaseIndex + 1, weekInPhase: 0 });
  }
  if (pos.runCleared && pos.runStage > 0 && pos.runStage < CONTINUOUS_STAGE) {
    return make('progress', 'stage-up', `Your pain settled by morning two days running: stepping up to walk-run stage ${pos.runStage + 1}.`, { ...pos, runStage: pos.runStage + 1 });
  }
  if (pos.runCleared && (pos.runStage >= CONTINUOUS_STAGE || pos.runStage === 0)) {
    return make('progress', 'volume-up', 'Settled and within limits for a week: running time can rise by up to the weekly cap.');
  }
  return make('hold', 'exit-not-met', phase ? `Within limits. To move on from ${phase.name.toLowerCase()}: ${phase.exit.map((c) => c.text.toLowerCase()).join('; ')}.` : 'Within limits: keep going.');
}
