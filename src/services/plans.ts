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
import { adaptPlan, placeOn, replayPlan, type StoredAdaptation } from '../core/planner/adapt.ts';
import { decideCheckIn, type CheckIn, type Decision } from '../core/planner/checkin.ts';
import { addDays, daysBetween, isIsoDate } from '../core/planner/dates.ts';
import { generatePlan, initialRunMinutes } from '../core/planner/generate.ts';
import { parseFindingsParam } from '../core/planner/plan-link.ts';
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
  /** Findings handed over from an assessment, in the `findings=` link encoding (plan-link.ts). */
  findings: z.string().max(2000).optional(),
  assessment: z.unknown().optional(),
  profile: z.unknown().optional(),
  weeks: z.number().int().min(1).max(52).optional(),
  startDate: z.string().refine(isIsoDate, 'must be a date like 2026-03-01').optional(),
}).refine((b) => (b.conditionId === undefined) !== (b.assessment === undefined), { message: 'give exactly one of conditionId or assessment' });

const positionSchema = z.object({
  phaseIndex: z.number().int().min(0), runStage: z.number().int().min(0), weekInPhase: z.number().int().min(0),
  lastWeekRunMinutes: z.number().min(0), runCleared: z.boolean(),
});

/** A check-in decision that changed the plan, stored with the position so the plan can be rebuilt. */
const adaptationSchema = z.object({
  date: z.string().refine(isIsoDate),
  decision: z.object({
    decision: z.enum(['progress', 'hold', 'regress', 'see-clinician']), rule: z.string(), reason: z.string(),
    next: positionSchema, pauseRunningDays: z.number().int().min(0),
  }),
  /** Whether running was cleared before this decision (restored when the same day's check-in is replaced). */
  clearedBefore: z.boolean(),
});
type Adaptation = z.infer<typeof adaptationSchema>;

/** The stored position: where the runner is, plus the decisions that shaped the plan. */
function storedState(rec: PlanRecord): { position: PlanPosition; adaptations: Adaptation[] } {
  const position = positionSchema.parse(rec.position);
  const raw = z.object({ adaptations: z.array(adaptationSchema).default([]) }).parse(rec.position);
  return { position, adaptations: raw.adaptations };
}

const asStored = (a: readonly Adaptation[]): StoredAdaptation[] => a.map((x) => ({ date: x.date, decision: x.decision }));

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
    : { conditionId: b.conditionId ?? '', runningAdvice: b.advice ?? condition?.running.advice ?? 'modify', redFlags: [], findings: parseFindingsParam(b.findings ?? '') };
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
 * The plan as it stands: generated from the stored request, then changed by each check-in decision in turn
 * (adapt.ts), so a step back shows in the days that follow it.
 */
export async function getPlan(actorIn: Actor | null, deps: PlanServiceDeps, planId: string): Promise<{ id: string; status: string; result: PlanResult; position: PlanPosition; pausedUntil: string | null }> {
  const actor = requireActor(actorIn);
  const rec = await ownPlan(actor, deps, planId);
  const { position, adaptations } = storedState(rec);
  const result = replayPlan(deps.kb, storedRequest(rec), asStored(adaptations));
  return { id: rec.id, status: rec.status, result, position, pausedUntil: rec.pausedUntil };
}

/**
 * Record today's check-in, decide progress / hold / regress / see-clinician from where the plan has the runner
 * today, change the plan from tomorrow, and store the decision. A second check-in for the same day replaces the
 * first, decision included.
 */
export async function recordCheckin(actorIn: Actor | null, deps: PlanServiceDeps, planId: string, body: unknown): Promise<Decision> {
  const actor = requireActor(actorIn);
  const rec = await ownPlan(actor, deps, planId);
  const checkIn = parseCheckIn(body);
  const protocol = deps.kb.protocolById.get(rec.protocolId);
  if (!protocol?.returnToRun) throw new AppError('internal', `plan ${rec.id} names unknown protocol ${rec.protocolId}`);
  const repo = plansRepository(deps.database.db);
  const req = storedRequest(rec);
  const state = storedState(rec);
  const replaced = state.adaptations.find((a) => a.date === checkIn.date);
  const kept = state.adaptations.filter((a) => a.date !== checkIn.date);
  const before = replayPlan(deps.kb, req, asStored(kept));
  if (before.status !== 'plan') throw new AppError('conflict', before.message);
  const earlier = kept.filter((a) => a.date < checkIn.date).at(-1);
  const cleared = replaced ? replaced.clearedBefore : earlier ? earlier.decision.next.runCleared : state.position.runCleared;
  const start = rec.startDate ?? before.plan.startDate ?? checkIn.date;
  const place = placeOn(before.plan, protocol, checkIn.date, cleared, initialRunMinutes(req));
  const position: PlanPosition = place?.position ?? { ...state.position, runCleared: cleared };
  const past = (await repo.listCheckins(rec.id)).filter((c) => c.date !== checkIn.date).map((c) => parseCheckIn(c.data));
  const history: CheckIn[] = [...past, checkIn].sort((a, b) => a.date.localeCompare(b.date));
  const stepDates = kept.filter((a) => a.date < checkIn.date);
  const lastStep = stepDates.filter((a) => a.decision.decision === 'progress' || a.decision.decision === 'regress').at(-1)?.date ?? start;
  const lastProgress = stepDates.filter((a) => a.decision.decision === 'progress').at(-1)?.date ?? start;
  const d = decideCheckIn(history, {
    family: protocol.family, phases: protocol.phases, position,
    daysSinceStep: Math.max(0, daysBetween(lastStep, checkIn.date)), daysSinceProgress: Math.max(0, daysBetween(lastProgress, checkIn.date)),
    readiness: protocol.returnToRun.readiness, requiresClinicianClearance: protocol.returnToRun.requiresClinicianClearance,
    redFlagFindings: new Set(deps.kb.findings.filter((f) => f.redFlag).map((f) => f.id)),
  });
  const adaptations = [...kept, { date: checkIn.date, decision: d, clearedBefore: cleared }].sort((a, b) => a.date.localeCompare(b.date));
  const after = adaptPlan(deps.kb, req, before.plan, d, checkIn.date);
  const tomorrow = placeOn(after, protocol, addDays(checkIn.date, 1), d.next.runCleared, initialRunMinutes(req));
  const stepped = d.decision === 'progress' || d.decision === 'regress';
  await repo.putCheckin({ planId: rec.id, date: checkIn.date, data: checkIn, decision: d.decision, rule: d.rule, reason: d.reason });
  await repo.updateState(rec.id, {
    position: { ...(tomorrow?.position ?? d.next), runCleared: d.next.runCleared, adaptations },
    phaseStart: tomorrow?.phaseStart ?? rec.phaseStart,
    lastStep: stepped ? checkIn.date : lastStep,
    lastProgress: d.decision === 'progress' ? checkIn.date : lastProgress,
    pausedUntil: d.pauseRunningDays > 0 ? addDays(checkIn.date, d.pauseRunningDays) : replaced ? null : rec.pausedUntil,
    status: adaptations.some((a) => a.decision.decision === 'see-clinician') ? 'see-clinician' : 'active',
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
