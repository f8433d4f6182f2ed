/**
 * Fired red-flag rules as evidence for the condition they point to (`suggests`). A rule is a combination of
 * findings that the literature ties to one dangerous problem (a Wells-style cluster, the rupture signs, pain on
 * stretching the toes with a tense leg), so it is stronger evidence than any one finding: it gets its own
 * likelihood ratio, and an emergency or urgent rule also keeps its condition at or near the top of the list,
 * however small that condition's prior. Otherwise a common problem can outrank the very condition the warning
 * sign is about (an acute compartment syndrome after a kick listed below a bruise). Judgement throughout.
 * @module
 */
import type { CareLevel } from '../kb/schema.ts';
import { redFlagRules, type RedFlagRule } from './red-flag-rules/index.ts';
import type { RedFlagHit } from './types.ts';

/** The likelihood ratio a fired rule gives the condition it suggests, unless the rule sets its own (judgement). */
export const PATTERN_LR: Readonly<Record<CareLevel, number>> = { emergency: 20, urgent: 10, doctor: 5, selfcare: 2 };

/**
 * How close to the leading condition the suggested condition must at least come, as a ratio of their scores: 2
 * puts an emergency's condition clearly ahead of the leader (its marginal must also beat the leader's share of the
 * two-problem pairs), 0.5 keeps an urgent one within a factor of two of it.
 * Doctor-level rules only add their likelihood ratio (judgement).
 */
export const PATTERN_FLOOR: Readonly<Record<CareLevel, number>> = { emergency: 2, urgent: 0.5, doctor: 0, selfcare: 0 };

/** One fired rule's pull on the condition it suggests. */
export interface RulePattern {
  readonly conditionId: string;
  readonly ruleId: string;
  readonly level: CareLevel;
  /** Likelihood ratio of the pattern. */
  readonly lr: number;
  /** Minimum score ratio to the leading other condition (0: none). */
  readonly floor: number;
}

/** The pattern LR of a rule: its own, or its level's default. */
export function patternLr(rule: RedFlagRule): number {
  return rule.patternLr ?? PATTERN_LR[rule.level];
}

/**
 * The patterns of the fired rules, strongest per condition (one rule per condition counts, so two Ottawa rules
 * for the same fracture do not multiply).
 * @example rulePatterns([{ id: 'acute-compartment-syndrome', level: 'emergency', … }])[0]?.lr // 20
 */
export function rulePatterns(hits: readonly RedFlagHit[], rules: readonly RedFlagRule[] = redFlagRules): RulePattern[] {
  const best = new Map<string, RulePattern>();
  for (const h of hits) {
    const rule = rules.find((r) => r.id === h.id);
    if (!rule?.suggests) continue;
    const p: RulePattern = { conditionId: rule.suggests, ruleId: rule.id, level: rule.level, lr: patternLr(rule), floor: PATTERN_FLOOR[rule.level] };
    const prev = best.get(p.conditionId);
    if (!prev || p.lr > prev.lr || (p.lr === prev.lr && p.floor > prev.floor)) {
      best.set(p.conditionId, prev ? { ...p, floor: Math.max(p.floor, prev.floor) } : p);
    } else if (p.floor > prev.floor) {
      best.set(p.conditionId, { ...prev, floor: p.floor });
    }
  }
  return [...best.values()].sort((a, b) => a.conditionId.localeCompare(b.conditionId));
}
