/**
 * The plan pages: list, new-plan form (POST → redirect), today's session, week, whole plan, handout, calendar
 * download and the evening check-in (POST → redirect). Every page works without JavaScript; data comes from the
 * plans service, acting as the request's actor.
 * @module
 */
import type { Context, Hono } from 'hono';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { Condition } from '../../core/kb/schema.ts';
import { daysBetween } from '../../core/planner/dates.ts';
import { gatePlan } from '../../core/planner/gate.ts';
import type { AppEnv } from '../../server/env.ts';
import { clearPlan, createPlan, getPlan, listCheckins, listPlans, planCalendar, recordCheckin, type PlanServiceDeps } from '../../services/plans.ts';
import type { Html } from '../layout.ts';
import { checkinPage, type CheckinFormInput, type DecisionKind } from './plan-checkin.ts';
import { parseCheckinForm } from './plan-checkin-form.ts';
import { clearancePage, parseClearanceForm, type ClearanceFormInput } from './plan-clearance.ts';
import { planListPage } from './plan-list.ts';
import { blankValues, parseNewPlanForm } from './plan-new-form.ts';
import { newPlanPage, seeClinicianFirstPage } from './plan-new.ts';
import { conditionName, planNotFoundPage, planSignInPage } from './plan-parts.ts';
import { dayFor, planHandoutPage, planOverviewPage, planTodayPage, planWeekPage, sessionsOn } from './plan.ts';

export interface PlanPageDeps extends PlanServiceDeps {
  readonly today: () => string;
  /** ISO timestamp for the calendar's DTSTAMP; defaults to now. */
  readonly now?: () => string;
}

type Ctx = Context<AppEnv>;
/** Check-in measures beyond the everyday pain scores, asked only when the plan is waiting on them. */
const TEST_MEASURES = new Set(['pain-walking', 'pain-hop', 'heel-raise-count']);

/** Can a plan be made for this id as it stands (no red flag, not urgent, not medical-first)? */
function planable(kb: KnowledgeBase, id: string): boolean {
  try {
    return gatePlan(kb, { conditionId: id, runningAdvice: 'modify', redFlags: [], findings: {} }).ok;
  } catch {
    return false;
  }
}

function planableConditions(kb: KnowledgeBase): Condition[] {
  return kb.conditions.filter((c) => planable(kb, c.id)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Render, mapping "no such plan" and "no account" to their own pages (HTML, not the API's JSON errors). */
async function guarded(c: Ctx, body: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = c.get('actor');
  if (!actor) return c.html(planSignInPage(), 401);
  try {
    return await body(actor);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return c.html(planNotFoundPage(), 404);
    throw err;
  }
}

const asDecision = (d: string): DecisionKind => (d === 'progress' || d === 'regress' || d === 'see-clinician' ? d : 'hold');

export function registerPlanPages(app: Hono<AppEnv>, deps: PlanPageDeps): void {
  const svc: PlanServiceDeps = { database: deps.database, kb: deps.kb };
  const conditions = planableConditions(deps.kb);
  const warningSigns = deps.kb.findings.filter((f) => f.redFlag).map((f) => ({ id: f.id, label: f.label }));
  const warningIds = new Set(warningSigns.map((w) => w.id));

  /** The parts of the check-in form that depend on where the runner is in the plan. */
  async function checkinContext(actor: Actor, planId: string) {
    const p = await getPlan(actor, svc, planId);
    const plan = p.result.status === 'plan' ? p.result.plan : null;
    const protocol = plan ? deps.kb.protocolById.get(plan.protocolId) : undefined;
    const rtr = protocol?.returnToRun;
    const notCleared = !p.position.runCleared && rtr !== undefined;
    // Ask for the tests the plan is waiting on: this phase's exit and, before running restarts, the readiness tests.
    const criteria = [...(protocol?.phases[p.position.phaseIndex]?.exit ?? []), ...(notCleared && !rtr.requiresClinicianClearance ? rtr.readiness : [])];
    const tests = new Map<string, string>();
    for (const c of criteria) {
      const m = c.check?.measure;
      if (m && TEST_MEASURES.has(m)) tests.set(m, tests.has(m) ? `${tests.get(m) ?? ''}; ${c.text}` : c.text);
    }
    const form: Omit<CheckinFormInput, 'planId' | 'date' | 'sessionsPlanned'> = {
      tests: [...tests].map(([measure, text]) => ({ measure, text })),
      askClearance: notCleared && rtr.requiresClinicianClearance,
      warningSigns,
    };
    // Waiting for a clinician: the clearance form, restarting from the phase the plan stopped in or an earlier one.
    const w = p.awaiting;
    const clearance: ClearanceFormInput | undefined = w && protocol ? {
      planId, today: deps.today(), since: w.since, reason: w.reason, redFlag: w.rule === 'red-flag',
      phases: protocol.phases.slice(0, w.position.phaseIndex + 1).map((ph) => ({ id: ph.id, name: ph.name })),
    } : undefined;
    return { p, plan, form, clearance };
  }

  /** The latest check-in if it stepped back within the last two days. */
  async function recentStepBack(actor: Actor, planId: string, today: string) {
    const last = (await listCheckins(actor, svc, planId)).filter((x) => x.date <= today).at(-1);
    return last && last.decision === 'regress' && daysBetween(last.date, today) <= 2 ? { date: last.date } : undefined;
  }

  async function decisionOn(actor: Actor, planId: string, date: string) {
    const found = (await listCheckins(actor, svc, planId)).find((x) => x.date === date);
    return found ? { decision: asDecision(found.decision), reason: found.reason, date: found.date } : undefined;
  }

  const renderNew = (c: Ctx, page: Html, status: 200 | 400 = 200) => c.html(page, status);

  app.get('/plan', (c) => guarded(c, async (actor) => {
    const plans = await listPlans(actor, svc);
    return c.html(planListPage(plans.map((p) => ({ id: p.id, name: conditionName(deps.kb, p.conditionId), status: p.status, startDate: p.startDate }))));
  }));

  app.get('/plan/new', (c) => guarded(c, async (actor) => {
    const wanted = c.req.query('condition') ?? '';
    const advice = c.req.query('advice') ?? '';
    const known = deps.kb.conditionById.get(wanted);
    const blocked = known && !planable(deps.kb, wanted) ? { name: known.name, message: gatedMessage(deps.kb, wanted) } : undefined;
    const values = blankValues(deps.today(), blocked ? '' : wanted, ['stop', 'modify', 'continue'].includes(advice) ? advice : '', c.req.query('findings') ?? '');
    return renderNew(c, newPlanPage({ kb: deps.kb, conditions, values, errors: [], units: actor.units, ...(blocked ? { blocked } : {}) }));
  }));

  app.post('/plan/new', (c) => guarded(c, async (actor) => {
    const form = await c.req.parseBody({ all: true });
    const parsed = parseNewPlanForm(form, actor.units, deps.today(), (id) => planable(deps.kb, id));
    if (!parsed.ok) return renderNew(c, newPlanPage({ kb: deps.kb, conditions, values: parsed.values, errors: parsed.errors, units: actor.units }), 400);
    try {
      const { id, result } = await createPlan(actor, svc, parsed.body, deps.today());
      if (id) return c.redirect(`/plan/${id}`, 303);
      return c.html(seeClinicianFirstPage(conditionName(deps.kb, parsed.body.conditionId), result.status === 'see-clinician' ? result.message : ''));
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'bad_input') throw err;
      return renderNew(c, newPlanPage({ kb: deps.kb, conditions, values: parsed.values, errors: [{ field: 'condition', message: err.message }], units: actor.units }), 400);
    }
  }));

  app.get('/plan/:id', (c) => guarded(c, async (actor) => {
    const id = c.req.param('id');
    const { p, plan, form, clearance } = await checkinContext(actor, id);
    if (!plan) return c.html(seeClinicianFirstPage('Your plan', p.result.status === 'see-clinician' ? p.result.message : ''));
    const today = deps.today();
    const decision = await decisionOn(actor, id, today);
    const steppedBack = await recentStepBack(actor, id, today);
    return c.html(planTodayPage({
      kb: deps.kb, planId: id, plan, today, units: actor.units, status: p.status, pausedUntil: p.pausedUntil, checkin: form,
      ...(decision ? { decision } : {}), ...(clearance ? { clearance } : {}), ...(steppedBack ? { steppedBack } : {}),
    }));
  }));

  app.get('/plan/:id/clearance', (c) => guarded(c, async (actor) => {
    const id = c.req.param('id');
    const { clearance } = await checkinContext(actor, id);
    return clearance ? c.html(clearancePage(clearance)) : c.redirect(`/plan/${id}`, 303);
  }));

  app.post('/plan/:id/clearance', (c) => guarded(c, async (actor) => {
    const id = c.req.param('id');
    const { clearance } = await checkinContext(actor, id);
    if (!clearance) return c.redirect(`/plan/${id}`, 303);
    const parsed = parseClearanceForm(await c.req.parseBody(), deps.today(), clearance.since, clearance.phases.map((ph) => ph.id));
    if (!parsed.ok) return c.html(clearancePage({ ...clearance, values: parsed.values, errors: parsed.errors }), 400);
    try {
      await clearPlan(actor, svc, id, parsed.body, deps.today());
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== 'bad_input' && err.code !== 'conflict')) throw err;
      return c.html(clearancePage({ ...clearance, values: { ...parsed.body, runCleared: parsed.body.runCleared ? 'yes' : '', note: parsed.body.note ?? '', restartPhase: parsed.body.restartPhase ?? '' }, errors: [{ field: 'cl-date', message: err.message }] }), 400);
    }
    return c.redirect(`/plan/${id}#adjust-h`, 303);
  }));

  app.get('/plan/:id/week', (c) => guarded(c, async (actor) => {
    const p = await getPlan(actor, svc, c.req.param('id'));
    if (p.result.status !== 'plan') return c.redirect(`/plan/${p.id}`, 303);
    const asked = Number(c.req.query('week'));
    const week = Number.isInteger(asked) && asked >= 1 && asked <= p.result.plan.weeks ? asked : undefined;
    return c.html(planWeekPage(p.id, p.result.plan, deps.today(), actor.units, week));
  }));

  app.get('/plan/:id/all', (c) => guarded(c, async (actor) => {
    const p = await getPlan(actor, svc, c.req.param('id'));
    if (p.result.status !== 'plan') return c.redirect(`/plan/${p.id}`, 303);
    return c.html(planOverviewPage(p.id, p.result.plan));
  }));

  app.get('/plan/:id/handout', (c) => guarded(c, async (actor) => {
    const p = await getPlan(actor, svc, c.req.param('id'));
    if (p.result.status !== 'plan') return c.redirect(`/plan/${p.id}`, 303);
    return c.html(planHandoutPage(deps.kb, p.id, p.result.plan));
  }));

  app.get('/plan/:id/calendar.ics', (c) => guarded(c, async (actor) => {
    const ics = await planCalendar(actor, svc, c.req.param('id'), (deps.now ?? (() => new Date().toISOString()))());
    return c.body(ics, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="footing-plan.ics"' });
  }));

  app.get('/plan/:id/checkin', (c) => guarded(c, async (actor) => {
    const id = c.req.param('id');
    const { plan, form, clearance } = await checkinContext(actor, id);
    const today = deps.today();
    const saved = c.req.query('saved');
    const decision = saved ? await decisionOn(actor, id, saved) : undefined;
    const day = plan ? dayFor(plan, today).day : null;
    return c.html(checkinPage({ ...form, planId: id, date: today, sessionsPlanned: sessionsOn(day), awaitingClinician: clearance !== undefined, ...(decision ? { decision } : {}) }));
  }));

  app.post('/plan/:id/checkin', (c) => guarded(c, async (actor) => {
    const id = c.req.param('id');
    const { plan, form } = await checkinContext(actor, id);
    const today = deps.today();
    const parsed = parseCheckinForm(await c.req.parseBody({ all: true }), today, warningIds);
    if (!parsed.ok) {
      const day = plan ? dayFor(plan, today).day : null;
      return c.html(checkinPage({ ...form, planId: id, date: today, sessionsPlanned: sessionsOn(day), values: parsed.values, errors: parsed.errors }), 400);
    }
    await recordCheckin(actor, svc, id, parsed.body);
    return c.redirect(`/plan/${id}/checkin?saved=${parsed.body.date}#decision`, 303);
  }));
}

function gatedMessage(kb: KnowledgeBase, id: string): string {
  try {
    const g = gatePlan(kb, { conditionId: id, runningAdvice: 'modify', redFlags: [], findings: {} });
    return g.ok ? '' : g.message;
  } catch {
    return '';
  }
}
