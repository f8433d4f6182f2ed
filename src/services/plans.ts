/**
 * Plan use-cases: make a plan for the acting runner, show it (regenerated from the stored request and position),
 * record a check-in and move the plan on, export a calendar. Every function takes the actor first.
 * @module
 */
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import type { KnowledgeBase } from '../core/kb/knowledge-base.ts';
import { assessmentFromTriage } from '../core/planner/assessment.ts';
import { decideCheckIn, type CheckIn, type Decision } from '../core/planner/checkin.ts';
import { addDays, daysBetween, isIsoDate } from '../core/planner/dates.ts';
import { generatePlan } from '../core/planner/generate.ts';
import { planToICalendar } from '../core/planner/ical.ts';
import { parseCheckIn, parseProfile } from '../core/planner/profile.ts';
import type { PlanAssessment, PlanPosition, PlanRequest, PlanResult } from '../core/planner/types.ts';
import type { Database } from '../db/database.ts';
import { plansRepository, type PlanRecord } from '../db/repositories/plans.ts';

export interface PlanServiceDeps {
  readonly database: Database;
  readonly kb: KnowledgeBase;
}

const createSchema = z.strictObject({
  conditionId: z.string().min(1).optional(),
  advice: z.enum(['stop', 'modify', 'continue']).optional(),
  assessment: z.unknown().optional(),
  profile: z.unknown().optional(),
  weeks: z.number().int().min(1).max(52).optional(),
  startDate: z.string().refine(isIsoDate, 'must be a date like 2026-03-01').optional(),
}).refine((b) => (b.conditionId === undefined) !== (b.assessment === undefined), { message: 'give exactly one of conditionId or assessment' });

const positionSchema = z.object({
  phaseIndex: z.number().int().min(0), runStage: z.number().int().min(0), weekInPhase: z.number().int().min(0),
  lastWeekRunMinutes: z.number().min(0), runCleared: z.boolean(),
});

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthorised', 'sign in to keep a plan');
  return actor;
}

/** The stored request, re-validated on the way out of the database. */
function storedRequest(rec: PlanRecord): PlanRequest {
  const r = z.object({ assessment: z.unknown(), profile: z.unknown().optional(), weeks: z.number().optional(), startDate: z.string().optional() }).parse(rec.request);
  const a = z.object({ conditionId: z.string(), runningAdvice: z.enum(['stop', 'modify', 'continue']), redFlags: z.array(z.string()), findings: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])) }).parse(r.assessment);
  return { assessment: a, ...(r.profile !== undefined ? { profile: parseProfile(r.profile) } : {}), ...(r.weeks !== undefined ? { weeks: r.weeks } : {}), ...(r.startDate !== undefined ? { startDate: r.startDate } : {}) };
}

async function ownPlan(actor: Actor, deps: PlanServiceDeps, planId: string): Promise<PlanRecord> {
  const rec = await plansRepository(deps.database.db).findById(planId);
  // Someone else's plan looks exactly like a missing one.
  if (!rec || rec.userId !== actor.id) throw new AppError('not_found', 'no such plan');
  return rec;
}

/**
 * Make a plan for the acting runner from a condition id or a triage result. A "see a clinician first" outcome
 * is returned without storing anything.
 */
export async function createPlan(actorIn: Actor | null, deps: PlanServiceDeps, body: unknown, today: string): Promise<{ id: string | null; result: PlanResult }> {
  const actor = requireActor(actorIn);
  const parsed = createSchema.safeParse(body);
  if (!parsed.success) throw new AppError('bad_input', parsed.error.issues[0]?.message ?? 'invalid plan request');
  const b = parsed.data;
  const condition = b.conditionId ? deps.kb.conditionById.get(b.conditionId) : undefined;
  const assessment: PlanAssessment = b.assessment !== undefined
    ? assessmentFromTriage(b.assessment)
    : { conditionId: b.conditionId ?? '', runningAdvice: b.advice ?? condition?.running.advice ?? 'modify', redFlags: [], findings: {} };
  const startDate = b.startDate ?? today;
  const req: PlanRequest = { assessment, startDate, ...(b.profile !== undefined ? { profile: parseProfile(b.profile) } : {}), ...(b.weeks !== undefined ? { weeks: b.weeks } : {}) };
  const result = generatePlan(deps.kb, req);
  if (result.status !== 'plan') return { id: null, result };
  const cleared = result.plan.family !== 'bone-stress' && assessment.runningAdvice !== 'stop';
  const position: PlanPosition = { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0, runCleared: cleared };
  const rec = await plansRepository(deps.database.db).create({
    userId: actor.id, protocolId: result.plan.protocolId, conditionId: assessment.conditionId, request: req, position, startDate, today: startDate,
  });
  return { id: rec.id, result };
}

/** The acting runner's plans (ids, protocol, status). */
export async function listPlans(actorIn: Actor | null, deps: PlanServiceDeps): Promise<{ id: string; protocolId: string; conditionId: string; status: string; startDate: string | null }[]> {
  const actor = requireActor(actorIn);
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
 * The plan as it stands: the original plan before any check-in; afterwards, the rest of the plan regenerated from
 * where the runner now is (starting at the current phase, dated from the phase start).
 */
export async function getPlan(actorIn: Actor | null, deps: PlanServiceDeps, planId: string): Promise<{ id: string; status: string; result: PlanResult; position: PlanPosition; pausedUntil: string | null }> {
  const actor = requireActor(actorIn);
  const rec = await ownPlan(actor, deps, planId);
  const req = storedRequest(rec);
  const position = positionSchema.parse(rec.position);
  const moved = position.phaseIndex > 0 || position.runStage > 0;
  const result = generatePlan(deps.kb, moved ? { ...req, startDate: rec.phaseStart, resume: position } : req);
  return { id: rec.id, status: rec.status, result, position, pausedUntil: rec.pausedUntil };
}

/** Record today's check-in, decide progress / hold / regress / see-clinician, and move the plan. */
export async function recordCheckin(actorIn: Actor | null, deps: PlanServiceDeps, planId: string, body: unknown): Promise<Decision> {
  const actor = requireActor(actorIn);
  const rec = await ownPlan(actor, deps, planId);
  const checkIn = parseCheckIn(body);
  const protocol = deps.kb.protocolById.get(rec.protocolId);
  if (!protocol?.returnToRun) throw new AppError('internal', `plan ${rec.id} names unknown protocol ${rec.protocolId}`);
  const repo = plansRepository(deps.database.db);
  const past = (await repo.listCheckins(rec.id)).filter((c) => c.date !== checkIn.date).map((c) => parseCheckIn(c.data));
  const history: CheckIn[] = [...past, checkIn].sort((a, b) => a.date.localeCompare(b.date));
  const stored = positionSchema.parse(rec.position);
  const position: PlanPosition = { ...stored, weekInPhase: Math.max(0, Math.floor(daysBetween(rec.phaseStart, checkIn.date) / 7)) };
  const d = decideCheckIn(history, {
    family: protocol.family, phases: protocol.phases, position,
    daysSinceStep: daysBetween(rec.lastStep, checkIn.date), daysSinceProgress: daysBetween(rec.lastProgress, checkIn.date),
    readiness: protocol.returnToRun.readiness, requiresClinicianClearance: protocol.returnToRun.requiresClinicianClearance,
    redFlagFindings: new Set(deps.kb.findings.filter((f) => f.redFlag).map((f) => f.id)),
  });
  const movedPhase = d.next.phaseIndex !== stored.phaseIndex;
  await repo.putCheckin({ planId: rec.id, date: checkIn.date, data: checkIn, decision: d.decision, rule: d.rule, reason: d.reason });
  await repo.updateState(rec.id, {
    position: movedPhase ? { ...d.next, weekInPhase: 0 } : d.next,
    phaseStart: movedPhase ? checkIn.date : rec.phaseStart,
    lastStep: d.decision === 'progress' || d.decision === 'regress' ? checkIn.date : rec.lastStep,
    lastProgress: d.decision === 'progress' ? checkIn.date : rec.lastProgress,
    pausedUntil: d.pauseRunningDays > 0 ? addDays(checkIn.date, d.pauseRunningDays) : rec.pausedUntil,
    ...(d.decision === 'see-clinician' ? { status: 'see-clinician' as const } : {}),
  });
  return d;
}

/** The plan's check-ins, oldest first, with the decisions they led to. */
export async function listCheckins(actorIn: Actor | null, deps: PlanServiceDeps, planId: string) {
  const actor = requireActor(actorIn);
  const rec = await ownPlan(actor, deps, planId);
  return (await plansRepository(deps.database.db).listCheckins(rec.id)).map((c) => ({ date: c.date, decision: c.decision, rule: c.rule, reason: c.reason, data: c.data }));
}

/** iCalendar export of the plan as it stands. */
export async function planCalendar(actor: Actor | null, deps: PlanServiceDeps, planId: string, stamp: string): Promise<string> {
  const { id, result } = await getPlan(actor, deps, planId);
  if (result.status !== 'plan') throw new AppError('conflict', result.message);
  return planToICalendar(result.plan, { stamp, planId: id });
}
