/**
 * `footing checkin`: record the evening check-in and print the decision (progress | hold | regress |
 * see-clinician) and why; or, once the plan waits for a clinician, record that one has seen and cleared you.
 *   footing checkin --morning N [--during N] [--after N] [--stiffness N] [--done N --planned N] [--walking N]
 *                   [--hop N] [--heel-raises N] [--new finding,…] [--date YYYY-MM-DD] [--json]
 *   footing checkin --cleared [--phase ID] [--cleared-to-run] [--note TEXT] [--date YYYY-MM-DD] [--json]
 *     with  [--plan ID] [--user EMAIL] [--data DIR]   (database: the owner's or EMAIL's current plan)
 *     or    --state plan.json                         (file: a plan saved with `footing plan --save`)
 * Both modes go through the same journal functions (core/planner/journal.ts), so the plan adapts the same way.
 * `--cleared` with tonight's scores records the clearance first, then the check-in; on a plan that is not waiting
 * for a clinician it keeps its older meaning (a clinician has cleared you to start running).
 * @module
 */
import { writeFile } from 'node:fs/promises';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { AppError, describeError } from '../../core/errors.ts';
import { isIsoDate } from '../../core/planner/dates.ts';
import { awaitingClinician, journalState, recordCheckIn, recordClearance, type PlanJournal } from '../../core/planner/journal.ts';
import { parseClearance, readStateFile, stateFile } from '../../core/planner/journal-schema.ts';
import { parseCheckIn } from '../../core/planner/profile.ts';
import type { Adaptation, PlanPosition } from '../../core/planner/types.ts';
import { clearPlan, currentPlanId, getPlan, recordCheckin } from '../../services/plans.ts';
import type { CliCommand } from '../command.ts';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { withDatabase } from '../database.ts';
import { readJsonFile, type PlanIo } from './plan.ts';

export type CheckinIo = PlanIo;
export interface CheckinDeps {
  readonly kb: () => Promise<KnowledgeBase>;
  /** Today's date (YYYY-MM-DD) when --date is not given. */
  readonly today: () => string;
  /** Settings for the database mode (DATA_DIR, DATABASE_URL, OWNER_EMAIL); none by default. */
  readonly env?: Record<string, string | undefined>;
}

const NUMERIC: Record<string, string> = {
  '--morning': 'painMorning', '--during': 'painDuring', '--after': 'painAfter', '--stiffness': 'stiffnessMorning',
  '--done': 'sessionsDone', '--planned': 'sessionsPlanned', '--walking': 'painWalking', '--hop': 'painHop', '--heel-raises': 'heelRaiseCount',
};
const USAGE = 'usage: footing checkin (--morning N [--during N] [--after N] [--stiffness N] [--done N --planned N] [--walking N] [--hop N] [--heel-raises N] [--new finding,…] | --cleared [--phase ID] [--cleared-to-run] [--note TEXT]) [--date YYYY-MM-DD] [--json] [--plan ID] [--user EMAIL] [--data DIR | --state plan.json]';

interface CheckinArgs {
  /** File mode: the plan state file. Otherwise the check-in goes to the database. */
  readonly state: string | undefined;
  readonly plan: string | undefined;
  readonly user: string | undefined;
  readonly data: string | undefined;
  /** Tonight's answers, when any were given (`--morning` is the one that must be). */
  readonly checkIn: Record<string, unknown> | null;
  /** `--cleared`: a clinician has seen and cleared the runner. The body as the plans service takes it. */
  readonly clearance: Record<string, unknown> | null;
  readonly date: string;
  readonly json: boolean;
}

function parseArgs(args: readonly string[], today: string): CheckinArgs | string {
  const raw: Record<string, unknown> = { sessionsDone: 1, sessionsPlanned: 1 };
  const opts: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (['--json', '--cleared', '--cleared-to-run'].includes(a)) { flags.add(a); continue; }
    const v = args[i + 1];
    if (v === undefined) return `${a} needs a value`;
    i += 1;
    const key = NUMERIC[a];
    if (key) {
      if (!/^\d+(\.\d+)?$/.test(v)) return `${a} must be a number`;
      raw[key] = Number(v);
    } else if (a === '--new') raw.newFindings = v.split(',').map((s) => s.trim()).filter(Boolean);
    else if (['--state', '--plan', '--user', '--data', '--date', '--note', '--phase'].includes(a)) opts[a] = v;
    else return `unknown option ${a}`;
  }
  const date = opts['--date'] ?? today;
  if (!isIsoDate(date)) return '--date must be a date like 2026-03-01';
  if (opts['--state'] !== undefined && (opts['--plan'] ?? opts['--user'] ?? opts['--data']) !== undefined) return '--state (a file) cannot be combined with --plan, --user or --data (the database)';
  const cleared = flags.has('--cleared');
  if (!cleared && (flags.has('--cleared-to-run') || opts['--note'] !== undefined || opts['--phase'] !== undefined)) return '--phase, --cleared-to-run and --note go with --cleared';
  const scored = raw.painMorning !== undefined;
  if (!scored && !cleared) return '--morning (pain on getting up this morning, 0–10) is required';
  if (!scored && Object.keys(raw).length > 2) return '--morning (pain on getting up this morning, 0–10) is required with tonight\'s other answers';
  const clearance = cleared ? { date, ...(opts['--phase'] ? { restartPhase: opts['--phase'] } : {}), ...(flags.has('--cleared-to-run') ? { runCleared: true } : {}), ...(opts['--note'] ? { note: opts['--note'] } : {}) } : null;
  return { state: opts['--state'], plan: opts['--plan'], user: opts['--user'], data: opts['--data'], checkIn: scored ? { ...raw, date } : null, clearance, date, json: flags.has('--json') };
}

/** What one mode needs to do: whether the plan waits for a clinician, record a clearance, record a check-in. */
interface Recorder {
  readonly awaiting: boolean;
  readonly clear: (body: Record<string, unknown>) => Promise<Adaptation>;
  readonly checkIn: (body: Record<string, unknown>) => Promise<Adaptation>;
}

/**
 * The entries to record, in order: the clearance (when the plan waits for a clinician), then tonight's check-in.
 * On a plan that is not waiting, `--cleared` is the check-in's "a clinician has cleared me to run".
 */
async function record(parsed: CheckinArgs, r: Recorder): Promise<Adaptation[]> {
  const out: Adaptation[] = [];
  if (parsed.clearance && r.awaiting) out.push(await r.clear(parsed.clearance));
  else if (parsed.clearance && !parsed.checkIn) {
    throw new AppError('conflict', 'this plan is not waiting for a clinician, so there is nothing to clear; to say a clinician has cleared you to run, add tonight\'s scores (--morning N …)');
  }
  if (parsed.checkIn) out.push(await r.checkIn({ ...parsed.checkIn, ...(parsed.clearance && !r.awaiting ? { clinicianCleared: true } : {}) }));
  return out;
}

function print(io: CheckinIo, parsed: CheckinArgs, done: readonly Adaptation[], after: { phase: { id: string; name: string } | undefined; position: PlanPosition; pausedUntil: string | null; status: string; planId?: string }): void {
  const last = done.at(-1);
  if (!last) return;
  if (parsed.json) {
    const cleared = done.length > 1 ? { cleared: { decision: done[0]?.decision, rule: done[0]?.rule, reason: done[0]?.reason } } : {};
    io.stdout(`${JSON.stringify({ ...(after.planId ? { planId: after.planId } : {}), decision: last.decision, rule: last.rule, reason: last.reason, ...cleared, status: after.status, phase: after.phase?.id ?? null, position: after.position, pausedUntil: after.pausedUntil })}\n`);
    return;
  }
  io.stdout(`${done.map((d) => `${d.decision}: ${d.reason}\n`).join('')}${after.phase ? `Now in: ${after.phase.name}.\n` : ''}`);
}

/**
 * Run `footing checkin` and return the exit code.
 * @example await runCheckin(['--state', 'plan.json', '--morning', '2', '--during', '3'], io, deps)
 */
export async function runCheckin(args: readonly string[], io: CheckinIo, deps: CheckinDeps): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\nRecord tonight's check-in (pain 0–10) and see whether the plan moves on, holds or steps back.\nOnce the plan says to see a clinician: --cleared records that one has seen and cleared you (--phase ID restarts from an earlier phase; --cleared-to-run if they cleared running too).\n`);
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

/** File mode: read the journal from the state file, record, write it back. */
async function fileCheckin(file: string, parsed: CheckinArgs, io: CheckinIo, deps: CheckinDeps): Promise<number> {
  const json = await readJsonFile(file);
  const kb = await deps.kb();
  const today = deps.today();
  let journal: PlanJournal = readStateFile(kb, json, today);
  const done = await record(parsed, {
    awaiting: awaitingClinician(journal.log) !== null,
    clear: async (body) => {
      const r = recordClearance(kb, journal, parseClearance(body, today));
      journal = r.journal;
      return r.decision;
    },
    checkIn: async (body) => {
      const r = recordCheckIn(kb, journal, parseCheckIn(body));
      journal = r.journal;
      return r.decision;
    },
  });
  await writeFile(file, `${JSON.stringify(stateFile(kb, journal, parsed.date), null, 2)}\n`);
  const s = journalState(kb, journal, parsed.date);
  print(io, parsed, done, { phase: kb.protocolById.get(journal.plan.protocolId)?.phases[s.position.phaseIndex], position: s.position, pausedUntil: s.pausedUntil, status: s.status });
  return 0;
}

/** Database mode: record on the runner's plan through the plans service. */
async function databaseCheckin(parsed: CheckinArgs, io: CheckinIo, deps: CheckinDeps): Promise<number> {
  const kb = await deps.kb();
  return withDatabase({ env: deps.env ?? {}, data: parsed.data, user: parsed.user }, async (database, actor) => {
    const svc = { database, kb };
    const planId = parsed.plan ?? (await currentPlanId(actor, svc));
    const before = await getPlan(actor, svc, planId);
    const done = await record(parsed, {
      awaiting: before.awaiting !== null,
      clear: (body) => clearPlan(actor, svc, planId, body, deps.today()),
      checkIn: (body) => recordCheckin(actor, svc, planId, body),
    });
    const now = await getPlan(actor, svc, planId);
    const protocol = now.result.status === 'plan' ? kb.protocolById.get(now.result.plan.protocolId) : undefined;
    print(io, parsed, done, { planId, phase: protocol?.phases[now.position.phaseIndex], position: now.position, pausedUntil: now.pausedUntil, status: now.status });
    return 0;
  });
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The `footing checkin` command. */
export const checkinCommand: CliCommand = {
  name: 'checkin',
  summary: 'record tonight\'s plan check-in (pain 0–10) and print progress, hold, regress or see-clinician; --cleared once a clinician has seen you',
  usage: USAGE,
  run: (args, io) => runCheckin(args, io, { kb: () => readKnowledgeBase(), today, env: io.env }),
};
