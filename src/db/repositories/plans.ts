/**
 * Rehab plans and daily check-ins. A plan row stores the request it was generated from and the runner's position;
 * the days themselves are regenerated from those (the planner is deterministic), so nothing goes stale.
 * @module
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../schema.ts';
import type { PlanCheckinsTable, PlansTable } from '../tables/plans.ts';
import { newId } from '../ids.ts';
import { fromJson, nowIso, toJson } from '../rows.ts';

/** A stored plan with its JSON columns parsed (types checked by the service that wrote them). */
export interface PlanRecord<Req = unknown, Pos = unknown> {
  readonly id: string;
  readonly userId: string;
  readonly protocolId: string;
  readonly conditionId: string;
  readonly request: Req;
  readonly position: Pos;
  readonly status: PlansTable['status'];
  readonly startDate: string | null;
  readonly phaseStart: string;
  readonly lastStep: string;
  readonly lastProgress: string;
  readonly pausedUntil: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CheckinRecord<Data = unknown> {
  readonly id: string;
  readonly planId: string;
  readonly date: string;
  readonly data: Data;
  readonly decision: PlanCheckinsTable['decision'];
  readonly rule: string;
  readonly reason: string;
  readonly createdAt: string;
}

export interface NewPlan {
  userId: string;
  protocolId: string;
  conditionId: string;
  request: unknown;
  position: unknown;
  startDate: string | null;
  today: string;
}

export interface PlanStateUpdate {
  position: unknown;
  status?: PlansTable['status'];
  phaseStart: string;
  lastStep: string;
  lastProgress: string;
  pausedUntil: string | null;
}

const toPlan = (r: Selectable<PlansTable>): PlanRecord => ({
  id: r.id, userId: r.user_id, protocolId: r.protocol_id, conditionId: r.condition_id,
  request: fromJson<unknown>(r.request), position: fromJson<unknown>(r.position), status: r.status, startDate: r.start_date,
  phaseStart: r.phase_start, lastStep: r.last_step, lastProgress: r.last_progress, pausedUntil: r.paused_until,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

const toCheckin = (r: Selectable<PlanCheckinsTable>): CheckinRecord => ({
  id: r.id, planId: r.plan_id, date: r.date, data: fromJson<unknown>(r.data), decision: r.decision, rule: r.rule, reason: r.reason, createdAt: r.created_at,
});

/** Plans repository. */
export function plansRepository(db: Kysely<DB>) {
  return {
    async create(p: NewPlan): Promise<PlanRecord> {
      const now = nowIso();
      const row = {
        id: newId(), user_id: p.userId, protocol_id: p.protocolId, condition_id: p.conditionId,
        request: toJson(p.request), position: toJson(p.position), status: 'active' as const, start_date: p.startDate,
        phase_start: p.today, last_step: p.today, last_progress: p.today, paused_until: null, created_at: now, updated_at: now,
      };
      await db.insertInto('plans').values(row).execute();
      return toPlan(row);
    },

    async findById(id: string): Promise<PlanRecord | undefined> {
      const r = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toPlan(r) : undefined;
    },

    /** A user's plans, newest first. */
    async listByUser(userId: string): Promise<PlanRecord[]> {
      const rows = await db.selectFrom('plans').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toPlan);
    },

    async updateState(id: string, s: PlanStateUpdate): Promise<void> {
      await db.updateTable('plans').set({
        position: toJson(s.position), phase_start: s.phaseStart, last_step: s.lastStep, last_progress: s.lastProgress,
        paused_until: s.pausedUntil, updated_at: nowIso(), ...(s.status ? { status: s.status } : {}),
      }).where('id', '=', id).execute();
    },

    /** Record a check-in; a second one on the same day replaces the first. */
    async putCheckin(c: Omit<CheckinRecord, 'id' | 'createdAt'>): Promise<CheckinRecord> {
      const row = { id: newId(), plan_id: c.planId, date: c.date, data: toJson(c.data), decision: c.decision, rule: c.rule, reason: c.reason, created_at: nowIso() };
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom('plan_checkins').where('plan_id', '=', c.planId).where('date', '=', c.date).execute();
        await tx.insertInto('plan_checkins').values(row).execute();
      });
      return toCheckin(row);
    },

    /** Check-ins oldest first. */
    async listCheckins(planId: string): Promise<CheckinRecord[]> {
      const rows = await db.selectFrom('plan_checkins').selectAll().where('plan_id', '=', planId).orderBy('date', 'asc').execute();
      return rows.map(toCheckin);
    },
  };
}
