/**
 * `footing pain`: the pain diary. `pain add` saves today's (or --date's) entry and says what it means;
 * `pain` lists recent entries with that day's activities.
 * @module
 */
import { AppError } from '../../core/errors.ts';
import { formatDistance } from '../../core/training/units.ts';
import { localToday } from '../../core/training/zones.ts';
import { listPainDays, putPainEntry } from '../../services/pain-diary.ts';
import { parseFlags, runSafely, type CliCommand } from '../command.ts';
import { withTrainingDb } from './import.ts';

const usage = [
  'usage: footing pain [--limit N] [--json] [--user EMAIL] [--data DIR]',
  '       footing pain add [--date DATE] [--during 0-10] [--after 0-10] [--morning 0-10] [--stiffness 0-10] [--note TEXT]',
].join('\n');

const score = (v: string | undefined, flag: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new AppError('bad_input', `--${flag} must be a whole number from 0 to 10`);
  return n;
};

export const painCommand: CliCommand = {
  name: 'pain',
  summary: 'pain diary: add a day’s pain scores, list entries with that day’s runs',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const add = args[0] === 'add';
      const { values } = parseFlags(add ? args.slice(1) : args, {
        user: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, limit: { type: 'string' },
        date: { type: 'string' }, during: { type: 'string' }, after: { type: 'string' }, morning: { type: 'string' }, stiffness: { type: 'string' }, note: { type: 'string' },
      });
      if (values.help) {
        io.stdout(`${usage}\n`);
        return 0;
      }
      return withTrainingDb(io, values, async (database, actor) => {
        if (add) {
          const { entry, guidance } = await putPainEntry(actor, { database }, {
            date: values.date ?? localToday(actor.timeZone, Date.now()),
            painDuring: score(values.during, 'during'), painAfter: score(values.after, 'after'), painNextMorning: score(values.morning, 'morning'),
            stiffness: score(values.stiffness, 'stiffness'), ...(values.note ? { note: values.note } : {}),
          });
          io.stdout(values.json ? `${JSON.stringify({ entry, guidance })}\n` : `saved ${entry.date}\n${guidance.message}${guidance.source ? ` (${guidance.source})` : ''}\n`);
          return 0;
        }
        const limit = values.limit === undefined ? 14 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new AppError('bad_input', '--limit must be a whole number above 0');
        const days = await listPainDays(actor, { database }, { limit });
        if (values.json) {
          io.stdout(`${JSON.stringify({ units: actor.units, entries: days })}\n`);
          return 0;
        }
        if (days.length === 0) io.stdout('no diary entries yet: footing pain add --during 2 --after 3\n');
        const s = (v: number | null): string => (v === null ? '–' : String(v));
        for (const d of days) {
          const runs = d.activities.map((a) => `${a.sport} ${formatDistance(a.distanceMeters, actor.units)}`).join(', ');
          io.stdout(`${d.date}  during ${s(d.painDuring)}  after ${s(d.painAfter)}  next morning ${s(d.painNextMorning)}  stiffness ${s(d.stiffness)}${runs ? `  · ${runs}` : ''}${d.note ? `\n  ${d.note}` : ''}\n`);
        }
        return 0;
      });
    }),
};
