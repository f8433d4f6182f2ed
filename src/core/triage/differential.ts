/**
 * The differential: prior × capped likelihood ratios over the KB's conditions, normalised together with a
 * "something else" hypothesis (so a weak fit is not shown as certain) and with pairs of conditions (so two
 * problems at once can win when neither alone explains the findings). Deterministic: ties break on id.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Condition } from '../kb/schema.ts';
import { factorRow, type Factor } from './likelihood.ts';
import { locationFactor, mentionedPlaces } from './location.ts';
import type { RulePattern } from './rule-patterns.ts';
import type { SelfDiagnosisHint } from './text/self-diagnosis.ts';
import type { KnownFinding } from './types.ts';
import { UNTOLD_EVENT_ID, untoldEventFactors } from './untold-event.ts';

/** Pseudo-finding id under which a fired red-flag pattern appears in a condition's factors. */
export const PATTERN_ID = 'warning-sign-pattern';
/** Pseudo-finding id for the lift that keeps an emergency or urgent rule's condition near the top (rule-patterns.ts). */
export const PRIORITY_ID = 'warning-sign-priority';

/** Pseudo-finding id under which the runner's own guess at the diagnosis appears (text/self-diagnosis.ts). */
export const SELF_DIAGNOSIS_ID = 'self-diagnosis';
/**
 * Likelihood ratio of a runner naming a condition themselves (judgement): a weak hint, since lay guesses and old
 * labels are often wrong, but runners who have had a problem before often recognise it.
 */
export const SELF_DIAGNOSIS_LR = 2;

/** Share of prior mass given to "something not in the KB" (judgement). */
export const OTHER_PRIOR_SHARE = 0.08;
/** Prior multiplier for two problems at once relative to independence (judgement: co-occurrence is common in runners). */
export const PAIR_PRIOR_FACTOR = 1.5;
/** How many leading conditions are combined into pairs. */
export const PAIR_POOL = 6;

/** One condition's score: log prior, log likelihood and each finding's factor. */
export interface ConditionScore {
  readonly condition: Condition;
  readonly logPrior: number;
  readonly factors: ReadonlyMap<string, Factor>;
  /** Combined "where it hurts" factor (location.ts), null when neutral. */
  readonly location: Factor | null;
  readonly logLik: number;
}

/** Posterior over hypotheses, with marginals per condition. */
export interface Posterior {
  readonly scores: readonly ConditionScore[];
  /** Condition id → probability it is present. */
  readonly marginal: ReadonlyMap<string, number>;
  readonly other: number;
  readonly pairs: readonly { readonly ids: readonly [string, string]; readonly probability: number }[];
}

/**
 * Score every condition against the known findings.
 * @example scoreConditions(kb, findings).find((s) => s.condition.id === 'plantar-fasciitis')?.logLik
 */
export function scoreConditions(
  kb: KnowledgeBase, findings: readonly KnownFinding[], patterns: readonly RulePattern[] = [],
  hints: readonly SelfDiagnosisHint[] = [],
): ConditionScore[] {
  const total = totalPrior(kb);
  const places = mentionedPlaces(kb, findings);
  const untoldEvent = untoldEventFactors(kb, findings);
  const n = kb.conditions.length;
  const factors = kb.conditions.map(() => new Map<string, Factor>());
  const logLik: number[] = new Array<number>(n).fill(0);
  // Findings outer, conditions inner: each condition still adds its factors in finding order (same sums), but
  // every factor is a cached lookup (likelihood.ts factorRow) instead of a fresh computation.
  for (const k of findings) {
    const f = kb.findingById.get(k.id);
    if (!f) continue;
    const row = factorRow(kb, f, k.value);
    for (let i = 0; i < n; i++) {
      const factor = row.factors[i];
      if (!factor) continue;
      factors[i]?.set(k.id, factor);
      logLik[i] = (logLik[i] ?? 0) + (row.logs[i] ?? 0);
    }
  }
  const scores = kb.conditions.map((c, i) => {
    let ll = logLik[i] ?? 0;
    const own = factors[i] ?? new Map<string, Factor>();
    const location = locationFactor(c, places);
    if (location) ll += Math.log(location.lr);
    // A fired red-flag pattern (a Wells-style cluster, the rupture signs) is evidence for the condition it names.
    const pattern = patterns.find((p) => p.conditionId === c.id);
    if (pattern) {
      own.set(PATTERN_ID, { lr: pattern.lr, basis: 'judgement', sources: [] });
      ll += Math.log(pattern.lr);
    }
    if (hints.some((h) => h.conditionId === c.id)) {
      own.set(SELF_DIAGNOSIS_ID, { lr: SELF_DIAGNOSIS_LR, basis: 'judgement', sources: [] });
      ll += Math.log(SELF_DIAGNOSIS_LR);
    }
    // A text account silent about the event that defines the condition (untold-event.ts), where the place fits it
    // (elsewhere the location factor already speaks, and the questions stay as they were).
    const untold = location === null && places.length > 0 ? untoldEvent.get(c.id) : undefined;
    if (untold) {
      own.set(UNTOLD_EVENT_ID, untold);
      ll += Math.log(untold.lr);
    }
    return { condition: c, logPrior: Math.log(c.prior.weight / total), factors: own, location, logLik: ll };
  });
  return liftPatterns(scores, patterns);
}

/**
 * Keep the condition an emergency or urgent rule points to at or near the top: its score is raised, when needed,
 * to `floor` times the best condition no rule points to. The lift is recorded as its own factor for the "why".
 */
function liftPatterns(scores: readonly ConditionScore[], patterns: readonly RulePattern[]): ConditionScore[] {
  const floored = patterns.filter((p) => p.floor > 0);
  if (floored.length === 0) return [...scores];
  const suggested = new Set(patterns.map((p) => p.conditionId));
  let leader = -Infinity;
  for (const s of scores) if (!suggested.has(s.condition.id)) leader = Math.max(leader, s.logPrior + s.logLik);
  if (!Number.isFinite(leader)) return [...scores];
  return scores.map((s) => {
    const p = floored.find((x) => x.conditionId === s.condition.id);
    const need = p ? leader + Math.log(p.floor) - (s.logPrior + s.logLik) : 0;
    if (!p || need <= 0) return s;
    const factors = new Map(s.factors);
    factors.set(PRIORITY_ID, { lr: Math.exp(need), basis: 'judgement', sources: [] });
    return { ...s, factors, logLik: s.logLik + need };
  });
}

const priorTotals = new WeakMap<KnowledgeBase, number>();

function totalPrior(kb: KnowledgeBase): number {
  let total = priorTotals.get(kb);
  if (total === undefined) {
    total = kb.conditions.reduce((s, c) => s + c.prior.weight, 0) || 1;
    priorTotals.set(kb, total);
  }
  return total;
}

/**
 * Two problems at once only where the evidence says so: each must explain some positive finding (or the place)
 * better than the other does. Otherwise a common condition would ride along in every pair on its prior alone.
 */
function bothContribute(a: ConditionScore, b: ConditionScore, findings: readonly KnownFinding[]): boolean {
  let aOwn = (b.location?.lr ?? 1) < (a.location?.lr ?? 1);
  let bOwn = (a.location?.lr ?? 1) < (b.location?.lr ?? 1);
  for (const k of findings) {
    if (k.value === false || k.value === 'unknown') continue;
    const fa = a.factors.get(k.id)?.lr ?? 1;
    const fb = b.factors.get(k.id)?.lr ?? 1;
    if (fa > 1 && fa > fb) aOwn = true;
    if (fb > 1 && fb > fa) bOwn = true;
    if (aOwn && bOwn) return true;
  }
  return aOwn && bOwn;
}

/** The pattern and priority factors of a condition together (1 when no rule points to it). */
function warningLr(s: ConditionScore): number {
  return (s.factors.get(PATTERN_ID)?.lr ?? 1) * (s.factors.get(PRIORITY_ID)?.lr ?? 1);
}

function pairLogLik(a: ConditionScore, b: ConditionScore, findings: readonly KnownFinding[]): number {
  // Each problem of a pair must account for a place the runner named: one that hurts nowhere mentioned is
  // as unlikely in a pair as alone (else a common condition rides along on a trivial finding such as duration).
  let sum = Math.log(a.location?.lr ?? 1) + Math.log(b.location?.lr ?? 1)
    + Math.log(Math.max(warningLr(a), warningLr(b)))
    + Math.log(a.factors.get(UNTOLD_EVENT_ID)?.lr ?? 1) + Math.log(b.factors.get(UNTOLD_EVENT_ID)?.lr ?? 1);
  for (const k of findings) {
    const fa = a.factors.get(k.id)?.lr ?? 1;
    const fb = b.factors.get(k.id)?.lr ?? 1;
    // Either problem can explain a present finding; an absent finding counts against both (noisy-OR shape).
    sum += k.value === false ? Math.log(fa) + Math.log(fb) : Math.log(Math.max(fa, fb));
  }
  return sum;
}

function byScore(a: ConditionScore, b: ConditionScore): number {
  return b.logPrior + b.logLik - (a.logPrior + a.logLik) || a.condition.id.localeCompare(b.condition.id);
}

/**
 * Normalise singles, pairs and "something else" into probabilities.
 * @example posterior(scoreConditions(kb, findings), findings).marginal.get('plantar-fasciitis')
 */
export function posterior(scores: readonly ConditionScore[], findings: readonly KnownFinding[]): Posterior {
  const sorted = [...scores].sort(byScore);
  const logOther = Math.log(OTHER_PRIOR_SHARE / (1 - OTHER_PRIOR_SHARE));
  const hyps: { ids: string[]; log: number }[] = sorted.map((s) => ({ ids: [s.condition.id], log: s.logPrior + s.logLik }));
  hyps.push({ ids: [], log: logOther });
  const pool = sorted.slice(0, PAIR_POOL);
  const positives = findings.some((k) => k.value !== false && k.value !== 'unknown');
  for (let i = 0; positives && i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const a = pool[i];
      const b = pool[j];
      if (!a || !b || !bothContribute(a, b, findings)) continue;
      hyps.push({
        ids: [a.condition.id, b.condition.id],
        log: a.logPrior + b.logPrior + Math.log(PAIR_PRIOR_FACTOR) + pairLogLik(a, b, findings),
      });
    }
  }
  const max = Math.max(...hyps.map((h) => h.log));
  const weights = hyps.map((h) => Math.exp(h.log - max));
  const z = weights.reduce((s, w) => s + w, 0);
  const marginal = new Map<string, number>(sorted.map((s) => [s.condition.id, 0]));
  let other = 0;
  const pairs: { ids: [string, string]; probability: number }[] = [];
  hyps.forEach((h, i) => {
    const p = (weights[i] ?? 0) / z;
    if (h.ids.length === 0) other += p;
    for (const id of h.ids) marginal.set(id, (marginal.get(id) ?? 0) + p);
    const [a, b] = h.ids;
    if (a !== undefined && b !== undefined) pairs.push({ ids: [a, b], probability: p });
  });
  pairs.sort((x, y) => y.probability - x.probability || x.ids.join().localeCompare(y.ids.join()));
  return { scores: sorted, marginal, other, pairs };
}
