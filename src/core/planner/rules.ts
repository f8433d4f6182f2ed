/**
 * Pain limits per rule family: what a runner may feel during and after activity before the plan holds or steps
 * back. Tendons follow the pain-monitoring model (silbernagel-2007, thomee-1997); bone tolerates no pain at the
 * bone site (warden-2014); ligaments allow a little on hard tasks with no 24-hour flare (rehab-anchors-2026);
 * joint, muscle and nerve limits are the team's judgement.
 * @module
 */
import type { RuleFamily } from '../kb/protocol-schema.ts';

export interface PainLimits {
  /** Highest pain (0–10) allowed during exercise or running. */
  readonly during: number;
  /** Highest pain allowed in the hours after. */
  readonly after: number;
  /** How far next-morning pain may sit above the previous morning's before it counts as "not settled". */
  readonly morningTolerance: number;
  /** Highest next-morning pain at all (bone: none). */
  readonly morningMax: number;
  /** Plain words for the runner. */
  readonly text: string;
  readonly basis: 'published' | 'judgement';
  readonly sources: readonly string[];
}

const tendon: PainLimits = {
  during: 5, after: 5, morningTolerance: 1, morningMax: 5, basis: 'published', sources: ['silbernagel-2007', 'thomee-1997'],
  text: 'Pain up to 5 in 10 during exercise or running is acceptable, as long as it has settled back to your usual by the next morning and is not creeping up from week to week.',
};

/** Limits by family. `medical-first` never gets a plan; its entry is the strictest possible. */
export const painLimits: Readonly<Record<RuleFamily, PainLimits>> = {
  tendon,
  'bone-stress': {
    during: 0, after: 0, morningTolerance: 0, morningMax: 0, basis: 'published', sources: ['warden-2014', 'rehab-anchors-2026'],
    text: 'No pain at the bone is acceptable, during, after or the next morning. Any bone pain means stop the run, rest from running for three days and drop back a stage.',
  },
  ligament: {
    during: 2, after: 2, morningTolerance: 0, morningMax: 3, basis: 'published', sources: ['rehab-anchors-2026'],
    text: 'Pain up to 2 in 10 on the hardest tasks is acceptable, with no more pain or swelling the next day.',
  },
  joint: {
    during: 3, after: 3, morningTolerance: 0, morningMax: 3, basis: 'judgement', sources: [],
    text: 'Pain up to 3 in 10 during activity is acceptable, with no more pain or stiffness the next morning.',
  },
  muscle: {
    during: 2, after: 2, morningTolerance: 0, morningMax: 3, basis: 'judgement', sources: [],
    text: 'Mild discomfort (up to 2 in 10) is acceptable; sharp or rising pain means stop and step back.',
  },
  nerve: {
    during: 3, after: 3, morningTolerance: 0, morningMax: 3, basis: 'judgement', sources: [],
    text: 'Tingling or burning up to 3 in 10 that fades soon after is acceptable; symptoms that linger, spread or leave numbness are not.',
  },
  'medical-first': {
    during: 0, after: 0, morningTolerance: 0, morningMax: 0, basis: 'judgement', sources: [],
    text: 'No exercise plan until a clinician has seen you.',
  },
};
