/**
 * iCalendar (RFC 5545) export of a dated plan: one all-day event per day with something to do. Pure: the
 * timestamp (DTSTAMP) is passed in.
 * @module
 */
import { AppError } from '../errors.ts';
import { addDays } from './dates.ts';
import type { Plan, PlanDay, PlannedExercise } from './types.ts';

/** Escape a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Fold a content line to at most 75 octets per line (RFC 5545 §3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + n > limit) { out.push(cur); cur = ''; bytes = 0; }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** "3 × 15 each side" / "3 × 30 s". */
export function doseText(e: PlannedExercise): string {
  const amount = e.reps !== undefined ? `${e.sets} × ${e.reps}` : `${e.sets} × ${e.seconds ?? 0} s`;
  return `${amount}${e.perSide ? ' each side' : ''}${e.timesPerDay > 1 ? `, ${e.timesPerDay} times a day` : ''}`;
}

/** A one-line summary of a day, used as the event title. */
export function daySummary(d: PlanDay): string {
  const parts: string[] = [];
  if (d.run) parts.push(d.run.kind === 'walk-run' ? `Walk-run stage ${d.run.stage}` : `Easy run ${d.run.runMinutes} min`);
  if (d.crossTraining) parts.push(`${d.crossTraining.mode.replace(/-/g, ' ')} ${d.crossTraining.minutes} min`);
  if (d.exercises.length > 0) parts.push(`${d.exercises.length} exercises`);
  return parts.length > 0 ? parts.join(' + ') : 'Rest day';
}

function describe(d: PlanDay): string {
  const lines = d.exercises.map((e) => `- ${e.name}: ${doseText(e)}${e.load ? ` (${e.load})` : ''}`);
  if (d.run) {
    const iv = d.run.intervals;
    lines.push(iv ? `Run: ${iv.repeats} × (run ${iv.runMinutes} min, walk ${iv.walkMinutes} min)` : `Run: ${d.run.runMinutes} min easy`);
    lines.push(d.run.rules);
  }
  if (d.crossTraining) lines.push(`Instead of running: ${d.crossTraining.mode.replace(/-/g, ' ')} ${d.crossTraining.minutes} min. ${d.crossTraining.note}`);
  return lines.join('\n');
}

const compact = (iso: string): string => iso.replace(/-/g, '');

/**
 * Render a dated plan as an iCalendar file (CRLF line endings).
 * Throws `AppError('bad_input')` if the plan has no start date.
 * @example planToICalendar(plan, { stamp: '2026-03-01T09:00:00Z', planId: 'p1' })
 */
export function planToICalendar(plan: Plan, opts: { stamp: string; planId: string }): string {
  if (!plan.startDate) throw new AppError('bad_input', 'a calendar export needs a plan with a start date');
  const stamp = opts.stamp.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Footing//Rehab planner//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Footing: ${plan.protocolName}`)}`];
  for (const d of plan.days) {
    if (d.rest || !d.date) continue;
    lines.push('BEGIN:VEVENT', `UID:${opts.planId}-${compact(d.date)}@footing`, `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(d.date)}`, `DTEND;VALUE=DATE:${compact(addDays(d.date, 1))}`,
      `SUMMARY:${escapeText(`Footing: ${daySummary(d)}`)}`, `DESCRIPTION:${escapeText(describe(d))}`,
      'TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
