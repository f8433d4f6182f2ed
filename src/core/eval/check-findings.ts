/**
 * Checks structured vignettes against the knowledge base: every finding id must exist and every value
 * must fit the finding's type. A vignette that names a finding the KB lacks would test nothing.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Finding } from '../kb/schema.ts';
import type { Vignette, VignetteEvidence } from './vignette-schema.ts';

/** One problem with one vignette. */
export interface VignetteKbProblem {
  readonly id: string;
  readonly message: string;
}

/** The two KB indexes the check reads (a full `KnowledgeBase` fits). */
export type KbIndex = Pick<KnowledgeBase, 'findingById'> & { readonly conditionById: ReadonlyMap<string, unknown> };

function valueProblem(finding: Finding, e: VignetteEvidence): string | null {
  const v = e.value;
  switch (finding.type) {
    case 'boolean':
      return typeof v === 'boolean' ? null : `${e.id} is yes/no, got ${JSON.stringify(v)}`;
    case 'number':
      if (typeof v !== 'number') return `${e.id} is a number, got ${JSON.stringify(v)}`;
      if (finding.min !== undefined && v < finding.min) return `${e.id} is below its minimum ${finding.min}`;
      if (finding.max !== undefined && v > finding.max) return `${e.id} is above its maximum ${finding.max}`;
      return null;
    case 'side':
      return v === 'left' || v === 'right' || v === 'both' ? null : `${e.id} is left/right/both, got ${JSON.stringify(v)}`;
    case 'choice': {
      const options = (finding.options ?? []).map((o) => o.value);
      return typeof v === 'string' && options.includes(v) ? null : `${e.id} must be one of ${options.join('/')}`;
    }
  }
}

/**
 * List problems: unknown finding ids, values of the wrong type, gold conditions the KB does not define.
 * @example checkAgainstKb(vignettes, kb) // [{ id: 'v101', message: 'unknown finding pain-knee' }]
 */
export function checkAgainstKb(vignettes: readonly Vignette[], kb: KbIndex): VignetteKbProblem[] {
  const problems: VignetteKbProblem[] = [];
  for (const v of vignettes) {
    for (const c of [v.gold.condition, ...v.gold.acceptable]) {
      if (!kb.conditionById.has(c)) problems.push({ id: v.id, message: `condition ${c} is not in the KB` });
    }
    if (!('evidence' in v)) continue;
    for (const e of v.evidence) {
      const finding = kb.findingById.get(e.id);
      const problem = finding ? valueProblem(finding, e) : `unknown finding ${e.id}`;
      if (problem !== null) problems.push({ id: v.id, message: problem });
    }
  }
  return problems;
}
