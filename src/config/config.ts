/**
 * One schema for every setting (environment variables, overridden by CLI flags), parsed once at boot.
 * A bad value fails with one line naming the variable and what is allowed.
 * @module
 */
import { z } from 'zod';
import { AppError } from '../core/errors.ts';

const port = z.coerce.number().int().min(0).max(65535);

/** Each entry documents itself: the README's configuration table is written from these descriptions. */
export const configSchema = z.object({
  PORT: port.default(3000).describe('HTTP port (1-65535; 0 picks a free one)'),
  HOST: z.string().min(1).default('127.0.0.1').describe('address to bind; keep 127.0.0.1 until accounts exist'),
  DATA_DIR: z.string().min(1).default('./data').describe('folder for the embedded SQLite database'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('PostgreSQL connection URL; when set, PostgreSQL is used instead of SQLite'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info').describe('log verbosity'),
  // A local name such as owner@localhost must be allowed, so only the shape name@host is checked.
  OWNER_EMAIL: z.string().regex(/^[^\s@]+@[^\s@]+$/, 'must look like name@host').default('owner@localhost').describe('email of the owner account created on first start'),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1_048_576).default(4096)
    .describe('largest import upload in MB (streamed to a temp file, never held in memory); other requests stay under 50 MB'),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = Partial<Record<keyof Config, string | undefined>>;

/**
 * Parse settings from the environment plus overrides (CLI flags win). Throws AppError('bad_input') with one line.
 * @example
 * loadConfig(process.env, { PORT: '8080' }).PORT; // 8080
 */
export function loadConfig(env: Record<string, string | undefined>, overrides: ConfigInput = {}): Config {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = overrides[key as keyof Config] ?? env[key];
    // Treat empty strings as unset so `PORT= npm start` means "default", not "invalid".
    input[key] = value === '' ? undefined : value;
  }
  const r = configSchema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const name = String(issue?.path[0] ?? 'config');
  // A connection URL may carry a password, and this line goes to the terminal and to logs: never echo it.
  const raw = name === 'DATABASE_URL' ? undefined : input[name];
  const described = configSchema.shape[name as keyof Config]?.description;
  throw new AppError('bad_input', `invalid ${name}${raw === undefined ? '' : `=${JSON.stringify(raw)}`}: ${issue?.message ?? 'invalid'}${described ? ` (${described})` : ''}`);
}
