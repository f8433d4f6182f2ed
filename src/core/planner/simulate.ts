/**
 * A simulated runner: one evening check-in a day, each decision applied to the plan, exactly as the plans service
 * does it. Pure; used by the tests (pain trajectories over weeks) and handy for trying out rule changes.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { adaptPlan, placeOn, type StoredAdaptation } from './adapt.ts';
import { decideCheckIn, type CheckIn, type Decision } from './checkin.ts';
import { addDays, daysBetween } from './dates.ts';
import { generatePlan } from './generate.ts';
import type { Plan, PlanDay, PlanRequest } from './types.ts';

/** One simulated day: the check-in, the decision and the plan before and after it. */
export interface SimulatedDay {
  readonly date: string;
  readonly checkIn: CheckIn;
  readonly decision: Decision;
  readonly before: Plan;
  readonly after: Plan;
}

/** The runner's answers on day `n` (0-based), given the session the plan set for that day. */
export type Answers = (n: number, day: PlanDay | undefined) => Partial<CheckIn>;

/** Whether running starts cleared: not after "stop", not for bone stress (the plans service's rule). */
export function startsCleared(plan: Plan, req: PlanRequest): boolean {
  return plan.family !== 'bone-stress' && req.assessment.runningAdvice !== 'stop';
}

/**
 * Run a simulated runner for `days` days from the plan's start (the request must carry a start date).
 * Stops after a see-clinician decision.
 * @example simulateRunner(kb, { assessment, startDate: '2026-03-02' }, 42, () => ({ painMorning: 1 }))
 */
export function simulateRunner(kb: KnowledgeBase, req: PlanRequest, days: number, answers: Answers): { plan: Plan; days: SimulatedDay[]; adaptations: StoredAdaptation[] } {
  const first = generatePlan(kb, req);
  if (first.status !== 'plan' || !req.startDate) throw new Error('simulateRunner needs a dated plan');
  const protocol = kb.protocolById.get(first.plan.protocolId);
  if (!protocol?.returnToRun) throw new Error(`protocol ${first.plan.protocolId} has no return to run`);
  const redFlagFindings = new Set(kb.findings.filter((f) => f.redFlag).map((f) => f.id));
  let plan = first.plan;
  let cleared = startsCleared(plan, req);
  let lastStep = req.startDate;
  let lastProgress = req.startDate;
  const history: CheckIn[] = [];
  const out: SimulatedDay[] = [];
  const adaptations: StoredAdaptation[] = [];
  for (let n = 0; n < days; n += 1) {
    const date = addDays(req.startDate, n);
    const place = placeOn(plan, protocol, date, cleared);
    if (!place) break;
    const day = plan.days[place.index];
    const planned = day ? (day.exercises.length > 0 ? 1 : 0) + (day.run || day.crossTraining ? 1 : 0) : 0;
    const checkIn: CheckIn = { date, painMorning: 0, sessionsDone: planned, sessionsPlanned: planned, ...answers(n, day) };
    history.push(checkIn);
    const decision = decideCheckIn(history, {
      family: protocol.family, phases: protocol.phases, position: place.position,
      daysSinceStep: daysBetween(lastStep, date), daysSinceProgress: daysBetween(lastProgress, date),
      readiness: protocol.returnToRun.readiness, requiresClinicianClearance: protocol.returnToRun.requiresClinicianClearance, redFlagFindings,
    });
    const after = adaptPlan(kb, req, plan, decision, date);
    out.push({ date, checkIn, decision, before: plan, after });
    adaptations.push({ date, decision });
    plan = after;
    cleared = decision.next.runCleared;
    if (decision.decision === 'progress' || decision.decision === 'regress') lastStep = date;
    if (decision.decision === 'progress') lastProgress = date;
    if (decision.decision === 'see-clinician') break;
  }
  return { plan, days: out, adaptations };
}
