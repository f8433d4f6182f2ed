/**
 * Build every per-KB index the engine uses, once, on the first assessment with a KB (each index is also built
 * lazily on its own, so this changes no result). Doing it up front keeps later assessments to short-lived work:
 * no cache filling mid-way through a session, and the garbage collector only sees short-lived objects.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Finding } from '../kb/schema.ts';
import { answerTableFor, listedBy, outcomes } from './information.ts';
import { factorRow } from './likelihood.ts';
import { compileLexicon } from './text/lexicon.ts';
import { phraseKeys } from './text/match.ts';
import type { FindingValue } from './types.ts';

const prepared = new WeakSet<KnowledgeBase>();

/** The values a finding can take that are known in advance (numbers are open-ended and cached as they come). */
function fixedValues(f: Finding): FindingValue[] {
  switch (f.type) {
    case 'boolean': return [true, false];
    case 'side': return ['left', 'right', 'both'];
    case 'choice': return (f.options ?? []).map((o) => o.value);
    case 'number': return [];
  }
}

/**
 * Prepare a KB for fast assessments (idempotent; cheap after the first call).
 * @example prepareKb(kb); assess(kb, { text: 'heel hurts' });
 */
export function prepareKb(kb: KnowledgeBase): void {
  if (prepared.has(kb)) return;
  prepared.add(kb);
  phraseKeys(compileLexicon(kb));
  for (const f of kb.findings) {
    for (const v of fixedValues(f)) factorRow(kb, f, v);
    const outs = outcomes(kb, f);
    if (outs.length >= 2) answerTableFor(kb, f);
    listedBy(kb, f);
  }
}
