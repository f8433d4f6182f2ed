/** `footing serve`: run the web app and API. */
import { loadConfig } from '../../config/config.ts';
import { APP_VERSION } from '../../config/version.ts';
import { startServer } from '../../server/start.ts';
import { parseFlags, runSafely, type CliCommand } from '../command.ts';

const usage = 'usage: footing serve [--port N] [--host ADDRESS] [--data DIR]';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'start the web app and API (SQLite in ./data, or PostgreSQL when DATABASE_URL is set)',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const { values } = parseFlags(args, { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
      if (values.help) {
        io.stdout(`${usage}\nStarts Footing at http://127.0.0.1:3000 by default. Stop with Ctrl-C.\n`);
        return 0;
      }
      const config = loadConfig(io.env, { PORT: values.port, HOST: values.host, DATA_DIR: values.data });
      const server = await startServer(config, APP_VERSION);
      await new Promise<void>((resolve) => {
        const onSignal = () => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          server.stop().then(resolve, resolve);
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      });
      return 0;
    }),
};
