/**
 * Tenderness said as a story: "when I press the top of my foot just in front of the ankle on the inner side there's
 * a spot that really hurts", "the trainer pressed where the arch begins and I nearly jumped off the table" (or
 * "pressing it makes me feel sick": pain enough to turn the stomach is tenderness too), "the
 * knobbly bone where the little toe's bone starts is bruised and really tender". Runners describe a tender bone by
 * what happened when it was pressed, and by landmarks rather than bone names, so no fixed phrase catches it: this
 * reader looks, one sentence at a time, for a tenderness cue (a press with a pain or a jump, or "tender") together
 * with a bony landmark, and gives the matching finding:
 * - the Ottawa points (base of the fifth metatarsal, navicular, back edge or tip of an ankle bone; Stiell 1993 and
 *   Bachmann 2003 define them), which the Ottawa and bone-stress rules use;
 * - otherwise focal bony tenderness when the cue names a single spot, a bone or a fingertip.
 * A cue negated just before it ("the ankle bones aren't tender") gives nothing here. Judgement, from how runners
 * write; the landmarks follow the Ottawa rules' own descriptions.
 * @module
 */

/** One finding read from a tenderness story, with the span of the sentence part it came from. */
export interface PressFinding {
  readonly id: string;
  readonly span: readonly [number, number];
}

/** A press, prod or examination that hurt, or a plain "tender". */
const CUE = /\b(?:(?:hurts?|sore|painful|agony|tender)\b[^.!?;]{0,40}?\b(?:when|if|as|where) (?:i|you|they|he|she|someone|the \w+) (?:press|push (?:on|into)|touch|prod|poke)|tender(?:ness)?|sore to (?:press|touch|prod|poke)|hurts? (?:to|when i) (?:press|touch|prod|poke)|(?:press|pressed|pressing|prod|prodded|poke|poked|push on|pushed on|touch|touched)\b[^.!?;]{0,130}?\b(?:hurts?|hurt|sore|tender|painful|agony|ouch|jumped|jump|yelp(?:ed)?|wince[d]?|screamed|hit the roof|went through the roof|flinch(?:ed)?|killed|kills|sharp|feel sick|felt sick|feel faint|felt faint|nauseous|queasy|(?:throw|threw) up|(?:saw|see|seeing) stars|made me cry|swore|swear))/g;
/** Words that make a tender place a single bony point. */
const FOCAL = /\b(?:one|single|specific|exact|particular|tiny|small)\s+(?:spot|point|place)\b|\bspot\b|\bpin ?point|\bone finger\b|\bfingertip\b|\bbone\b|\bbony\b/;

/** Bony landmarks of the Ottawa rules in everyday words, each with the finding it gives. */
const LANDMARKS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:fifth|5th)\s+(?:metatarsal|met)\b|\bbase of (?:my |the )?(?:fifth|5th|little toe|pinky)|\bwhere (?:my |the )?(?:little|pinky|baby) toe'?s? bone (?:starts|begins)|\bknobbly (?:bone|bit|bump)\b[^.!?]{0,40}\boutside|\boutside of (?:my |the )?foot[^.!?]{0,40}\bknobbly|\bbony (?:bump|knob|bit) (?:halfway )?(?:along|on) the (?:outside|outer edge|outer side) of (?:my |the )?foot|\bbony (?:bump|knob|bit) halfway along the (?:outside|outer edge|outer side)\b|\bstyloid\b/, 'ottawa-tender-base-of-fifth-metatarsal'],
  [/\bnavicular\b|\bn[- ]spot\b|\btop of (?:my |the )?foot where (?:my |the )?arch (?:begins|starts)|\bjust in front of (?:my |the )?ankle on the (?:inner|inside)|\b(?:inner|inside) (?:side of (?:my |the )?)?midfoot\b[^.!?]{0,30}\bbone|\bbony (?:bump|knob|bit) on the (?:inner|inside) (?:side )?of (?:my |the )?(?:mid)?foot/, 'ottawa-tender-navicular'],
  [/\b(?:tip|back|back edge|bottom|point) of (?:my |the )?(?:outer|outside|lateral) ankle ?bone|\bouter ankle ?bone\b|\bfibula\b/, 'ottawa-tender-back-of-outer-ankle-bone'],
  [/\b(?:tip|back|back edge|bottom|point) of (?:my |the )?(?:inner|inside|medial) ankle ?bone|\binner ankle ?bone\b/, 'ottawa-tender-back-of-inner-ankle-bone'],
];
/** A bone mentioned only to say the tenderness is not there ("not the bone", "rather than the bone itself"). */
const NOT_THE_BONE = /\b(?:not|rather than|instead of)\s+(?:on\s+|in\s+)?(?:the\s+|a\s+|one\s+|my\s+|his\s+|her\s+)?(?:shin\s+)?(?:bones?|bony\s+\w+)(?:\s+itself)?\b/g;

/** A negation right before the cue ("aren't tender", "not sore to touch", "no tenderness"). */
// "non-tender" (a note's wording) is negated too.
const NEGATED_BEFORE = /\b(?:not|no|never|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|nothing|without|nor)\s+(?:\w+\s+){0,2}$|\bnon[- ]?$/;

/** A negation inside a press story ("I can press it and it doesn't hurt"). */
const NEGATED_INSIDE = /\b(?:not|no|never|nothing|without)\b|n't\b|\b(?:dont|doesnt|didnt|isnt|arent|wasnt|werent|cant|couldnt|wont)\b/;

/**
 * Every tenderness finding in the text, one sentence at a time.
 * @example readPressTender('The knobbly bone halfway along the outside of my foot is really tender.')[0]?.id
 * // 'ottawa-tender-base-of-fifth-metatarsal'
 */
export function readPressTender(raw: string): PressFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: PressFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    const cues = [...sentence.matchAll(CUE)].filter((c) => !NEGATED_BEFORE.test(sentence.slice(Math.max(0, c.index - 30), c.index)) && !NEGATED_INSIDE.test(c[0]));
    const cue = cues[0];
    if (cue === undefined) continue;
    const span: [number, number] = [s.index, s.index + sentence.length];
    const landmark = LANDMARKS.find(([re]) => re.test(sentence));
    if (landmark) out.push({ id: landmark[1], span });
    // "Tender in the muscle, not the bone": a bone named only to rule it out does not make the tenderness bony.
    const focal = sentence.replace(NOT_THE_BONE, ' ');
    if (FOCAL.test(focal) || (landmark && /bone|bony|knobbly|navicular|metatarsal/.test(focal))) {
      out.push({ id: 'bony-tenderness-focal', span });
    }
  }
  return out;
}
