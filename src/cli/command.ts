/**
 * The shape of a `footing` sub-command and the small helpers every command shares.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError, describeError } from '../core/errors.ts';

/** Where a command reads and writes; injected so tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (progress bars only then). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 ok, 1 failure, 2 bad input. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in how the command was called: exit 2 with the usage line. */
export class UsageError extends AppError {
  constructor(message: string) {
    super('bad_input', message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse flags strictly; an unknown flag or a missing value becomes a one-line UsageError.
 * @example
 * const { values } = parseFlags(args, { port: { type: 'string' } });
 */
export function parseFlags<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] ?? 'bad arguments' : 'bad arguments';
    // Node's messages are long and mention "parseArgs"; keep the useful part.
    throw new UsageError(msg.replace(/\. To specify a positional argument.*$/, '').replace(/^Unknown option '(.+?)'.*$/, 'unknown option $1'));
  }
}

/** Run a command body, mapping errors to one stderr line and an exit code. */
export async function runSafely(io: CliIo, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`error: ${err.message}\n${usage}\n`);
      return 2;
    }
    io.stderr(`error: ${describeError(err)}\n`);
    return err instanceof AppError && err.isUserError ? 2 : 1;
  }
}

/** The real process's streams and environment, for `main`. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}
