/**
 * What every red-flag rule file shares: the rule shape, the small condition builders and the patterns several body
 * systems use (an acute injury, the Ottawa points, the exertional pattern, a painful or swollen lower leg).
 * @module
 */
import type { CareLevel, RunningAdvice } from '../../kb/schema.ts';
import type { Cond } from '../rule-logic.ts';

/** One red-flag rule. */
export interface RedFlagRule {
  readonly id: string;
  readonly level: CareLevel;
  readonly timeframe: string;
  /** Why this matters, in plain words. */
  readonly reason: string;
  /** What to do now. */
  readonly action: string;
  readonly when: Cond;
  readonly basis: 'published' | 'judgement';
  readonly sources: readonly string[];
  /** The KB condition this pattern points to: when the rule fires it counts as evidence for it (differential.ts). */
  readonly suggests?: string;
  /**
   * Likelihood ratio the fired pattern gives `suggests`, when it should differ from its level's default
   * (rule-patterns.ts): lower for a rule built to rule out (Ottawa), higher for a specific sign.
   */
  readonly patternLr?: number;
  /**
   * Running advice while waiting to be seen, when it need not be "stop" (the default for every warning sign):
   * a pattern to confirm with a clinician that is safe to run below (chronic exertional compartment syndrome).
   */
  readonly running?: RunningAdvice;
}

/** The finding is present. */
export const yes = (id: string): Cond => ({ yes: id });
/** Any of the findings is present. */
export const any = (...ids: string[]): Cond => ({ any: ids.map(yes) });
/** "…unless we know": stands a rule down only on a clear answer, never on silence (rule-logic.ts). */
export const unless = (c: Cond): Cond => ({ except: c });

/** Symptoms come with exercise at a set point and wear off soon after stopping: the exertional pattern (CECS). */
export const EXERTIONAL = any('exercise-numbness-resolves', 'pain-stops-run-same-point');

/** Findings that describe an acute injury: the Ottawa rules (and their self-check) only apply after one. */
export const ACUTE_INJURY_FINDINGS: readonly string[] = ['injury-rolled-ankle', 'injury-fall-or-jump', 'injury-direct-blow', 'injury-twisting-foot-planted', 'injury-midfoot-bent-or-crushed'];
/** An acute injury: the Ottawa rules only apply after one. */
export const TRAUMA: Cond = any(...ACUTE_INJURY_FINDINGS);
/** The Ottawa findings a tender bony point or a positive self-check gives (not "cannot take four steps"). */
export const OTTAWA_POINTS: readonly string[] = ['ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone', 'ottawa-tender-base-of-fifth-metatarsal', 'ottawa-tender-navicular'];
export const OTTAWA_CHECKS: readonly string[] = ['test-ottawa-ankle-positive', 'test-ottawa-midfoot-positive'];

/**
 * Pain, swelling or hardness in the lower leg, where the muscle compartments are. "My leg" without a finer place
 * counts too: runners describing a compartment under pressure rarely name which side of the shin (dev11).
 */
export const LEG = any('pain-front-of-shin', 'pain-calf', 'pain-outer-leg', 'pain-inner-shin', 'pain-lower-leg-area', 'leg-rock-hard', 'calf-swelling-one-side', 'swelling', 'injury-direct-blow');

/**
 * A hot big-toe joint with no injury and nothing in the leg: the agony, shiny skin and "can't bear the sheet on it"
 * belong to an inflamed joint (gout; janssens-2010), not to a muscle compartment, which the big toe does not have
 * (dev19: a gout attack told as "I think I've broken my big toe"). The compartment rules stand down for it and `hot-big-toe-flare` (infection.ts) decides its level.
 */
export const HOT_BIG_TOE: Cond = {
  all: [
    any('pain-big-toe', 'pain-under-big-toe-joint'), any('warmth', 'redness', 'attack-peaked-within-a-day'), unless(TRAUMA),
    unless(any('pain-front-of-shin', 'pain-calf', 'pain-outer-leg', 'pain-inner-shin', 'pain-lower-leg-area', 'leg-rock-hard', 'calf-swelling-one-side', 'pain-top-of-foot', 'swelling-top-of-foot')),
  ],
};
