/**
 * `footing` entry point: dispatch to a sub-command. Unknown command or flag: one line + usage, exit 2.
 * @module
 */
import { APP_VERSION } from '../config/version.ts';
import { describeError } from '../core/errors.ts';
import { processIo, type CliIo } from './command.ts';
import { COMMANDS } from './commands/index.ts';

/** `footing --help`: every command with its one-line summary (loads each command module). */
export async function helpText(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: footing <command> [options]',
    '',
    'Footing: triage, rehab plans and a training log for runners with foot, ankle and shin pain.',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `footing <command> --help` for a command\'s options.',
  ].join('\n');
}

/**
 * Run the CLI with the given arguments (without `node` and the script path); returns the exit code.
 * @example await runCli(['version'], io) // 0
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${await helpText()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`error: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}"\nusage: footing <command> [options]  (footing --help lists commands)\n`);
    return 2;
  }
  return (await entry.load()).run(rest, io);
}

/** The process entry point (bin/footing.js): run the CLI and set the exit code; never shows a stack trace. */
export async function main(): Promise<void> {
  // `footing log | head` closes the pipe early: that is the reader's choice, not an error, so stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const io = processIo();
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (err) {
    // Commands map their own errors; this is the last guard so users never see a stack trace.
    io.stderr(`error: ${describeError(err)}\n`);
    if (io.env.LOG_LEVEL === 'debug' && err instanceof Error) io.stderr(`${err.stack ?? ''}\n`);
    process.exitCode = 1;
  }
}
