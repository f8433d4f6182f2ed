/**
 * Rehab protocol schema (owned by the planner). Placeholder shape until the planner defines phases.
 * @module
 */
import { z } from 'zod';
import { idSchema } from './schema.ts';

export const protocolSchema = z.object({
  id: idSchema,
  name: z.string().min(3),
});
export type Protocol = z.infer<typeof protocolSchema>;
