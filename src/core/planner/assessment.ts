/**
 * Read a triage result (issue 4's JSON, as printed by `footing assess --json`) into what the planner needs.
 * Tolerant of extra fields, strict about the few it uses.
 * @module
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { PlanAssessment } from './types.ts';

const findingValue = z.union([z.boolean(), z.number(), z.string()]);

const triageResultSchema = z.object({
  running: z.object({ advice: z.enum(['stop', 'modify', 'continue']) }),
  redFlags: z.array(z.object({ id: z.string() })).default([]),
  differential: z.array(z.object({ conditionId: z.string() })).min(1, 'the assessment lists no likely condition'),
  findings: z.array(z.object({ id: z.string(), value: findingValue })).default([]),
});

/**
 * Convert a triage result into a planner assessment: the top condition, the running advice, red flags and findings.
 * Throws `AppError('bad_input')` when the JSON is not a triage result.
 * @example assessmentFromTriage({ running: { advice: 'modify' }, redFlags: [], differential: [{ conditionId: 'plantar-fasciitis' }], findings: [] })
 */
export function assessmentFromTriage(json: unknown): PlanAssessment {
  const r = triageResultSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AppError('bad_input', `not a triage result: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  }
  const findings: Record<string, boolean | number | string> = {};
  for (const f of r.data.findings) findings[f.id] = f.value;
  const top = r.data.differential[0];
  return {
    conditionId: top?.conditionId ?? '',
    runningAdvice: r.data.running.advice,
    redFlags: r.data.redFlags.map((f) => f.id),
    findings,
  };
}
