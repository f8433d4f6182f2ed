/**
 * The CI gate on the vignette set: top-3 at least 90% and no red-flag vignette under-triaged.
 * @module
 */
import type { EvalReport } from './summarise.ts';

/** Minimum top-3 accuracy for CI to pass. */
export const minTop3 = 0.9;

/** Whether the report passes, and why not. */
export interface GateResult {
  readonly pass: boolean;
  readonly failures: readonly string[];
}

/**
 * Apply the CI gate to a report. An empty set fails: a gate that measured nothing proves nothing.
 * @example checkGate(report) // { pass: false, failures: ['top-3 85.0% is below 90%'] }
 */
export function checkGate(report: EvalReport): GateResult {
  const failures: string[] = [];
  if (report.total === 0) failures.push('no vignettes were evaluated');
  if (report.top3.rate < minTop3) {
    failures.push(`top-3 ${(report.top3.rate * 100).toFixed(1)}% is below ${minTop3 * 100}%`);
  }
  if (report.redFlagUnderTriage.length > 0) {
    const ids = report.redFlagUnderTriage.map((c) => c.id).join(', ');
    failures.push(`${report.redFlagUnderTriage.length} red-flag vignette(s) under-triaged: ${ids}`);
  }
  return { pass: failures.length === 0, failures };
}
