/** Every `footing` sub-command, in the order `footing --help` lists them. */
import type { CliCommand } from '../command.ts';
import { kbCommand } from './kb.ts';
import { migrateCommand } from './migrate.ts';
import { serveCommand } from './serve.ts';
import { versionCommand } from './version.ts';
import { assessCommand, evalCommand, inspectCommand } from './wrapped.ts';

export const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  assessCommand,
  inspectCommand,
  kbCommand,
  evalCommand,
  migrateCommand,
  versionCommand,
];
