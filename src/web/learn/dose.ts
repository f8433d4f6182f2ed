/**
 * Dosage in words: "3 sets × 10 reps, each side, 7 days a week".
 * @module
 */
import type { Dosage } from '../../core/kb/schema.ts';

type DoseLike = Pick<Dosage, 'sets' | 'reps' | 'seconds' | 'perSide' | 'daysPerWeek'> & { timesPerDay?: number | undefined };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * @example
 * doseText({ sets: 3, reps: 10, perSide: true, daysPerWeek: 7 }) // '3 sets × 10 reps, each side, every day'
 */
export function doseText(d: DoseLike): string {
  const amount = d.reps !== undefined
    ? plural(d.reps, 'rep', 'reps') + (d.seconds !== undefined ? ` (hold ${d.seconds} s)` : '')
    : d.seconds !== undefined ? `${d.seconds} seconds` : '';
  const parts = [`${plural(d.sets, 'set', 'sets')}${amount ? ` × ${amount}` : ''}`];
  if (d.perSide) parts.push('each side');
  if (d.timesPerDay !== undefined && d.timesPerDay > 1) parts.push(`${d.timesPerDay} times a day`);
  parts.push(d.daysPerWeek === 7 ? 'every day' : `${plural(d.daysPerWeek, 'day', 'days')} a week`);
  return parts.join(', ');
}
