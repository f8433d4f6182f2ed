/**
 * Turn a posted question form into changes to the evidence, or a one-line message saying what to fix.
 * The question is recomputed on the server from the state, so only its answer comes from the form.
 * @module
 */
import type { NextQuestion } from '../../core/triage/index.ts';
import type { Change } from './state.ts';

/** The posted fields the answer needs. */
export interface AnswerForm {
  readonly nav: string;
  readonly answer: string;
  readonly flags: readonly string[];
}

/**
 * Read the answer to `q`. "Not sure" records unknown (never "no"); on the red-flag screen each item is yes when
 * ticked and no otherwise.
 * @example readAnswer(q, { nav: 'unsure', answer: '', flags: [] }) // { changes: [[q.findingId, 'unknown']] }
 */
export function readAnswer(q: NextQuestion, form: AnswerForm): { changes: Change[] } | { error: string } {
  if (q.kind === 'red-flag-screen') {
    const ticked = new Set(form.flags);
    return { changes: (q.items ?? []).map((it): Change => [it.findingId, ticked.has(it.findingId)]) };
  }
  const id = q.findingId;
  if (!id) return { error: 'This question cannot be answered here; please start again.' };
  if (form.nav === 'unsure') return { changes: [[id, 'unknown']] };
  const raw = form.answer.trim();
  switch (q.type) {
    case 'boolean':
      if (raw === 'yes' || raw === 'no') return { changes: [[id, raw === 'yes']] };
      return { error: 'Choose yes or no, or press “Not sure”.' };
    case 'number': {
      const n = raw === '' ? Number.NaN : Number(raw.replace(',', '.'));
      const range = `${q.min !== undefined ? ` from ${q.min}` : ''}${q.max !== undefined ? ` to ${q.max}` : ''}`;
      if (!Number.isFinite(n) || (q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max)) {
        return { error: `Enter a number${range}${q.unit ? ` (${q.unit})` : ''}, or press “Not sure”.` };
      }
      return { changes: [[id, n]] };
    }
    default:
      if ((q.options ?? []).some((o) => o.value === raw)) return { changes: [[id, raw]] };
      return { error: 'Choose one of the options, or press “Not sure”.' };
  }
}
