/**
 * Validation for what callers send the planner (CLI files, HTTP bodies): the runner profile and a check-in.
 * @module
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { isIsoDate } from './dates.ts';
import { equipmentKinds, weekdays, type RunnerProfile } from './types.ts';
import type { CheckIn } from './checkin.ts';

const isoDate = z.string().refine(isIsoDate, 'must be a date like 2026-03-01');
const score = z.number().min(0).max(10);

export const profileSchema = z.strictObject({
  weeklyKmBefore: z.number().min(0).max(400).optional(),
  easyPaceMinPerKm: z.number().min(3).max(15).optional(),
  goalRace: z.strictObject({ name: z.string().optional(), date: isoDate, distanceKm: z.number().positive().optional() }).optional(),
  equipment: z.array(z.enum(equipmentKinds)).optional(),
  daysAvailable: z.array(z.enum(weekdays as [string, ...string[]]).transform((d) => d as (typeof weekdays)[number])).min(1).optional(),
});

export const checkInSchema = z.strictObject({
  date: isoDate,
  painDuring: score.nullable().optional(),
  painAfter: score.nullable().optional(),
  painMorning: score,
  stiffnessMorning: score.nullable().optional(),
  sessionsDone: z.number().int().min(0).max(20),
  sessionsPlanned: z.number().int().min(0).max(20),
  painWalking: score.nullable().optional(),
  painHop: score.nullable().optional(),
  heelRaiseCount: z.number().int().min(0).max(200).nullable().optional(),
  newFindings: z.array(z.string()).optional(),
  clinicianCleared: z.boolean().optional(),
});

/**
 * Validate `value` with `schema`; throws `AppError('bad_input')` naming `what` and the first problem.
 * @example parseWith(z.number(), 'x', 'weeks') // throws "weeks: (root): …"
 */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new AppError('bad_input', `${what}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
}

/** Validate a runner profile; throws `AppError('bad_input')` naming the first problem. */
export function parseProfile(value: unknown): RunnerProfile {
  return parseWith(profileSchema, value, 'profile');
}

/** Validate a check-in; throws `AppError('bad_input')` naming the first problem. */
export function parseCheckIn(value: unknown): CheckIn {
  return parseWith(checkInSchema, value, 'check-in');
}
