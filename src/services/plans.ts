/**
 * Plan use-cases: make a plan for the acting runner, show it (regenerated from the stored request and position),
 * record a check-in and move the plan on, export a calendar. Every function takes the actor first.
 * @module
 */
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { authorize, authorizeRecord } from '../core/policy.ts';
import type { KnowledgeBase } from '../core/kb/knowledge-base.ts';
import { assessmentFromTriage } from '../core/planner/assessment.ts';
import { replayPlan } from '../core/planner/adapt.ts';
import type { Decision } from '../core/planner/checkin.ts';
import { isIsoDate } from '../core/planner/dates.ts';
import { generatePlan } from '../core/planner/generate.ts';
import { awaitingClinician, journalState, openJournal, recordCheckIn, recordClearance, startsCleared, type AwaitingClinician, type PlanJournal } from '../core/planner/journal.ts';
import { parseClearance, parseLog, parsePlanRequest, parsePosition } from '../core/planner/journal-schema.ts';
import { parseFindingsParam } from '../core/planner/plan-link.ts';
import { planToICalendar } from '../core/planner/ical.ts';
import { parseCheckIn, parseProfile } from '../core/planner/profile.ts';
import type { Adaptation, PlanAssessment, PlanPosition, PlanRequest, PlanResult } from '../core/planner/types.ts';
import type { Database } from '../db/database.ts';
import { plansRepository, type PlanRecord } from '../db/repositories/plans.ts';

export interface PlanServiceDeps {
  readonly database: Database;
  readonly kb: KnowledgeBase;
}

const createSchema = z.strictObject({
  conditionId: z.string().min(1).optional(),
  advice: z.enum(['stop', 'modify', 'continue']).optional(),
  /** Findings handed over from an assessment, in the `findings=` link encoding (plan-link.ts). */
  findings: z.string().max(2000).optional(),
  assessment: z.unknown().optional(),
  profile: z.unknown().optional(),
  weeks: z.number().int().min(1).max(52).optional(),
  startDate: z.string().refine(isIsoDate, 'must be a date like 2026-03-01').optional(),
}).refine((b) => (b.conditionId === undefined) !== (b.assessment === undefined), { message: 'give exactly one of conditionId or assessment' });

/** The stored position, and the decision log kept with it (`adaptations`, replayed to rebuild the plan). */
function storedState(rec: PlanRecord): { position: PlanPosition; log: ReturnType<typeof parseLog> } {
  const raw = typeof rec.position === 'object' && rec.position !== null && 'adaptations' in rec.position ? rec.position.adaptations : undefined;
  return { position: parsePosition(rec.position), log: parseLog(raw) };
}

/** A plan the policy lets `actor` read or update; someone else's looks exactly like a missing one. */
async function ownPlan(actorIn: Actor | null, action: 'read' | 'update', deps: PlanServiceDeps, planId: string): Promise<PlanRecord> {
  const actor = authorize(actorIn, action, 'plan');
  return authorizeRecord(actor, action, 'plan', await plansRepository(deps.database.db).findById(planId));
}

/**
 * Make a plan for the acting runner from a condition id or a triage result. A "see a clinician first" outcome
 * is returned without storing anything.
 */
export async function createPlan(actorIn: Actor | null, deps: PlanServiceDeps, body: unknown, today: string): Promise<{ id: string | null; result: PlanResult }> {
  const actor = authorize(actorIn, 'create', 'plan');
  const parsed = createSchema.safeParse(body);
  if (!parsed.success) throw new AppError('bad_input', parsed.error.issues[0]?.message ?? 'invalid plan request');
  const b = parsed.data;
  const condition = b.conditionId ? deps.kb.conditionById.get(b.conditionId) : undefined;
  const assessment: PlanAssessment = b.assessment !== undefined
    ? assessmentFromTriage(b.assessment)
    : { conditionId: b.conditionId ?? '', runningAdvice: b.advice ?? condition?.running.advice ?? 'modify', redFlags: [], findings: parseFindingsParam(b.findings ?? '') };
  const startDate = b.startDate ?? today;
  const req: PlanRequest = { assessment, startDate, ...(b.profile !== undefined ? { profile: parseProfile(b.profile) } : {}), ...(b.weeks !== undefined ? { weeks: b.weeks } : {}) };
  const result = generatePlan(deps.kb, req);
  if (result.status !== 'plan') return { id: null, result };
  const position: PlanPosition = { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0, runCleared: startsCleared(result.plan, req) };
  const rec = await plansRepository(deps.database.db).create({
    userId: actor.id, protocolId: result.plan.protocolId, conditionId: assessment.conditionId, request: req, position, startDate, today: startDate,
  });
  return { id: rec.id, result };
}

/** The acting runner's plans (ids, protocol, status). */
export async function listPlans(actorIn: Actor | null, deps: PlanServiceDeps): Promise<{ id: string; protocolId: string; conditionId: string; status: string; startDate: string | null }[]> {
  const actor = authorize(actorIn, 'read', 'plan');
  return (await plansRepository(deps.database.db).listByUser(actor.id)).map((p) => ({ id: p.id, protocolId: p.protocolId, conditionId: p.conditionId, status: p.status, startDate: p.startDate }));
}

/**
 * The plan a check-in goes to when none is named: the newest active plan, else the newest one at all.
 * Throws `AppError('not_found')` when the runner has no plan.
 */
export async function currentPlanId(actorIn: Actor | null, deps: PlanServiceDeps): Promise<string> {
  const plans = await listPlans(actorIn, deps);
  const chosen = plans.find((p) => p.status === 'active') ?? plans[0];
  if (!chosen) throw new AppError('not_found', 'no plan yet: make one with `footing plan --condition ID --store` or at /plan/new');
  return chosen.id;
}

/**
 * The plan as it stands: generated from the stored request, then changed by each logged decision in turn
 * (adapt.ts), so a step back shows in the days that follow it. `awaiting` is the see-clinician decision the plan
 * waits on, if any.
 */
export async function getPlan(actorIn: Actor | null, deps: PlanServiceDeps, planId: string): Promise<{ id: string; status: string; result: PlanResult; position: PlanPosition; pausedUntil: string | null; awaiting: AwaitingClinician | null }> {
  const rec = await ownPlan(actorIn, 'read', deps, planId);
  const { position, log } = storedState(rec);
  const result = replayPlan(deps.kb, parsePlanRequest(rec.request), log);
  return { id: rec.id, status: rec.status, result, position, pausedUntil: rec.pausedUntil, awaiting: awaitingClinician(log) };
}

async function journalOf(deps: PlanServiceDeps, rec: PlanRecord): Promise<PlanJournal> {
  const history = (await plansRepository(deps.database.db).listCheckins(rec.id)).map((c) => parseCheckIn(c.data));
  return openJournal(deps.kb, parsePlanRequest(rec.request), storedState(rec).log, history);
}

/** Store the journal's log and state after `date`. */
async function saveJournal(deps: PlanServiceDeps, rec: PlanRecord, j: PlanJournal, date: string): Promise<void> {
  const s = journalState(deps.kb, j, date);
  await plansRepository(deps.database.db).updateState(rec.id, {
    position: { ...s.position, adaptations: j.log }, phaseStart: s.phaseStart, lastStep: s.lastStep, lastProgress: s.lastProgress,
    pausedUntil: s.pausedUntil, status: rec.status === 'closed' ? 'closed' : s.status,
  });
}

/**
 * Record today's check-in, decide progress / hold / regress / see-clinician from where the plan has the runner
 * today, change the plan from tomorrow, and store the decision (journal.ts). A second check-in for the same day
 * replaces the first, decision included. While the plan waits for a clinician the check-in is kept but changes
 * nothing.
 */
export async function recordCheckin(actorIn: Actor | null, deps: PlanServiceDeps, planId: string, body: unknown): Promise<Decision> {
  const rec = await ownPlan(actorIn, 'update', deps, planId);
  const checkIn = parseCheckIn(body);
  const r = recordCheckIn(deps.kb, await journalOf(deps, rec), checkIn);
  const d = r.decision;
  await plansRepository(deps.database.db).putCheckin({ planId: rec.id, date: checkIn.date, data: checkIn, decision: d.decision, rule: d.rule, reason: d.reason });
  await saveJournal(deps, rec, r.journal, checkIn.date);
  return d;
}

/**
 * Record that a clinician has seen the runner and cleared them (`{date?, restartPhase?, runCleared?, note?}`): the
 * plan restarts from a safe point (journal.ts). `AppError('conflict')` when the plan is not waiting for a clinician.
 */
export async function clearPlan(actorIn: Actor | null, deps: PlanServiceDeps, planId: string, body: unknown, today: string): Promise<Adaptation> {
  const rec = await ownPlan(actorIn, 'update', deps, planId);
  const clearance = parseClearance(body, today);
  const r = recordClearance(deps.kb, await journalOf(deps, rec), clearance);
  await saveJournal(deps, rec, r.journal, clearance.date);
  return r.decision;
}

/** The plan's check-ins, oldest first, with the decisions they led to. */
export async function listCheckins(actorIn: Actor | null, deps: PlanServiceDeps, planId: string) {
  const rec = await ownPlan(actorIn, 'read', deps, planId);
  return (await plansRepository(deps.database.db).listCheckins(rec.id)).map((c) => ({ date: c.date, decision: c.decision, rule: c.rule, reason: c.reason, data: c.data }));
}

/** iCalendar export of the plan as it stands. */
export async function planCalendar(actor: Actor | null, deps: PlanServiceDeps, planId: string, stamp: string): Promise<string> {
  const { id, result } = await getPlan(actor, deps, planId);
  if (result.status !== 'plan') throw new AppError('conflict', result.message);
  return planToICalendar(result.plan, { stamp, planId: id });
}
