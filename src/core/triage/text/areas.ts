/**
 * General places implied by what happened: "I rolled my ankle" or "my ankle is swollen" say the ankle is where it
 * hurts, even though the longer phrase hides the bare place word. Only for present-day events and signs that do
 * not already name a zone; history ("flat feet") and training facts say nothing about where it hurts now.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { PhraseMatch } from './match.ts';
import { stem, type Token } from './tokens.ts';

const AREA_BY_WORD = new Map<string, string>([
  [stem('ankle'), 'pain-ankle-area'], [stem('foot'), 'pain-foot-area'], [stem('feet'), 'pain-foot-area'], [stem('leg'), 'pain-lower-leg-area'],
]);
const SILENT_CATEGORIES = new Set(['history', 'training', 'profile', 'location', 'side', 'duration', 'self-test']);

/**
 * The general place a matched "yes" phrase implies, or null.
 * @example impliedArea(kb, match('rolled my ankle'), tokens) // 'pain-ankle-area'
 */
export function impliedArea(kb: KnowledgeBase, m: PhraseMatch, tokens: readonly Token[]): string | null {
  if (m.entry.zone || m.entry.blocker) return null;
  const f = kb.findingById.get(m.entry.findingId);
  if (!f || f.zone !== undefined || SILENT_CATEGORIES.has(f.category)) return null;
  for (const p of m.positions) {
    const area = AREA_BY_WORD.get(tokens[p]?.norm ?? '');
    if (area !== undefined && kb.findingById.has(area)) return area;
  }
  return null;
}
