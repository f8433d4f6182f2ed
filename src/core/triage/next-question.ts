/**
 * The next question: red-flag checks first (as one "do any of these apply?" screen), then the finding with
 * the best mix of expected information gain over the differential and chance of changing the level of care.
 * Self-tests compete on the same score (slightly discounted for the effort) and are skipped when a finding
 * makes them unsafe. Returns null once confident, or when a red flag already decides the advice.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { CareLevel, Finding } from '../kb/schema.ts';
import type { Posterior } from './differential.ts';
import { informationGain } from './information.ts';
import { careRank } from './levels.ts';
import { redFlagRules } from './red-flag-rules.ts';
import { condFindings, evalCond, type Lookup } from './rule-logic.ts';
import type { FindingValue, NextQuestion } from './types.ts';
import { CARE_THRESHOLD, RED_FLAG_CONDITION_THRESHOLD } from './care.ts';

/** Bits of information counted as one level of care changed (triage-settling value; judgement). */
export const TRIAGE_WEIGHT = 1.2;
/** Self-tests take effort: their score is discounted a little. */
export const SELF_TEST_DISCOUNT = 0.9;
/** Below this score a question is not worth asking. */
export const MIN_SCORE = 0.04;
/** Stop when the leading condition is this likely and no answer is likely to change the level of care. */
export const CONFIDENT = 0.85;
export const MAX_QUESTIONS = 25;

const ruleFindings = new Set(redFlagRules.flatMap((r) => condFindings(r.when)));

/** The level of care the conditions would set under a predicted distribution (thresholds as in care.ts). */
function careFor(thresholds: readonly number[], ranks: readonly number[], dist: readonly number[]): number {
  let rank = 0;
  for (let i = 0; i < thresholds.length; i++) {
    if ((dist[i] ?? 0) >= (thresholds[i] ?? 1) && (ranks[i] ?? 0) > rank) rank = ranks[i] ?? 0;
  }
  return rank;
}

/** Finding id → the red-flag rules that mention it (only those can change when that answer changes). */
const rulesByFinding = new Map<string, typeof redFlagRules[number][]>();
for (const r of redFlagRules) {
  for (const id of new Set(condFindings(r.when))) rulesByFinding.set(id, [...(rulesByFinding.get(id) ?? []), r]);
}

/**
 * The red-flag level if finding `f` were answered `value`: the current level, raised by any rule mentioning `f`
 * that would then fire (an extra answer can only add hits) or by the safety net for a KB red-flag finding.
 */
function flagRankIf(f: Finding, value: FindingValue, get: Lookup, flagNow: number): number {
  const lookup: Lookup = (id) => (id === f.id ? value : get(id));
  let rank = flagNow;
  for (const r of rulesByFinding.get(f.id) ?? []) {
    if (careRank(r.level) > rank && evalCond(r.when, lookup).truth === true) rank = careRank(r.level);
  }
  // Safety net (red-flags.ts): a KB red-flag finding no rule fired on still means urgent.
  if (f.redFlag && value === true && rank < careRank('urgent')) {
    const covered = (rulesByFinding.get(f.id) ?? []).some((r) => evalCond(r.when, lookup).truth === true);
    if (!covered) rank = careRank('urgent');
  }
  return rank;
}

function asQuestion(kb: KnowledgeBase, f: Finding, why: string): NextQuestion {
  const test = f.selfTest ? kb.selfTestById.get(f.selfTest) : undefined;
  const base = {
    kind: test ? 'self-test' as const : 'finding' as const, findingId: f.id, text: f.question, type: f.type, why,
    ...(f.help ? { help: f.help } : {}), ...(f.unit ? { unit: f.unit } : {}),
    ...(f.min !== undefined ? { min: f.min } : {}), ...(f.max !== undefined ? { max: f.max } : {}),
  };
  const options = f.type === 'choice' ? (f.options ?? []).map((o) => ({ value: o.value, label: o.label }))
    : f.type === 'side' ? [{ value: 'left', label: 'Left' }, { value: 'right', label: 'Right' }, { value: 'both', label: 'Both' }] : undefined;
  return {
    ...base, ...(options ? { options } : {}),
    ...(test ? { selfTest: { id: test.id, name: test.name, steps: test.steps, safety: test.safety } } : {}),
  };
}

function unsafe(kb: KnowledgeBase, f: Finding, get: Lookup): boolean {
  const test = f.selfTest ? kb.selfTestById.get(f.selfTest) : undefined;
  return test !== undefined && test.contraindicatedBy.some((id) => get(id) === true);
}

/** How many leading conditions supply candidate questions. */
export const CANDIDATE_POOL = 8;

const ruleFindingCache = new WeakMap<KnowledgeBase, Finding[]>();
const evidenceFindingCache = new WeakMap<KnowledgeBase, Map<string, Finding[]>>();
const orderCache = new WeakMap<KnowledgeBase, Map<string, number>>();

/**
 * The findings worth scoring: those in the leading conditions' evidence, plus every finding a red-flag rule uses.
 * A finding no leading condition mentions cannot separate them, so scoring it is wasted work. The per-KB lists
 * are computed once and cached by KB object (pure: the KB is immutable).
 */
function candidates(kb: KnowledgeBase, post: Posterior): Finding[] {
  let rules = ruleFindingCache.get(kb);
  if (!rules) {
    rules = kb.findings.filter((f) => ruleFindings.has(f.id));
    ruleFindingCache.set(kb, rules);
  }
  let byCondition = evidenceFindingCache.get(kb);
  if (!byCondition) {
    byCondition = new Map();
    for (const c of kb.conditions) {
      const ids = new Set(c.evidence.map((e) => e.finding));
      for (const z of c.zones) ids.add(`pain-${z}`);
      byCondition.set(c.id, kb.findings.filter((f) => ids.has(f.id)));
    }
    evidenceFindingCache.set(kb, byCondition);
  }
  const leading = [...post.scores]
    .sort((a, b) => (post.marginal.get(b.condition.id) ?? 0) - (post.marginal.get(a.condition.id) ?? 0) || a.condition.id.localeCompare(b.condition.id))
    .slice(0, CANDIDATE_POOL);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const list of [rules, ...leading.map((s) => byCondition.get(s.condition.id) ?? [])]) {
    for (const f of list) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push(f);
    }
  }
  // Keep KB order so ties break the same way whatever the leading conditions are.
  let order = orderCache.get(kb);
  if (!order) {
    order = new Map(kb.findings.map((f, i) => [f.id, i]));
    orderCache.set(kb, order);
  }
  return out.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** Options for choosing. */
export interface NextQuestionContext {
  readonly kb: KnowledgeBase;
  readonly get: Lookup;
  readonly post: Posterior;
  readonly currentLevel: CareLevel;
  readonly redFlagLevel: CareLevel | null;
  readonly answered: number;
}

/**
 * Choose the next question, or null when done.
 * @example chooseNextQuestion(ctx)?.kind // 'red-flag-screen' at the start
 */
export function chooseNextQuestion(ctx: NextQuestionContext): NextQuestion | null {
  const { kb, get, post } = ctx;
  if (ctx.redFlagLevel === 'emergency' || ctx.answered >= MAX_QUESTIONS) return null;
  const open = (f: Finding): boolean => get(f.id) === undefined;
  const screen = kb.findings.filter((f) => f.redFlag && f.type === 'boolean' && open(f));
  if (screen.length > 0) {
    return {
      kind: 'red-flag-screen', findingId: null, type: 'multi',
      text: 'First, a safety check. Do any of these apply to you right now? Tick all that do.',
      items: screen.map((f) => ({ findingId: f.id, label: f.label, question: f.question })),
      why: 'Warning signs are checked before anything else, because they change what you should do today.',
    };
  }
  const thresholds = post.scores.map((s) => (s.condition.redFlag ? RED_FLAG_CONDITION_THRESHOLD : CARE_THRESHOLD));
  const ranks = post.scores.map((s) => careRank(s.condition.care.level));
  const nowRank = Math.max(careRank(ctx.currentLevel), 0);
  const flagNow = ctx.redFlagLevel ? careRank(ctx.redFlagLevel) : -1;
  let best: { f: Finding; score: number; triage: number } | null = null;
  for (const f of candidates(kb, post)) {
    if (!open(f) || unsafe(kb, f, get)) continue;
    const { gain, predicted } = informationGain(kb, f, post);
    let triage = 0;
    for (const o of predicted) {
      const value: FindingValue = o.value;
      const flags = flagRankIf(f, value, get, flagNow);
      const rank = Math.max(careFor(thresholds, ranks, o.dist), flags);
      triage += o.p * Math.abs(rank - nowRank);
    }
    // Once a red flag has set the level, only a more urgent one is worth asking about.
    if (flagNow >= 0 && (triage === 0 || !ruleFindings.has(f.id))) continue;
    const score = (gain + TRIAGE_WEIGHT * triage) * (f.selfTest ? SELF_TEST_DISCOUNT : 1);
    if (!best || score > best.score + 1e-12) best = { f, score, triage };
  }
  if (!best || best.score < MIN_SCORE) return null;
  const top = Math.max(...post.marginal.values(), 0);
  if (top >= CONFIDENT && best.triage < 0.05) return null;
  const why = best.triage >= 0.05
    ? 'Your answer could change how soon you should be seen.'
    : 'This is the question that best tells apart the likely causes.';
  return asQuestion(kb, best.f, why);
}
