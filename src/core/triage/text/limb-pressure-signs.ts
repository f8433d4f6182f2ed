/**
 * Pressure building in a lower-leg compartment, told without the textbook words (the dev25 study: a friend walking
 * laps of the living room at 3am, "two co-codamol, zero difference", "the ache climbed from a 3 to an 8", "the
 * plaster has shrunk", toes that "she screams" when bent back, a nurse's "marked increase in pain when ankle
 * dorsiflexed"). Each family is open-ended, so each is a small grammar over a class of words, read one sentence at a
 * time (mcqueen-2000 and ulmer-2002 say which signs matter; which words count is judgement):
 * - painkillers that made no difference, in an hours-long story (not a weeks-long ache): pain out of proportion;
 * - "pain 9/10 despite morphine": a high score in spite of painkillers, the note's way of saying the same;
 * - no position bearable ("can't get comfy lying, sitting or standing", "pacing the room", "unable to settle"):
 *   the restlessness of pain out of proportion;
 * - pain climbing on a number scale within the day ("from about a 3 to an 8 by lunchtime"): worsening by the hour;
 * - toes moved by someone else and the reaction, when the sentence says "them" for toes named just before; a joint
 *   moved *by* a nurse, doctor or parent with much more pain (passive stretch, whoever writes it);
 * - a cast, back-slab or splint that has become too tight ("the plaster has shrunk", "cast is cutting in"): the leg
 *   swelling inside something that cannot give, read as a tense compartment.
 * The dev27 study widened four of these: toes someone is not allowed to move ("won't let me touch his toes or try
 * to move them") are the stretch sign told by a child's refusal; pain worse days later than on the day a bone was
 * broken or set ("screaming, more than on the day it happened") is pain out of proportion, and so is "the worst
 * thing I've ever felt"; and pain climbing on a scale of words ("gone from sore on the march to the worst thing I've
 * ever felt") within an hours-long story is worsening by the hour.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const DRUGS = String.raw`(?:co-?codamol|codeine|dihydrocodeine|tramadol|morphine|oramorph|oxycodone|opioids?|analgesi[ac]s?|painkillers?|pain ?killers?|pain meds|pain relief|nurofen|ibuprofen|advil|panadol|paracetamol|calpol|tylenol|naproxen|diclofenac|voltarol|aspirin|tablets|pills|meds|medicine|the lot)`;
/** The drugs named, then a verdict that they did nothing. */
const DID_NOTHING = new RegExp(String.raw`\b${DRUGS}\b[^.!?;]{0,60}?(?:\b(?:zero|no|not any|not much|hardly any|barely any|nil)\s+(?:difference|effect|help|relief|change)|\b(?:made|makes|making)\s+(?:zero|no|not a|little)\s+(?:difference|odds)|\b(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|not)\s+(?:even\s+)?(?:helped?|work(?:ed)?|touch(?:ed)?|dent(?:ed)?|shift(?:ed)?|eased?|done (?:a thing|anything|much)|made a dent)|'s done nothing|\bdone nothing\b|\bdid nothing\b|\buseless\b|\bnot working\b|\bno good\b)`);
/** "Pain 9/10 despite IM diclofenac and oramorph": a high score held in spite of painkillers. */
const SCORE_DESPITE = new RegExp(String.raw`\bpain\s+(?:score\s+)?(?:is\s+|still\s+|of\s+)?(?:[7-9]|10)\s*(?:/|out of)\s*10\b[^.!?;]{0,15}?\b(?:despite|in spite of|even (?:after|with))\s+(?:[\w,-]+\s+){0,4}?${DRUGS}`);
/** A long-standing problem: a painkiller that never helped a weeks-old ache is not the warning sign. */
const LONG_STANDING = /\b(?:days|weeks?|months?|years?|ages|for a while)\b/;
/** An hours-long story: a clock time, tonight, this morning, hours. */
const HOURS = /\b(?:tonight|last night|overnight|this (?:morning|afternoon|evening)|midnight|lunchtime|teatime|bedtime|by (?:lunch|tea|dinner|the evening|the afternoon)|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\d{1,2}:\d\d|hours?|hrs?|since (?:the|his|her|my) (?:game|match|fall|race|crash|knock|accident))\b/;

/** No position bearable: two or more positions listed, "any position", pacing or an inability to settle. */
const NO_POSITION = /\b(?:can'?t|cannot|couldn'?t|could not|unable to|not able to)\s+(?:get|find|be)\s+(?:comfy|comfortable|a (?:comfy|comfortable) (?:position|spot))\b[^.!?;]{0,20}?\b(?:lying|sitting|standing|any (?:position|way))\b[^.!?;]{0,15}?\b(?:or|nor|and)\s+(?:sitting|standing|lying|walking)\b|\b(?:no|not one|not a single)\s+(?:position|way of (?:sitting|lying))\s+(?:is|that'?s|feels)\s+(?:comfy|comfortable|bearable|ok|okay)\b|\b(?:walking|pacing|doing)\s+(?:laps|lengths|circles|up and down)\s+(?:(?:of|around|round|in)\s+)?(?:the|his|her|my)\s+(?:living room|room|lounge|house|flat|kitchen|hall|landing|ward|cubicle)|\b(?:restless|unable to settle|can'?t settle|cannot settle|writhing)\b/;
/** Pain said to be about a leg or foot. */
const LIMB = /\b(?:leg|shin|calf|calves|ankle|foot|feet|toes?|knee|thigh|plaster|cast|back-?slab)\b/;

/** Pain climbing on a number scale: "from about a 3 to an 8", "gone from 4/10 to 9/10". */
const CLIMBED = /\b(?:climb\w*|gone|went|go(?:ne)?\s+up|risen|rose|crept|creep\w*|jump\w*|shot)\s+(?:up\s+)?from\s+(?:about\s+|around\s+|maybe\s+)?(?:a\s+)?(\d{1,2})(?:\s*\/\s*10)?\s+to\s+(?:about\s+|around\s+|maybe\s+)?(?:an?\s+)?(\d{1,2})(?:\s*\/\s*10)?\b/;

/**
 * A joint moved by someone else: "when I gently bend them back for her" (not "she can wiggle them": her own movement), "ankle dorsiflexed by nurse".
 */
const MOVED_THEM = /\b(?:bend|bent|bends|bending|push|pushed|pull|pulled|point|pointed|curl|curled|stretch|stretched|flex|flexed)\s+them\s+(?:back|down|up|forward|gently|a bit|a little)?/;
const MOVED_BY = /\b(?:ankle|toes?|foot|feet)\s+(?:is\s+|was\s+|were\s+|being\s+|gets\s+|got\s+)?(?:passively\s+)?(?:dorsi-?flexed|plantar-?flexed|flexed|extended|bent(?: back| up| down)?|pulled (?:back|up)|pushed (?:down|back)|stretched|moved)\s+(?:\w+\s+)?by\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+)?(?:nurse|doctor|dr|examiner|physio|paramedic|medic|clinician|mum|mom|dad|wife|husband|partner|friend|me|someone|staff|hca)\b/;
/** A reaction or a verdict that only much more pain brings. */
const MUCH_MORE = /\b(?:scream\w*|yelp\w*|howl\w*|shriek\w*|sob\w*|cr(?:y|ies|ied) out|agony|excruciating|unbearable|(?:far|much|a lot|way) (?:more|worse)|marked(?:ly)? (?:increase|worse|more)|increase in pain|severe(?:ly)? pain|exquisite\w*)\b/;
const DENIED = /\b(?:no|not|without|didn'?t|doesn'?t|never|nil)\s+(?:\w+\s+){0,2}$/;

/**
 * Toes someone refuses to have moved: "won't let me touch his toes or try to move them", "won't let the nurse bend
 * her toes". A move verb is needed: a child who will not have a sore toenail touched is not this (dev27).
 */
const WONT_LET_MOVE = /\b(?:won'?t|wont|will not|refuses? to|refused to|wouldn'?t|would not)\s+let\s+(?:me|us|anyone|anybody|the (?:nurse|doctor|dr|physio|medic)|her|him|them)\s+(?:\w+\s+){0,6}?(?:move|moving|bend|bending|wiggle|wiggling|straighten|stretch|flex|pull|push)\s+(?:them|(?:his|her|my|the|their)\s+toes)\b/;
/**
 * Pain now worse than on the day of the injury, said as a comparison with that day: "more than on the day it
 * happened", "worse than when he broke it". Days after a break or an operation pain should be settling (dev27).
 */
const WORSE_THAN_DAY = /\b(?:more|worse|harder|louder)\s+than\s+(?:(?:on|at)\s+)?(?:the (?:day|night|time) (?:it|he|she|i|we) (?:happened|did it|broke it|hurt it|fell|was (?:done|set|put on))|when (?:it|he|she|i) (?:first )?(?:happened|did it|broke it|hurt it|fell|was (?:done|set|put on))|(?:the|that) (?:day|night) (?:itself|of the (?:fall|break|accident|op|operation)))\b/;
/** A bone broken or set, a cast or an operation: the context in which "worse than that day" means trouble. */
const SETTLING_INJURY = /\b(?:broke|broken|break|fracture\w*|plaster|cast|back-?slab|pot|op|operation|surgery|operated)\b/;
/** A break weeks or months back: pain on return to running is not the early days after a break or an operation. */
const WEEKS_AGO = /\b(?:weeks?|months?|years?|fortnight)\b/;
/** The comparison must be about pain or a reaction to it, not swelling or bruising. */
const HURTING = /\b(?:hurt\w*|pain\w*|sore\w*|ach\w*|scream\w*|cry\w*|crie[sd]|sob\w*|agony|howl\w*|yell\w*|wail\w*|throb\w*)\b/;
/** "The worst thing I've ever felt", "worst pain he has ever had": the top of anyone's scale. */
const WORST_EVER = /\bworst\s+(?:(?:pain|agony|hurt)\s+(?:i'?ve|i have|he'?s|he has|she'?s|she has|they'?ve|they have)\s+(?:ever\s+)?(?:felt|had|known|experienced)|thing\s+(?:i'?ve|i have|he'?s|he has|she'?s|she has|they'?ve|they have)\s+ever\s+(?:felt|experienced))\b/;
/** Pain climbing on a scale of words within the day: from an ache to the worst. */
const MILD = String.raw`(?:sore|a bit sore|achy|aching|an ache|a niggle|niggly|uncomfortable|tender|a dull ache|mild)`;
const SEVERE = String.raw`(?:the worst|agony|agonising|agonizing|unbearable|excruciating|screaming|off the (?:scale|charts?)|a 10)`;
const CLIMBED_WORDS = new RegExp(String.raw`\b(?:gone|went|go(?:ne)?\s+up|climb\w*|gotten|got|escalated|ramped up)\s+from\s+(?:being\s+)?${MILD}\b[^.!?;]{0,40}?\bto\s+(?:being\s+)?${SEVERE}`);

/** A cast, plaster, back-slab or splint that has become too tight or is cutting in. */
const CAST = String.raw`(?:cast|plaster|plaster cast|back-?slab|backslab|pot|splint)`;
const CAST_TIGHT = new RegExp(String.raw`\b${CAST}\b[^.!?;]{0,40}?\b(?:(?:has |'s |had |is |feels |felt |seems )?(?:shrunk|shrunken|got smaller|too tight|tighter|so tight|really tight|very tight)|(?:is |'s |was )?(?:cutting|digging|biting) in(?:to)?|squeez\w*)\b|\b(?:too tight|tighter|shrunk)\b[^.!?;]{0,15}?\b(?:in|inside|under) (?:the|my|her|his) ${CAST}\b`);
/** Sticking plaster on a blister or a "plaster" of tape is not a cast: the sentence must not be about skin. */
const SKIN_PLASTER = /\b(?:blister|cut|graze|wound|compeed|sticking plaster|plasters)\b/;

/**
 * The leg too painful for anyone to touch ("can't bear anyone touching the calf"), or a tight wrap taken off with no
 * relief ("took the bandage off an hour ago and it hasn't eased one bit"): pain out of proportion in a story told in
 * hours (dev29: a compression bandage slept in after a sprain). Not the foot or toes, where a hot joint that cannot
 * bear the sheet is gout's sign.
 */
const TOUCH_UNBEARABLE = /\b(?:can'?t|cannot|couldn'?t|could not|won'?t)\s+(?:bear|stand|tolerate|take)\s+(?:anyone|anybody|anything|me|us|you|him|her|them|the (?:sheet|duvet|covers?|blanket))?\s*(?:even\s+)?(?:touching|to touch|touch(?:ing)?|near|on)\s+(?:it|(?:the|his|her|my|their)\s+(?:calf|leg|shin|lower leg))\b/;
const WRAP_OFF_NO_RELIEF = /\b(?:took|taken|take|cut|loosened|removed|got)\s+(?:the|his|her|my|their)\s+(?:bandage|tubigrip|tubi-?grip|strapping|wrap|compression \w+|support|boot|splint|sock)s?\s+off\b[^.!?;]{0,60}?\b(?:hasn'?t|has not|didn'?t|did not|not|no)\s+(?:eased|helped|changed|made (?:a|any) difference|improved|settled|better|difference)/;

/**
 * Every sign of compartment pressure told in the families above.
 * @example readLimbPressureSigns('Two co-codamol at 11pm and zero difference to his shin.')[0]?.id // 'severe-pain-out-of-proportion'
 */
export function readLimbPressureSigns(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  const hoursStory = HOURS.test(text);
  let previous = '';
  for (const s of text.matchAll(/(?:\d\.\d|[^.!?;\n])+/g)) {
    const sentence = s[0];
    const push = (id: string, index: number, length: number): void => {
      out.push({ id, span: [s.index + index, s.index + index + length] });
    };
    const nothing = DID_NOTHING.exec(sentence);
    if (nothing && hoursStory && !LONG_STANDING.test(sentence)) push('severe-pain-out-of-proportion', nothing.index, nothing[0].length);
    const score = SCORE_DESPITE.exec(sentence);
    if (score && !LONG_STANDING.test(sentence)) push('severe-pain-out-of-proportion', score.index, score[0].length);
    const restless = NO_POSITION.exec(sentence);
    if (restless && (LIMB.test(sentence) || LIMB.test(previous)) && !DENIED.test(sentence.slice(0, restless.index))) {
      push('severe-pain-out-of-proportion', restless.index, restless[0].length);
    }
    const worse = WORSE_THAN_DAY.exec(sentence);
    if (worse && hoursStory && SETTLING_INJURY.test(text) && !WEEKS_AGO.test(text) && HURTING.test(sentence.slice(0, worse.index + 6))) push('severe-pain-out-of-proportion', worse.index, worse[0].length);
    const worst = WORST_EVER.exec(sentence);
    if (worst && (LIMB.test(sentence) || LIMB.test(previous)) && !DENIED.test(sentence.slice(0, worst.index))) push('severe-pain-out-of-proportion', worst.index, worst[0].length);
    const words = CLIMBED_WORDS.exec(sentence);
    if (words && hoursStory && !LONG_STANDING.test(sentence)) push('pain-getting-worse-by-hour', words.index, words[0].length);
    const climbed = CLIMBED.exec(sentence);
    if (climbed && Number(climbed[2]) - Number(climbed[1]) >= 3 && Number(climbed[2]) <= 10 && hoursStory && !LONG_STANDING.test(sentence)) {
      push('pain-getting-worse-by-hour', climbed.index, climbed[0].length);
    }
    // "Them" must be the toes: named in this sentence or the one before.
    const them = /\btoes\b/.test(previous) || /\btoes\b/.test(sentence) ? MOVED_THEM.exec(sentence) : null;
    const refused = /\btoes\b/.test(previous) || /\btoes\b/.test(sentence) ? WONT_LET_MOVE.exec(sentence) : null;
    if (refused) push('pain-on-stretching-toes-severe', refused.index, refused[0].length);
    const moved = them ?? MOVED_BY.exec(sentence);
    if (moved && !refused) {
      const reaction = MUCH_MORE.exec(sentence.slice(moved.index)) ?? MUCH_MORE.exec(sentence);
      if (reaction && !DENIED.test(sentence.slice(0, sentence.indexOf(reaction[0])))) push('pain-on-stretching-toes-severe', moved.index, moved[0].length);
    }
    const untouchable = hoursStory ? TOUCH_UNBEARABLE.exec(sentence) ?? WRAP_OFF_NO_RELIEF.exec(sentence) : null;
    if (untouchable && !LONG_STANDING.test(sentence)) push('severe-pain-out-of-proportion', untouchable.index, untouchable[0].length);
    const cast = SKIN_PLASTER.test(sentence) ? null : CAST_TIGHT.exec(sentence);
    if (cast && !DENIED.test(sentence.slice(0, cast.index))) push('leg-rock-hard', cast.index, cast[0].length);
    previous = sentence;
  }
  return out;
}
