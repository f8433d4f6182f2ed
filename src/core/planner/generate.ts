/**
 * Plan generation: from an assessment and a runner profile to phases, daily exercise sessions, run sessions and
 * cross-training. Pure and deterministic: the start date is passed in, nothing random, no clock.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Phase, Protocol } from '../kb/protocol-schema.ts';
import { crossTrainingFor } from './cross-training.ts';
import { addDays, weekdayOf } from './dates.ts';
import { expandKit } from './equipment.ts';
import { gatePlan } from './gate.ts';
import { personalise } from './personalise.ts';
import { distributeWeeks } from './phases.ts';
import { planWeeks, raceOutlook } from './race.ts';
import { CONTINUOUS_STAGE, ladderStage } from './run-ladder.ts';
import { planRunWeek, type RunState } from './run-plan.ts';
import { painLimits } from './rules.ts';
import { balanceWeek, spreadDays } from './schedule.ts';
import { dose, selectExercises, type Selected } from './select.ts';
import {
  weekdays, type Plan, type PlanDay, type PlanPhase, type PlanRequest, type PlanResult, type PlanWeek, type RunSession,
} from './types.ts';

/** Defaults when the runner has not said (judgement): 20 km a week at 6.5 min/km. */
export const DEFAULT_WEEKLY_KM = 20;
export const DEFAULT_PACE_MIN_PER_KM = 6.5;
/** Longest cross-training session offered in place of a run (judgement). */
export const MAX_CROSS_TRAINING_MINUTES = 60;
/** Longest a plan resumed after check-ins may run (phase minimums can stretch it past 16 weeks). */
export const MAX_RESUMED_WEEKS = 52;

/** Weekly running minutes before the injury (at least 30: judgement). */
export function preInjuryMinutes(profile: PlanRequest['profile']): number {
  return Math.max(30, (profile?.weeklyKmBefore ?? DEFAULT_WEEKLY_KM) * (profile?.easyPaceMinPerKm ?? DEFAULT_PACE_MIN_PER_KM));
}

/** The running week a new plan counts its first cap from: none after "stop", the usual week otherwise. */
export function initialRunMinutes(req: Pick<PlanRequest, 'assessment' | 'profile'>): number {
  return req.assessment.runningAdvice === 'stop' ? 0 : preInjuryMinutes(req.profile);
}

/** Roles that may sit on consecutive days; heavy roles (calf, ankle, plyometric) share days with rest between. */
const SPREAD_ROLES = new Set(['mobility', 'foot', 'balance', 'nerve', 'hip', 'trunk']);
/** Low-load roles that may be repeated to fill out a thin day (judgement). */
const LIGHT_ROLES = new Set(['mobility', 'foot', 'balance', 'nerve']);

function phaseSummary(p: Phase, startWeek: number, weeks: number): PlanPhase {
  return {
    id: p.id, name: p.name, stage: p.stage, goal: p.goal, startWeek, weeks, running: p.running,
    entry: p.entry.map((c) => c.text), exit: p.exit.map((c) => c.text),
  };
}

/** Add balance work when findings call for it and the phase has none (mckeon-2008). */
function withBalance(kb: KnowledgeBase, selected: Selected[], phase: Phase, wanted: boolean): Selected[] {
  if (!wanted || selected.some((s) => s.prescription.role === 'balance')) return selected;
  const ex = kb.exerciseById.get('single-leg-balance');
  if (!ex) return selected;
  return [...selected, {
    exercise: ex,
    prescription: {
      exerciseId: ex.id, role: 'balance', sets: 3, seconds: 30, perSide: true, timesPerDay: 1, daysPerWeek: 3, restSeconds: 30,
      schedule: [], basis: 'published', sources: ['mckeon-2008'], note: `Added in ${phase.name.toLowerCase()} because balance was unsteady or the ankle has been sprained before.`,
    },
  }];
}

function runSession(stage: number, minutes: number, kind: RunSession['kind'], pace: number, rules: string): RunSession {
  const ladder = kind === 'walk-run' ? ladderStage(stage) : null;
  const intervals = ladder && ladder.walkMinutes > 0 ? { runMinutes: ladder.runMinutes, walkMinutes: ladder.walkMinutes, repeats: ladder.repeats } : null;
  const total = intervals ? (intervals.runMinutes + intervals.walkMinutes) * intervals.repeats : minutes;
  return {
    kind, stage, totalMinutes: total, runMinutes: minutes, intervals,
    approxKm: Math.round((minutes / pace) * 10) / 10, effort: kind === 'walk-run' ? 3 : 4, rules,
  };
}

/**
 * Generate a plan, or the reason there must not be one yet.
 *
 * @example
 * const r = generatePlan(kb, { assessment: { conditionId: 'plantar-fasciitis', runningAdvice: 'modify', redFlags: [], findings: {} }, startDate: '2026-03-02' });
 * if (r.status === 'plan') console.log(r.plan.days[0]);
 */
export function generatePlan(kb: KnowledgeBase, req: PlanRequest): PlanResult {
  const gate = gatePlan(kb, req.assessment);
  if (!gate.ok) return { status: 'see-clinician', conditionId: gate.conditionId, reason: gate.reason, message: gate.message };
  const protocol: Protocol = gate.protocol;
  const rtr = protocol.returnToRun;
  const profile = req.profile ?? {};
  const advice = req.assessment.runningAdvice;
  const pace = profile.easyPaceMinPerKm ?? DEFAULT_PACE_MIN_PER_KM;
  const preInjury = preInjuryMinutes(profile);
  const kit = expandKit(profile.equipment);
  const { tags, reasons } = personalise(req.assessment);
  const tagSet = new Set(tags);
  const pain = painLimits[protocol.family];
  const cautions: string[] = [];
  if (protocol.clinicianNote) cautions.push(protocol.clinicianNote);

  const resume = req.resume;
  const phases = protocol.phases.slice(resume?.phaseIndex ?? 0);
  if (phases.length === 0) return { status: 'see-clinician', conditionId: gate.conditionId, reason: 'plan complete', message: 'You have completed every phase of this plan. If pain is still stopping you, see a physio.' };
  // A resumed plan (after a check-in) runs for the weeks that were left, however few; a new one for 6–16.
  const weeksWanted = resume ? Math.min(MAX_RESUMED_WEEKS, Math.max(1, Math.round(req.weeks ?? 1))) : planWeeks(req.weeks, req.startDate, profile.goalRace?.date);
  const limits = req.limits;
  const phaseWeeks = distributeWeeks(phases, weeksWanted, resume?.weekInPhase ?? 0);
  if (limits?.minFirstPhaseWeeks !== undefined && (phaseWeeks[0] ?? 0) < limits.minFirstPhaseWeeks) phaseWeeks[0] = limits.minFirstPhaseWeeks;
  const totalWeeks = phaseWeeks.reduce((a, b) => a + b, 0);
  if (totalWeeks > weeksWanted && !resume) cautions.push(`The plan needs at least ${totalWeeks} weeks: each phase keeps its minimum length, whatever the date.`);

  const available = (profile.daysAvailable ?? weekdays).map((d) => d);
  const needsClearance = rtr?.requiresClinicianClearance ?? true;
  const cleared = resume ? resume.runCleared : !needsClearance;
  if (needsClearance && !cleared) cautions.push('Running is not scheduled: it restarts only when a clinician has cleared you.');
  const runningRules = [pain.text, ...(rtr ? [`Weekly running time rises by no more than ${rtr.weeklyIncreaseCapPercent}% once running is continuous; walk-run stages last at least a week.`] : [])];

  const summaries: PlanPhase[] = [];
  const weekly: PlanWeek[] = [];
  const days: PlanDay[] = [];
  // A runner told to modify was running until now (their usual week is last week's volume for the cap);
  // one told to stop starts from zero.
  // Resuming: the first week may reach the position's stage, not one beyond it (the ladder steps up from the stage
  // before). Previous minutes are the week before the current one, so the cap holds across the join.
  let run: RunState = resume
    ? { state: resume.runStage >= CONTINUOUS_STAGE ? 'continuous' : resume.runStage > 0 ? 'ladder' : 'none', stage: resume.runStage >= CONTINUOUS_STAGE ? resume.runStage : Math.max(0, resume.runStage - 1), previousMinutes: resume.lastWeekRunMinutes }
    : { state: 'none', stage: 0, previousMinutes: advice === 'stop' ? 0 : preInjury };
  let week = 0;
  let crossCount = 0;
  let crossMissing = false;
  phases.forEach((phase, pi) => {
    const nWeeks = phaseWeeks[pi] ?? 1;
    summaries.push(phaseSummary(phase, week + 1, nWeeks));
    const picked = selectExercises(kb, phase, tagSet, kit);
    for (const m of picked.missing) cautions.push(`Exercise "${m}" is not in the knowledge base yet and was left out.`);
    for (const s of picked.swapped) if (!cautions.includes(s)) cautions.push(s);
    const selected = withBalance(kb, picked.selected, phase, tagSet.has('balance-deficit'));
    for (let wi = 0; wi < nWeeks; wi += 1) {
      week += 1;
      const weekInPhase = wi + 1 + (pi === 0 ? resume?.weekInPhase ?? 0 : 0);
      const weekStart = (week - 1) * 7;
      const dayIdx = (d: number): number => {
        const wd = req.startDate ? weekdayOf(addDays(req.startDate, weekStart + d)) : weekdays[d] ?? 'mon';
        return available.includes(wd) ? d : -1;
      };
      const avail = [0, 1, 2, 3, 4, 5, 6].map(dayIdx).filter((d) => d >= 0);
      const limited = limits !== undefined && week <= limits.weeks ? limits : undefined;
      const rw = planRunWeek({
        mode: phase.running, advice, cleared, capPercent: rtr?.weeklyIncreaseCapPercent ?? 10,
        walkRunSessions: rtr?.walkRunSessionsPerWeek ?? 3, preInjuryMinutes: preInjury, runDays: avail.length,
        ...(limited?.maxWeeklyRunMinutes !== undefined ? { ceilingMinutes: limited.maxWeeklyRunMinutes } : {}),
        ...(limited?.maxRunStage !== undefined ? { maxStage: limited.maxRunStage } : {}),
      }, run);
      const runDays = new Set(spreadDays(avail, rw.allowed ? rw.sessions : Math.min(3, avail.length)));
      const doseWeek = limited?.maxDoseWeek !== undefined ? Math.min(weekInPhase, limited.maxDoseWeek) : weekInPhase;
      const doses = limited?.noExercises ? [] : selected.map((s) => dose(s, doseWeek));
      const placement = selected.map((s, i) => (s.prescription.daysPerWeek >= 7 ? [0, 1, 2, 3, 4, 5, 6] : spreadDays(avail, s.prescription.daysPerWeek, SPREAD_ROLES.has(s.prescription.role) ? i : 0)));
      const byDay = balanceWeek(placement, selected.map((s) => ({ daily: s.prescription.daysPerWeek >= 7, light: LIGHT_ROLES.has(s.prescription.role) })), avail);
      const crossMinutes = Math.min(MAX_CROSS_TRAINING_MINUTES, Math.round(preInjury / 3));
      let weekMinutes = 0;
      for (let d = 0; d < 7; d += 1) {
        const exercises = (byDay[d] ?? []).map((i) => doses[i]).filter((x) => x !== undefined);
        const isRunDay = runDays.has(d);
        const kind: RunSession['kind'] = rw.state === 'ladder' ? 'walk-run' : phase.running === 'as-tolerated' ? 'easy-modified' : 'continuous';
        const date = req.startDate ? addDays(req.startDate, weekStart + d) : undefined;
        // A pause after a check-in (bone pain: three days) turns the run into its stand-in, at the same time and effort.
        const paused = limited?.noRunningUntil !== undefined && date !== undefined && date <= limited.noRunningUntil;
        const running = rw.allowed && !paused;
        const runToday = isRunDay && running ? runSession(rw.stage, rw.minutesPerSession, kind, pace, pain.text) : null;
        const standIn = paused && rw.allowed ? rw.minutesPerSession : crossMinutes;
        const cross = isRunDay && !running && !limited?.noCrossTraining ? crossTrainingFor(protocol, standIn, 4, kit, crossCount++) : null;
        if (isRunDay && !running && cross === null && !limited?.noCrossTraining) crossMissing = true;
        weekMinutes += runToday?.runMinutes ?? 0;
        days.push({
          ...(date ? { date, weekday: weekdayOf(date) } : {}),
          day: weekStart + d + 1, week, phaseId: phase.id, exercises, run: runToday, crossTraining: cross,
          rest: exercises.length === 0 && runToday === null && cross === null,
        });
      }
      weekly.push({ week, phaseId: phase.id, runMinutes: weekMinutes, capMinutes: Math.floor(rw.cap), runStage: weekMinutes > 0 ? rw.stage : 0 });
      run = weekMinutes > 0 ? { state: rw.state, stage: rw.stage, previousMinutes: weekMinutes } : { state: 'none', stage: 0, previousMinutes: 0 };
    }
  });
  if (crossMissing) {
    cautions.push('None of the cross-training options for this problem (pool, bike, elliptical) is available to you; ask a physio what else keeps you fit.');
  }
  const race = profile.goalRace && req.startDate
    ? raceOutlook(req.startDate, profile.goalRace.date, weekly.map((w) => w.runMinutes), preInjury, needsClearance && !cleared)
    : null;
  if (race?.status === 'not-advisable') cautions.push(race.message);
  const plan: Plan = {
    protocolId: protocol.id, protocolName: protocol.name, conditionId: gate.conditionId, family: protocol.family,
    weeks: totalWeeks, ...(req.startDate ? { startDate: req.startDate } : {}), tags, personalisation: reasons,
    phases: summaries, weekly, days, painRules: pain.text, runningRules, race,
    readiness: rtr?.readiness.map((c) => c.text) ?? [], cautions, sources: protocol.sources,
  };
  return { status: 'plan', plan };
}
