/**
 * The next question: red-flag checks first (as one "do any of these apply?" screen), then, among the questions
 * that fit the story (question-candidates.ts), the one with the best mix of expected information gain over the
 * differential and chance of changing the level of care. Self-tests compete on the same score (slightly
 * discounted for the effort) and are skipped when a finding makes them unsafe. Stops — and says why — once the
 * leading condition is clear and no relevant warning sign is left to ask, when a red flag already decides the
 * advice, or when no question is worth asking.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { CareLevel, Finding } from '../kb/schema.ts';
import type { Posterior } from './differential.ts';
import { gainAndMeasure, warningSignYes } from './information.ts';
import { careRank } from './levels.ts';
import { pendingOttawaCheck, questionCandidates, rulesByFinding, type Candidate } from './question-candidates.ts';
import { truthOf, type Lookup } from './rule-logic.ts';
import type { FindingValue, KnownFinding, NextQuestion, StopReason } from './types.ts';
import { CARE_THRESHOLD, RED_FLAG_CONDITION_THRESHOLD } from './care.ts';
import { BONE_STOP_THRESHOLD } from './bone-stress.ts';
import { estimateRemaining } from './progress.ts';

/** Bits of information counted as one level of care changed (triage-settling value; judgement). */
export const TRIAGE_WEIGHT = 1.2;
/** Self-tests take effort: their score is discounted a little. */
export const SELF_TEST_DISCOUNT = 0.9;
/** Below this score a question is not worth asking. */
export const MIN_SCORE = 0.04;
/** Stop when the leading condition is this likely and no relevant warning sign is left to ask (judgement). */
export const CONFIDENT = 0.8;
/** Expected change in the level of care above which a question counts as settling triage. */
export const TRIAGE_RELEVANT = 0.05;
/** With a clear leader, a warning sign is still asked only if it would change the level this much (judgement). */
export const TRIAGE_RELEVANT_WHEN_CONFIDENT = 0.05;
/** At most this many questions (the red-flag screen counts as one). */
export const MAX_QUESTIONS = 25;
export { CANDIDATE_POOL } from './question-candidates.ts';

/** What care.ts needs to know about each hypothesis to set a level from a distribution. */
interface CareModel {
  readonly thresholds: readonly number[];
  readonly ranks: readonly number[];
  readonly bone: readonly boolean[];
}

function careModel(post: Posterior): CareModel {
  return {
    thresholds: post.scores.map((s) => (s.condition.redFlag ? RED_FLAG_CONDITION_THRESHOLD : CARE_THRESHOLD)),
    ranks: post.scores.map((s) => careRank(s.condition.care.level)),
    bone: post.scores.map((s) => (s.condition.category === 'bone-stress' || s.condition.category === 'fracture') && s.condition.running.advice === 'stop'),
  };
}

/**
 * The level of care the differential would set under a distribution over the single conditions with "something
 * else" last, as care.ts does: likely conditions, the summed bone-stress share, and an unclear picture.
 */
function careFor(m: CareModel, dist: ArrayLike<number>): number {
  let rank = 0;
  let bone = 0;
  let top = 0;
  for (let i = 0; i < m.thresholds.length; i++) {
    const p = dist[i] ?? 0;
    if (p > top) top = p;
    if (m.bone[i]) bone += p;
    if (p >= (m.thresholds[i] ?? 1) && (m.ranks[i] ?? 0) > rank) rank = m.ranks[i] ?? 0;
  }
  const doctor = careRank('doctor');
  if ((bone >= BONE_STOP_THRESHOLD || (dist[m.thresholds.length] ?? 0) > top) && rank < doctor) rank = doctor;
  return rank;
}

/**
 * The red-flag level if finding `f` were answered `value`: the current level, raised by any rule mentioning `f`
 * that would then fire (an extra answer can only add hits) or by the safety net for a KB red-flag finding.
 */
function flagRankIf(f: Finding, value: FindingValue, get: Lookup, flagNow: number): number {
  const lookup: Lookup = (id) => (id === f.id ? value : get(id));
  let rank = flagNow;
  for (const r of rulesByFinding.get(f.id) ?? []) {
    if (careRank(r.level) > rank && truthOf(r.when, lookup) === true) rank = careRank(r.level);
  }
  // Safety net (red-flags.ts): a KB red-flag finding no rule fired on still means urgent.
  if (f.redFlag && value === true && rank < careRank('urgent')) {
    const covered = (rulesByFinding.get(f.id) ?? []).some((r) => truthOf(r.when, lookup) === true);
    if (!covered) rank = careRank('urgent');
  }
  return rank;
}

function asQuestion(kb: KnowledgeBase, c: Candidate, why: string): NextQuestion {
  const f = c.finding;
  const test = c.asSelfTest && f.selfTest ? kb.selfTestById.get(f.selfTest) : undefined;
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

function unsafe(kb: KnowledgeBase, c: Candidate, get: Lookup): boolean {
  const test = c.asSelfTest && c.finding.selfTest ? kb.selfTestById.get(c.finding.selfTest) : undefined;
  return test !== undefined && test.contraindicatedBy.some((id) => get(id) === true);
}

/** Options for choosing. */
export interface NextQuestionContext {
  readonly kb: KnowledgeBase;
  readonly get: Lookup;
  readonly post: Posterior;
  readonly findings: readonly KnownFinding[];
  readonly currentLevel: CareLevel;
  readonly redFlagLevel: CareLevel | null;
}

/** A scored candidate question. */
export interface ScoredQuestion {
  readonly candidate: Candidate;
  /** Expected entropy reduction of the differential (bits). */
  readonly gain: number;
  /** Expected change in the level of care (levels). */
  readonly triage: number;
  readonly score: number;
}

/** The screen's findings: every boolean red-flag finding in the KB. */
function screenFindings(kb: KnowledgeBase): Finding[] {
  return kb.findings.filter((f) => f.redFlag && f.type === 'boolean');
}

/**
 * Questions asked so far: each answered finding outside the screen, plus one for the screen (answered together).
 * @example questionsAsked(kb, findings) // 3
 */
export function questionsAsked(kb: KnowledgeBase, findings: readonly KnownFinding[]): number {
  const answers = findings.filter((f) => f.source === 'answer');
  const screen = answers.filter((f) => kb.findingById.get(f.id)?.redFlag === true).length;
  return answers.length - screen + (screen > 0 ? 1 : 0);
}

/**
 * Score every candidate question, best first (ties keep KB order).
 * @example scoreQuestions(ctx)[0]?.candidate.finding.id // 'pain-first-steps'
 */
export function scoreQuestions(ctx: NextQuestionContext): ScoredQuestion[] {
  const { kb, get, post } = ctx;
  const model = careModel(post);
  const flagNow = ctx.redFlagLevel ? careRank(ctx.redFlagLevel) : -1;
  // The level now under the same model as the predicted answers, so a question only counts as settling triage
  // when an answer would really move the level (not merely because care.ts has rules the model leaves out).
  const now = [...post.scores.map((x) => post.marginal.get(x.condition.id) ?? 0), post.other];
  const z = now.reduce((a, b) => a + b, 0) || 1;
  const nowRank = Math.max(careFor(model, now.map((p) => p / z)), flagNow, 0);
  const out: ScoredQuestion[] = [];
  for (const c of questionCandidates(kb, post, get, ctx.findings)) {
    if (unsafe(kb, c, get)) continue;
    const f = c.finding;
    const { gain, answers } = gainAndMeasure(kb, f, post, (dist) => careFor(model, dist));
    // A warning sign's "yes" is weighed by how likely it is given the likely causes (information.ts), not by its
    // clinic base rate; other answers by their predicted chance.
    const warnYes = rulesByFinding.has(f.id) || f.redFlag ? warningSignYes(kb, f, post) : null;
    let triage = 0;
    for (const o of answers) {
      const rank = Math.max(o.measure, flagRankIf(f, o.value, get, flagNow), 0);
      const p = warnYes === null ? o.p : o.value === true ? warnYes : o.value === false ? 1 - warnYes : o.p;
      triage += p * Math.abs(rank - nowRank);
    }
    // Once a red flag has set the level, only a more urgent one is worth asking about.
    if (flagNow >= 0 && (triage === 0 || !rulesByFinding.has(f.id))) continue;
    const score = (gain + TRIAGE_WEIGHT * triage) * (c.asSelfTest ? SELF_TEST_DISCOUNT : 1);
    out.push({ candidate: c, gain, triage, score });
  }
  return out.map((q, i) => ({ q, i })).sort((a, b) => b.q.score - a.q.score || a.i - b.i).map(({ q }) => q);
}

/** The next question, or why there is none, and how many more to expect. */
export interface QuestionPlan {
  readonly question: NextQuestion | null;
  readonly stopReason: StopReason | null;
  readonly asked: number;
  readonly remainingEstimate: number;
}

/**
 * Plan the next step: the question to ask, or why the questions stop.
 * @example planNextQuestion(ctx).question?.kind // 'red-flag-screen' at the start
 */
export function planNextQuestion(ctx: NextQuestionContext): QuestionPlan {
  const { kb, get, post } = ctx;
  const asked = questionsAsked(kb, ctx.findings);
  const top = Math.max(...post.marginal.values(), 0);
  const stop = (stopReason: StopReason): QuestionPlan => ({ question: null, stopReason, asked, remainingEstimate: 0 });
  const ask = (question: NextQuestion, screenAfter: boolean): QuestionPlan => ({
    question, stopReason: null, asked, remainingEstimate: estimateRemaining(top, asked, screenAfter ? 1 : 0, CONFIDENT, MAX_QUESTIONS),
  });
  if (ctx.redFlagLevel === 'emergency') return stop('red-flag-decides');
  if (asked >= MAX_QUESTIONS) return stop('limit');
  const screen = screenFindings(kb).filter((f) => get(f.id) === undefined);
  if (screen.length > 0) {
    return ask({
      kind: 'red-flag-screen', findingId: null, type: 'multi',
      text: 'First, a safety check. Do any of these apply to you right now? Tick all that do.',
      items: screen.map((f) => ({ findingId: f.id, label: f.label, question: f.question })),
      why: 'Warning signs are checked before anything else, because they change what you should do today.',
    }, true);
  }
  // After an acute injury, rule out a fracture first, as a clinician would (Ottawa), unless a same-day red flag
  // already decides.
  const ottawa = careRank(ctx.redFlagLevel ?? 'selfcare') < careRank('urgent') ? pendingOttawaCheck(kb, get, ctx.findings) : null;
  if (ottawa) {
    const c: Candidate = { finding: ottawa, fromLeading: true, asSelfTest: true };
    if (!unsafe(kb, c, get)) return ask(asQuestion(kb, c, 'After an injury, this check tells whether an X-ray is needed to rule out a broken bone.'), false);
  }
  const scored = scoreQuestions(ctx);
  // A clear leader ends the questions unless a relevant warning sign could still change the level of care.
  const pool = top >= CONFIDENT ? scored.filter((q) => q.triage >= TRIAGE_RELEVANT_WHEN_CONFIDENT) : scored;
  const best = pool[0];
  if (!best || best.score < MIN_SCORE) return stop(ctx.redFlagLevel ? 'red-flag-decides' : top >= CONFIDENT ? 'confident' : 'nothing-useful');
  const why = best.triage >= TRIAGE_RELEVANT
    ? 'Your answer could change how soon you should be seen.'
    : 'This is the question that best tells apart the likely causes.';
  return ask(asQuestion(kb, best.candidate, why), false);
}

/**
 * Choose the next question, or null when done.
 * @example chooseNextQuestion(ctx)?.kind // 'red-flag-screen' at the start
 */
export function chooseNextQuestion(ctx: NextQuestionContext): NextQuestion | null {
  return planNextQuestion(ctx).question;
}
