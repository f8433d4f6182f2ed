/** Row types for rehab plans and check-ins. Owned by the planner work. JSON columns are written as strings. */

export interface PlansTable {
  id: string;
  user_id: string;
  protocol_id: string;
  condition_id: string;
  /** The plan request (assessment, profile, weeks, start date) as JSON. */
  request: unknown;
  /** Where the runner is (phase, run stage, clearance) as JSON. */
  position: unknown;
  status: 'active' | 'closed' | 'see-clinician';
  start_date: string | null;
  phase_start: string;
  last_step: string;
  last_progress: string;
  paused_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanCheckinsTable {
  id: string;
  plan_id: string;
  /** YYYY-MM-DD; one check-in per plan per day (a second one replaces the first). */
  date: string;
  /** The check-in answers as JSON. */
  data: unknown;
  decision: 'progress' | 'hold' | 'regress' | 'see-clinician';
  rule: string;
  reason: string;
  created_at: string;
}

export interface PlanTables {
  plans: PlansTable;
  plan_checkins: PlanCheckinsTable;
}
