/**
 * The "why" for each condition: the findings for and against it, each with its capped LR and weight (log10),
 * strongest first, plus the condition's own sources (Infermedica /explain analogue).
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { PATTERN_ID, PRIORITY_ID, SELF_DIAGNOSIS_ID, type ConditionScore, type Posterior } from './differential.ts';
import { LOCATION_ID } from './location.ts';
import { UNTOLD_EVENT_ID } from './untold-event.ts';
import type { RulePattern } from './rule-patterns.ts';
import type { SelfDiagnosisHint } from './text/self-diagnosis.ts';
import type { Contribution, DifferentialEntry, KnownFinding } from './types.ts';

/** Conditions listed: at least this many, then any others above MIN_LISTED. */
export const MIN_ROWS = 3;
export const MAX_ROWS = 10;
export const MIN_LISTED = 0.01;

/** Labels for the warning-sign pseudo-findings, naming the rule that fired. */
function warningLabel(id: string, pattern: RulePattern | undefined): string {
  const rule = pattern ? ` (warning sign "${pattern.ruleId}")` : '';
  return id === PATTERN_ID
    ? `your answers match its warning-sign pattern${rule}`
    : `kept near the top of the list because a warning sign points to it${rule}`;
}

function label(kb: KnowledgeBase, id: string, pattern: RulePattern | undefined, hint: SelfDiagnosisHint | undefined): string {
  if (id === PATTERN_ID || id === PRIORITY_ID) return warningLabel(id, pattern);
  if (id === SELF_DIAGNOSIS_ID) return `you mentioned "${hint?.phrase ?? 'this'}" (a small hint: a name is not a finding)`;
  if (id === UNTOLD_EVENT_ID) return 'your description tells of no injury, and this problem starts with one';
  return kb.findingById.get(id)?.label ?? id;
}

function contributions(
  kb: KnowledgeBase, s: ConditionScore, findings: readonly KnownFinding[], pattern: RulePattern | undefined,
  hint: SelfDiagnosisHint | undefined,
): Contribution[] {
  const out: Contribution[] = [];
  const extra = [PATTERN_ID, PRIORITY_ID, SELF_DIAGNOSIS_ID, UNTOLD_EVENT_ID].filter((id) => s.factors.has(id)).map((id) => ({ id, value: true as const }));
  for (const k of [...findings, ...extra]) {
    const factor = s.factors.get(k.id);
    if (!factor || factor.lr === 1) continue;
    out.push({
      findingId: k.id, label: label(kb, k.id, pattern, hint), value: k.value,
      lr: Math.round(factor.lr * 100) / 100, weight: Math.round(Math.log10(factor.lr) * 100) / 100,
      basis: factor.basis, sources: factor.sources,
    });
  }
  if (s.location) {
    out.push({
      findingId: LOCATION_ID, label: 'where it hurts is not where this problem usually is', value: true,
      lr: Math.round(s.location.lr * 100) / 100, weight: Math.round(Math.log10(s.location.lr) * 100) / 100,
      basis: 'judgement', sources: [],
    });
  }
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.findingId.localeCompare(b.findingId));
}

/**
 * Build the ranked differential rows with their explanations; the conditions fired red-flag rules point to
 * (`patterns`) are listed even below the cut-off.
 * @example explainDifferential(kb, post, findings)[0]?.for[0]?.label // 'first-step pain in the morning'
 */
export function explainDifferential(
  kb: KnowledgeBase, post: Posterior, findings: readonly KnownFinding[], patterns: readonly RulePattern[] = [],
  hints: readonly SelfDiagnosisHint[] = [],
): DifferentialEntry[] {
  const ranked = [...post.scores].sort((a, b) => {
    const d = (post.marginal.get(b.condition.id) ?? 0) - (post.marginal.get(a.condition.id) ?? 0);
    return d !== 0 ? d : a.condition.id.localeCompare(b.condition.id);
  });
  const rows: DifferentialEntry[] = [];
  // A condition a fired warning-sign rule points to is always listed, however unlikely its prior makes it.
  const must = new Set(patterns.map((p) => p.conditionId));
  for (const s of ranked) {
    const p = post.marginal.get(s.condition.id) ?? 0;
    const full = rows.length >= MAX_ROWS || (rows.length >= MIN_ROWS && p < MIN_LISTED);
    if (full && !must.has(s.condition.id)) {
      if ([...must].every((id) => rows.some((r) => r.conditionId === id))) break;
      continue;
    }
    const id = s.condition.id;
    const all = contributions(kb, s, findings, patterns.find((p) => p.conditionId === id), hints.find((h) => h.conditionId === id));
    rows.push({
      conditionId: s.condition.id, name: s.condition.name, probability: Math.round(p * 1000) / 1000,
      for: all.filter((c) => c.lr > 1), against: all.filter((c) => c.lr < 1),
      sources: s.condition.sources, care: s.condition.care.level, running: s.condition.running.advice,
    });
  }
  return rows;
}
