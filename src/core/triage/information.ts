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

const tableCache = new WeakMap<KnowledgeBase, Map<string, readonly (readonly number[])[]>>();

/** P(each answer | condition) for one finding, for every condition in KB order (cached per KB; pure). */
function answerTable(kb: KnowledgeBase, f: Finding, outs: readonly { value: FindingValue; base: number }[]): readonly (readonly number[])[] {
  let byKb = tableCache.get(kb);
  if (!byKb) {
    byKb = new Map();
    tableCache.set(kb, byKb);
  }
  const hit = byKb.get(f.id);
  if (hit) return hit;
  const table = kb.conditions.map((c) => {
    const raw = outs.map((o) => o.base * (findingFactor(kb, c, f, o.value)?.lr ?? 1));
    const z = raw.reduce((a, b) => a + b, 0) || 1;
    return raw.map((r) => r / z);
  });
  byKb.set(f.id, table);
  return table;
}

/**
 * P(each answer | condition) for one finding, for every condition in KB order (built once per KB and finding).
 * @example answerTableFor(kb, kb.findingById.get('swelling')!)[0] // [P(yes), P(no)] for the first condition
 */
export function answerTableFor(kb: KnowledgeBase, f: Finding): readonly (readonly number[])[] {
  return answerTable(kb, f, outcomes(kb, f));
}

/** What every question shares within one assessment: the hypotheses' weights now and the entropy before asking. */
interface Shared {
  /** Marginal probability of each hypothesis (post.scores order, "something else" last), as in the posterior. */
  readonly raw: readonly number[];
  /** Probability of each hypothesis (post.scores order, "something else" last), normalised. */
  readonly prior: readonly number[];
  /** KB index of each condition in post.scores order. */
  readonly kbIndex: readonly number[];
  readonly before: number;
}

const sharedCache = new WeakMap<Posterior, Shared>();

/** Computed once per posterior (one assessment), not once per candidate question. */
function shared(kb: KnowledgeBase, post: Posterior): Shared {
  const hit = sharedCache.get(post);
  if (hit) return hit;
  const raw = [...post.scores.map((s) => post.marginal.get(s.condition.id) ?? 0), post.other];
  const z = raw.reduce((s, p) => s + p, 0) || 1;
  const prior = raw.map((p) => p / z);
  const position = kbPositions(kb);
  const out = { raw, prior, kbIndex: post.scores.map((s) => position.get(s.condition.id) ?? -1), before: entropy(prior) };
  sharedCache.set(post, out);
  return out;
}

const positionCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, number>>();

function kbPositions(kb: KnowledgeBase): ReadonlyMap<string, number> {
  let m = positionCache.get(kb);
  if (!m) {
    m = new Map(kb.conditions.map((c, i) => [c.id, i]));
    positionCache.set(kb, m);
  }
  return m;
}

/** Predicted single-condition posterior (and "something else" last) for each answer, with its probability. */
export function predict(
  kb: KnowledgeBase, f: Finding, post: Posterior,
): { value: FindingValue; p: number; dist: number[] }[] {
  const outs = outcomes(kb, f);
  if (outs.length < 2) return [];
  const { prior, kbIndex } = shared(kb, post);
  // pv[i][o] = P(outcome o | hypothesis i), fixed per KB and finding, so computed once.
  const table = answerTable(kb, f, outs);
  const bases = outs.map((o) => o.base);
  const pv = kbIndex.map((i) => table[i] ?? bases);
  pv.push(bases);
  return outs.map((o, k) => {
    const joint = prior.map((q, i) => q * (pv[i]?.[k] ?? 0));
    let p = 0;
    for (const j of joint) p += j;
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
  const { before } = shared(kb, post);
  const after = predicted.reduce((s, o) => s + o.p * entropy(o.dist), 0);
  return { gain: Math.max(0, before - after), predicted };
}

const listedCache = new WeakMap<KnowledgeBase, Map<string, readonly boolean[]>>();

/**
 * For each condition in KB order: does its evidence list this finding? (cached per KB)
 * @example listedBy(kb, kb.findingById.get('swelling')!)[0]
 */
export function listedBy(kb: KnowledgeBase, f: Finding): readonly boolean[] {
  let byKb = listedCache.get(kb);
  if (!byKb) {
    byKb = new Map();
    listedCache.set(kb, byKb);
  }
  let row = byKb.get(f.id);
  if (!row) {
    row = kb.conditions.map((c) => evidenceFor(c, f.id).length > 0);
    byKb.set(f.id, row);
  }
  return row;
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
  const { kbIndex, raw } = shared(kb, post);
  const listed = listedBy(kb, f);
  for (let i = 0; i < kbIndex.length; i++) {
    const w = raw[i] ?? 0;
    z += w;
    const at = kbIndex[i] ?? -1;
    p += w * (listed[at] === true ? table[at]?.[yesAt] ?? WARNING_SIGN_BASE_YES : WARNING_SIGN_BASE_YES);
  }
  return z > 0 ? p / z : 0;
}

/** One possible answer as the question scorer sees it: its chance, and what a caller computed from the prediction. */
export interface AnswerSummary {
  readonly value: FindingValue;
  readonly p: number;
  /** `measure` applied to the predicted distribution after this answer. */
  readonly measure: number;
}

let scratchJoint = new Float64Array(64);
let scratchDist = new Float64Array(64);

/**
 * `informationGain` for the question scorer, without building a distribution per answer: the same arithmetic in the
 * same order (so the same numbers to the last bit), in two reused buffers, with `measure` (the level of care the
 * predicted distribution would set) applied to each answer's distribution before the buffer is reused.
 * @example gainAndMeasure(kb, f, post, (dist) => dist[0] ?? 0).gain === informationGain(kb, f, post).gain
 */
export function gainAndMeasure(
  kb: KnowledgeBase, f: Finding, post: Posterior, measure: (dist: Float64Array, length: number) => number,
): { gain: number; answers: AnswerSummary[] } {
  const outs = outcomes(kb, f);
  if (outs.length < 2) return { gain: 0, answers: [] };
  const { prior, kbIndex, before } = shared(kb, post);
  const table = answerTable(kb, f, outs);
  const n = prior.length;
  if (scratchJoint.length < n) {
    scratchJoint = new Float64Array(n * 2);
    scratchDist = new Float64Array(n * 2);
  }
  const joint = scratchJoint;
  const dist = scratchDist;
  const last = n - 1;
  const bases = outs.map((o) => o.base);
  const answers: AnswerSummary[] = [];
  let after = 0;
  for (let k = 0; k < outs.length; k++) {
    const o = outs[k];
    if (!o) continue;
    let p = 0;
    for (let i = 0; i < n; i++) {
      // As predict(): a condition's row of the answer table, "something else" at the base rate.
      const pk = i < last ? (table[kbIndex[i] ?? -1] ?? bases)[k] ?? 0 : o.base;
      const j = (prior[i] ?? 0) * pk;
      joint[i] = j;
      p += j;
    }
    let h = 0;
    for (let i = 0; i < n; i++) {
      const d = p > 0 ? (joint[i] ?? 0) / p : (joint[i] ?? 0);
      dist[i] = d;
      if (d > 0) h -= d * Math.log2(d);
    }
    after += p * h;
    answers.push({ value: o.value, p, measure: measure(dist, n) });
  }
  return { gain: Math.max(0, before - after), answers };
}
