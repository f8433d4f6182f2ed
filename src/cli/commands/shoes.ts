/**
 * `footing shoes`: list shoes with distance and wear; `shoes add NAME`, `shoes retire NAME`,
 * `shoes default NAME [SPORT]`. Distances like 120km or 75mi (bare numbers are in the runner's unit).
 * @module
 */
import { AppError } from '../../core/errors.ts';
import { formatDistance } from '../../core/training/units.ts';
import { shoesRepository } from '../../db/repositories/shoes.ts';
import { addShoe, listShoes, updateShoe } from '../../services/shoes.ts';
import { parseFlags, runSafely, type CliCommand } from '../command.ts';
import { withTrainingDb } from './import.ts';
import { parseDistance } from './log.ts';

const usage = [
  'usage: footing shoes [--json] [--user EMAIL] [--data DIR]',
  '       footing shoes add NAME [--brand BRAND] [--start 120km] [--alert 800km] [--default SPORT]',
  '       footing shoes retire NAME | footing shoes default NAME [SPORT]',
].join('\n');

export const shoesCommand: CliCommand = {
  name: 'shoes',
  summary: 'shoes: distance and wear; add, retire, choose the default pair',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const { values, positionals } = parseFlags(args, {
        user: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        brand: { type: 'string' }, start: { type: 'string' }, alert: { type: 'string' }, default: { type: 'string' },
      }, true);
      if (values.help) {
        io.stdout(`${usage}\n`);
        return 0;
      }
      const [action = 'list', name, sport] = positionals;
      if (!['list', 'add', 'retire', 'default'].includes(action)) throw new AppError('bad_input', `unknown action "${action}"\n${usage}`);
      if (action !== 'list' && !name) throw new AppError('bad_input', `shoes ${action} needs a NAME\n${usage}`);
      return withTrainingDb(io, values, async (database, actor) => {
        const deps = { database };
        const byName = async () => {
          const s = await shoesRepository(database.db).findByName(actor.id, name ?? '');
          if (!s) throw new AppError('bad_input', `no shoe called "${name ?? ''}"`);
          return s;
        };
        if (action === 'add') {
          const s = await addShoe(actor, deps, {
            name, ...(values.brand ? { brand: values.brand } : {}), ...(values.default ? { defaultFor: values.default } : {}),
            ...(values.start ? { startDistanceMeters: parseDistance(values.start, actor.units) } : {}),
            ...(values.alert ? { alertDistanceMeters: parseDistance(values.alert, actor.units) } : {}),
          });
          io.stdout(`added ${s.name} (${formatDistance(s.distanceMeters, actor.units, 0)} so far; check it at ${formatDistance(s.alertDistanceMeters, actor.units, 0)})\n`);
          return 0;
        }
        if (action === 'retire') {
          const s = await updateShoe(actor, deps, (await byName()).id, { retired: true });
          io.stdout(`retired ${s.name} after ${formatDistance(s.distanceMeters, actor.units, 0)} (its statistics are kept)\n`);
          return 0;
        }
        if (action === 'default') {
          const s = await updateShoe(actor, deps, (await byName()).id, { defaultFor: sport ?? 'running' });
          io.stdout(`${s.name} is now the default for ${s.defaultFor ?? ''}\n`);
          return 0;
        }
        const shoes = await listShoes(actor, deps);
        if (values.json) {
          io.stdout(`${JSON.stringify({ units: actor.units, shoes })}\n`);
          return 0;
        }
        if (shoes.length === 0) io.stdout('no shoes yet: footing shoes add NAME\n');
        for (const s of shoes) {
          const tags = [s.retired ? 'retired' : null, s.defaultFor ? `default for ${s.defaultFor}` : null].filter(Boolean).join(', ');
          io.stdout(`${s.name}${s.brand ? ` (${s.brand})` : ''}: ${formatDistance(s.distanceMeters, actor.units, 0)} of ${formatDistance(s.alertDistanceMeters, actor.units, 0)}, ${s.activities} activities${tags ? ` [${tags}]` : ''}\n`);
          if (s.wearMessage) io.stdout(`  check: ${s.wearMessage}\n`);
        }
        return 0;
      });
    }),
};
