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
import { checkRedFlags } from './red-flags.ts';
import { condFindings, type Lookup } from './rule-logic.ts';
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

function careFor(kb: KnowledgeBase, ids: readonly string[], dist: readonly number[]): number {
  let rank = 0;
  dist.forEach((p, i) => {
    const c = kb.conditionById.get(ids[i] ?? '');
    if (c && p >= (c.redFlag ? RED_FLAG_CONDITION_THRESHOLD : CARE_THRESHOLD)) rank = Math.max(rank, careRank(c.care.level));
  });
  return rank;
}

function flagRank(kb: KnowledgeBase, get: Lookup): number {
  const top = checkRedFlags(kb, get)[0];
  return top ? careRank(top.level) : -1;
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
  const ids = post.scores.map((s) => s.condition.id);
  const nowRank = Math.max(careRank(ctx.currentLevel), 0);
  const flagNow = ctx.redFlagLevel ? careRank(ctx.redFlagLevel) : -1;
  let best: { f: Finding; score: number; triage: number } | null = null;
  for (const f of kb.findings) {
    if (!open(f) || unsafe(kb, f, get)) continue;
    const { gain, predicted } = informationGain(kb, f, post);
    let triage = 0;
    for (const o of predicted) {
      const value: FindingValue = o.value;
      const flags = ruleFindings.has(f.id) ? flagRank(kb, (id) => (id === f.id ? value : get(id))) : flagNow;
      const rank = Math.max(careFor(kb, [...ids, ''], o.dist), flags);
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
