/**
 * How an examiner writes down a muscle compartment under pressure in a case report or letter (dev23: "the front of
 * the lower leg is tense and firm", "passively curling his toes downwards causes severe pain", "he finds it hard to
 * lift the front of the foot"): the same signs the lay lexicon knows as "rock hard", "agony when my toes are moved" and
 * "can't lift my foot", told in an examiner's sentence order, so the any-order phrase matcher cannot read them.
 * Which signs matter is from ulmer-2002 and mcqueen-2000; which words count is judgement.
 * @module
 */

/** A finding read from an examination sentence, with the span it came from. */
export interface CompartmentSign {
  readonly id: string;
  readonly value: boolean;
  readonly span: readonly [number, number];
}

/** The front or outer lower leg, or a compartment by name (not the calf: a tense calf is also the clot's sign). */
const PLACE = String.raw`(?:(?:lower |left |right )*legs?|shins?|(?:anterior |lateral |peroneal |front |outer |leg |shin )*compartments?|tibialis anterior|anterior tibial muscles?)`;
/** Words for a compartment under pressure; "firm" and "hard" only said of the place itself, never "firm pressure". */
const TENSE = String.raw`(?:tense|woody|rigid|firm|hard|tight as a drum)`;
/** The place said to be tense: "the front of the leg is swollen, shiny and firm", "anterior compartment feels tense". */
const PLACE_IS_TENSE = new RegExp(String.raw`\b${PLACE}\s+(?:(?:is|are|was|were|feels?|felt|appears?|looks?|remains?|has become|became)\s+)(?:(?:very|markedly|extremely|exquisitely|tender|swollen|shiny|red|warm|tight|and|also|now)[\s,]+)*?(not |non-?)?${TENSE}\b(?!\s+to\b)`);
/** A tense place told the other way round: "a tense, swollen anterior compartment". */
const TENSE_PLACE = new RegExp(String.raw`\b(not |non-?)?(?:tense|woody|rigid)(?:[\s,]+(?:and\s+)?(?:swollen|shiny|tender|firm|hard|red|warm|tight)){0,3}\s+(?:front of the |anterior |lateral )?${PLACE}\b`);
/** "Compartments soft", "the leg is soft and non-tender": the sign looked for and absent. */
const SOFT = new RegExp(String.raw`\b${PLACE}\s+(?:(?:is|are|was|were|feel|feels|felt)\s+)?(?:soft|supple|compressible)\b`);

/** Toes moved passively by the examiner, with pain: the earliest sign of compartment pressure (ulmer-2002). */
const PASSIVE = /\bpassive(?:ly)?\s+(?:(?:toe|great toe|ankle)\s+)?(?:stretch\w*|plantar ?flex\w*|dorsi ?flex\w*|flex\w*|extend\w*|extension|movement|motion|mov\w*|curl\w*|bend\w*|point\w*|pull\w*|push\w*)/;
const PAIN = /\b(?:pain|painful|agony|severe|exquisite|reproduc\w*|marked|much more|excruciating|cr(?:y|ies|ied) out)\b/;
const PAIN_DENIED = /\b(?:no|without|not)\s+(?:\w+\s+){0,2}(?:pain|painful)\b|\bpain[- ]?free\b|\bpainless\b|\bdoes not (?:reproduce|provoke|cause)\b/;

/**
 * A foot or toes that cannot be lifted, told as difficulty ("finds it hard to lift the front of the foot", "struggles to
 * raise his toes"): weakness of the front compartment's muscles. Not when the reason given is pain ("because it hurts").
 */
const CANNOT_LIFT = /\b(?:hard|difficult|difficulty|struggl\w*|unable|cannot|can'?t|could not|couldn'?t|weak(?:ness)?)\s+(?:\w+\s+){0,2}?(?:lift\w*|rais\w*|pull\w*|cock\w*|dorsiflex\w*)\s+(?:up\s+)?(?:the|his|her|their|my)\s+(?:(?:front|forefoot) of (?:the|his|her|their|my)\s+)?(?:foot|feet|toes|forefoot)\b(?!\s+(?:onto|on to|into|over|up (?:the|a|onto)))/;
/** The sign looked for and denied just before it ("no difficulty lifting", "no tense compartment"). */
const DENIED_BEFORE = /\b(?:no|without|denies|nil|not)\s+(?:\w+\s+)?$/;
const BECAUSE_PAIN = /^[^.;]{0,30}\b(?:because|as|since|due to|for)\b[^.;]{0,20}\b(?:pain|hurts?|sore|painful)\b/;

/**
 * Compartment signs in one sentence of an examination or history.
 * @example readCompartmentSigns('The front of the leg is tense and firm.', 0)[0]?.id // 'leg-rock-hard'
 */
export function readCompartmentSigns(sentence: string, offset: number): CompartmentSign[] {
  const out: CompartmentSign[] = [];
  const span = (index: number, length: number): [number, number] => [offset + index, offset + index + length];
  const denied = (index: number): boolean => DENIED_BEFORE.test(sentence.slice(Math.max(0, index - 20), index));
  const tense = PLACE_IS_TENSE.exec(sentence) ?? TENSE_PLACE.exec(sentence);
  if (tense) out.push({ id: 'leg-rock-hard', value: tense[1] === undefined && !denied(tense.index), span: span(tense.index, tense[0].length) });
  else {
    const soft = SOFT.exec(sentence);
    if (soft) out.push({ id: 'leg-rock-hard', value: false, span: span(soft.index, soft[0].length) });
  }
  const passive = PASSIVE.exec(sentence);
  if (passive && /\btoes?\b|\bcompartments?\b/.test(sentence) && PAIN.test(sentence) && !PAIN_DENIED.test(sentence)) {
    out.push({ id: 'pain-on-stretching-toes-severe', value: true, span: [offset + passive.index, offset + sentence.length] });
  }
  const lift = CANNOT_LIFT.exec(sentence);
  if (lift && !denied(lift.index) && !BECAUSE_PAIN.test(sentence.slice(lift.index + lift[0].length))) {
    out.push({ id: 'weakness-foot-drop', value: true, span: span(lift.index, lift[0].length) });
  }
  return out;
}
