/**
 * Input validation shared by the services: zod, with the first problem as one line that names the field.
 * @module
 */
import type { z } from 'zod';
import { AppError } from '../core/errors.ts';

/**
 * Validate with zod; the first problem becomes one `bad_input` line naming the field.
 * @example parseInput(z.strictObject({ units: z.enum(['km', 'mi']) }), body)
 */
export function parseInput<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AppError('bad_input', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}
