/**
 * Plan routes (an account is needed: plans are stored):
 *   POST /api/v1/plans                    {conditionId | assessment, profile?, weeks?, startDate?} → 201 {id, plan} or 200 {status:"see-clinician",…}
 *   GET  /api/v1/plans                    the acting runner's plans
 *   GET  /api/v1/plans/:id                the plan as it stands (regenerated from the current position)
 *   POST /api/v1/plans/:id/checkins       today's check-in → {decision, rule, reason}
 *   POST /api/v1/plans/:id/clearance      a clinician has seen and cleared the runner {date?, restartPhase?, runCleared?, note?}
 *                                         → 201 {decision:"resume", rule, reason, changes, position}; 409 when not waiting for one
 *   GET  /api/v1/plans/:id/checkins       check-ins with their decisions
 *   GET  /api/v1/plans/:id/calendar.ics   iCalendar export
 * @module
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Database } from '../../db/database.ts';
import { clearPlan, createPlan, getPlan, listCheckins, listPlans, planCalendar, recordCheckin } from '../../services/plans.ts';
import { jsonBody } from '../json-body.ts';
import { policy } from '../middleware/policy.ts';
import { presentCheckin, presentClearance, presentDecision, presentPlan, presentPlanCreated, presentPlanSummary } from '../presenters/plan.ts';

export interface PlanRouteDeps {
  readonly database: Database;
  readonly kb: KnowledgeBase;
  readonly today: () => string;
  /** ISO timestamp for calendar DTSTAMP; defaults to now. */
  readonly now?: () => string;
}

/**
 * Register the plan routes.
 * @example registerPlanRoutes(app, { database, kb, today })
 */
export function registerPlanRoutes(app: Hono<AppEnv>, deps: PlanRouteDeps): void {
  const svc = { database: deps.database, kb: deps.kb };
  app.post('/api/v1/plans', policy('create', 'plan'), async (c) => {
    const created = presentPlanCreated(await createPlan(c.get('actor'), svc, await jsonBody(c.req.raw), deps.today()));
    return c.json(created, created.status === 'plan' ? 201 : 200);
  });
  app.get('/api/v1/plans', policy('read', 'plan'), async (c) => c.json({ plans: (await listPlans(c.get('actor'), svc)).map(presentPlanSummary) }));
  app.get('/api/v1/plans/:id', policy('read', 'plan'), async (c) => c.json(presentPlan(await getPlan(c.get('actor'), svc, c.req.param('id')))));
  app.post('/api/v1/plans/:id/checkins', policy('update', 'plan'), async (c) => {
    const body = await jsonBody(c.req.raw);
    const withDate = typeof body === 'object' && body !== null && !('date' in body) ? { ...body, date: deps.today() } : body;
    return c.json(presentDecision(await recordCheckin(c.get('actor'), svc, c.req.param('id'), withDate)), 201);
  });
  app.post('/api/v1/plans/:id/clearance', policy('update', 'plan'), async (c) => {
    const id = c.req.param('id');
    const d = await clearPlan(c.get('actor'), svc, id, await jsonBody(c.req.raw), deps.today());
    return c.json(presentClearance(d, presentPlan(await getPlan(c.get('actor'), svc, id))), 201);
  });
  app.get('/api/v1/plans/:id/checkins', policy('read', 'plan'), async (c) => c.json({ checkins: (await listCheckins(c.get('actor'), svc, c.req.param('id'))).map(presentCheckin) }));
  app.get('/api/v1/plans/:id/calendar.ics', policy('read', 'plan'), async (c) => {
    const ics = await planCalendar(c.get('actor'), svc, c.req.param('id'), (deps.now ?? (() => new Date().toISOString()))());
    return c.body(ics, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="footing-plan.ics"' });
  });
}

const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
/** Every plan route needs an account; someone else's plan is a 404, exactly like a missing one. */
const unauthorised = { description: 'Not signed in' };
const missing = { description: 'No such plan' };

/** OpenAPI description of the plan routes (for src/server/openapi.ts). */
export const plansOpenApi = {
  '/api/v1/plans': {
    post: { summary: 'Create a rehab and return-to-run plan from a condition id or a triage result', responses: { 201: { description: 'The plan' }, 200: { description: 'See a clinician first: no plan' }, 400: { description: 'Bad input' }, 401: unauthorised } },
    get: { summary: 'List your plans', responses: { 200: { description: 'Plans' }, 401: unauthorised } },
  },
  '/api/v1/plans/{id}': { get: { summary: 'The plan as it stands', parameters: id, responses: { 200: { description: 'The plan' }, 401: unauthorised, 404: missing } } },
  '/api/v1/plans/{id}/checkins': {
    post: { summary: 'Record a daily check-in; returns progress, hold, regress or see-clinician with the reason', parameters: id, responses: { 201: { description: 'The decision' }, 400: { description: 'Bad input' }, 401: unauthorised, 404: missing } },
    get: { summary: 'Check-ins and their decisions', parameters: id, responses: { 200: { description: 'Check-ins' }, 401: unauthorised, 404: missing } },
  },
  '/api/v1/plans/{id}/clearance': {
    post: {
      summary: 'Record that a clinician has seen and cleared you: a plan waiting for a clinician restarts from a safe point (body: date?, restartPhase? (a phase id, the current one or earlier), runCleared?, note?)',
      parameters: id,
      responses: { 201: { description: 'The plan resumes: decision "resume" with the reason and what changed' }, 400: { description: 'Bad input' }, 401: unauthorised, 404: missing, 409: { description: 'The plan is not waiting for a clinician' } },
    },
  },
  '/api/v1/plans/{id}/calendar.ics': { get: { summary: 'iCalendar export of the plan', parameters: id, responses: { 200: { description: 'text/calendar' }, 401: unauthorised, 404: missing } } },
};
