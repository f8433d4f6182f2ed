/** Every `footing` sub-command, in the order `footing --help` lists them. */
import type { CliCommand } from '../command.ts';
import { importCommand } from './import.ts';
import { kbCommand } from './kb.ts';
import { logCommand } from './log.ts';
import { migrateCommand } from './migrate.ts';
import { painCommand } from './pain.ts';
import { serveCommand } from './serve.ts';
import { shoesCommand } from './shoes.ts';
import { versionCommand } from './version.ts';
import { assessCommand, evalCommand, inspectCommand } from './wrapped.ts';

export const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  assessCommand,
  inspectCommand,
  importCommand,
  logCommand,
  shoesCommand,
  painCommand,
  kbCommand,
  evalCommand,
  migrateCommand,
  versionCommand,
];
