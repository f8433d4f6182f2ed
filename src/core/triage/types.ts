/**
 * Types shared by the triage engine: the evidence the runner gives and the result contract (issue 4).
 * @module
 */
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';

/** A boolean answer: yes (true), no (false) or "I don't know" ('unknown', which is never treated as no). */
export type Tri = true | false | 'unknown';

/** The value of one finding: yes/no/unknown, a number, a choice option or a side (left/right/both). */
export type FindingValue = Tri | number | string;

/** Where a finding came from: the runner's own words or an answer to a question. */
export type FindingSource = 'text' | 'answer';

/** One piece of evidence as a caller supplies it (values like "yes"/"no" are accepted and normalised). */
export interface EvidenceInput {
  readonly id: string;
  readonly value: FindingValue | 'yes' | 'no';
  readonly source?: FindingSource;
  readonly span?: readonly [number, number];
}

/** A finding after normalisation: value checked against the finding's type. */
export interface KnownFinding {
  readonly id: string;
  readonly value: FindingValue;
  readonly source: FindingSource;
  readonly span?: readonly [number, number];
}

/** What `assess` takes: structured evidence (array or id → value map) and/or the runner's own words. */
export interface AssessInput {
  readonly evidence?: readonly EvidenceInput[] | Readonly<Record<string, FindingValue | 'yes' | 'no'>>;
  readonly text?: string;
  /**
   * Conditions the runner named in words read earlier (`understandText(...).hints`), for a caller that keeps the
   * evidence but not the text (the web flow): the same small hints `text` would give. Hints from `text` come first.
   */
  readonly hints?: readonly HintInput[];
}

/** A self-diagnosis hint carried by the caller: the named condition and the words used. */
export interface HintInput {
  readonly conditionId: string;
  readonly phrase: string;
  readonly span: readonly [number, number];
}

/** Options that keep the core pure: today's date for "since March", and tuning for tests. */
export interface AssessOptions {
  /** ISO date (YYYY-MM-DD) used to turn "since march" into weeks; without it such phrases are ignored. */
  readonly today?: string;
}

/** A red flag that fired: the rule, the level of care it sets, and the findings that fired it. */
export interface RedFlagHit {
  readonly id: string;
  readonly level: CareLevel;
  readonly timeframe: string;
  readonly reason: string;
  readonly action: string;
  readonly findings: readonly string[];
  readonly sources: readonly string[];
}

/** One finding's pull on one condition, for the "why". */
export interface Contribution {
  readonly findingId: string;
  readonly label: string;
  readonly value: FindingValue;
  /** Capped likelihood ratio applied. */
  readonly lr: number;
  /** log10 of the LR: + for, − against; bars in the UI. */
  readonly weight: number;
  readonly basis: 'published' | 'judgement';
  readonly sources: readonly string[];
}

/** One row of the differential. */
export interface DifferentialEntry {
  readonly conditionId: string;
  readonly name: string;
  /** Probability this condition is present (marginal over single and paired explanations). */
  readonly probability: number;
  readonly for: readonly Contribution[];
  readonly against: readonly Contribution[];
  readonly sources: readonly string[];
  readonly care: CareLevel;
  readonly running: RunningAdvice;
}

/** A question for the runner: one finding, or a group of red-flag checks answered together. */
export interface NextQuestion {
  readonly kind: 'finding' | 'self-test' | 'red-flag-screen';
  readonly findingId: string | null;
  readonly text: string;
  readonly type: 'boolean' | 'choice' | 'number' | 'side' | 'multi';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly help?: string;
  /** For self-tests: how to do it safely. */
  readonly selfTest?: { readonly id: string; readonly name: string; readonly steps: readonly string[]; readonly safety: readonly string[] };
  /** For the red-flag screen: the findings, each answered yes when ticked and no otherwise. */
  readonly items?: readonly { readonly findingId: string; readonly label: string; readonly question: string }[];
  /** Why this question now. */
  readonly why: string;
}

/** Why the questions stopped: a clear leader, a red flag already decides, nothing useful left, or the limit. */
export type StopReason = 'confident' | 'red-flag-decides' | 'nothing-useful' | 'limit';

/** Where the assessment stands, for "question 3 of about 6". */
export interface Progress {
  /** Findings given as answers (each ticked or unticked screen item counts). */
  readonly answered: number;
  /** Questions answered so far; the red-flag screen counts as one. */
  readonly asked: number;
  /** About how many questions are still to come, counting the next one (0 when done). Deterministic estimate. */
  readonly remainingEstimate: number;
  /** The leading condition is clear, or the questions have stopped. */
  readonly confident: boolean;
  /** Why there is no next question; null while questions remain. */
  readonly stopReason: StopReason | null;
}

/** The result contract other tools rely on (issue 4), plus a few extra fields. */
export interface TriageResult {
  readonly kbVersion: string;
  readonly triage: { readonly level: CareLevel; readonly timeframe: string; readonly reason: string; readonly action: string };
  readonly running: { readonly advice: RunningAdvice; readonly reason: string; readonly rule: string };
  readonly redFlags: readonly RedFlagHit[];
  readonly differential: readonly DifferentialEntry[];
  /** Probability that none of the listed conditions explains the picture. */
  readonly somethingElse: number;
  /** Pairs of conditions that together explain the findings better than either alone. */
  readonly together: readonly { readonly conditionIds: readonly [string, string]; readonly probability: number }[];
  readonly findings: readonly KnownFinding[];
  readonly nextQuestion: NextQuestion | null;
  /** Contradictions resolved, ignored text, and similar remarks. */
  readonly notes: readonly string[];
  readonly progress: Progress;
  readonly disclaimer: string;
}
