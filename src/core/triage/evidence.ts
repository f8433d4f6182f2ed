/**
 * Normalise evidence: check every id against the KB, coerce values to the finding's type, and resolve
 * contradictions (the latest answer wins, with a note).
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Finding } from '../kb/schema.ts';
import { TriageInputError } from './errors.ts';
import type { AssessInput, EvidenceInput, FindingSource, FindingValue, KnownFinding } from './types.ts';

const SIDES = new Set(['left', 'right', 'both']);

function coerce(f: Finding, raw: unknown): FindingValue | null {
  if (raw === 'unknown' || raw === null) return 'unknown';
  switch (f.type) {
    case 'boolean':
      if (raw === true || raw === 'yes' || raw === 'true') return true;
      if (raw === false || raw === 'no' || raw === 'false') return false;
      return null;
    case 'number': {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isFinite(n)) return null;
      if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) return null;
      return n;
    }
    case 'side':
      return typeof raw === 'string' && SIDES.has(raw) ? raw : null;
    case 'choice':
      return typeof raw === 'string' && (f.options ?? []).some((o) => o.value === raw) ? raw : null;
  }
}

function describeExpected(f: Finding): string {
  switch (f.type) {
    case 'boolean': return 'yes, no or unknown';
    case 'number': return `a number${f.min !== undefined ? ` from ${f.min}` : ''}${f.max !== undefined ? ` up to ${f.max}` : ''}`;
    case 'side': return 'left, right or both';
    case 'choice': return `one of ${(f.options ?? []).map((o) => o.value).join(', ')}`;
  }
}

/**
 * Turn the `evidence` field (array or map) into a list of inputs.
 * @example evidenceList({ swelling: 'no' }) // [{ id: 'swelling', value: 'no' }]
 */
export function evidenceList(evidence: AssessInput['evidence']): EvidenceInput[] {
  if (evidence === undefined) return [];
  if (Array.isArray(evidence)) return [...evidence];
  return Object.entries(evidence).map(([id, value]) => ({ id, value }));
}

function display(v: FindingValue): string {
  return v === true ? 'yes' : v === false ? 'no' : String(v);
}

/**
 * Validate and merge evidence in order; a later value for the same finding replaces an earlier one.
 * Throws `TriageInputError` listing every unknown id, or the first value of the wrong type.
 * @example
 * normaliseEvidence(kb, [{ id: 'swelling', value: 'yes' }], 'answer') // { findings: [{ id: 'swelling', value: true, … }], notes: [] }
 */
export function normaliseEvidence(
  kb: KnowledgeBase,
  items: readonly EvidenceInput[],
  defaultSource: FindingSource,
  earlier: readonly KnownFinding[] = [],
): { findings: KnownFinding[]; notes: string[] } {
  const unknown = [...new Set(items.filter((e) => !kb.findingById.has(e.id)).map((e) => e.id))];
  if (unknown.length > 0) {
    throw new TriageInputError('unknown-findings', `unknown finding id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, unknown);
  }
  const byId = new Map<string, KnownFinding>(earlier.map((f) => [f.id, f]));
  const notes: string[] = [];
  for (const e of items) {
    const f = kb.findingById.get(e.id);
    if (!f) continue;
    const value = coerce(f, e.value);
    if (value === null) {
      throw new TriageInputError('bad-value', `finding ${e.id} must be ${describeExpected(f)}, got ${JSON.stringify(e.value)}`);
    }
    const prev = byId.get(e.id);
    if (prev && prev.value !== value && prev.value !== 'unknown' && value !== 'unknown') {
      notes.push(`"${f.label}" was given as ${display(prev.value)} and then ${display(value)}; using the later answer (${display(value)}).`);
    }
    if (prev && value === 'unknown' && prev.value !== 'unknown') {
      notes.push(`"${f.label}" was later marked unknown; the earlier ${display(prev.value)} is no longer used.`);
    }
    const source = e.source ?? defaultSource;
    byId.delete(e.id);
    byId.set(e.id, e.span ? { id: e.id, value, source, span: [e.span[0], e.span[1]] } : { id: e.id, value, source });
  }
  return { findings: [...byId.values()], notes };
}
