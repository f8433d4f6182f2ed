/**
 * Triage use-case: validate a request body (HTTP or a batch line) and run the engine. Stateless and needs no
 * account: the policy table says anyone may assess, so the actor may be anonymous (null).
 * @module
 */
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { authorize } from '../core/policy.ts';
import type { KnowledgeBase } from '../core/kb/knowledge-base.ts';
import { assess, MAX_TEXT_LENGTH, understandText } from '../core/triage/index.ts';
import type { AssessInput, TriageResult } from '../core/triage/index.ts';

const value = z.union([z.boolean(), z.number(), z.string().min(1).max(100)]);

/** The request body: structured evidence (array or map) and/or the runner's own words. */
export const triageRequestSchema = z.strictObject({
  evidence: z.union([
    z.array(z.strictObject({ id: z.string().min(1).max(100), value, source: z.enum(['text', 'answer']).optional(), span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional() })).max(500),
    z.record(z.string().min(1).max(100), value),
  ]).optional(),
  text: z.string().max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`).optional(),
});
export type TriageRequest = z.infer<typeof triageRequestSchema>;

/**
 * Check a request body; throws AppError('bad_input') naming the problem.
 * @example parseTriageRequest({ text: 'heel hurts' })
 */
export function parseTriageRequest(body: unknown): AssessInput {
  const r = triageRequestSchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AppError('bad_input', `invalid triage request: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

/**
 * Run a triage for anyone (no account needed).
 * @example triage(null, kb, { text: 'my heel hurts' }, '2026-05-01').triage.level
 */
export function triage(actor: Actor | null, kb: KnowledgeBase, body: unknown, today?: string): TriageResult {
  authorize(actor, 'create', 'triage');
  return assess(kb, parseTriageRequest(body), today === undefined ? {} : { today });
}

/** Decode bytes as strict UTF-8, rejecting binary input with a clear message. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('bad_input', 'input is not valid UTF-8 text');
  }
}

/**
 * Run a triage on input the caller has already checked (the web flow's own form state). Anyone may do this.
 * @example assessChecked(null, kb, { evidence: { 'pain-heel-underside': true } }, '2026-05-01').triage.level
 */
export function assessChecked(actor: Actor | null, kb: KnowledgeBase, input: AssessInput, today: string): TriageResult {
  authorize(actor, 'create', 'triage');
  return assess(kb, input, { today });
}

/**
 * What Footing understood from the runner's own words (findings with spans, hints), without a full assessment.
 * @example understandWords(null, kb, 'heel hurts first thing', '2026-05-01').findings[0]?.id
 */
export function understandWords(actor: Actor | null, kb: KnowledgeBase, text: string, today: string): ReturnType<typeof understandText> {
  authorize(actor, 'create', 'triage');
  return understandText(kb, text, { today });
}
