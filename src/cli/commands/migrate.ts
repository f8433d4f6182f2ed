/** `footing migrate`: apply pending database migrations and exit. */
import { loadConfig } from '../../config/config.ts';
import { openDatabase, targetFromConfig } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { parseFlags, runSafely, type CliCommand } from '../command.ts';

const usage = 'usage: footing migrate [--data DIR]';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'apply pending database migrations',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const { values } = parseFlags(args, { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
      if (values.help) {
        io.stdout(`${usage}\n`);
        return 0;
      }
      const config = loadConfig(io.env, { DATA_DIR: values.data });
      const database = await openDatabase(targetFromConfig(config));
      try {
        const applied = await migrateToLatest(database.db);
        io.stdout(applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
      } finally {
        await database.close();
      }
      return 0;
    }),
};
