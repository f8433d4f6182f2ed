/**
 * The triage engine's public API. Pure and deterministic: the same input and KB version give the same result.
 *
 * @example
 * import { assess, understandText } from './core/triage/index.ts';
 * const result = assess(kb, { text: 'my left achilles is stiff in the morning', evidence: [{ id: 'swelling', value: false }] });
 * result.redFlags;    // [] — checked first
 * result.differential; // ranked, each with the findings for and against
 * result.nextQuestion; // the most useful thing to ask next, or null when done
 *
 * @module
 */
export { assess, DISCLAIMER } from './assess.ts';
export { prepareKb } from './prepare.ts';
export { understandText, checkText } from './text/understand.ts';
export { TriageInputError, MAX_TEXT_LENGTH } from './errors.ts';
export { redFlagRules } from './red-flag-rules/index.ts';
export type { RedFlagRule } from './red-flag-rules/index.ts';
export { careRank, careWords, moreUrgent } from './levels.ts';
export type * from './types.ts';
