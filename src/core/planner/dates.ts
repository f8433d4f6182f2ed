/**
 * Calendar helpers on ISO dates (`YYYY-MM-DD`), in UTC so a plan never shifts with the time zone.
 * @module
 */
import type { Weekday } from './types.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const names: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Add days to an ISO date.
 * @example addDays('2026-01-30', 3) // '2026-02-02'
 */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Weekday of an ISO date. */
export function weekdayOf(iso: string): Weekday {
  return names[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? 'mon';
}
