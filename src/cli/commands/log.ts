/**
 * `footing log`: recent activities, weekly totals and this week's flags; `footing log add` logs a run or
 * cross-training session by hand (`--distance 10km`, `6.2mi`, or a bare number in the runner's unit).
 * @module
 */
import { AppError } from '../../core/errors.ts';
import { formatDistance, formatDuration, fromUnit, type DistanceUnit } from '../../core/training/units.ts';
import { localToday } from '../../core/training/zones.ts';
import { shoesRepository } from '../../db/repositories/shoes.ts';
import { addActivity, listActivities, trainingOverview } from '../../services/activities.ts';
import { parseFlags, runSafely, type CliCommand } from '../command.ts';
import { withTrainingDb } from './import.ts';

const usage = [
  'usage: footing log [--weeks N] [--until DATE] [--json] [--user EMAIL] [--data DIR]',
  '       footing log add --date DATE --distance 10km --duration 50:00 [--time HH:MM] [--type running] [--rpe 0-10] [--shoe NAME] [--notes TEXT]',
].join('\n');

/**
 * Metres from "10km", "6.2 mi", "800m" or a bare number in `unit`.
 * @example parseDistance('6.2mi', 'km') // 9978.0
 */
export function parseDistance(text: string, unit: DistanceUnit): number {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(km|mi|m)?\s*$/i.exec(text);
  if (!m) throw new AppError('bad_input', `--distance: "${text}" is not a distance (try 10km or 6.2mi)`);
  const value = Number((m[1] ?? '').replace(',', '.'));
  const u = (m[2] ?? unit).toLowerCase();
  return u === 'm' ? value : fromUnit(value, u === 'mi' ? 'mi' : 'km');
}

/**
 * Seconds from "h:mm:ss", "mm:ss", "45min" or "1h30m".
 * @example parseDuration('50:00') // 3000
 */
export function parseDuration(text: string): number {
  const t = text.trim();
  const colon = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (colon) return Number(colon[1] ?? 0) * 3600 + Number(colon[2]) * 60 + Number(colon[3]);
  const units = /^(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)(?:m|min))?\s*(?:(\d+)s)?$/i.exec(t);
  if (units && t !== '') return Math.round(Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0));
  throw new AppError('bad_input', `--duration: "${text}" is not a duration (try 50:00, 1:05:30 or 45min)`);
}

/** Today in the runner's own time zone (the day a run just finished counts in). */
const today = (timeZone: string): string => localToday(timeZone, Date.now());

export const logCommand: CliCommand = {
  name: 'log',
  summary: 'training log: recent activities and weekly totals; `log add` to log a run by hand',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const add = args[0] === 'add';
      const { values } = parseFlags(add ? args.slice(1) : args, {
        user: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        weeks: { type: 'string' }, until: { type: 'string' },
        date: { type: 'string' }, time: { type: 'string' }, distance: { type: 'string' }, duration: { type: 'string' },
        type: { type: 'string' }, rpe: { type: 'string' }, shoe: { type: 'string' }, notes: { type: 'string' },
      });
      if (values.help) {
        io.stdout(`${usage}\n`);
        return 0;
      }
      return withTrainingDb(io, values, async (database, actor) => {
        const deps = { database };
        if (add) {
          if (values.distance === undefined || values.duration === undefined) throw new AppError('bad_input', `log add needs --distance and --duration\n${usage}`);
          const shoe = values.shoe === undefined ? undefined : await shoesRepository(database.db).findByName(actor.id, values.shoe);
          if (values.shoe !== undefined && !shoe) throw new AppError('bad_input', `no shoe called "${values.shoe}" (see footing shoes)`);
          const a = await addActivity(actor, deps, {
            date: values.date ?? today(actor.timeZone), ...(values.time ? { time: values.time } : {}), sport: values.type ?? 'running',
            distanceMeters: parseDistance(values.distance, actor.units), durationSeconds: parseDuration(values.duration),
            ...(values.rpe !== undefined ? { rpe: Number(values.rpe) } : {}), ...(shoe ? { shoeId: shoe.id } : {}), ...(values.notes ? { notes: values.notes } : {}),
          });
          io.stdout(values.json ? `${JSON.stringify(a)}\n` : `logged ${a.sport} on ${a.localDate}: ${formatDistance(a.distanceMeters, actor.units, 2)} in ${formatDuration(a.elapsedSeconds)}\n`);
          return 0;
        }
        const weeks = values.weeks === undefined ? 8 : Number(values.weeks);
        if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) throw new AppError('bad_input', '--weeks must be a whole number from 1 to 520');
        const until = values.until ?? today(actor.timeZone);
        const o = await trainingOverview(actor, deps, until, weeks);
        const recent = await listActivities(actor, deps, { to: `${until}T23:59:59.999Z`, limit: 10 });
        if (values.json) {
          io.stdout(`${JSON.stringify({ units: actor.units, weeks: o.weeks, flags: o.flags, recent })}\n`);
          return 0;
        }
        const lines = ['week of      running      all sports   time       pain'];
        for (const w of o.weeks) {
          lines.push(`${w.start}   ${formatDistance(w.runDistanceMeters, actor.units).padEnd(11)}  ${formatDistance(w.distanceMeters, actor.units).padEnd(11)}  ${formatDuration(w.movingSeconds).padEnd(9)}  ${w.maxPain === null ? '–' : `${w.maxPain}/10`}${w.spike ? `  spike (${w.spike})` : ''}`);
        }
        lines.push('', recent.length === 0 ? 'no activities yet: footing import PATH or footing log add' : 'recent activities:');
        for (const a of recent) lines.push(`  ${a.localDate}  ${a.sport.padEnd(17)} ${formatDistance(a.distanceMeters, actor.units, 2).padStart(10)}  ${formatDuration(a.elapsedSeconds).padStart(8)}${a.rpe === null ? '' : `  RPE ${a.rpe}`}`);
        if (o.flags.length > 0) lines.push('', 'this week:');
        for (const f of o.flags) lines.push(`  [${f.level}] ${f.title} (${f.source.id})`, `    ${f.explanation}`);
        io.stdout(`${lines.join('\n')}\n`);
        return 0;
      });
    }),
};
