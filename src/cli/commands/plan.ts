/**
 * `footing plan`: build a rehab and return-to-run plan from a condition (or protocol) id or a saved assessment.
 *   footing plan --condition ID [--weeks N] [--profile profile.json] [--start YYYY-MM-DD] [--json|--ics]
 *   footing plan --assessment result.json [...]
 * `--save FILE` also writes a plan state file for `footing checkin --state FILE`; `--store` saves the plan in the
 * database for the owner (or `--user EMAIL`), where `footing checkin` and the web pages find it.
 * Exit 0 ok (including "see a clinician first"), 2 bad input, 1 failure.
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { AppError, describeError } from '../../core/errors.ts';
import { assessmentFromTriage } from '../../core/planner/assessment.ts';
import { isIsoDate } from '../../core/planner/dates.ts';
import { generatePlan } from '../../core/planner/generate.ts';
import { doseText, planToICalendar } from '../../core/planner/ical.ts';
import { openJournal } from '../../core/planner/journal.ts';
import { stateFile } from '../../core/planner/journal-schema.ts';
import { parseProfile } from '../../core/planner/profile.ts';
import type { Plan, PlanAssessment, PlanRequest, PlanResult } from '../../core/planner/types.ts';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { createPlan } from '../../services/plans.ts';
import type { CliCommand, CliIo } from '../command.ts';
import { withDatabase } from '../database.ts';

/** Where a command writes (the part of CliIo it needs). */
export type PlanIo = Pick<CliIo, 'stdout' | 'stderr'>;
export interface PlanDeps {
  readonly kb: () => Promise<KnowledgeBase>;
  /** For the calendar's DTSTAMP; defaults to now. */
  readonly now?: () => string;
  /** Today's date, the start of a stored plan without --start; defaults to the current UTC date. */
  readonly today?: () => string;
  /** Settings for `--store` (DATA_DIR, DATABASE_URL, OWNER_EMAIL); none by default. */
  readonly env?: Record<string, string | undefined>;
}

const USAGE = 'usage: footing plan (--condition ID | --assessment result.json) [--weeks N] [--profile profile.json] [--start YYYY-MM-DD] [--json | --ics] [--save state.json | --store [--user EMAIL] [--data DIR]]';
const HELP = `${USAGE}
Build a phased rehab and return-to-run plan.
  --condition ID        a condition id (or a protocol id) from the knowledge base
  --assessment FILE     a result saved with \`footing assess --json\`
  --advice A            stop | modify | continue (with --condition; default: the condition's advice)
  --weeks N             plan length, 6–16 (default 12, or up to your race date)
  --profile FILE        JSON: {"weeklyKmBefore", "easyPaceMinPerKm", "goalRace": {"date"}, "equipment": [...], "daysAvailable": [...]}
  --start DATE          first day of the plan (days are numbered without it)
  --json                print the plan as JSON
  --ics                 print the plan as an iCalendar file (needs --start)
  --save FILE           save the plan (starting today without --start) for \`footing checkin --state FILE\`
  --store               save the plan in the database (starts today without --start); check in with \`footing checkin\`
  --user EMAIL          with --store: whose plan (default: the owner)
  --data DIR            with --store: the data folder (default: DATA_DIR or ./data)
`;
const VALUED = ['--condition', '--assessment', '--advice', '--weeks', '--profile', '--start', '--save', '--user', '--data'];
const FLAGS = ['--json', '--ics', '--store'];

const option = (args: readonly string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Read and parse a JSON file; a missing file or bad JSON is `AppError('bad_input')` naming the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AppError('bad_input', `cannot read ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_input', `${file}: not valid JSON`);
  }
}

/** Check the arguments; returns an error message or null. */
function badArgs(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (VALUED.includes(a)) {
      if (args[i + 1] === undefined) return `${a} needs a value`;
      i += 1;
    } else if (!FLAGS.includes(a)) return `unknown option ${a}`;
  }
  const modes = ['--condition', '--assessment'].filter((m) => args.includes(m));
  if (modes.length !== 1) return 'give exactly one of --condition or --assessment';
  const weeks = option(args, '--weeks');
  if (weeks !== undefined && !/^\d+$/.test(weeks)) return '--weeks must be a whole number';
  const start = option(args, '--start');
  if (start !== undefined && !isIsoDate(start)) return '--start must be a date like 2026-03-01';
  const advice = option(args, '--advice');
  if (advice !== undefined && !['stop', 'modify', 'continue'].includes(advice)) return '--advice must be stop, modify or continue';
  if (args.includes('--ics') && start === undefined) return '--ics needs --start';
  if (args.includes('--ics') && args.includes('--json')) return 'give only one of --json or --ics';
  if (!args.includes('--store') && (args.includes('--user') || args.includes('--data'))) return '--user and --data go with --store';
  if (args.includes('--store') && args.includes('--save')) return 'give only one of --save (a file) or --store (the database)';
  return null;
}

/** Human-readable plan: phases, personal notes and the first week. */
export function formatPlan(r: PlanResult): string {
  if (r.status === 'see-clinician') return `See a clinician first.\n${r.message}\n(${r.reason})\n`;
  const p: Plan = r.plan;
  const lines = [`${p.protocolName} — ${p.weeks} weeks`, ''];
  for (const ph of p.phases) lines.push(`Weeks ${ph.startWeek}–${ph.startWeek + ph.weeks - 1}: ${ph.name}. ${ph.goal}`, `  Move on when: ${ph.exit.join('; ')}`);
  if (p.personalisation.length > 0) lines.push('', 'Made for you:', ...p.personalisation.map((s) => `  - ${s}`));
  lines.push('', `Pain rules: ${p.painRules}`);
  if (p.race) lines.push(`Race: ${p.race.message}`);
  if (p.cautions.length > 0) lines.push('', 'Please note:', ...p.cautions.map((c) => `  - ${c}`));
  lines.push('', 'Week 1:');
  for (const d of p.days.filter((x) => x.week === 1)) {
    const label = d.date ? `${d.date} (${d.weekday ?? ''})` : `Day ${d.day}`;
    if (d.rest) { lines.push(`  ${label}: rest`); continue; }
    lines.push(`  ${label}:`);
    for (const e of d.exercises) lines.push(`    - ${e.name}: ${doseText(e)}`);
    if (d.run) lines.push(`    - Run: ${d.run.intervals ? `${d.run.intervals.repeats} × (run ${d.run.intervals.runMinutes} min, walk ${d.run.intervals.walkMinutes} min)` : `${d.run.runMinutes} min easy`}`);
    if (d.crossTraining) lines.push(`    - Instead of running: ${d.crossTraining.mode.replace(/-/g, ' ')} ${d.crossTraining.minutes} min`);
  }
  return `${lines.join('\n')}\n`;
}

/** Build the plan request from the arguments; `body` is the same request as the plans service takes it. */
async function requestFrom(args: readonly string[], kb: KnowledgeBase): Promise<{ req: PlanRequest; body: Record<string, unknown> }> {
  let assessment: PlanAssessment;
  const body: Record<string, unknown> = {};
  const file = option(args, '--assessment');
  if (file !== undefined) {
    body.assessment = await readJsonFile(file);
    assessment = assessmentFromTriage(body.assessment);
  } else {
    const id = option(args, '--condition') ?? '';
    const condition = kb.conditionById.get(id);
    const advice = option(args, '--advice') ?? condition?.running.advice ?? 'modify';
    assessment = { conditionId: id, runningAdvice: advice === 'stop' || advice === 'continue' ? advice : 'modify', redFlags: [], findings: {} };
    body.conditionId = id;
    body.advice = assessment.runningAdvice;
  }
  const profileFile = option(args, '--profile');
  const weeks = option(args, '--weeks');
  const start = option(args, '--start');
  if (profileFile !== undefined) body.profile = await readJsonFile(profileFile);
  if (weeks !== undefined) body.weeks = Number(weeks);
  if (start !== undefined) body.startDate = start;
  const req: PlanRequest = {
    assessment,
    ...(body.profile !== undefined ? { profile: parseProfile(body.profile) } : {}),
    ...(weeks !== undefined ? { weeks: Number(weeks) } : {}),
    ...(start !== undefined ? { startDate: start } : {}),
  };
  return { req, body };
}

const today = (deps: PlanDeps): string => deps.today?.() ?? new Date().toISOString().slice(0, 10);

/** Save the plan in the database through the plans service; returns its id (null when a clinician comes first). */
async function store(args: readonly string[], body: Record<string, unknown>, kb: KnowledgeBase, deps: PlanDeps): Promise<{ id: string | null; result: PlanResult }> {
  return withDatabase({ env: deps.env ?? {}, data: option(args, '--data'), user: option(args, '--user') }, (database, actor) => createPlan(actor, { database, kb }, body, today(deps)));
}

/**
 * Run `footing plan` and return the exit code.
 * @example await runPlan(['--condition', 'plantar-fasciitis', '--json'], io, { kb: () => readKnowledgeBase() })
 */
export async function runPlan(args: readonly string[], io: PlanIo, deps: PlanDeps): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  const bad = badArgs(args);
  if (bad) {
    io.stderr(`error: ${bad} (${USAGE})\n`);
    return 2;
  }
  try {
    const kb = await deps.kb();
    const save = option(args, '--save');
    const { req: asked, body } = await requestFrom(args, kb);
    // A saved plan is dated (today without --start), so check-ins can adapt it.
    const req: PlanRequest = save !== undefined && !asked.startDate ? { ...asked, startDate: today(deps) } : asked;
    const stored = args.includes('--store') ? await store(args, body, kb, deps) : null;
    const result = stored ? stored.result : generatePlan(kb, req);
    if (save !== undefined && result.status === 'plan') {
      await writeFile(save, `${JSON.stringify(stateFile(kb, openJournal(kb, req, [], []), req.startDate ?? today(deps)), null, 2)}\n`);
    }
    if (args.includes('--ics')) {
      if (result.status !== 'plan') throw new AppError('bad_input', `no plan to export: ${result.message}`);
      io.stdout(planToICalendar(result.plan, { stamp: deps.now?.() ?? new Date().toISOString(), planId: `${result.plan.protocolId}-${req.startDate ?? ''}` }));
    } else if (args.includes('--json')) {
      const id = stored ? { id: stored.id } : {};
      io.stdout(`${JSON.stringify(result.status === 'plan' ? { status: 'plan', ...id, ...result.plan } : { ...result, ...id, phases: [], days: [] })}\n`);
    } else {
      io.stdout(formatPlan(result));
      if (stored?.id) io.stdout(`\nSaved as plan ${stored.id}. Each evening: footing checkin --morning N --during N --after N\n`);
      else if (stored) io.stdout('\nNot saved: see a clinician first.\n');
    }
    return 0;
  } catch (err) {
    io.stderr(`error: ${describeError(err)}\n`);
    return err instanceof AppError && err.isUserError ? 2 : 1;
  }
}

/** The `footing plan` command. */
export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'build a rehab and return-to-run plan from a condition or a saved assessment (--json, --ics, --store)',
  usage: USAGE,
  run: (args, io) => runPlan(args, io, { kb: () => readKnowledgeBase(), env: io.env }),
};
