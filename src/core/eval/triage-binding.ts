/**
 * The one place the evaluation touches the triage engine, through its public index only. Keeping the
 * binding here means the metrics never depend on how the engine works inside.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { assess } from '../triage/index.ts';
import type { Assess } from './run.ts';

/**
 * An `Assess` that runs the triage engine on a KB: text vignettes as `{ text }`, structured ones as `{ evidence }`.
 * @example evaluate(vignettes, triageAssess(kb))
 */
export function triageAssess(kb: KnowledgeBase): Assess {
  return (input) => assess(kb, 'text' in input ? { text: input.text } : { evidence: input.evidence });
}
