/**
 * A plan's journal: the request, the check-ins, the decision log and the plan that log makes. Recording a check-in
 * or a clinician's clearance here is the one way a plan moves on: the plans service (database) and
 * `footing checkin --state` (a file) both call these functions, so both behave the same. Pure.
 *
 * Waiting for a clinician: after a "see a clinician" decision every check-in is recorded but changes nothing
 * (checkin.ts, AWAITING_RULE), and a new red flag still tightens the plan. Only a clearance lifts the wait. The plan
 * then restarts from a safe point (judgement: after time away, rebuild rather than carry on):
 *   - the phase the runner was in when the plan stopped, or an earlier one they choose, never a later one;
 *   - from that phase's first week and starting dose (placeOn stops counting weeks at the clearance);
 *   - one walk-run stage below where running stood (the ladder's start after an earlier phase), with the weekly
 *     cap counted from the running actually done the week before, so after a pause it rebuilds from the bottom;
 *   - running only if it was cleared before and the protocol lets runners clear themselves with the readiness
 *     tests, or if the clinician has cleared running too; otherwise the usual route to clearance applies.
 * Trends restart at the clearance: the pain history before it does not count towards "rising two weeks", and the
 * stall clock starts again.
 * @module
 */
import { AppError } from '../errors.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Protocol } from '../kb/protocol-schema.ts';
import { adaptPlan, orderLog, placeOn, replayPlan, type StoredAdaptation } from './adapt.ts';
import { AWAITING_RULE, decideCheckIn, type CheckIn, type Decision } from './checkin.ts';
import { addDays, daysBetween } from './dates.ts';
import { initialRunMinutes } from './generate.ts';
import type { Adaptation, Plan, PlanPosition, PlanRequest } from './types.ts';

/** Everything a plan's progress is rebuilt from, and the plan it gives. */
export interface PlanJournal {
  readonly request: PlanRequest;
  /** The decision log, in replay order (orderLog). */
  readonly log: readonly StoredAdaptation[];
  /** Every check-in, oldest first (those made while waiting for a clinician too). */
  readonly history: readonly CheckIn[];
  /** The plan as the log leaves it. */
  readonly plan: Plan;
}

/** A clinician has seen the runner and cleared them to carry on. */
export interface Clearance {
  readonly date: string;
  /** Restart from this phase (the current one or an earlier one); default: the phase the plan stopped in. */
  readonly restartPhaseId?: string;
  /** The clinician has cleared running too. */
  readonly runCleared?: boolean;
  readonly note?: string;
}

/** The see-clinician decision the plan is waiting on. */
export interface AwaitingClinician {
  readonly since: string;
  readonly rule: string;
  readonly reason: string;
  /** Where the runner was when the plan stopped. */
  readonly position: PlanPosition;
}

/** The state stored alongside the log (for lists, reminders and the web pages). */
export interface JournalState {
  readonly status: 'active' | 'see-clinician';
  /** Where the plan has the runner the day after `date`. */
  readonly position: PlanPosition;
  readonly phaseStart: string;
  readonly lastStep: string;
  readonly lastProgress: string;
  readonly pausedUntil: string | null;
  readonly awaiting: AwaitingClinician | null;
}

/** Whether running starts cleared: not after "stop", not for bone stress (readiness or a clinician first). */
export function startsCleared(plan: Plan, req: PlanRequest): boolean {
  return plan.family !== 'bone-stress' && req.assessment.runningAdvice !== 'stop';
}

const isStep = (a: StoredAdaptation): boolean => ['progress', 'regress', 'resume'].includes(a.decision.decision);
const isProgress = (a: StoredAdaptation): boolean => a.decision.decision === 'progress' || a.decision.decision === 'resume';

/** The see-clinician entry of an ordered log that no clearance has answered yet. */
function waitingIn(ordered: readonly StoredAdaptation[]): StoredAdaptation | undefined {
  const last = ordered.filter((a) => a.decision.decision === 'see-clinician' || a.decision.decision === 'resume').at(-1);
  return last?.decision.decision === 'see-clinician' ? last : undefined;
}

/**
 * The see-clinician decision a log is waiting on (none answered by a clearance since), or null.
 * @example awaitingClinician(journal.log)?.since
 */
export function awaitingClinician(log: readonly StoredAdaptation[]): AwaitingClinician | null {
  const w = waitingIn(orderLog(log));
  return w ? { since: w.date, rule: w.decision.rule, reason: w.decision.reason, position: w.decision.next } : null;
}

function protocolOf(kb: KnowledgeBase, plan: Plan): Protocol & { returnToRun: NonNullable<Protocol['returnToRun']> } {
  const p = kb.protocolById.get(plan.protocolId);
  if (!p?.returnToRun) throw new AppError('internal', `plan names unknown protocol ${plan.protocolId}`);
  return { ...p, returnToRun: p.returnToRun };
}

function replay(kb: KnowledgeBase, request: PlanRequest, log: readonly StoredAdaptation[]): Plan {
  const r = replayPlan(kb, request, log);
  if (r.status !== 'plan') throw new AppError('conflict', r.message);
  return r.plan;
}

/**
 * Rebuild a journal from what was stored. Throws `AppError('conflict')` when the request no longer gives a plan.
 * @example openJournal(kb, request, [], [])
 */
export function openJournal(kb: KnowledgeBase, request: PlanRequest, log: readonly StoredAdaptation[], history: readonly CheckIn[]): PlanJournal {
  const ordered = orderLog(log);
  return { request, log: ordered, history: [...history].sort((a, b) => a.date.localeCompare(b.date)), plan: replay(kb, request, ordered) };
}

/**
 * Record a check-in: decide from where the plan has the runner that day, change the plan from the next day, and
 * log the decision. A second check-in on the same day replaces the first, decision included. While the plan waits
 * for a clinician the decision says so and the plan stays as it is (`stored` is false).
 * @example recordCheckIn(kb, journal, { date: '2026-03-02', painMorning: 1, sessionsDone: 1, sessionsPlanned: 1 })
 */
export function recordCheckIn(kb: KnowledgeBase, j: PlanJournal, checkIn: CheckIn): { journal: PlanJournal; decision: Decision; before: Plan; stored: boolean } {
  const protocol = protocolOf(kb, j.plan);
  const day = checkIn.date;
  const kept = j.log.filter((a) => a.date !== day || a.decision.decision === 'resume');
  const latest = kept.every((a) => a.date <= day);
  const before = latest && kept.length === j.log.length ? j.plan : replay(kb, j.request, kept);
  // What came before this check-in: earlier days, and a clearance earlier the same day.
  const prior = kept.filter((a) => a.date < day || (a.decision.decision === 'resume' && a.date === day));
  const last = prior.at(-1);
  const cleared = last ? last.decision.next.runCleared : startsCleared(j.plan, j.request);
  const place = placeOn(before, protocol, day, cleared, initialRunMinutes(j.request));
  const position: PlanPosition = place?.position ?? { ...(last?.decision.next ?? { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0 }), runCleared: cleared };
  const resumed = prior.filter((a) => a.decision.decision === 'resume').at(-1)?.date ?? '';
  const history = [...j.history.filter((h) => h.date !== day), checkIn].sort((a, b) => a.date.localeCompare(b.date));
  const start = j.plan.startDate ?? day;
  const since = (a: StoredAdaptation | undefined): number => Math.max(0, daysBetween(a?.date ?? start, day));
  const waiting = waitingIn(prior);
  const decision = decideCheckIn(history.filter((h) => h.date <= day && h.date >= resumed), {
    family: protocol.family, phases: protocol.phases, position,
    daysSinceStep: since(prior.filter(isStep).at(-1)), daysSinceProgress: since(prior.filter(isProgress).at(-1)),
    readiness: protocol.returnToRun.readiness, requiresClinicianClearance: protocol.returnToRun.requiresClinicianClearance,
    redFlagFindings: new Map(kb.findings.filter((f) => f.redFlag).map((f) => [f.id, f.label])),
    ...(waiting ? { awaitingClinician: { since: waiting.date, rule: waiting.decision.rule } } : {}),
  });
  const stored = decision.rule !== AWAITING_RULE;
  const log = stored ? orderLog([...kept, { date: day, decision }]) : kept;
  const plan = !stored ? before : latest ? adaptPlan(kb, j.request, before, decision, day) : replay(kb, j.request, log);
  return { journal: { ...j, log, history, plan }, decision, before, stored };
}

/**
 * Record that a clinician has seen the runner and cleared them: the plan restarts from a safe point (see the
 * module notes). Throws `AppError('conflict')` when the plan is not waiting for a clinician or is over, and
 * `AppError('bad_input')` for a date not after the decision it answers or a phase later than the current one.
 * @example recordClearance(kb, journal, { date: '2026-03-20', note: 'Physio: scan clear' })
 */
export function recordClearance(kb: KnowledgeBase, j: PlanJournal, c: Clearance): { journal: PlanJournal; decision: Adaptation } {
  const protocol = protocolOf(kb, j.plan);
  const waiting = waitingIn(j.log);
  if (!waiting) throw new AppError('conflict', 'this plan is not waiting for a clinician, so there is nothing to clear');
  const latest = j.log.at(-1)?.date ?? waiting.date;
  if (c.date <= latest) throw new AppError('bad_input', `the clearance must be dated after ${latest}, the check-in that asked you to see a clinician`);
  const lastDay = j.plan.days.at(-1)?.date;
  if (lastDay !== undefined && c.date > lastDay) throw new AppError('conflict', `this plan ended on ${lastDay}: make a new plan to carry on`);
  const blocked = waiting.decision.next;
  const phaseIndex = c.restartPhaseId === undefined ? blocked.phaseIndex : protocol.phases.findIndex((p) => p.id === c.restartPhaseId);
  if (phaseIndex < 0 || phaseIndex > blocked.phaseIndex) {
    const allowed = protocol.phases.slice(0, blocked.phaseIndex + 1).map((p) => p.id).join(', ');
    throw new AppError('bad_input', `restart from the phase you were in or an earlier one (${allowed})`);
  }
  const place = placeOn(j.plan, protocol, c.date, blocked.runCleared, initialRunMinutes(j.request));
  const needsClinician = protocol.returnToRun.requiresClinicianClearance;
  const runCleared = c.runCleared === true || (blocked.runCleared && !needsClinician);
  const next: PlanPosition = {
    phaseIndex, runStage: phaseIndex === blocked.phaseIndex ? Math.max(0, blocked.runStage - 1) : 0, weekInPhase: 0,
    lastWeekRunMinutes: place?.position.lastWeekRunMinutes ?? 0, runCleared,
  };
  const phase = protocol.phases[phaseIndex];
  const running = runCleared
    ? 'Running builds back up gradually, only where this phase and the weekly cap allow it.'
    : needsClinician ? 'Running waits until a clinician clears you to run.' : 'Running waits until you pass the readiness tests again.';
  const note = c.note?.trim();
  const decision: Adaptation = {
    decision: 'resume', rule: 'clinician-cleared', next, pauseRunningDays: 0, ...(note ? { note } : {}),
    reason: `A clinician has seen you and cleared you to carry on. The plan restarts at the beginning of ${phase?.name.toLowerCase() ?? 'the phase'}, at its starting dose. ${running}`,
  };
  const plan = adaptPlan(kb, j.request, j.plan, decision, c.date);
  return { journal: { ...j, log: orderLog([...j.log, { date: c.date, decision }]), plan }, decision };
}

/**
 * The journal's state after `date` (the day of the latest check-in or clearance): status, tomorrow's position,
 * the last step and progress, any running pause, and the decision the plan is waiting on.
 * @example journalState(kb, journal, '2026-03-09').status // 'active'
 */
export function journalState(kb: KnowledgeBase, j: PlanJournal, date: string): JournalState {
  const protocol = protocolOf(kb, j.plan);
  const last = j.log.at(-1);
  const cleared = last ? last.decision.next.runCleared : startsCleared(j.plan, j.request);
  const tomorrow = placeOn(j.plan, protocol, addDays(date, 1), cleared, initialRunMinutes(j.request));
  const start = j.plan.startDate ?? date;
  const paused = j.log.filter((a) => a.decision.pauseRunningDays > 0).at(-1);
  const awaiting = awaitingClinician(j.log);
  return {
    status: awaiting ? 'see-clinician' : 'active',
    position: tomorrow ? { ...tomorrow.position, runCleared: cleared } : last?.decision.next ?? { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0, runCleared: cleared },
    phaseStart: tomorrow?.phaseStart ?? start,
    lastStep: j.log.filter(isStep).at(-1)?.date ?? start,
    lastProgress: j.log.filter(isProgress).at(-1)?.date ?? start,
    pausedUntil: paused ? addDays(paused.date, paused.decision.pauseRunningDays) : null,
    awaiting,
  };
}
