/**
 * Turn assessment findings into personalisation tags, each with the reason shown to the runner.
 * Knee-to-wall deficit → mobility work (seed-000, seed-001); weak or painful single-leg heel raises → the calf
 * block starts lower (silbernagel-2007: phase 1 is for those who cannot do 10); signs from "above" → hip work
 * (seed-000); unsteady balance or old sprains → balance work (mckeon-2008).
 * @module
 */
import type { PersonalisationTag } from '../kb/protocol-schema.ts';
import type { PlanAssessment } from './types.ts';

/** Fewer single-leg heel raises than this counts as weak for planning (silbernagel-2007 phase 1 entry). */
export const WEAK_HEEL_RAISE_COUNT = 10;
/** The sore side counts as weak below this share of the good side's heel raises (judgement, matching the 80% line in the `test-heel-raise-deficit` finding). */
export const HEEL_RAISE_SIDE_RATIO = 0.8;
/** A side-to-side knee-to-wall difference of this many cm or more counts as a deficit (rehab-anchors-2026). */
export const KNEE_TO_WALL_DEFICIT_CM = 2;

const yes = (f: PlanAssessment['findings'], id: string): boolean => f[id] === true;
const num = (f: PlanAssessment['findings'], id: string): number | undefined => {
  const v = f[id];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** Findings that point "above" the ankle (seed-000): hip, back or whole-leg mechanics. */
const aboveFindings: readonly (readonly [string, string])[] = [
  ['back-pain', 'back pain'],
  ['flat-feet', 'flat feet (the hips can drive the foot to roll in)'],
  ['test-single-leg-balance-unsteady', 'an unsteady single-leg balance'],
];

/**
 * Personalisation tags and the reasons for them.
 * @example personalise({ conditionId: 'plantar-heel', runningAdvice: 'modify', redFlags: [], findings: { 'test-knee-to-wall-deficit': true } })
 * // { tags: ['mobility-deficit'], reasons: ['Ankle mobility work added: …'] }
 */
export function personalise(a: PlanAssessment): { tags: PersonalisationTag[]; reasons: string[] } {
  const f = a.findings;
  const tags: PersonalisationTag[] = [];
  const reasons: string[] = [];
  const left = num(f, 'test-knee-to-wall-left-cm');
  const right = num(f, 'test-knee-to-wall-right-cm');
  const gap = left !== undefined && right !== undefined ? Math.abs(left - right) : 0;
  if (yes(f, 'test-knee-to-wall-deficit') || gap >= KNEE_TO_WALL_DEFICIT_CM) {
    tags.push('mobility-deficit');
    reasons.push(`Ankle mobility work added: your knee-to-wall test was shorter on the sore side${gap > 0 ? ` (${gap} cm)` : ''}.`);
  }
  const count = num(f, 'test-heel-raise-count');
  const other = num(f, 'test-heel-raise-count-other-side');
  const lagging = count !== undefined && other !== undefined && other > 0 && count < HEEL_RAISE_SIDE_RATIO * other;
  if (yes(f, 'test-heel-raise-unable') || (count !== undefined && count < WEAK_HEEL_RAISE_COUNT)) {
    tags.push('calf-weak');
    reasons.push(`Calf work starts with both legs: ${count !== undefined ? `${count} single-leg heel raises` : 'single-leg heel raises were not possible'} (fewer than ${WEAK_HEEL_RAISE_COUNT}).`);
  } else if (lagging || yes(f, 'test-heel-raise-deficit')) {
    tags.push('calf-weak');
    reasons.push(`Calf work starts with both legs: the sore side managed ${lagging ? `${count} heel raises against ${other} on the other leg` : 'clearly fewer heel raises than the other leg'}.`);
  }
  if (yes(f, 'test-heel-raise-painful') || yes(f, 'test-tiptoe-stand-painful') || yes(f, 'pain-tiptoe')) {
    tags.push('calf-painful');
    reasons.push('Calf work starts with steady holds, because rising onto tiptoe was painful.');
  }
  const above = aboveFindings.filter(([id]) => yes(f, id));
  if (above.length > 0) {
    tags.push('hip-signs');
    reasons.push(`Hip strengthening added because of ${above.map(([, label]) => label).join(' and ')}: the hip often drives foot and ankle problems.`);
  }
  if (yes(f, 'test-single-leg-balance-unsteady') || yes(f, 'previous-ankle-sprains') || yes(f, 'character-giving-way')) {
    tags.push('balance-deficit');
    reasons.push('Balance work is kept in every phase because of unsteadiness or previous sprains.');
  }
  return { tags, reasons };
}
