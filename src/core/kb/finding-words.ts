/**
 * A finding and its value in plain words, shared by the web pages and the terminal so both explain a result
 * the same way ("sex: female", not a bare "sex").
 * @module
 */
import type { KnowledgeBase } from './knowledge-base.ts';

/** A finding's value as the engine holds it: yes/no, a number, a side or a choice, or "unknown". */
type Value = boolean | number | string;

/**
 * The chip or summary label for a finding.
 * @example findingLabel(kb, 'pain-first-steps') // 'first-step pain in the morning'
 */
export function findingLabel(kb: KnowledgeBase, id: string): string {
  return kb.findingById.get(id)?.label ?? id.replace(/-/g, ' ');
}

/**
 * A finding's value in words: "yes", "no", "not sure", "3 weeks", "left", or a choice's label.
 * @example valueWords(kb, 'duration-weeks', 3) // '3 weeks'
 */
export function valueWords(kb: KnowledgeBase, id: string, value: Value): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === 'unknown') return 'not sure';
  const f = kb.findingById.get(id);
  if (typeof value === 'number') {
    // Short durations read better in days ("yesterday" is 0.14 weeks to the engine).
    if (id === 'duration-weeks' && value < 2) {
      const days = Math.max(1, Math.round(value * 7));
      return `${days} day${days === 1 ? '' : 's'}`;
    }
    const shown = Number.isInteger(value) ? value : Math.round(value * 10) / 10;
    return f?.unit ? `${shown} ${f.unit}` : String(shown);
  }
  const option = f?.options?.find((o) => o.value === value);
  return option ? option.label : value;
}

/**
 * One line for a finding: "swelling: no", "first-step pain in the morning" (a plain yes needs no suffix).
 * @example findingLine(kb, 'sex', 'female') // 'sex: female'
 */
export function findingLine(kb: KnowledgeBase, id: string, value: Value): string {
  const label = findingLabel(kb, id);
  return value === true ? label : `${label}: ${valueWords(kb, id, value)}`;
}
