/**
 * Decide whether a plan may be built at all: red flags, red-flag findings, urgent conditions and the
 * `medical-first` protocol all lead to "see a clinician first" instead of a plan (product brief: never hide a
 * red flag under a plan).
 * @module
 */
import { AppError } from '../errors.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Protocol } from '../kb/protocol-schema.ts';
import type { PlanAssessment } from './types.ts';

export type Gate =
  | { readonly ok: true; readonly protocol: Protocol; readonly conditionId: string }
  | { readonly ok: false; readonly conditionId: string; readonly reason: string; readonly message: string };

const DEFAULT_MESSAGE = 'This needs a clinician before any exercise or running plan. Follow the level of care on your assessment; once you have been seen and cleared for rehab, Footing can build a plan.';

/**
 * Find the protocol for an assessment, or the reason to see a clinician first.
 * `conditionId` may name a condition (its protocol is used) or a protocol directly.
 * Throws `AppError('bad_input')` for an id that is neither.
 */
export function gatePlan(kb: KnowledgeBase, a: PlanAssessment): Gate {
  const condition = kb.conditionById.get(a.conditionId);
  const protocol = kb.protocolById.get(condition?.protocol ?? a.conditionId);
  if (!condition && !protocol) throw new AppError('bad_input', `unknown condition or protocol "${a.conditionId}"`);
  const stop = (reason: string, message = protocol?.clinicianNote ?? DEFAULT_MESSAGE): Gate => ({ ok: false, conditionId: a.conditionId, reason, message });
  if (a.redFlags.length > 0) return stop(`red flag: ${a.redFlags.join(', ')}`, DEFAULT_MESSAGE);
  const flagged = Object.entries(a.findings).filter(([id, v]) => v === true && kb.findingById.get(id)?.redFlag === true).map(([id]) => id);
  if (flagged.length > 0) return stop(`red-flag finding: ${flagged.join(', ')}`, DEFAULT_MESSAGE);
  if (condition?.redFlag) return stop(`${condition.name} is a red-flag condition`);
  if (condition && (condition.care.level === 'emergency' || condition.care.level === 'urgent')) {
    return stop(`${condition.name} needs ${condition.care.level} care`, `${condition.care.action} ${DEFAULT_MESSAGE}`);
  }
  if (!protocol) throw new AppError('internal', `condition ${a.conditionId} names unknown protocol "${condition?.protocol ?? ''}"`);
  if (protocol.family === 'medical-first') return stop('medical-first protocol');
  return { ok: true, protocol, conditionId: a.conditionId };
}
