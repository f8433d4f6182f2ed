/**
 * Adapting a plan to a check-in decision. The days up to and including the check-in stay as they were; from the
 * next day the plan is rebuilt from where the decision leaves the runner:
 *   - progress: the next phase or walk-run stage (the weekly cap still applies);
 *   - hold: the same stage, running time and exercise dose for the next week (judgement: "repeat this level");
 *   - regress: one walk-run stage or phase back, continuous running halved (judgement), runs the pause removes
 *     replaced by cross-training of the same time and effort (seed-001, seed-004), exercises back at the phase's
 *     starting dose (silbernagel-2007: step back when pain rises); bone pain pauses running for three days
 *     (warden-2014);
 *   - see-clinician: no running until seen; after a red-flag finding nothing at all (judgement: safety first);
 *   - resume (a clinician has seen and cleared the runner, journal.ts): the chosen phase again from its first week,
 *     at its starting dose, running rebuilt from last week's minutes within the weekly cap (judgement).
 * Guards run last and only ever remove running: never more running in the next 7 days after a step back than
 * before it, never above the weekly cap, never two run days in a row across the join.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Protocol } from '../kb/protocol-schema.ts';
import { crossTrainingFor } from './cross-training.ts';
import { addDays } from './dates.ts';
import { expandKit } from './equipment.ts';
import { generatePlan, initialRunMinutes, preInjuryMinutes } from './generate.ts';
import { raceOutlook } from './race.ts';
import { CONTINUOUS_STAGE, weeklyCap } from './run-ladder.ts';
import type { Adaptation, Plan, PlanAdjustment, PlanDay, PlanLimits, PlanPhase, PlanPosition, PlanRequest, PlanResult, PlanWeek } from './types.ts';

/** Share of continuous running kept after a step back (judgement). */
export const REGRESS_RUN_SHARE = 0.5;
/** Weeks a hold or a step back holds its limits: the current week and the next (judgement). */
export const LIMIT_WEEKS = 2;
/** Days without running after stepping back from the first walk-run stage (judgement). */
export const FIRST_STAGE_PAUSE_DAYS = 7;
/** Below this many minutes a week, a halved running week becomes cross-training (judgement). */
export const MIN_REDUCED_WEEK_MINUTES = 30;
/** "Until a clinician has seen you": longer than any plan. */
const UNTIL_SEEN_WEEKS = 52;

/** A decision as stored with the plan, replayed to rebuild it. */
export interface StoredAdaptation {
  readonly date: string;
  readonly decision: Adaptation;
}

/**
 * The log in the order it is replayed: by date, and on one date a clinician's clearance (seen during the day)
 * before that evening's check-in. Stable otherwise.
 * @example orderLog([{ date: '2026-03-09', decision: checkIn }, { date: '2026-03-09', decision: resume }])[0]?.decision.decision // 'resume'
 */
export function orderLog(log: readonly StoredAdaptation[]): StoredAdaptation[] {
  const rank = (a: StoredAdaptation): number => (a.decision.decision === 'resume' ? 0 : 1);
  return [...log].sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b));
}

/** Where the plan has the runner on `date`, and the index of that day (-1: before the plan starts). */
export interface PlanPlace {
  readonly position: PlanPosition;
  readonly index: number;
  readonly week: number;
  /** Running minutes planned in the current week. */
  readonly weekMinutes: number;
  /** The first day of the current phase stretch. */
  readonly phaseStart: string;
}

const runMinutes = (days: readonly PlanDay[]): number => days.reduce((a, d) => a + (d.run?.runMinutes ?? 0), 0);

/**
 * The runner's position on `date` according to the plan (null once the plan is over).
 * `firstPrevious` is the running week before the plan (see `initialRunMinutes`).
 * @example placeOn(plan, protocol, '2026-03-09', true)?.position.phaseIndex
 */
export function placeOn(plan: Plan, protocol: Protocol, date: string, runCleared: boolean, firstPrevious = 0): PlanPlace | null {
  const first = plan.days[0];
  if (!first?.date) return null;
  let index = plan.days.findIndex((d) => d.date === date);
  if (index < 0 && date >= first.date) return null;
  const day = plan.days[Math.max(0, index)] ?? first;
  if (index < 0) index = -1;
  const week = day.week;
  const phaseIndex = Math.max(0, protocol.phases.findIndex((p) => p.id === day.phaseId));
  // A clinician's clearance restarts the phase: weeks before it do not count towards it.
  const resumed = plan.adjustments?.filter((a) => a.decision === 'resume' && a.date <= date).at(-1)?.date;
  const floor = resumed ? plan.days.find((d) => d.date === resumed)?.week ?? 1 : 1;
  let done = 0;
  for (let w = week - 1; w >= floor && plan.days.find((d) => d.week === w)?.phaseId === day.phaseId; w -= 1) done += 1;
  let startIdx = Math.max(0, index);
  while (startIdx > 0 && plan.days[startIdx - 1]?.phaseId === day.phaseId && (plan.days[startIdx - 1]?.week ?? 0) >= floor) startIdx -= 1;
  const thisWeek = plan.weekly[week - 1];
  return {
    position: {
      phaseIndex, runStage: thisWeek?.runStage ?? 0, weekInPhase: done,
      lastWeekRunMinutes: week === 1 ? firstPrevious : plan.weekly[week - 2]?.runMinutes ?? 0, runCleared,
    },
    index, week, weekMinutes: thisWeek?.runMinutes ?? 0, phaseStart: plan.days[startIdx]?.date ?? first.date,
  };
}

/** The limits a decision puts on the weeks ahead. */
function limitsFor(d: Adaptation, at: PlanPlace, today: string): PlanLimits | undefined {
  const cur = at.position;
  // After a clearance the rebuilt plan itself is the safe point (phase start, cap from last week): no extra limits.
  if (d.decision === 'progress' || d.decision === 'resume') return undefined;
  if (d.decision === 'hold') return { weeks: 0, minFirstPhaseWeeks: LIMIT_WEEKS };
  if (d.decision === 'see-clinician') {
    const flagged = d.rule === 'red-flag';
    return { weeks: UNTIL_SEEN_WEEKS, maxRunStage: 0, maxWeeklyRunMinutes: 0, maxDoseWeek: 1, minFirstPhaseWeeks: UNTIL_SEEN_WEEKS, ...(flagged ? { noExercises: true, noCrossTraining: true } : {}) };
  }
  const onLadder = cur.runStage > 0 && cur.runStage < CONTINUOUS_STAGE;
  const halved = Math.floor(at.weekMinutes * REGRESS_RUN_SHARE);
  // Halving a small running week leaves runs too short to be worth it: cross-train instead (judgement).
  const share = onLadder ? at.weekMinutes : halved >= MIN_REDUCED_WEEK_MINUTES ? halved : 0;
  const pauseDays = Math.max(d.pauseRunningDays, cur.runStage === 1 ? FIRST_STAGE_PAUSE_DAYS : 0);
  return {
    weeks: LIMIT_WEEKS, maxWeeklyRunMinutes: share, maxRunStage: share === 0 ? 0 : Math.max(d.next.runStage, pauseDays > 0 ? 1 : 0),
    maxDoseWeek: 1, minFirstPhaseWeeks: LIMIT_WEEKS, ...(pauseDays > 0 ? { noRunningUntil: addDays(today, pauseDays) } : {}),
  };
}

/** Replace a day's run with cross-training of the same time and effort (or nothing, when none is possible). */
function withoutRun(day: PlanDay, protocol: Protocol, request: PlanRequest, rotate: number, allowCross: boolean): PlanDay {
  if (!day.run) return day;
  const cross = allowCross ? crossTrainingFor(protocol, day.run.totalMinutes, day.run.effort, expandKit(request.profile?.equipment), rotate) : null;
  return { ...day, run: null, crossTraining: cross, rest: day.exercises.length === 0 && cross === null };
}

/** Remove runs, latest first, from days [from, to) until their running minutes are at most `limit`. */
function trimRuns(days: PlanDay[], from: number, to: number, limit: number, fix: (d: PlanDay, i: number) => PlanDay): void {
  for (let i = to - 1; i >= from && runMinutes(days.slice(from, to)) > limit; i -= 1) {
    const d = days[i];
    if (d?.run) days[i] = fix(d, i);
  }
}

/** Rebuild the per-week summary and the phase list from the days. */
function summarise(days: readonly PlanDay[], phasesById: ReadonlyMap<string, PlanPhase>, firstPrevious: number, capPercent: number): { weekly: PlanWeek[]; phases: PlanPhase[] } {
  const weekly: PlanWeek[] = [];
  const weeks = Math.max(0, ...days.map((d) => d.week));
  let previous = firstPrevious;
  for (let w = 1; w <= weeks; w += 1) {
    const inWeek = days.filter((d) => d.week === w);
    const minutes = runMinutes(inWeek);
    weekly.push({ week: w, phaseId: inWeek[0]?.phaseId ?? '', runMinutes: minutes, capMinutes: Math.floor(weeklyCap(previous, capPercent)), runStage: Math.max(0, ...inWeek.map((d) => d.run?.stage ?? 0)) });
    previous = minutes;
  }
  const phases: PlanPhase[] = [];
  days.forEach((d, i) => {
    if (i > 0 && days[i - 1]?.phaseId === d.phaseId) return;
    const base = phasesById.get(d.phaseId);
    if (!base) return;
    let end = i;
    while (days[end + 1]?.phaseId === d.phaseId) end += 1;
    const lastWeek = days[end]?.week ?? d.week;
    phases.push({ ...base, startWeek: d.week, weeks: lastWeek - d.week + 1 });
  });
  return { weekly, phases };
}

/** Plain words for what changed in the next week. */
function describeChanges(before: readonly PlanDay[], after: readonly PlanDay[], d: Adaptation, protocol: Protocol, limits: PlanLimits | undefined): string[] {
  const out: string[] = [];
  const was = runMinutes(before);
  const now = runMinutes(after);
  const phaseName = (id: string | undefined): string => protocol.phases.find((p) => p.id === id)?.name ?? id ?? '';
  const stage = Math.max(0, ...after.map((x) => (x.run?.intervals ? x.run.stage : 0)));
  if (d.decision === 'resume') {
    const running = now > 0
      ? `Running in the next 7 days: ${now} minutes${stage > 0 ? ` (walk-run stage ${stage})` : ''}, building up within the weekly cap.`
      : d.next.runCleared ? 'No running in the next 7 days: it comes back when this phase allows it.' : 'No running yet: it restarts once you are cleared to run.';
    return [`Restarting ${phaseName(protocol.phases[d.next.phaseIndex]?.id).toLowerCase()} from its first week, with exercises at its starting dose.`, running];
  }
  if (d.decision === 'hold' && before[0]?.phaseId !== after[0]?.phaseId) out.push(`You stay in ${phaseName(after[0]?.phaseId).toLowerCase()} until its goals are met.`);
  else if (before[0]?.phaseId !== after[0]?.phaseId && after[0]) out.push(`${d.decision === 'progress' ? 'On to' : 'Back to'}: ${phaseName(after[0].phaseId)}.`);
  if (now === 0 && was > 0) out.push('No running for now: cross-training of the same time and effort stands in where it is possible.');
  else if (now !== was) out.push(`Running in the next 7 days: ${now} minutes (was ${was}).`);
  if (stage > 0 && stage !== Math.max(0, ...before.map((x) => (x.run?.intervals ? x.run.stage : 0)))) out.push(`Walk-run stage ${stage}.`);
  if (limits?.noExercises) out.push('Exercises and cross-training are paused until a clinician has seen you.');
  else if (d.decision === 'regress' || d.decision === 'see-clinician') out.push('Exercises go back to the starting dose of the phase.');
  return out;
}

/**
 * The plan after a check-in decision taken on `today`: unchanged up to today, rebuilt from tomorrow.
 * Needs a dated plan; returns the plan unchanged (with the decision noted) when it is already over.
 * @example adaptPlan(kb, request, plan, decideCheckIn(history, ctx), '2026-03-10')
 */
export function adaptPlan(kb: KnowledgeBase, request: PlanRequest, plan: Plan, decision: Adaptation, today: string): Plan {
  const protocol = kb.protocolById.get(plan.protocolId);
  const note = (changes: string[]): PlanAdjustment => ({ date: today, decision: decision.decision, rule: decision.rule, reason: decision.reason, changes, ...(decision.note ? { note: decision.note } : {}) });
  const at = protocol ? placeOn(plan, protocol, today, decision.next.runCleared, initialRunMinutes(request)) : null;
  // A hold keeps the plan as it is (the decision is noted), except that a phase is not left before its goals are
  // met: a hold on the eve of the next phase keeps the runner in this one. A plan that is over is left alone too.
  const tomorrowPhase = at ? plan.days[at.index + 1]?.phaseId : undefined;
  const gateHeld = decision.decision === 'hold' && at !== null && tomorrowPhase !== undefined && tomorrowPhase !== plan.days[at.index]?.phaseId;
  if (!protocol || !at || !plan.startDate || (decision.decision === 'hold' && !gateHeld)) return { ...plan, adjustments: [...(plan.adjustments ?? []), note([])] };
  const weekFirst = plan.days.findIndex((d) => d.week === at.week);
  const weekStart = plan.days[weekFirst]?.date ?? plan.startDate;
  const next = decision.next;
  const samePhase = next.phaseIndex === at.position.phaseIndex;
  const limits = limitsFor(decision, at, today);
  const tail = generatePlan(kb, {
    assessment: request.assessment, ...(request.profile ? { profile: request.profile } : {}), startDate: weekStart,
    weeks: plan.weeks - at.week + 1,
    resume: {
      phaseIndex: next.phaseIndex, runStage: next.runStage, weekInPhase: decision.decision === 'resume' ? next.weekInPhase : samePhase ? at.position.weekInPhase : 0,
      lastWeekRunMinutes: at.position.lastWeekRunMinutes, runCleared: next.runCleared,
    },
    ...(limits ? { limits } : {}),
  });
  if (tail.status !== 'plan') return { ...plan, adjustments: [...(plan.adjustments ?? []), note([])] };
  const keep = at.index + 1;
  const rebuilt = tail.plan.days.filter((d) => d.date !== undefined && d.date > today).map((d, i) => ({ ...d, day: keep + i + 1, week: d.week + at.week - 1 }));
  // Waiting for a clinician does not make the plan longer.
  const days: PlanDay[] = [...plan.days.slice(0, keep), ...(decision.decision === 'see-clinician' ? rebuilt.slice(0, Math.max(0, plan.days.length - keep)) : rebuilt)];
  let rotate = 0;
  const fix = (d: PlanDay): PlanDay => withoutRun(d, protocol, request, rotate++, !limits?.noCrossTraining);
  // Never two run days in a row across the join (warden-2014: non-consecutive days early in a return).
  if (days[keep - 1]?.run && days[keep]?.run && (days[keep]?.run?.kind === 'walk-run')) days[keep] = fix(days[keep] as PlanDay);
  const windowEnd = Math.min(days.length, keep + 7);
  if (decision.decision === 'regress' || decision.decision === 'see-clinician') {
    trimRuns(days, keep, windowEnd, runMinutes(plan.days.slice(keep, keep + 7)), fix);
    // A run the step back took away becomes cross-training of the same time and effort, where that is allowed.
    for (let i = keep; i < windowEnd; i += 1) {
      const old = plan.days[i];
      const cur = days[i];
      if (old?.run && cur && !cur.run && !cur.crossTraining && cur.date === old.date) days[i] = fix({ ...cur, run: old.run });
    }
  }
  // The weekly cap, week by week from the current one: only ever removes running.
  const capPercent = protocol.returnToRun?.weeklyIncreaseCapPercent ?? 10;
  const maxWeek = Math.max(...days.map((d) => d.week));
  for (let w = at.week; w <= maxWeek; w += 1) {
    const prev = w === 1 ? initialRunMinutes(request) : runMinutes(days.filter((d) => d.week === w - 1));
    const from = days.findIndex((d) => d.week === w);
    const to = from + days.filter((d) => d.week === w).length;
    trimRuns(days, Math.max(from, keep), to, weeklyCap(prev, capPercent) - runMinutes(days.slice(from, Math.max(from, keep))), fix);
  }
  const phasesById = new Map<string, PlanPhase>([...plan.phases, ...tail.plan.phases].map((p) => [p.id, p]));
  const { weekly, phases } = summarise(days, phasesById, initialRunMinutes(request), capPercent);
  const profile = request.profile;
  const needsClearance = (protocol.returnToRun?.requiresClinicianClearance ?? true) && !next.runCleared;
  const race = profile?.goalRace ? raceOutlook(plan.startDate, profile.goalRace.date, weekly.map((w) => w.runMinutes), preInjuryMinutes(profile), needsClearance) : plan.race;
  const changes = describeChanges(plan.days.slice(keep, keep + 7), days.slice(keep, keep + 7), decision, protocol, limits);
  return {
    ...plan, weeks: maxWeek, days, weekly, phases, race,
    cautions: [...new Set([...plan.cautions.filter((c) => c !== plan.race?.message), ...tail.plan.cautions.filter((c) => c !== tail.plan.race?.message), ...(race?.status === 'not-advisable' ? [race.message] : [])])],
    adjustments: [...(plan.adjustments ?? []), note(changes)],
  };
}

/**
 * Rebuild a stored plan: generate it from the request, then apply each stored decision in date order.
 * @example replayPlan(kb, request, [{ date: '2026-03-03', decision }])
 */
export function replayPlan(kb: KnowledgeBase, request: PlanRequest, adaptations: readonly StoredAdaptation[]): PlanResult {
  const base = generatePlan(kb, request);
  if (base.status !== 'plan') return base;
  return { status: 'plan', plan: orderLog(adaptations).reduce((p, a) => adaptPlan(kb, request, p, a.decision, a.date), base.plan) };
}
