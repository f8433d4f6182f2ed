/**
 * Fit a protocol's phases into the plan's length: every phase keeps its minimum (a safety floor that a race date
 * cannot shorten); spare weeks go to whichever phase is furthest below its typical length.
 * @module
 */
import type { Phase } from '../kb/protocol-schema.ts';

/**
 * Weeks per phase for a plan of `total` weeks. The sum is `total`, or the sum of minimums if that is larger.
 * `doneWeeks` counts weeks already spent in the first phase (when resuming).
 * @example distributeWeeks([{ weeks: { min: 1, typical: 2 } }, { weeks: { min: 3, typical: 5 } }], 12)
 */
export function distributeWeeks(phases: readonly Pick<Phase, 'weeks'>[], total: number, doneWeeks = 0): number[] {
  const mins = phases.map((p, i) => Math.max(1, p.weeks.min - (i === 0 ? doneWeeks : 0)));
  const typical = phases.map((p, i) => Math.max(1, p.weeks.typical - (i === 0 ? doneWeeks : 0)));
  const out = [...mins];
  let spare = total - out.reduce((a, b) => a + b, 0);
  while (spare > 0) {
    let best = 0;
    let bestRatio = Infinity;
    out.forEach((w, i) => {
      const ratio = w / (typical[i] ?? 1);
      if (ratio < bestRatio) { bestRatio = ratio; best = i; }
    });
    out[best] = (out[best] ?? 0) + 1;
    spare -= 1;
  }
  return out;
}
