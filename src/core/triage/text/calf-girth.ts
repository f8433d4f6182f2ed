/**
 * The calf measured against the other side, as an examiner writes it: "calf circumference 3 cm > L", "the right calf
 * is 3.5 cm larger in circumference", "calf girths equal". A bigger calf on one side is a Wells point (wells-1997);
 * the same measurement found equal is the sign looked for and absent (dev23: "calf circumferences are equal" had
 * been read as the swollen calf because the lexicon matched the name of the measurement, not its result).
 * @module
 */

/** A calf finding read from a measurement, with its span. */
export interface GirthFinding {
  readonly id: 'calf-swelling-one-side';
  readonly value: boolean;
  readonly span: readonly [number, number];
}

const MEASURE = /\b(?:circumferences?|girths?|diameters?|measure\w*)\b/;
const LIMB = /\b(?:calf|calves|leg|legs|lower legs?)\b/;
/** A difference in size: a number of centimetres more, or bigger in words ("larger", "> L", "asymmetric"). */
const BIGGER = /\b\d+(?:\.\d+)?\s*(?:cm|mm|centimet\w*|millimet\w*)\b[^.;]{0,40}?(?:\b(?:greater|larger|bigger|more|wider|difference)\b|>)|(?<!\b(?:no|not|nor)\s+(?:\w+\s+)?)\b(?:greater|larger|bigger|increased|asymmetr\w*|discrepan\w*)\b|\bcircumference\w*\s*(?:r|l|right|left)?\s*>/;
/** The same on both sides. */
const SAME = /\b(?:equal|symmetric\w*|the same|identical|similar|matched|no (?:\w+\s+)?(?:difference|discrepancy|asymmetry)|not (?:increased|enlarged|bigger|larger))\b/;

/**
 * The calf-size finding in one sentence, or null when the sentence measures nothing.
 * @example readCalfGirth('Calf circumferences are equal.', 0)?.value // false
 */
export function readCalfGirth(sentence: string, offset: number): GirthFinding | null {
  const m = MEASURE.exec(sentence);
  if (m === null || !LIMB.test(sentence)) return null;
  const span: [number, number] = [offset, offset + sentence.length];
  if (SAME.test(sentence)) return { id: 'calf-swelling-one-side', value: false, span };
  if (BIGGER.test(sentence)) return { id: 'calf-swelling-one-side', value: true, span };
  return null;
}
