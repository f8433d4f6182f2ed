/**
 * The red-flag gate: runs every rule over the current findings, deterministically, before any ranking.
 * A KB finding marked `redFlag` that is answered yes but is not covered by a rule still raises care (safety net).
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { careRank } from './levels.ts';
import { redFlagRules, type RedFlagRule } from './red-flag-rules/index.ts';
import { evalCond, truthOf, type Lookup } from './rule-logic.ts';
import type { RedFlagHit } from './types.ts';

function hit(rule: RedFlagRule, findings: readonly string[]): RedFlagHit {
  return {
    id: rule.id, level: rule.level, timeframe: rule.timeframe, reason: rule.reason, action: rule.action,
    findings: [...new Set(findings)], sources: rule.sources,
  };
}

/**
 * Every red flag that fires, most urgent first (ties keep table order).
 * @example checkRedFlags(kb, (id) => (id === 'cannot-bear-weight' ? true : undefined))[0]?.id // 'cannot-bear-weight'
 */
export function checkRedFlags(kb: KnowledgeBase, get: Lookup, rules: readonly RedFlagRule[] = redFlagRules): RedFlagHit[] {
  const hits: RedFlagHit[] = [];
  const covered = new Set<string>();
  for (const rule of rules) {
    // Most rules do not fire: the allocation-free truth test first, the findings that fired only for a hit.
    if (truthOf(rule.when, get) !== true) continue;
    const e = evalCond(rule.when, get);
    hits.push(hit(rule, e.fired));
    for (const f of e.fired) covered.add(f);
  }
  for (const f of kb.findings) {
    if (!f.redFlag || f.type !== 'boolean' || covered.has(f.id) || get(f.id) !== true) continue;
    hits.push({
      id: `kb-${f.id}`, level: 'urgent', timeframe: 'today',
      reason: `You reported "${f.label}", which is a warning sign that needs a doctor to look at it.`,
      action: 'See a doctor today (urgent care, or call your doctor).', findings: [f.id], sources: [],
    });
  }
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => careRank(b.h.level) - careRank(a.h.level) || a.i - b.i)
    .map(({ h }) => h);
}
