/**
 * A simulated runner: one evening check-in a day, each recorded in the plan's journal exactly as the plans service
 * and `footing checkin --state` record it (journal.ts). Optionally a simulated clinician who, while the plan waits
 * for one, sees and clears the runner on some morning. Pure; used by the tests (pain trajectories over weeks) and
 * handy for trying out rule changes.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { StoredAdaptation } from './adapt.ts';
import type { CheckIn, Decision } from './checkin.ts';
import { addDays } from './dates.ts';
import { journalState, openJournal, recordCheckIn, recordClearance, type AwaitingClinician, type Clearance } from './journal.ts';
import type { Adaptation, Plan, PlanDay, PlanRequest } from './types.ts';

export { startsCleared } from './journal.ts';

/** One simulated day: the check-in, the decision and the plan before and after it (and a clearance that morning). */
export interface SimulatedDay {
  readonly date: string;
  readonly checkIn: CheckIn;
  readonly decision: Decision;
  readonly before: Plan;
  readonly after: Plan;
  readonly clearance?: Adaptation;
}

/** The runner's answers on day `n` (0-based), given the session the plan set for that day. */
export type Answers = (n: number, day: PlanDay | undefined) => Partial<CheckIn>;

/** The clinician on the morning of day `n`, while the plan waits for one: a clearance, or null (not yet). */
export type Clinician = (n: number, awaiting: AwaitingClinician) => Omit<Clearance, 'date'> | null;

/**
 * Run a simulated runner for `days` days from the plan's start (the request must carry a start date).
 * Without a `clinician` it stops after the first see-clinician decision.
 * @example simulateRunner(kb, { assessment, startDate: '2026-03-02' }, 42, () => ({ painMorning: 1 }))
 */
export function simulateRunner(kb: KnowledgeBase, req: PlanRequest, days: number, answers: Answers, clinician?: Clinician): { plan: Plan; days: SimulatedDay[]; adaptations: StoredAdaptation[] } {
  if (!req.startDate) throw new Error('simulateRunner needs a dated plan');
  let journal = openJournal(kb, req, [], []);
  const out: SimulatedDay[] = [];
  for (let n = 0; n < days; n += 1) {
    const date = addDays(req.startDate, n);
    const day = journal.plan.days.find((d) => d.date === date);
    if (!day) break;
    const awaiting = journalState(kb, journal, addDays(date, -1)).awaiting;
    const cleared = awaiting && clinician ? clinician(n, awaiting) : null;
    let clearance: Adaptation | undefined;
    if (cleared) ({ journal, decision: clearance } = recordClearance(kb, journal, { ...cleared, date }));
    const today = journal.plan.days.find((d) => d.date === date) ?? day;
    const planned = (today.exercises.length > 0 ? 1 : 0) + (today.run || today.crossTraining ? 1 : 0);
    const checkIn: CheckIn = { date, painMorning: 0, sessionsDone: planned, sessionsPlanned: planned, ...answers(n, today) };
    const r = recordCheckIn(kb, journal, checkIn);
    out.push({ date, checkIn, decision: r.decision, before: r.before, after: r.journal.plan, ...(clearance ? { clearance } : {}) });
    journal = r.journal;
    if (r.decision.decision === 'see-clinician' && !clinician) break;
  }
  return { plan: journal.plan, days: out, adaptations: [...journal.log] };
}
