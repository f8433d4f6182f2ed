/**
 * `assess`: the whole triage in one pure call — understand the own words, merge the answers, run the red-flag
 * gate, rank the differential, decide care and running, and choose the next question.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { decideCare } from './care.ts';
import { posterior, scoreConditions } from './differential.ts';
import { evidenceList, normaliseEvidence } from './evidence.ts';
import { prepareKb } from './prepare.ts';
import { explainDifferential } from './explain.ts';
import { CONFIDENT, planNextQuestion } from './next-question.ts';
import { checkRedFlags } from './red-flags.ts';
import { rulePatterns } from './rule-patterns.ts';
import { decideRunning } from './running.ts';
import { understandText } from './text/understand.ts';
import type { SelfDiagnosisHint } from './text/self-diagnosis.ts';
import { TriageInputError } from './errors.ts';
import type { AssessInput, AssessOptions, HintInput, FindingValue, KnownFinding, StopReason, TriageResult } from './types.ts';

/** What the result says when the questions stop. */
const STOP_NOTES: Readonly<Record<StopReason, string>> = {
  confident: 'No more questions: the most likely cause is clear and no warning sign is left to check.',
  'red-flag-decides': 'No more questions: a warning sign already decides what to do now.',
  'nothing-useful': 'No more questions: further answers would not change the advice much.',
  limit: 'No more questions: this is as far as the questions go.',
};

/**
 * Hints from the text, then carried hints for conditions not already hinted, in condition-id order as the text
 * reader gives them. A carried hint must name a KB condition: the web state can be tampered with.
 */
function mergeHints(kb: KnowledgeBase, fromText: readonly SelfDiagnosisHint[], carried: readonly HintInput[]): SelfDiagnosisHint[] {
  if (carried.length === 0) return [...fromText];
  const unknown = carried.filter((h) => !kb.conditionById.has(h.conditionId)).map((h) => h.conditionId);
  if (unknown.length > 0) throw new TriageInputError('bad-input', `unknown condition ids in hints: ${unknown.join(', ')}`);
  const out = new Map<string, SelfDiagnosisHint>(fromText.map((h) => [h.conditionId, h]));
  for (const h of carried) {
    if (!out.has(h.conditionId)) out.set(h.conditionId, { conditionId: h.conditionId, phrase: h.phrase, span: [h.span[0], h.span[1]] });
  }
  return [...out.values()].sort((a, b) => a.conditionId.localeCompare(b.conditionId));
}

/** Shown with every result. */
export const DISCLAIMER = 'This is not a diagnosis. Only a clinician who examines you (a doctor or physiotherapist) can diagnose the problem; if you are worried, or it gets worse, get seen.';

/**
 * Assess a runner's foot, ankle or shin pain from their own words and/or structured answers.
 * Text is read first; structured evidence is applied after it, so an answer overrides what the text implied.
 * Throws `TriageInputError` (unknown finding ids listed, bad values, text too long or binary).
 *
 * @example
 * const result = assess(kb, { text: 'heel hurts first thing in the morning for 3 weeks' });
 * result.triage.level;               // 'selfcare'
 * result.differential[0]?.conditionId; // 'plantar-fasciitis'
 * result.nextQuestion?.kind;           // 'red-flag-screen'
 */
export function assess(kb: KnowledgeBase, input: AssessInput, options: AssessOptions = {}): TriageResult {
  prepareKb(kb);
  const notes: string[] = [];
  let fromText: KnownFinding[] = [];
  let hints: SelfDiagnosisHint[] = [];
  if (typeof input.text === 'string' && input.text.trim() !== '') {
    const understood = understandText(kb, input.text, options);
    fromText = understood.findings;
    hints = understood.hints;
    notes.push(...understood.notes);
  } else if (input.text !== undefined && input.evidence === undefined && input.hints === undefined) {
    notes.push('No description was given, so we start with the questions.');
  }
  hints = mergeHints(kb, hints, input.hints ?? []);
  for (const h of hints) {
    notes.push(`You mentioned "${h.phrase}": counted as a small hint toward ${kb.conditionById.get(h.conditionId)?.name ?? h.conditionId}, not as a finding.`);
  }
  const merged = normaliseEvidence(kb, evidenceList(input.evidence), 'answer', fromText);
  notes.push(...merged.notes);
  const findings = merged.findings;
  const values = new Map<string, FindingValue>(findings.map((f) => [f.id, f.value]));
  const get = (id: string): FindingValue | undefined => values.get(id);
  const anyFinding = findings.some((f) => f.value !== 'unknown');

  const redFlags = checkRedFlags(kb, get);
  // A fired rule is strong evidence for the condition it points to, and keeps an urgent one near the top.
  const patterns = rulePatterns(redFlags);
  const post = posterior(scoreConditions(kb, findings, patterns, hints), findings);
  const triage = decideCare(kb, redFlags, post, get, anyFinding);
  const pain = get('pain-score');
  const running = decideRunning(kb, redFlags, post, anyFinding, triage.level, typeof pain === 'number' ? pain : undefined, get);
  const differential = explainDifferential(kb, post, findings, patterns, hints);
  const answered = findings.filter((f) => f.source === 'answer').length;
  const plan = planNextQuestion({ kb, get, post, findings, currentLevel: triage.level, redFlagLevel: redFlags[0]?.level ?? null });
  const nextQuestion = plan.question;
  const top = differential[0]?.probability ?? 0;
  if (plan.stopReason === 'confident') notes.push(STOP_NOTES.confident);
  else if (plan.stopReason !== null && anyFinding) notes.push(STOP_NOTES[plan.stopReason]);
  return {
    kbVersion: kb.version,
    triage,
    running,
    redFlags,
    differential,
    somethingElse: Math.round(post.other * 1000) / 1000,
    together: post.pairs
      .filter((p) => p.probability >= 0.2)
      .map((p) => ({ conditionIds: p.ids, probability: Math.round(p.probability * 1000) / 1000 })),
    findings,
    nextQuestion,
    notes,
    progress: {
      answered, asked: plan.asked, remainingEstimate: plan.remainingEstimate,
      confident: nextQuestion === null || top >= CONFIDENT, stopReason: plan.stopReason,
    },
    disclaimer: DISCLAIMER,
  };
}
