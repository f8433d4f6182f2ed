/**
 * Expected information gain of asking one finding: the drop in entropy of the differential (singles plus
 * "something else") we expect from the answer, using the same likelihood ratios as the engine.
 * P(answer | condition) ∝ base(answer) × LR(condition, answer): the base rate is the answer's frequency
 * among people without the condition.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Finding } from '../kb/schema.ts';
import type { Posterior } from './differential.ts';
import { entryLrs, evidenceFor, findingFactor } from './likelihood.ts';
import type { FindingValue } from './types.ts';

/** Chance of "yes" in someone without the condition when no specificity is known (judgement). */
export const DEFAULT_BASE_YES = 0.15;
/**
 * Chance of a warning sign in someone whose condition does not produce it (judgement: a gap in the Achilles or a
 * cold pale foot is rare in a runner with plantar fasciitis, far rarer than the clinic-based specificities imply).
 */
export const WARNING_SIGN_BASE_YES = 0.02;

const outcomeCache = new WeakMap<KnowledgeBase, Map<string, { value: FindingValue; base: number }[]>>();

/** The possible answers to a finding, each with its base probability (cached per KB). */
export function outcomes(kb: KnowledgeBase, f: Finding): { value: FindingValue; base: number }[] {
  let byKb = outcomeCache.get(kb);
  if (!byKb) {
    byKb = new Map();
    outcomeCache.set(kb, byKb);
  }
  const hit = byKb.get(f.id);
  if (hit) return hit;
  const computed = computeOutcomes(kb, f);
  byKb.set(f.id, computed);
  return computed;
}

function computeOutcomes(kb: KnowledgeBase, f: Finding): { value: FindingValue; base: number }[] {
  if (f.type === 'boolean') {
    const specs: number[] = [];
    for (const c of kb.conditions) {
      for (const e of evidenceFor(c, f.id)) {
        const { plus, minus } = entryLrs(e);
        const spec = e.spec ?? (plus > 1 && minus < 1 ? (plus - 1) / (plus - minus) : undefined);
        if (spec !== undefined) specs.push(spec);
      }
    }
    specs.sort((a, b) => a - b);
    const median = specs[Math.floor(specs.length / 2)];
    const q = median === undefined ? DEFAULT_BASE_YES : Math.min(0.5, Math.max(0.03, 1 - median));
    return [{ value: true, base: q }, { value: false, base: 1 - q }];
  }
  if (f.type === 'choice' || f.type === 'side') {
    const values = f.type === 'side' ? ['left', 'right', 'both'] : (f.options ?? []).map((o) => o.value);
    return values.map((value) => ({ value, base: 1 / values.length }));
  }
  const cuts = new Set<number>();
  for (const c of kb.conditions) {
    for (const e of evidenceFor(c, f.id)) {
      if (typeof e.match === 'object') {
        if (e.match.min !== undefined) cuts.add(e.match.min);
        if (e.match.max !== undefined) cuts.add(e.match.max);
      }
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const points = [sorted[0]! - 1, ...sorted.map((x, i) => (i + 1 < sorted.length ? (x + sorted[i + 1]!) / 2 : x + 1))];
  return points.map((value) => ({ value, base: 1 / points.length }));
}

function entropy(ps: readonly number[]): number {
  let h = 0;
  for (const p of ps) if (p > 0) h -= p * Math.log2(p);
  return h;
}

const tableCache = new WeakMap<KnowledgeBase, Map<string, Map<string, number[]>>>();

/** P(each answer | condition) for one finding, for every condition (cached per KB; pure). */
function answerTable(kb: KnowledgeBase, f: Finding, outs: readonly { value: FindingValue; base: number }[]): Map<string, number[]> {
  let byKb = tableCache.get(kb);
  if (!byKb) {
    byKb = new Map();
    tableCache.set(kb, byKb);
  }
  const hit = byKb.get(f.id);
  if (hit) return hit;
  const table = new Map<string, number[]>();
  for (const c of kb.conditions) {
    const raw = outs.map((o) => o.base * (findingFactor(kb, c, f, o.value)?.lr ?? 1));
    const z = raw.reduce((a, b) => a + b, 0) || 1;
    table.set(c.id, raw.map((r) => r / z));
  }
  byKb.set(f.id, table);
  return table;
}

/** Predicted single-condition posterior (and "something else" last) for each answer, with its probability. */
export function predict(
  kb: KnowledgeBase, f: Finding, post: Posterior,
): { value: FindingValue; p: number; dist: number[] }[] {
  const outs = outcomes(kb, f);
  if (outs.length < 2) return [];
  const ids = post.scores.map((s) => s.condition.id);
  const prior = [...ids.map((id) => post.marginal.get(id) ?? 0), post.other];
  const z0 = prior.reduce((s, p) => s + p, 0) || 1;
  // pv[i][o] = P(outcome o | hypothesis i), fixed per KB and finding, so computed once.
  const table = answerTable(kb, f, outs);
  const pv = post.scores.map((s) => table.get(s.condition.id) ?? outs.map((o) => o.base));
  pv.push(outs.map((o) => o.base));
  return outs.map((o, k) => {
    const joint = prior.map((p, i) => (p / z0) * (pv[i]?.[k] ?? 0));
    const p = joint.reduce((a, b) => a + b, 0);
    return { value: o.value, p, dist: p > 0 ? joint.map((j) => j / p) : joint };
  });
}

/**
 * Expected entropy reduction (bits) of asking a finding, and the predicted answers.
 * @example informationGain(kb, kb.findingById.get('pain-first-steps')!, post).gain > 0
 */
export function informationGain(kb: KnowledgeBase, f: Finding, post: Posterior): { gain: number; predicted: ReturnType<typeof predict> } {
  const predicted = predict(kb, f, post);
  if (predicted.length === 0) return { gain: 0, predicted };
  const ids = post.scores.map((s) => s.condition.id);
  const now = [...ids.map((id) => post.marginal.get(id) ?? 0), post.other];
  const z = now.reduce((s, p) => s + p, 0) || 1;
  const before = entropy(now.map((p) => p / z));
  const after = predicted.reduce((s, o) => s + o.p * entropy(o.dist), 0);
  return { gain: Math.max(0, before - after), predicted };
}

/**
 * P(yes) for a warning-sign finding given the differential: the conditions that list it answer as their evidence
 * says, every other hypothesis (and "something else") at WARNING_SIGN_BASE_YES. Used for the chance that asking
 * it changes the level of care, so a sign that fits none of the likely causes is not worth a question.
 * @example warningSignYes(kb, kb.findingById.get('gap-in-achilles')!, post) // small for heel pain
 */
export function warningSignYes(kb: KnowledgeBase, f: Finding, post: Posterior): number {
  if (f.type !== 'boolean') return 0;
  const outs = outcomes(kb, f);
  const yesAt = outs.findIndex((o) => o.value === true);
  if (yesAt < 0) return 0;
  const table = answerTable(kb, f, outs);
  let z = post.other;
  let p = post.other * WARNING_SIGN_BASE_YES;
  for (const s of post.scores) {
    const w = post.marginal.get(s.condition.id) ?? 0;
    z += w;
    p += w * (evidenceFor(s.condition, f.id).length > 0 ? table.get(s.condition.id)?.[yesAt] ?? WARNING_SIGN_BASE_YES : WARNING_SIGN_BASE_YES);
  }
  return z > 0 ? p / z : 0;
}
