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
 * - the outer midfoot (the cuboid's place), which is not an Ottawa point but is the tender spot of cuboid syndrome;
 * - otherwise focal bony tenderness when the cue names a single spot, a bone or a fingertip.
 * A sore point "on the bone", or a pain "sharp right on it" beside a bony lump, is the same tenderness said without a
 * press (dev13: stress fractures told as a bruise or a tightness); it counts only where the sentence names the bone.
 * So does "it's on the bone itself" after naming the sore bit, and an ankle "knob" is the ankle bone (dev16).
 * A cue negated just before it ("the ankle bones aren't tender") gives nothing here. Judgement, from how runners
 * write; the landmarks follow the Ottawa rules' own descriptions.
 * @module
 */

/** One finding read from a tenderness story, with the span of the sentence part it came from. */
export interface PressFinding {
  readonly id: string;
  /** False for an Ottawa point said not to be tender ("navicular and 5th MT base not tender"): a useful "no". */
  readonly value: boolean;
  readonly span: readonly [number, number];
}

/** A press, prod or examination that hurt, or a plain "tender". */
const CUE = /\b(?:(?:sore|painful|sharp|tender) (?:point|spot) on (?:the|my|that) (?:\w+ )?bone|(?:it'?s|is|it is) (?:right |directly |actually )?on the (?:actual )?bone itself|(?:sorest|most painful|most tender) (?:part|bit|spot|point) is (?:right )?on (?:the|that) bone|(?:sharp|sore|painful|hurts?|tender),? right on (?:it|(?:the|that|my) (?:(?:knobbly|knobby|bony|hard) )*(?:bone|bit|bump|knob))|(?:hurts?|sore|painful|agony|tender)\b[^.!?;]{0,40}?\b(?:when|if|as|where) (?:i|you|they|he|she|someone|the \w+) (?:press|push (?:on|into)|touch|prod|poke)|tender(?:ness)?|(?:sore|painful|agony|agonising|agonizing|excruciating|sensitive|horrible|awful|killing) to (?:press|touch|prod|poke|push on)|hurts? (?:to|when i) (?:press|touch|prod|poke)|(?:press|pressed|pressing|prod|prodded|poke|poked|push on|pushed on|touch|touched|(?:put|putting|place|placed) (?:a |one |my )?finger(?:tip)? on)\b[^.!?;]{0,130}?\b(?:hurts?|hurt|sore|tender|painful|agony|ouch|jumped|jump|yelp(?:ed)?|wince[d]?|screamed|hit the (?:roof|ceiling)|(?:went )?(?:through|thru) the (?:roof|ceiling)|flinch(?:ed)?|killed|kills|sharp|feel sick|felt sick|feel faint|felt faint|nauseous|queasy|(?:throw|threw) up|(?:saw|see|seeing) stars|made me cry|swore|swear|pull(?:s|ed|ing)? (?:(?:her|his|my|their|the) (?:foot|leg) )?away|jerk(?:s|ed)? (?:(?:her|his|my|the) (?:foot|leg) )?(?:away|back)|recoil(?:s|ed)?))/g;
/**
 * The pain put "right on the bony bump" after the pain is told, with words between: "it's the outer edge that hurts,
 * not really the ankle, right on the bony bump halfway along" (dev26). The place of a pain pinned to a bone is a tender
 * bone said without a press; so is a pain "on the bone" straight after the pain word ("sore on the bone sticking out
 * halfway down the outside of my foot"). Only with a pain word earlier in the sentence.
 */
const PINNED_ON = /\b(?:(?:right|just|exactly|directly|bang|smack|precisely) |(?<=\b(?:sore|painful|tender|hurts?|agony) ))on (?:the|that|this|my|his|her) (?:(?:knobbly|knobby|bony|hard|little) )*(?:bone|bump|knob|knobble|nobble)\b/g;
/** A press said not to hurt in the same sentence ("… but not when I press it"): the pain is not a tender bone. */
const PRESS_DENIED = /\b(?:not|no|never|isn'?t|doesn'?t|don'?t)\b[^.!?;]{0,25}\b(?:press\w*|touch\w*|prod\w*|tender)\b/;
const PAIN_BEFORE = /\b(?:hurts?|hurting|sore|pain|painful|tender|aches?|aching|agony|throbs?|throbbing)\b/;

/**
 * A midfoot landmark named as the sore place, without a press: "the knobbly bit halfway along the outside edge of my
 * foot is the sore bit" (dev17). Runners point at the bone this way; only for the fifth-metatarsal base and the
 * navicular, whose landmarks are bony by name (an "outer ankle bone is sore" is too often the ligament in front of it).
 */
const SORE_PLACE = /\b(?:is|are|was|were)\s+(?:the|where the|where it'?s)\s+(?:sore|painful|tender|bad|worst|agony)\s+(?:bit|spot|part|place|point|one)\b|\b(?:is|are|was|were)\s+(?:really\s+|very\s+|so\s+|super\s+|quite\s+|properly\s+)?(?:sore|painful|tender|agony)\b/;
const POINTED_LANDMARKS = new Set(['ottawa-tender-base-of-fifth-metatarsal', 'ottawa-tender-navicular']);

/** Words that make a tender place a single bony point. */
const FOCAL = /\b(?:one|single|specific|exact|particular|tiny|small|highest|very)\s+(?:spot|point|place)\b|\bspot\b|\bpin ?point|\bone finger\b|\bfingertip\b|\bbone\b|\bbony\b/;

/**
 * A tender spot described as soft tissue: pinched, thickened, a knot or nodule, in a muscle or tendon ("a thickened spot
 * on the tendon that's tender when I pinch it", dev19). Bone cannot be pinched; without a bone named in the sentence
 * the spot is not a bony one. A tendon named only as a landmark ("one point just inside the big tendon", dev18) is not
 * enough: the point beside it may well be bone.
 */
const SOFT_SPOT = /\b(?:pinch\w*|thicken\w*|thick bit|nodules?|knot\w*|in (?:the|my|his|her) (?:\w+ )?muscle)\b/;
const BONE_WORD = /\bbones?\b|\bbony\b/;

/** Bony landmarks of the Ottawa rules in everyday words, each with the finding it gives. */
const LANDMARKS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:fifth|5th)\s+(?:metatarsal|met)\b|\bbase of (?:my |the )?(?:fifth|5th|little toe|pinky)|\bwhere (?:my |the )?(?:little|pinky|baby) toe'?s? bone (?:starts|begins)|(?<!\b(?:back|back edge|edge|tip|point|bottom) of (?:my |the |his |her )?)\bknobbly (?:bone|bit|bump)\b(?![^.!?]{0,60}\b(?:up from|above) the tip\b)[^.!?]{0,40}\boutside(?! of (?:my |the |his |her )?ankle)|\boutside of (?:my |the )?foot[^.!?]{0,40}\bknobbly|\bbony (?:bump|knob|bit) (?:halfway )?(?:along|on) the (?:outside|outer edge|outer side) of (?:my |the )?foot|\bbony (?:bump|knob|bit) halfway along the (?:outside|outer edge|outer side)\b|\bstyloid\b|\b(?:bone|bony bit|bump) (?:that )?(?:sticks|sticking|poking|pokes) out (?:in the middle of|halfway along|halfway down|on|along|at) (?:the )?(?:outside|outer edge|outer side) of (?:my |the )?foot/, 'ottawa-tender-base-of-fifth-metatarsal'],
  // Not an Ottawa point: the outer midfoot between the heel bone and the little-toe bone is where the cuboid lies, the
  // tender spot of cuboid syndrome (patterson-2006). Runners place it by its neighbours rather than by name; a note
  // naming the cuboid itself is read as the examiner's finding (exam-cuboid-tender), so it is not counted twice.
  [/\b(?:middle|centre|center) of (?:my |the )?(?:outer|outside) (?:edge of (?:my |the )?)?foot|\b(?:outer|outside) (?:middle|centre|center|mid ?part) of (?:my |the )?(?:sole|foot)\b|\b(?:outer|outside) (?:edge |side )?of (?:my |the )?foot\b,? (?:sort of |kind of |roughly |about )?(?:the |in the )?middle\b|\b(?:outer|outside|lateral) (?:part of (?:my |the )?|side of (?:my |the )?|edge of (?:my |the )?)?midfoot\b|\bin front of (?:my |the )?heel(?: bone)? on the (?:outer|outside)|\b(?:outer|outside) (?:edge|side) of (?:my |the )?foot[^.!?]{0,30}\b(?:in front of|ahead of) (?:my |the )?heel/, 'tender-outer-midfoot'],
  // The navicular is the high point of the top of the foot on the big-toe side: runners place it as "the highest
  // point on top of my foot, in line with the big toe" or "the top/inside of my midfoot" (dev16).
  [/\bnavicular\b|\bn[- ]spot\b|\b(?:highest|high|top) (?:point|bit|part|spot) (?:on|of) (?:the |my )?(?:top of (?:the |my )?)?(?:mid)?foot\b[^.!?]{0,40}\b(?:in line with|above|behind) (?:the |my )?big toe|\btop(?:\/| and | or )(?:inside|inner) of (?:my |the )?midfoot\b|\btop of (?:my |the )?foot where (?:my |the )?arch (?:begins|starts)|\bon top of (?:my |the )?arch\b|\bjust in front of (?:my |the )?ankle,? on the (?:inner|inside)|\b(?:inner|inside) (?:bit|part|edge|side) of (?:my |the )?(?:arch top|top of (?:my |the )?arch)\b|\b(?:inner|inside) (?:side of (?:my |the )?)?midfoot\b[^.!?]{0,30}\bbone|\bbony (?:bump|knob|bit) on the (?:inner|inside) (?:side )?of (?:my |the )?(?:mid)?foot/, 'ottawa-tender-navicular'],
  // The ankle bone named only by its shape and side ("the back edge of the knobbly bone on the outside", "the bony
  // bump on the outside of my ankle"), or by the Ottawa zone's reach ("a couple of fingers up from the tip"; dev25).
  [/\b(?:tip|back|back edge|edge|bottom|point) of (?:my |the |his |her )?(?:(?:knobbly|knobby|bony|hard|sticky-out) )?(?:bone|knob|knobble|bump|lump|bit) on the (?:outside|outer side|outer)\b(?! (?:edge |side )?of (?:my |the |his |her )?foot)|\b(?:knobbly|knobby|bony) (?:bone|bit|bump|knob|lump) on the (?:outside|outer side) of (?:my |the |his |her )?ankle|\b(?:(?:a |one |two |three |couple of |few |\d+ ?)(?:fingers?|finger ?widths?|inch(?:es)?|cm|centimet(?:re|er)s?) )(?:up |above )(?:from )?the (?:tip|bottom)\b(?=[^.!?]{0,80}\b(?:outside|outer)\b)|\b(?:outside|outer)\b[^.!?]{0,60}\b(?:(?:a |one |two |three |couple of |few |\d+ ?)(?:fingers?|finger ?widths?|inch(?:es)?|cm|centimet(?:re|er)s?) )(?:up |above )(?:from )?the (?:tip|bottom)\b|\b(?:tip|back|back edge|bottom|point) of (?:my |the |his |her )?(?:(?:knobbly|knobby|bony) )?(?:outer|outside|lateral) (?:ankle ?)?(?:bone|knob|knobble|nobble|bump)|\b(?:outer|outside) ankle ?(?:bone|knob|knobble|nobble)\b|\bfibula\b|\babove (?:my |the |her |his )?ankle (?:knobble|knob|bone)s? on the (?:outside|outer side)|\b(?:bony |hard )?(?:knob|knobble|nobble|bone|bump) on the (?:outside|outer side|outer edge) of (?:my |the |his |her )?ankle\b/, 'ottawa-tender-back-of-outer-ankle-bone'],
  [/\b(?:tip|back|back edge|bottom|point) of (?:my |the |his |her )?(?:(?:knobbly|knobby|bony) )?(?:inner|inside|medial) (?:ankle ?)?(?:bone|knob|knobble|nobble|bump)|\b(?:inner|inside) ankle ?(?:bone|knob|knobble|nobble)\b|\b(?:bony |hard )?(?:knob|knobble|nobble|bone|bump) on the (?:inside|inner side|inner edge) of (?:my |the |his |her )?ankle\b/, 'ottawa-tender-back-of-inner-ankle-bone'],
];
/**
 * A bone mentioned only to say the tenderness is not there ("not the bone", "rather than the bone itself"), or only
 * as the landmark beside it ("the muscly bit just to the outside of the bone", dev8).
 */
// Or said of the bone straight after: "pressing further back along the bone doesn't", "the actual shinbone itself is
// fine" (dev18). "The back edge of the bony lump" is on the bone (the Ottawa point), not beside it (dev25).
const NOT_THE_BONE = /\b(?:not|rather than|instead of|next to|beside|alongside|(?:just )?(?:to the )?(?:outside|side|(?<!\b(?:back|front|posterior|bottom|lower) )edge) of|off)\s+(?:on\s+|in\s+)?(?:the\s+|a\s+|one\s+|my\s+|his\s+|her\s+)?(?:shin\s+)?(?:bones?|bony\s+\w+)(?:\s+itself)?\b|\b(?:shin ?)?bones?(?:\s+itself|\s+themselves)?(?:\s+(?!hurts?\b|sore\b|tender\b|painful\b|and\b|but\b)\w+){0,2},?\s+(?:(?:is|are|was|feels?)\s+(?:fine|ok|okay|alright|not\s+\w+)|(?:doesn'?t|does not|don'?t|do not|didn'?t|isn'?t|aren'?t|wasn'?t)\b)/g;

/**
 * "Non-tender at the fifth metatarsal base and over the ligaments": everything the note lists after "non-tender" up to
 * the next comma is a place that is not tender, so it names no landmark.
 */
const NON_TENDER = /\bnon-?tender\b[^,;]*/g;
/**
 * "Tender over the ligament, but not over the back edge or tip of either ankle bone, the fifth metatarsal base or the
 * navicular": every place listed after "not over" is one the examiner found not tender (dev23's case reports).
 */
const NOT_OVER = /\bnot (?:over|at|on|along|around|on top of)\b[^;]*/g;
/**
 * "Just in front of the outer ankle bone", "anterior to the fibula": the soft tissue in front of the bone (the ankle
 * ligament), not the bone's back edge or tip that the Ottawa rules ask about (stiell-1993; dev23).
 */
const IN_FRONT_OF_BONE = /\b(?:just |immediately |slightly )?(?:in front of|anterior to|forward of|ahead of|distal to)\s+(?:and\s+(?:below|under|beneath|above)\s+)?(?:the\s+|my\s+|his\s+|her\s+)?(?:(?:outer|outside|lateral|inner|inside|medial)\s+)?(?:ankle ?bone|fibula|malleolus)\b/g;
/**
 * "Tender along the peroneal tendon behind the outer ankle bone": the bone is the landmark for a tendon, which runs
 * behind and below it, not the bone's own back edge (the Ottawa point). Only when the sentence names a tendon.
 */
// The same holds behind the inner ankle bone, where the tibialis posterior tendon runs (dev23).
const TENDON_BEHIND_BONE = /\b(?:behind|below|under|underneath)\s+(?:and\s+(?:below|under|behind)\s+)?(?:the\s+|my\s+|his\s+|her\s+)?(?:outer|outside|lateral|inner|inside|medial)\s+ankle ?bone\b/g;
const TENDON = /\btendons?\b|\bperone\w*/;
/**
 * "Tenderness along the tendons behind the outer ankle bone, extending towards the base of the fifth metatarsal": the
 * tendon's course towards where it attaches, not a tender bone there (dev23). Only when the sentence names a tendon.
 */
const TENDON_COURSE = /\b(?:extending|extends|running|runs|tracking|tracks|passing|spreading)\s+(?:down\s+|forwards?\s+|along\s+)?(?:towards?|to|as far as|into|in to)\b[^,;]*/g;
/**
 * "Tender between the tibia and fibula just above the ankle": the ligament that binds the two leg bones (a high ankle
 * sprain), not the fibula's back edge, which is the Ottawa point (dev23).
 */
const BETWEEN_BONES = /\bbetween (?:the )?(?:tibia|shin ?bone) and (?:the )?fibula\b|\bbetween (?:the )?fibula and (?:the )?tibia\b|\bbetween the (?:two )?(?:shin|leg|lower leg) bones\b/g;
/** "Along the tendon …, extending towards the navicular": the bone where the tendon inserts, named as its course (dev23). */
const TENDON_TOWARDS = /\b(?:extending |running |spreading )?(?:towards?|into|onto|as far as|down to|up to) (?:its insertion (?:on|at|into) )?(?:the\s+)?navicular\b/g;

/** Words pointing back to a place already named. */
const THERE = /\b(?:under there|over there|there|that spot|the same spot|that bit|that place)\b/;

/** A negation right before the cue ("aren't tender", "not sore to touch", "no tenderness"). */
// "non-tender" (a note's wording) is negated too.
const NEGATED_BEFORE = /\b(?:not|no|never|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|nothing|without|nor)\s+(?:\w+\s+){0,2}$|\bnon[- ]?$/;

/**
 * A clinician's "denies" earlier in the sentence covers a tenderness listed after it, with no "but" between: "she
 * denies night pain, pain at rest or any single spot that is sharply tender" (dev23).
 */
const DENIED_EARLIER = /\bden(?:ies|ied|y|ying)\b(?![^;:]*\b(?:but|however|although|though|whereas|yet)\b)[^;:]*$/;

/** A negation inside a press story ("I can press it and it doesn't hurt"). */
// "I pressed the bumps on both sides … none of that hurts": a list of presses closed by one denial.
const NEGATED_INSIDE = /\b(?:not|no|none|never|nothing|without)\b|n't\b|\b(?:dont|doesnt|didnt|isnt|arent|wasnt|werent|cant|couldnt|wont)\b/;

/** A landmark followed by its own "not tender" ("base of the fifth metatarsal not tender, cuboid tender"). */
const DENIED_AFTER = /^[^,.;]{0,12}?\b(?:not|non|nt|isn'?t|aren'?t|wasn'?t)\b/;

/**
 * The landmark the tenderness cue is about: of those named in the sentence and not denied right after, the one
 * nearest the cue, so a note listing several points ("tender over the cuboid, fifth metatarsal base not tender")
 * gives the one found tender.
 */
/** A tenderness that is denied: "not tender", "non-tender", "NT", "no tenderness", "nothing tender". */
const DENIED_TENDER = /\b(?:not|non|no|nothing)[- ]?(?:\w+ )?(?:tender|sore to (?:press|touch))|\bnt\b|\bnone of (?:that|those|these|them|it) (?:\w+ )?(?:hurts?|is sore|are sore|was sore|were sore|is tender|are tender|was tender)/;

/**
 * The Ottawa points said not to be tender: each one followed by its own denial, or every one named in a sentence
 * whose only tenderness words are denied ("navicular and 5th MT base not tender to press").
 */
function deniedLandmarks(sentence: string, anyCue: boolean): string[] {
  const denied = new Set<string>();
  const wholeSentence = !anyCue && DENIED_TENDER.test(sentence);
  const notOver = [...sentence.matchAll(NOT_OVER)];
  for (const [re, id] of LANDMARKS) {
    if (!id.startsWith('ottawa-')) continue;
    for (const m of sentence.matchAll(new RegExp(re.source, 'g'))) {
      const listed = notOver.some((n) => m.index >= n.index && m.index < n.index + n[0].length);
      if (wholeSentence || listed || DENIED_AFTER.test(sentence.slice(m.index + m[0].length))) denied.add(id);
    }
  }
  return [...denied];
}

function nearestLandmark(sentence: string, at: number): (typeof LANDMARKS)[number] | undefined {
  let best: { l: (typeof LANDMARKS)[number]; d: number } | undefined;
  for (const l of LANDMARKS) {
    for (const m of sentence.matchAll(new RegExp(l[0].source, 'g'))) {
      if (DENIED_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      const d = Math.abs(m.index - at);
      if (best === undefined || d < best.d) best = { l, d };
    }
  }
  return best?.l;
}

/**
 * Every tenderness finding in the text, one sentence at a time.
 * @example readPressTender('The knobbly bone halfway along the outside of my foot is really tender.')[0]?.id
 * // 'ottawa-tender-base-of-fifth-metatarsal'
 */
export function readPressTender(raw: string): PressFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: PressFinding[] = [];
  let earlier: (typeof LANDMARKS)[number] | undefined;
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    const before = earlier;
    earlier = LANDMARKS.find(([re]) => re.test(sentence)) ?? earlier;
    const pinned = PRESS_DENIED.test(sentence) ? [] : [...sentence.matchAll(PINNED_ON)].filter((c) => PAIN_BEFORE.test(sentence.slice(0, c.index)));
    const cues = [...sentence.matchAll(CUE), ...pinned].sort((a, b) => a.index - b.index).filter((c) => !NEGATED_BEFORE.test(sentence.slice(Math.max(0, c.index - 30), c.index)) && !NEGATED_INSIDE.test(c[0]) && !DENIED_EARLIER.test(sentence.slice(0, c.index)));
    const cue = cues[0];
    const span: [number, number] = [s.index, s.index + sentence.length];
    // Blank out (keeping offsets) what a note lists as non-tender, and a tendon's place behind the outer ankle bone.
    const blank = (m: string): string => ' '.repeat(m.length);
    const places = sentence.replace(NON_TENDER, blank).replace(NOT_OVER, blank).replace(IN_FRONT_OF_BONE, blank);
    const landmarks = (TENDON.test(places) ? places.replace(TENDON_BEHIND_BONE, blank).replace(TENDON_COURSE, blank).replace(TENDON_TOWARDS, blank) : places).replace(BETWEEN_BONES, blank);
    const pointed = cue === undefined ? SORE_PLACE.exec(sentence) : null;
    const pointedAt = pointed && !NEGATED_INSIDE.test(sentence.slice(Math.max(0, pointed.index - 20), pointed.index + pointed[0].length)) ? nearestLandmark(landmarks, pointed.index) : undefined;
    if (pointedAt && POINTED_LANDMARKS.has(pointedAt[1])) {
      out.push({ id: pointedAt[1], value: true, span }, { id: 'bony-tenderness-focal', value: true, span });
      continue;
    }
    // "Pressing under there is tender": "there" points back to the place named in an earlier sentence (dev11, dev18).
    const landmark = cue === undefined ? undefined : nearestLandmark(landmarks, cue.index)
      ?? (THERE.test(sentence.slice(Math.max(0, cue.index - 20), cue.index + cue[0].length + 20)) ? before : undefined);
    for (const id of deniedLandmarks(sentence, cue !== undefined)) if (id !== landmark?.[1]) out.push({ id, value: false, span });
    if (cue === undefined) continue;
    if (landmark) out.push({ id: landmark[1], value: true, span });
    // "Tender in the muscle, not the bone": a bone named only to rule it out does not make the tenderness bony.
    // A bone named only as the place the tenderness is in front of, or is not over, does not make it bony (dev23).
    const focal = landmarks.replace(NOT_THE_BONE, ' ');
    if (!landmark && SOFT_SPOT.test(focal) && !BONE_WORD.test(focal)) continue;
    // A pain pinned on the bone of the outer midfoot, with no press, names the cuboid's place; the sprain's Ottawa
    // points are read from a press there, not from where the pain sits (dev5 kept as cuboid syndrome).
    if (pinned.includes(cue) && landmark?.[1] === 'tender-outer-midfoot') continue;
    if (FOCAL.test(focal) || (landmark && /bone|bony|knobbly|navicular|metatarsal/.test(focal))) {
      out.push({ id: 'bony-tenderness-focal', value: true, span });
    }
  }
  return out;
}
