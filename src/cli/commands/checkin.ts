/**
 * `footing checkin`: record the evening check-in and print the decision (progress | hold | regress |
 * see-clinician) and why.
 *   footing checkin --morning N [--during N] [--after N] [--stiffness N] [--done N --planned N] [--walking N]
 *                   [--hop N] [--heel-raises N] [--new finding,…] [--cleared] [--date YYYY-MM-DD] [--json]
 *                   [--plan ID] [--user EMAIL] [--data DIR]      (database: the owner's or EMAIL's current plan)
 *                   | --state plan.json                           (file: a plan saved with `footing plan --save`)
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { AppError, describeError } from '../../core/errors.ts';
import { decideCheckIn, type CheckIn, type Decision } from '../../core/planner/checkin.ts';
import { addDays, daysBetween, isIsoDate } from '../../core/planner/dates.ts';
import { parseCheckIn } from '../../core/planner/profile.ts';
import type { Plan, PlanPosition, PlanRequest } from '../../core/planner/types.ts';
import { currentPlanId, getPlan, recordCheckin } from '../../services/plans.ts';
import type { CliCommand } from '../command.ts';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { withDatabase } from '../database.ts';

export interface CheckinIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
export interface CheckinDeps {
  readonly kb: () => Promise<KnowledgeBase>;
  /** Today's date (YYYY-MM-DD) when --date is not given. */
  readonly today: () => string;
  /** Settings for the database mode (DATA_DIR, DATABASE_URL, OWNER_EMAIL); none by default. */
  readonly env?: Record<string, string | undefined>;
}

/** The plan state file shared with `footing plan --save`. */
export interface PlanState {
  readonly version: 1;
  /** The request the plan was built from (kept so the plan can be rebuilt; not read by the check-in). */
  readonly request: unknown;
  readonly protocolId: string;
  readonly position: PlanPosition;
  readonly phaseStart: string;
  readonly lastStep: string;
  readonly lastProgress: string;
  readonly pausedUntil?: string;
  readonly history: readonly CheckIn[];
}

/** A fresh state for a new plan, starting on its start date (or `today`). */
export function newPlanState(request: PlanRequest, plan: Plan, today = plan.startDate ?? '1970-01-01'): PlanState {
  // A runner told to stop, or with a bone injury, must pass the readiness tests before running.
  const cleared = plan.family !== 'bone-stress' && request.assessment.runningAdvice !== 'stop';
  return {
    version: 1, request, protocolId: plan.protocolId,
    position: { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0, runCleared: cleared },
    phaseStart: today, lastStep: today, lastProgress: today, history: [],
  };
}

const stateSchema = z.object({
  version: z.literal(1),
  request: z.unknown(),
  protocolId: z.string(),
  position: z.object({ phaseIndex: z.number().int().min(0), runStage: z.number().int().min(0), weekInPhase: z.number().int().min(0), lastWeekRunMinutes: z.number().min(0), runCleared: z.boolean() }),
  phaseStart: z.string(), lastStep: z.string(), lastProgress: z.string(), pausedUntil: z.string().optional(),
  history: z.array(z.unknown()),
});

function parseState(value: unknown): PlanState {
  const r = stateSchema.safeParse(value);
  if (!r.success) throw new AppError('bad_input', 'not a plan state file (make one with `footing plan --save FILE`)');
  const d = r.data;
  return {
    version: 1, protocolId: d.protocolId, position: d.position, phaseStart: d.phaseStart, lastStep: d.lastStep,
    lastProgress: d.lastProgress, ...(d.pausedUntil ? { pausedUntil: d.pausedUntil } : {}),
    request: d.request,
    history: d.history.map(parseCheckIn),
  };
}

const NUMERIC: Record<string, keyof CheckIn> = {
  '--morning': 'painMorning', '--during': 'painDuring', '--after': 'painAfter', '--stiffness': 'stiffnessMorning',
  '--done': 'sessionsDone', '--planned': 'sessionsPlanned', '--walking': 'painWalking', '--hop': 'painHop', '--heel-raises': 'heelRaiseCount',
};
const USAGE = 'usage: footing checkin --morning N [--during N] [--after N] [--stiffness N] [--done N --planned N] [--walking N] [--hop N] [--heel-raises N] [--new finding,…] [--cleared] [--date YYYY-MM-DD] [--json] [--plan ID] [--user EMAIL] [--data DIR | --state plan.json]';

interface CheckinArgs {
  /** File mode: the plan state file. Otherwise the check-in goes to the database. */
  readonly state: string | undefined;
  readonly plan: string | undefined;
  readonly user: string | undefined;
  readonly data: string | undefined;
  readonly raw: Record<string, unknown>;
  readonly json: boolean;
}

function parseArgs(args: readonly string[], today: string): CheckinArgs | string {
  const raw: Record<string, unknown> = { date: today, sessionsDone: 1, sessionsPlanned: 1 };
  let state: string | undefined;
  let plan: string | undefined;
  let user: string | undefined;
  let data: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    const v = args[i + 1];
    if (a === '--json') { json = true; continue; }
    if (a === '--cleared') { raw.clinicianCleared = true; continue; }
    if (v === undefined) return `${a} needs a value`;
    i += 1;
    const key = NUMERIC[a];
    if (key) {
      if (!/^\d+(\.\d+)?$/.test(v)) return `${a} must be a number`;
      raw[key] = Number(v);
    } else if (a === '--state') state = v;
    else if (a === '--plan') plan = v;
    else if (a === '--user') user = v;
    else if (a === '--data') data = v;
    else if (a === '--date') { if (!isIsoDate(v)) return '--date must be a date like 2026-03-01'; raw.date = v; }
    else if (a === '--new') raw.newFindings = v.split(',').map((s) => s.trim()).filter(Boolean);
    else return `unknown option ${a}`;
  }
  if (state !== undefined && (plan ?? user ?? data) !== undefined) return '--state (a file) cannot be combined with --plan, --user or --data (the database)';
  if (raw.painMorning === undefined) return '--morning (pain on getting up this morning, 0–10) is required';
  return { state, plan, user, data, raw, json };
}

/** Apply a decision to the saved state. */
export function applyDecision(s: PlanState, checkIn: CheckIn, d: Decision): PlanState {
  const moved = d.next.phaseIndex !== s.position.phaseIndex;
  return {
    ...s,
    position: moved ? { ...d.next, weekInPhase: 0 } : d.next,
    phaseStart: moved ? checkIn.date : s.phaseStart,
    lastStep: d.decision === 'progress' || d.decision === 'regress' ? checkIn.date : s.lastStep,
    lastProgress: d.decision === 'progress' ? checkIn.date : s.lastProgress,
    ...(d.pauseRunningDays > 0 ? { pausedUntil: addDays(checkIn.date, d.pauseRunningDays) } : s.pausedUntil ? { pausedUntil: s.pausedUntil } : {}),
  };
}

/**
 * Run `footing checkin` and return the exit code.
 * @example await runCheckin(['--state', 'plan.json', '--morning', '2', '--during', '3'], io, deps)
 */
export async function runCheckin(args: readonly string[], io: CheckinIo, deps: CheckinDeps): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\nRecord tonight's check-in (pain 0–10) and see whether the plan moves on, holds or steps back.\n`);
    return 0;
  }
  const parsed = parseArgs(args, deps.today());
  if (typeof parsed === 'string') {
    io.stderr(`error: ${parsed} (${USAGE})\n`);
    return 2;
  }
  try {
    const state = parsed.state;
    return state !== undefined ? await fileCheckin(state, parsed, io, deps) : await databaseCheckin(parsed, io, deps);
  } catch (err) {
    io.stderr(`error: ${describeError(err)}\n`);
    return err instanceof AppError && err.isUserError ? 2 : 1;
  }
}

/** File mode: read the state file, decide, write it back. */
async function fileCheckin(file: string, parsed: CheckinArgs, io: CheckinIo, deps: CheckinDeps): Promise<number> {
  let text: string;
  try { text = await readFile(file, 'utf8'); } catch { throw new AppError('bad_input', `cannot read ${file}`); }
  let json: unknown;
  try { json = JSON.parse(text); } catch { throw new AppError('bad_input', `${file}: not valid JSON`); }
  const state = parseState(json);
  const checkIn = parseCheckIn(parsed.raw);
  const kb = await deps.kb();
  const protocol = kb.protocolById.get(state.protocolId);
  if (!protocol?.returnToRun) throw new AppError('bad_input', `unknown protocol "${state.protocolId}" in ${file}`);
  const history = [...state.history.filter((h) => h.date !== checkIn.date), checkIn].sort((a, b) => a.date.localeCompare(b.date));
  const position = { ...state.position, weekInPhase: Math.max(0, Math.floor(daysBetween(state.phaseStart, checkIn.date) / 7)) };
  const decision = decideCheckIn(history, {
    family: protocol.family, phases: protocol.phases, position,
    daysSinceStep: daysBetween(state.lastStep, checkIn.date), daysSinceProgress: daysBetween(state.lastProgress, checkIn.date),
    readiness: protocol.returnToRun.readiness, requiresClinicianClearance: protocol.returnToRun.requiresClinicianClearance,
    redFlagFindings: new Set(kb.findings.filter((f) => f.redFlag).map((f) => f.id)),
  });
  const next = { ...applyDecision({ ...state, position }, checkIn, decision), history };
  await writeFile(file, `${JSON.stringify(next, null, 2)}\n`);
  const phase = protocol.phases[next.position.phaseIndex];
  if (parsed.json) io.stdout(`${JSON.stringify({ decision: decision.decision, rule: decision.rule, reason: decision.reason, phase: phase?.id ?? null, position: next.position, pausedUntil: next.pausedUntil ?? null })}\n`);
  else io.stdout(`${decision.decision}: ${decision.reason}\n${phase ? `Now in: ${phase.name}.\n` : ''}`);
  return 0;
}

/** Database mode: record the check-in on the runner's plan through the plans service. */
async function databaseCheckin(parsed: CheckinArgs, io: CheckinIo, deps: CheckinDeps): Promise<number> {
  const kb = await deps.kb();
  return withDatabase({ env: deps.env ?? {}, data: parsed.data, user: parsed.user }, async (database, actor) => {
    const svc = { database, kb };
    const planId = parsed.plan ?? (await currentPlanId(actor, svc));
    const decision = await recordCheckin(actor, svc, planId, parsed.raw);
    const now = await getPlan(actor, svc, planId);
    const protocol = now.result.status === 'plan' ? kb.protocolById.get(now.result.plan.protocolId) : undefined;
    const phase = protocol?.phases[now.position.phaseIndex];
    if (parsed.json) {
      io.stdout(`${JSON.stringify({ planId, decision: decision.decision, rule: decision.rule, reason: decision.reason, phase: phase?.id ?? null, position: now.position, pausedUntil: now.pausedUntil })}\n`);
    } else io.stdout(`${decision.decision}: ${decision.reason}\n${phase ? `Now in: ${phase.name}.\n` : ''}`);
    return 0;
  });
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The `footing checkin` command. */
export const checkinCommand: CliCommand = {
  name: 'checkin',
  summary: 'record tonight\'s plan check-in (pain 0–10) and print progress, hold, regress or see-clinician',
  usage: USAGE,
  run: (args, io) => runCheckin(args, io, { kb: () => readKnowledgeBase(), today, env: io.env }),
};
