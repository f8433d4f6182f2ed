/**
 * Plain words for the assessment pages (finding values live in core/kb/finding-words.ts): how likely a condition is (words and a coarse bar, never
 * false precision), running advice and the level-of-care icons (shape differs per level, so colour is never alone).
 * @module
 */
import type { CareLevel, RunningAdvice } from '../../core/kb/schema.ts';

/**
 * How likely, in words. The engine's numbers are estimates, so the page shows a band, not a percentage.
 * @example likelihoodWords(0.8) // 'Most likely'
 */
export function likelihoodWords(p: number): string {
  if (p >= 0.6) return 'Most likely';
  if (p >= 0.3) return 'Quite likely';
  if (p >= 0.12) return 'Possible';
  return 'Less likely';
}

/** Bar width in steps of 10 %, at least one step so a listed condition is visible. */
export function barPercent(p: number): number {
  return Math.min(100, Math.max(10, Math.round(p * 10) * 10));
}

/** How strongly one finding pulls, in words (from log10 of its likelihood ratio). */
export function pullWords(weight: number): string {
  const w = Math.abs(weight);
  if (w >= 0.45) return 'strongly';
  if (w >= 0.2) return 'moderately';
  return 'slightly';
}

/** Can I run? — the answer in words. */
export const runningHeadline: Record<RunningAdvice, string> = {
  stop: 'No — stop running for now',
  modify: 'Yes, with changes',
  continue: 'Yes — carry on, and keep an eye on it',
};

/** A short heading per level of care (the engine's `careWords` carry the longer form). */
export const careHeadline: Record<CareLevel, string> = {
  emergency: 'Emergency: get help now',
  urgent: 'This needs a doctor today',
  doctor: 'See a doctor or physio soon',
  selfcare: 'You can look after this yourself for now',
};

const ICON_PATHS: Record<CareLevel, string> = {
  // Triangle with an exclamation mark.
  emergency: '<path d="M16 3L30 28H2Z" fill="none" stroke="currentColor" stroke-width="3" stroke-linejoin="round"/><path d="M16 12v8" stroke="currentColor" stroke-width="3" stroke-linecap="round"/><circle cx="16" cy="24" r="1.8" fill="currentColor"/>',
  // Clock: today.
  urgent: '<circle cx="16" cy="16" r="13" fill="none" stroke="currentColor" stroke-width="3"/><path d="M16 8v8l6 4" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>',
  // Calendar: book an appointment.
  doctor: '<rect x="4" y="6" width="24" height="22" rx="3" fill="none" stroke="currentColor" stroke-width="3"/><path d="M4 13h24M10 3v6M22 3v6" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>',
  // Tick in a circle: look after it yourself.
  selfcare: '<circle cx="16" cy="16" r="13" fill="none" stroke="currentColor" stroke-width="3"/><path d="M10 16l4 4 8-9" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>',
};

/** The icon for a level of care (decorative: the words beside it carry the meaning). */
export function careIcon(level: CareLevel): string {
  return `<svg viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false">${ICON_PATHS[level]}</svg>`;
}
