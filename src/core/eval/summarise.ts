/**
 * Turns per-vignette scores into the evaluation report: the Gilbert-2020-style figures (top-1, top-3,
 * coverage, safe triage), under-triage listed separately, running advice, and misses per condition.
 * @module
 */
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';
import type { VignetteScore } from './score.ts';

/** A proportion with its counts; `rate` is 0 when `n` is 0. */
export interface Rate {
  readonly hits: number;
  readonly n: number;
  readonly rate: number;
}

/** A vignette whose level of care was below the gold level (got is null when the engine failed). */
export interface UnderTriagedCase {
  readonly id: string;
  readonly redFlag: boolean;
  readonly gold: CareLevel;
  readonly got: CareLevel | null;
  readonly condition: string;
}

/** A vignette where the engine advised more running than the gold label. */
export interface UnsafeRunningCase {
  readonly id: string;
  readonly gold: RunningAdvice;
  readonly got: RunningAdvice;
  readonly condition: string;
}

/** A vignette whose gold condition (or acceptable alternative) was not in the engine's top three. */
export interface Miss {
  readonly id: string;
  readonly top3: readonly string[];
  readonly rank: number | null;
  readonly error: string | null;
}

/** Figures for one gold condition. */
export interface ConditionFigures {
  readonly conditionId: string;
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
  readonly misses: readonly Miss[];
}

/** The whole evaluation. */
export interface EvalReport {
  readonly total: number;
  readonly redFlagTotal: number;
  readonly engineErrors: readonly { id: string; message: string }[];
  readonly top1: Rate;
  readonly top3: Rate;
  readonly coverage: Rate;
  readonly safeTriage: Rate;
  readonly overTriage: Rate;
  readonly underTriage: readonly UnderTriagedCase[];
  readonly redFlagUnderTriage: readonly UnderTriagedCase[];
  readonly runningAgreement: Rate;
  readonly unsafeRunning: readonly UnsafeRunningCase[];
  readonly byKind: { readonly text: { top1: Rate; top3: Rate }; readonly evidence: { top1: Rate; top3: Rate } };
  /** Safe triage split by the gold level, as Semigran 2015 reports emergent / non-emergent / self-care. */
  readonly safeTriageByGoldLevel: Readonly<Record<CareLevel, Rate>>;
  readonly perCondition: readonly ConditionFigures[];
}

function rate(scores: readonly VignetteScore[], pick: (s: VignetteScore) => boolean): Rate {
  const hits = scores.filter(pick).length;
  return { hits, n: scores.length, rate: scores.length === 0 ? 0 : hits / scores.length };
}

function under(s: VignetteScore): UnderTriagedCase {
  return { id: s.id, redFlag: s.redFlag, gold: s.gold.level, got: s.level, condition: s.gold.condition };
}

function perCondition(scores: readonly VignetteScore[]): ConditionFigures[] {
  const groups = new Map<string, VignetteScore[]>();
  for (const s of scores) groups.set(s.gold.condition, [...(groups.get(s.gold.condition) ?? []), s]);
  return [...groups.entries()]
    .map(([conditionId, group]) => ({
      conditionId,
      n: group.length,
      top1: group.filter((s) => s.top1).length,
      top3: group.filter((s) => s.inTop3).length,
      misses: group.filter((s) => !s.inTop3).map((s) => ({ id: s.id, top3: s.top3, rank: s.rank, error: s.error })),
    }))
    .sort((a, b) => a.conditionId.localeCompare(b.conditionId));
}

/**
 * Summarise scored vignettes into the report.
 * @example summarise(scores).top3.rate // 0.93
 */
export function summarise(scores: readonly VignetteScore[]): EvalReport {
  const text = scores.filter((s) => s.kind === 'text');
  const evidence = scores.filter((s) => s.kind === 'evidence');
  const underTriaged = scores.filter((s) => s.underTriage).map(under);
  const atLevel = (level: CareLevel): Rate => rate(scores.filter((s) => s.gold.level === level), (s) => s.safeTriage);
  return {
    total: scores.length,
    redFlagTotal: scores.filter((s) => s.redFlag).length,
    engineErrors: scores.flatMap((s) => (s.error === null ? [] : [{ id: s.id, message: s.error }])),
    top1: rate(scores, (s) => s.top1),
    top3: rate(scores, (s) => s.inTop3),
    coverage: rate(scores, (s) => s.covered),
    safeTriage: rate(scores, (s) => s.safeTriage),
    overTriage: rate(scores, (s) => s.overTriage),
    underTriage: underTriaged,
    redFlagUnderTriage: underTriaged.filter((c) => c.redFlag),
    runningAgreement: rate(scores, (s) => s.runningAgrees),
    unsafeRunning: scores.flatMap((s) =>
      s.runningUnsafe && s.advice !== null
        ? [{ id: s.id, gold: s.gold.running, got: s.advice, condition: s.gold.condition }]
        : [],
    ),
    byKind: {
      text: { top1: rate(text, (s) => s.top1), top3: rate(text, (s) => s.inTop3) },
      evidence: { top1: rate(evidence, (s) => s.top1), top3: rate(evidence, (s) => s.inTop3) },
    },
    perCondition: perCondition(scores),
    safeTriageByGoldLevel: {
      emergency: atLevel('emergency'),
      urgent: atLevel('urgent'),
      doctor: atLevel('doctor'),
      selfcare: atLevel('selfcare'),
    },
  };
}
