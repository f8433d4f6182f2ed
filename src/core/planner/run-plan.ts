/**
 * Week-by-week running: whether running is allowed at all (the stop rules), and how many minutes, in how many
 * sessions, at which ladder stage. Pure; the caller walks the weeks in order and feeds each result back in.
 * @module
 */
import type { RunMode } from '../kb/protocol-schema.ts';
import type { RunningAdvice } from '../kb/schema.ts';
import { CONTINUOUS_STAGE, nextLadderStage, stageRunMinutes, weeklyCap } from './run-ladder.ts';

/** Share of pre-injury running kept while running "as tolerated" (judgement: start at half, never past 70%). */
export const AS_TOLERATED_START = 0.5;
export const AS_TOLERATED_CEILING = 0.7;

export interface RunState {
  /** 'none': not running; 'ladder': on the walk-run ladder; 'continuous': running continuously. */
  readonly state: 'none' | 'ladder' | 'continuous';
  readonly stage: number;
  /** Running minutes last week. */
  readonly previousMinutes: number;
}

export interface RunWeek {
  readonly allowed: boolean;
  /** Why running is not allowed (shown to the runner), when it is not. */
  readonly stopReason?: string;
  readonly state: RunState['state'];
  readonly stage: number;
  readonly sessions: number;
  readonly minutesPerSession: number;
  readonly weeklyMinutes: number;
  readonly cap: number;
}

export interface RunWeekInput {
  readonly mode: RunMode;
  readonly advice: RunningAdvice;
  /** Readiness passed, and a clinician's go-ahead where the protocol needs one. */
  readonly cleared: boolean;
  readonly capPercent: number;
  readonly walkRunSessions: number;
  /** Weekly running minutes before the injury. */
  readonly preInjuryMinutes: number;
  /** How many days this week the runner can run. */
  readonly runDays: number;
  /** A check-in's ceiling on this week's running minutes (only ever lowers the cap). */
  readonly ceilingMinutes?: number;
  /** A check-in's highest walk-run stage this week (0: no running). */
  readonly maxStage?: number;
}

/**
 * The stop rules: no running in a `none` phase, none "as tolerated" when the assessment said stop, none before
 * readiness (or clearance) where the ladder needs it. Returns the reason, or null when running may go ahead.
 */
export function stopRule(i: Pick<RunWeekInput, 'mode' | 'advice' | 'cleared'>): string | null {
  if (i.mode === 'none') return 'No running in this phase: the injured tissue needs the impact taken away while it heals.';
  if (i.advice === 'stop' && i.mode === 'as-tolerated') return 'Your assessment said to stop running for now; running comes back through the walk-run ladder once the readiness tests are passed.';
  if (!i.cleared) return 'Running waits until the readiness tests are passed (and, where needed, a clinician has cleared you).';
  return null;
}

const sessionsFor = (minutes: number, runDays: number): number => Math.max(1, Math.min(runDays, minutes >= 240 ? 5 : minutes >= 150 ? 4 : 3));

/**
 * Plan one week of running from the state after the previous week.
 * @example planRunWeek({ mode: 'walk-run', advice: 'stop', cleared: true, capPercent: 10, walkRunSessions: 3, preInjuryMinutes: 180, runDays: 7 }, { state: 'none', stage: 0, previousMinutes: 0 })
 * // { allowed: true, state: 'ladder', stage: 1, sessions: 3, minutesPerSession: 5, weeklyMinutes: 15, … }
 */
export function planRunWeek(i: RunWeekInput, s: RunState): RunWeek {
  const cap = Math.min(weeklyCap(s.previousMinutes, i.capPercent), i.ceilingMinutes ?? Infinity);
  const reason = stopRule(i) ?? (i.maxStage === 0 ? 'Running is paused after your check-in.' : null);
  if (reason !== null || i.runDays <= 0) {
    return { allowed: false, stopReason: reason ?? 'No days available for running this week.', state: 'none', stage: 0, sessions: 0, minutesPerSession: 0, weeklyMinutes: 0, cap };
  }
  const continuousWeek = (target: number, state: 'continuous'): RunWeek => {
    const minutes = Math.max(0, Math.min(target, cap, i.preInjuryMinutes));
    const sessions = sessionsFor(minutes, i.runDays);
    const per = Math.floor(minutes / sessions);
    return { allowed: per > 0, state, stage: CONTINUOUS_STAGE, sessions: per > 0 ? sessions : 0, minutesPerSession: per, weeklyMinutes: per * sessions, cap };
  };
  if (i.mode === 'as-tolerated') {
    const target = s.state === 'continuous'
      ? Math.min(cap, AS_TOLERATED_CEILING * i.preInjuryMinutes)
      : AS_TOLERATED_START * i.preInjuryMinutes;
    return continuousWeek(target, 'continuous');
  }
  const maxStage = i.maxStage ?? CONTINUOUS_STAGE;
  if (s.state === 'continuous' && maxStage >= CONTINUOUS_STAGE) {
    const ceiling = i.mode === 'walk-run' ? stageRunMinutes(CONTINUOUS_STAGE) * i.walkRunSessions : i.preInjuryMinutes;
    return continuousWeek(Math.min(cap, ceiling), 'continuous');
  }
  let sessions = Math.min(i.walkRunSessions, i.runDays);
  // A check-in's stage limit: never above it (a continuous runner stepped back lands on the ladder).
  const from = Math.min(s.state === 'continuous' ? CONTINUOUS_STAGE : s.stage, maxStage - 1);
  const within = (): number => {
    let best = nextLadderStage(from, s.previousMinutes, sessions, i.capPercent);
    while (best > 0 && stageRunMinutes(best) * sessions > cap) best -= 1;
    return best;
  };
  let stage = within();
  while (stage === 0 && sessions > 1) {
    sessions -= 1;
    stage = within();
  }
  if (stage === 0) return { allowed: false, stopReason: 'The weekly cap does not allow a run this week.', state: 'none', stage: 0, sessions: 0, minutesPerSession: 0, weeklyMinutes: 0, cap };
  const per = stageRunMinutes(stage);
  return { allowed: true, state: stage >= CONTINUOUS_STAGE ? 'continuous' : 'ladder', stage, sessions, minutesPerSession: per, weeklyMinutes: per * sessions, cap };
}
