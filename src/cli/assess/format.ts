/**
 * Human-readable triage summary for the terminal: red flags first, then level of care, running, the likely
 * causes with their strongest reasons, and the not-a-diagnosis note.
 * @module
 */
import type { TriageResult } from '../../core/triage/index.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { valueWords } from '../../core/kb/finding-words.ts';
import { careWords } from '../../core/triage/index.ts';

const ICON: Record<string, string> = { emergency: '[!!!]', urgent: '[!!]', doctor: '[!]', selfcare: '[ok]' };

/**
 * Format a result as plain text.
 * @example formatResult(result, kb).startsWith('WARNING') // when a red flag fired
 */
export function formatResult(r: TriageResult, kb: KnowledgeBase): string {
  const lines: string[] = [];
  for (const f of r.redFlags) lines.push(`WARNING (${f.level}, ${f.timeframe}): ${f.reason}`, `  What to do: ${f.action}`);
  lines.push(`${ICON[r.triage.level] ?? ''} ${careWords[r.triage.level]} (${r.triage.timeframe}): ${r.triage.reason}`, `  What to do: ${r.triage.action}`);
  lines.push(`Can I run? ${r.running.advice.toUpperCase()}: ${r.running.reason}`);
  if (r.redFlags.length === 0 && r.differential.length > 0) {
    lines.push('Likely causes:');
    for (const d of r.differential.slice(0, 5)) {
      // A value that is not a plain yes is shown with the label ("sex: female"), or the reason reads as nonsense.
      const why = d.for.slice(0, 3).map((c) => (c.value === true ? c.label : `${c.label}: ${valueWords(kb, c.findingId, c.value)}`)).join('; ');
      lines.push(`  ${Math.round(d.probability * 100)}%  ${d.name}${why ? ` — because: ${why}` : ''}`);
    }
    if (r.somethingElse >= 0.15) lines.push(`  ${Math.round(r.somethingElse * 100)}%  something else`);
  }
  for (const n of r.notes) lines.push(`Note: ${n}`);
  lines.push(r.disclaimer);
  return `${lines.join('\n')}\n`;
}
