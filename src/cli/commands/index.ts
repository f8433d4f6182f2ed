/**
 * Every `footing` sub-command, in the order `footing --help` lists them. Each is loaded only when used, so a command
 * starts fast and never pays for (or breaks on) another command's dependencies.
 */
import type { CliCommand } from '../command.ts';

export interface CommandEntry {
  readonly name: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'serve', load: async () => (await import('./serve.ts')).serveCommand },
  { name: 'assess', load: async () => (await import('./wrapped.ts')).assessCommand },
  { name: 'plan', load: async () => (await import('./plan.ts')).planCommand },
  { name: 'checkin', load: async () => (await import('./checkin.ts')).checkinCommand },
  { name: 'inspect', load: async () => (await import('./wrapped.ts')).inspectCommand },
  { name: 'import', load: async () => (await import('./import.ts')).importCommand },
  { name: 'log', load: async () => (await import('./log.ts')).logCommand },
  { name: 'shoes', load: async () => (await import('./shoes.ts')).shoesCommand },
  { name: 'pain', load: async () => (await import('./pain.ts')).painCommand },
  { name: 'kb', load: async () => (await import('./kb.ts')).kbCommand },
  { name: 'eval', load: async () => (await import('./wrapped.ts')).evalCommand },
  { name: 'migrate', load: async () => (await import('./migrate.ts')).migrateCommand },
  { name: 'version', load: async () => (await import('./version.ts')).versionCommand },
];
