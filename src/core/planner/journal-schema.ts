/**
 * Reading and writing a plan journal (journal.ts) as plain JSON: the request, the decision log and the check-ins,
 * as the plans service keeps them in the database and `footing checkin --state` keeps them in a file. Values in,
 * values out; every problem is an `AppError('bad_input')` naming it.
 * @module
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { StoredAdaptation } from './adapt.ts';
import { isIsoDate } from './dates.ts';
import { journalState, openJournal, recordCheckIn, type Clearance, type PlanJournal } from './journal.ts';
import { parseCheckIn, parseProfile, parseWith } from './profile.ts';
import type { PlanPosition, PlanRequest } from './types.ts';

const isoDate = z.string().refine(isIsoDate, 'must be a date like 2026-03-01');

export const positionSchema = z.object({
  phaseIndex: z.number().int().min(0), runStage: z.number().int().min(0), weekInPhase: z.number().int().min(0),
  lastWeekRunMinutes: z.number().min(0), runCleared: z.boolean(),
});

/** One log entry. Older rows also carry `clearedBefore`; it is derived now and dropped on reading. */
const adaptationSchema = z.object({
  date: isoDate,
  decision: z.object({
    decision: z.enum(['progress', 'hold', 'regress', 'see-clinician', 'resume']), rule: z.string(), reason: z.string(),
    next: positionSchema, pauseRunningDays: z.number().int().min(0), note: z.string().max(1000).optional(),
  }),
});

const requestSchema = z.object({
  assessment: z.object({
    conditionId: z.string(), runningAdvice: z.enum(['stop', 'modify', 'continue']), redFlags: z.array(z.string()),
    findings: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])),
  }),
  profile: z.unknown().optional(),
  weeks: z.number().optional(),
  startDate: isoDate.optional(),
});

/** Longest note a runner can keep with a clearance. */
export const NOTE_MAX = 500;

const clearanceSchema = z.strictObject({
  date: isoDate.optional(),
  restartPhase: z.string().min(1).optional(),
  runCleared: z.boolean().optional(),
  note: z.string().max(NOTE_MAX, `note: at most ${NOTE_MAX} characters`).optional(),
});

/** Validate a stored position. */
export function parsePosition(value: unknown): PlanPosition {
  return parseWith(positionSchema, value, 'position');
}

/** Validate a stored decision log (absent: empty). */
export function parseLog(value: unknown): StoredAdaptation[] {
  return value === undefined ? [] : parseWith(z.array(adaptationSchema), value, 'decision log');
}

/** Validate a stored plan request (as `generatePlan` takes it). */
export function parsePlanRequest(value: unknown): PlanRequest {
  const r = parseWith(requestSchema, value, 'plan request');
  return {
    assessment: r.assessment, ...(r.profile !== undefined ? { profile: parseProfile(r.profile) } : {}),
    ...(r.weeks !== undefined ? { weeks: r.weeks } : {}), ...(r.startDate !== undefined ? { startDate: r.startDate } : {}),
  };
}

/**
 * Validate a clearance as the API, the web form and the CLI send it: `{date?, restartPhase?, runCleared?, note?}`.
 * The date defaults to `today` and may not be later.
 * @example parseClearance({ note: 'Physio says carry on' }, '2026-03-20') // { date: '2026-03-20', note: … }
 */
export function parseClearance(value: unknown, today: string): Clearance {
  const r = parseWith(clearanceSchema, value, 'clearance');
  const date = r.date ?? today;
  if (date > today) throw new AppError('bad_input', 'clearance: date: a clearance cannot be dated in the future');
  const note = r.note?.trim();
  return { date, ...(r.restartPhase ? { restartPhaseId: r.restartPhase } : {}), ...(r.runCleared ? { runCleared: true } : {}), ...(note ? { note } : {}) };
}

/**
 * The state file for `footing checkin --state`: what the journal is rebuilt from, plus its state for reading.
 * @example stateFile(kb, journal, '2026-03-02').version // 2
 */
export function stateFile(kb: KnowledgeBase, j: PlanJournal, date: string): Record<string, unknown> {
  const s = journalState(kb, j, date);
  return {
    version: 2, protocolId: j.plan.protocolId, status: s.status, position: s.position, pausedUntil: s.pausedUntil, awaitingClinicianSince: s.awaiting?.since ?? null,
    request: j.request, log: j.log, history: j.history,
  };
}

const fileSchema = z.object({ version: z.literal(2), request: z.unknown(), log: z.unknown(), history: z.array(z.unknown()) });
const oldFileSchema = z.object({ version: z.literal(1), request: z.unknown(), history: z.array(z.unknown()) });

/**
 * Read a state file into a journal. A version 1 file (position only, no log) is upgraded by replaying its
 * check-ins through `recordCheckIn`; one saved without a start date starts on its first check-in (or `today`).
 * @example readStateFile(kb, JSON.parse(text), '2026-03-02').plan.days.length
 */
export function readStateFile(kb: KnowledgeBase, value: unknown, today: string): PlanJournal {
  const v2 = fileSchema.safeParse(value);
  if (v2.success) return openJournal(kb, parsePlanRequest(v2.data.request), parseLog(v2.data.log), v2.data.history.map(parseCheckIn));
  const v1 = oldFileSchema.safeParse(value);
  if (!v1.success) throw new AppError('bad_input', 'not a plan state file (make one with `footing plan --save FILE`)');
  const history = v1.data.history.map(parseCheckIn).sort((a, b) => a.date.localeCompare(b.date));
  const req = parsePlanRequest(v1.data.request);
  const dated: PlanRequest = req.startDate ? req : { ...req, startDate: history[0]?.date ?? today };
  return history.reduce((j, c) => recordCheckIn(kb, j, c).journal, openJournal(kb, dated, [], []));
}
