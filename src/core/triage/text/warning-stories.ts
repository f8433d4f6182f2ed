/**
 * Warning signs told as a small story, whose meaning lies in word order and in a negation that belongs to the sign
 * itself, so the tolerant any-order phrase matching (match.ts) cannot read them safely (issue #4, the dev11 study):
 * - toes moved by someone with an extreme reaction: "she pushed my toes down and I nearly went through the roof" is
 *   pain on passive stretch, the earliest sign of compartment pressure (ulmer-2002); a note's "pain on moving toes"
 *   says the same, and so does a case report's "gently pointing his toes downwards makes him cry out" (dev23). An
 *   ordinary "pulling my toes back hurts my arch" is not;
 * - pain worse at rest tonight than it was during the race: pain still building after exercise stopped
 *   (mcqueen-2000), not the habitual "my heel is worse sitting than when I run" of a tendon that warms up;
 * - strong painkillers that did not ease the pain ("not eased by co-codamol", "two nurofen did nothing"), unless the
 *   sentence is about days, weeks or months of a long-standing problem;
 * - saddle numbness and a bladder that does not empty, told shyly ("haven't had proper feeling down below", "had to
 *   look at the paper to know I'd wiped", "not sure I'm emptying fully"): cauda equina signs (nice-ng59), where the
 *   "not" is the symptom, so "no trouble emptying my bladder" must stay harmless; the same told through the toilet
 *   in plainer or second-language words is toilet-stories.ts (dev18);
 * - the torn Achilles' feeling of being struck from behind (kick-feeling.ts, dev17 and dev18);
 * - a push onto tiptoe that "just won't" happen, and walking "with the foot flat": the calf-tendon unit cannot lift the
 *   heel (dev17: a rupture told as "doesn't actually hurt that much").
 * Each is read one sentence at a time and gives its finding with the sentence part as span; understand.ts then drops
 * what is about the past, someone else or a worry, as for every reader. Judgement, from how people write.
 * @module
 */
import { readKickFeeling } from './kick-feeling.ts';
import { readToiletChange } from './toilet-stories.ts';

/** One finding read from a story, with the span of the text it came from. */
export interface StoryFinding {
  readonly id: string;
  readonly span: readonly [number, number];
}

/** Toes moved (not "pushing off" them: that is the runner's own stride). */
const TOES_MOVED = /\b(?:push(?:ed|es|ing)?|pull(?:ed|s|ing)?|point(?:ed|s|ing)?|bend(?:s|ing)?|bent|stretch(?:ed|es|ing)?|mov(?:e|ed|es|ing)|wiggl(?:e|ed|es|ing)|flex(?:ed|es|ing)?|curl(?:ed|s|ing)?|lift(?:ed|s|ing)?)\b(?! off)(?:\s+(?:it|them|my|his|her|the|all|of|five|both))*\s+toes\b|\btoes\s+(?:were\s+|are\s+|being\s+|got\s+)?(?:pushed|pulled|pointed|bent|stretched|moved|wiggled|flexed|curled)\b/;
/** A reaction that only severe pain brings. */
const EXTREME = /\b(?:(?:went|go|goes|going|nearly went|almost went) (?:through|thru) the (?:roof|ceiling)|hit the (?:roof|ceiling)|scream(?:ed|ing)?|yelp(?:ed)?|yell(?:ed)?|howl(?:ed)?|shriek(?:ed)?|nearly (?:passed out|fainted|cried|threw up|was sick|died|hit him|hit her|kicked)|(?:saw|see|seeing) stars|brought tears|in tears|made me cry|(?:cr(?:y|ies|ied|ying)|shout(?:s|ed|ing)?|call(?:s|ed|ing)?) out|(?:makes?|made|making) (?:him|her|them|me) (?:cry|scream|yell|shout|howl|gasp)|exquisite(?:ly)?|agony|agonis\w+|agoniz\w+|excruciating|unbearable|horrendous|horrific|worst pain|off the charts|couldn'?t bear|can'?t bear|like a knife|like knives)\b/;
/** A denial just before a reaction ("didn't scream", "not agony", "wasn't unbearable"). */
const DENIED_JUST_BEFORE = /\b(?:not|no|never|didn'?t|wasn'?t|isn'?t|doesn'?t|without|nothing like)\s+(?:\w+\s+){0,2}$/;
/** A note's "pain on (passive) moving toes": plural toes, so a stiff big toe is not read as the compartment sign. */
const NOTE_TOES = /\bpain (?:on|with) (?:passive )?(?:moving|movement of|flexing|flexion of|extending|extension of|stretching|stretch of|dorsiflexing|plantar ?flexing)(?: of)? (?:the |his |her |their |all (?:the )?)?toes\b/;
const NOTE_DENIED = /\b(?:no|nil|without|denies)\s+(?:\w+\s+){0,2}$/;

/** Worse than it was while running (past tense, or "now than when I stopped"); habits ("when I run") do not count. */
const WORSE_THAN_RUN = /\b(?:worse|more painful|hurts? more|sorer|more sore)\b[^.!?;]{0,60}?\bthan\s+(?:(?:(?:it|i) (?:was|did)|when i was|while i was)\b[^.!?;]{0,20}?\b(?:running|racing|(?:the |my |that )(?:run|race|event|marathon|ultra|game|match))|(?:it (?:was|did) )?(?:during|in|on|at) (?:the|my|today'?s|that) (?:run|race|event|marathon|ultra|game|match))\b|\b(?:worse|more painful|hurts? more|sorer)\b[^.!?;]{0,30}?\b(?:now|tonight)\b[^.!?;]{0,20}?\bthan when i (?:stopped|finished)\b/;
/** Resting: the comparison must be with lying, sitting or keeping still now, not with walking or the stairs. */
const AT_REST = /\b(?:lying|laying|sitting|resting|at rest|on the (?:couch|sofa)|in bed|keeping still|lie still|sit still|doing nothing|now|tonight)\b/;
const HABIT = /\b(?:always|usually|normally|generally|tends? to|every (?:time|run|day|morning)|whenever)\b/;

const DRUGS = String.raw`(?:co-?codamol|co codamol|codeine|dihydrocodeine|tramadol|morphine|oramorph|oxycodone|opioids?|opiates?|analgesics?|analgesia|painkillers?|pain killers?|pain meds|pain medication|nurofen|ibuprofen|advil|motrin|panadol|paracetamol|tylenol|acetaminophen|naproxen|aleve|diclofenac|tablets|pills)`;
/**
 * Strong or ordinary painkillers that did not ease the pain, said the note's way or the runner's; or pain that kept
 * climbing in spite of them ("steadily worsened despite ice, paracetamol and codeine", dev23's case reports).
 */
const NOT_EASED = new RegExp(String.raw`\b(?:worse\w*|increas\w*|escalat\w*|intensif\w*|climb\w*|build\w*|built|progress\w*|not (?:improv|eas|settl)\w*)\b[^.!?;]{0,30}?\b(?:despite|in spite of|regardless of)\s+(?:[\w,-]+\s+){0,5}?${DRUGS}|\b(?:despite|in spite of)\s+(?:[\w,-]+\s+){0,5}?${DRUGS}\b[^.!?;]{0,40}?\b(?:worse\w*|increas\w*|escalat\w*|intensif\w*|climb\w*|still (?:severe|agony|unbearable|building))|\b(?:not|poorly|barely|un)[- ]?(?:eased|relieved|controlled|settled|settling|touched|responding|responsive)\s+(?:at all\s+)?(?:by|with|to|despite)\s+(?:[\w-]+\s+){0,3}?${DRUGS}|\bno (?:relief|effect|difference) (?:at all )?(?:from|with) (?:[\w-]+\s+){0,3}?${DRUGS}|\b${DRUGS}\b[^.!?;]{0,40}?\b(?:did nothing|done nothing|didn'?t (?:even )?touch|didn'?t do anything|didn'?t take the edge off|hasn'?t (?:even )?touched|haven'?t (?:even )?touched|hasn'?t done anything|haven'?t done anything|(?:is|are)n'?t (?:even )?touching|not (?:even )?touching)`);
/**
 * Days, weeks or months of a problem: a painkiller that never helped a long-standing ache is not this warning sign;
 * pressure in a compartment builds over hours (mcqueen-2000), so "worse over ten days despite ibuprofen" is not it.
 */
const LONG_STANDING = /\b(?:days|weeks?|months?|years?|ages)\b|\bdid nothing for (?:my|the) (?!pain\b)\w+/;

/**
 * Wiping in any tense ("when I wiped after the loo", "wiping this morning"), followed by a feeling told as strange,
 * numb, like someone else's skin or like the dentist's numbing: saddle numbness told by its one everyday moment
 * (dev16). Words that say the feeling is normal ("felt normal") are not in the odd-feeling list, a denied one ("not
 * numb") does not count, and wiping something else ("wiped the mud off my shoe") is not this moment.
 */
const WIPED_ODD = new RegExp(String.raw`\b(?:when|after|as|while|if) (?:i |i'?d |i'?ve )?(?:wipe[ds]?|wiping)\b(?!,? (?:off|away|up|clean|dry|down|them|the (?!loo|toilet)|my (?!bum|bottom|backside)|his |her |some))[^.!?]{0,60}?(?<!\b(?:not|no|never|isn'?t|wasn'?t|nothing) )\b(?:numb\w*|(?:felt|feels?|feeling|was|is|it'?s) (?:a bit |really |very |so |all |kind of |sort of )?(?:strange|odd|weird|funny|different|wrong|dead|muffled|like cotton wool)|(?:not|wasn'?t|isn'?t|didn'?t feel like) (?:like )?my (?:own )?skin|someone else'?s skin|dentist|couldn'?t feel|can'?t feel|didn'?t feel (?:it|anything|a thing|much)|barely (?:feel|felt))`);
/** Saddle feeling gone, told by what it stops you feeling. */
const SADDLE = /\b(?:no|not|haven'?t|hasn'?t|havent|hasnt|don'?t|dont|didn'?t|didnt|without)\s+(?:(?:had|got|have|much|any|proper|normal|full|real|the|same|a lot of|great)\s+)*(?:feeling|sensation)\s+(?:down below|down there|in my (?:bum|bottom|backside|groin|privates|private parts|genitals|saddle area)|around my (?:bum|bottom|backside|back passage)|between my legs|when i wipe|when wiping|in the saddle area)\b|\b(?:had|have|need|needed)\s+to\s+(?:look|check)\s+(?:at\s+)?(?:the\s+)?(?:paper|tissue|loo roll|toilet roll)\b|\b(?:skin (?:round|around) my (?:bum|bottom|backside)|(?:my )?(?:bum|bottom|backside|inner thighs|inside of my thighs|groin))\b[^.!?]{0,50}\b(?:numb|dead|tingl\w*|not my (?:own )?skin|like after the dentist)|\b(?:sitting on the toilet|on the loo|when i wipe)\b[^.!?]{0,40}(?<!\b(?:not|no|never|isn'?t|wasn'?t) )\b(?:numb|not normal|not my (?:own )?skin|can'?t feel|don'?t feel)/;
/**
 * A leak or accident the person did not feel happen, found only afterwards ("hadn't noticed I'd leaked into my
 * knickers", "wet myself without realising"): lost bladder sensation, not the felt leak of a cough or a jump (dev16).
 */
const UNNOTICED_LEAK = new RegExp(String.raw`\b(?:hadn'?t|didn'?t|did not|had not|never|without|not) (?:even )?(?:notic\w*|realis\w*|realiz\w*|fe(?:el|lt|eling)|knowing|aware)\b[^.!?]{0,25}?\b(?:leak\w*|wet (?:myself|himself|herself|the bed|my|his|her)|dribbl\w*|soiled|wee'?d|peed|pooed|had an accident)|\b(?:leak\w*|wet (?:myself|himself|herself)|dribbl\w*|soiled (?:myself|himself|herself)|wee'?d (?:myself|himself|herself)|peed (?:myself|himself|herself)|had an accident(?! (?:on|with|in|at) (?:my|a|the|his|her) (?:bike|car|motorbike|scooter|skis?|road|work)))\b[^.!?]{0,40}?\b(?:without (?:noticing|realising|realizing|knowing|feeling)|and (?:didn'?t|never) (?:notice|realise|realize|know|feel)|(?:didn'?t|never|did not) (?:notice|realise|realize|know|feel))\b(?! (?:what|whether|how|who|where|why|which|if i should|i'?d (?:cut|broken|hurt|grazed)))`);
/** A bladder that does not empty, or a need to go that is not felt. */
const BLADDER = /\b(?:(?:not|n'?t) (?:sure|convinced|certain) (?:(?:if|that|whether) )?(?:i'?m|i am|im|i'?ve been|i)|(?:i'?m|i am|im)\s+not) (?:fully |properly |completely |really )?empty?(?:ing)?(?: (?:my|the) bladder)?(?= *(?:fully|properly|completely|when|after|[,.;!?]|$))|\bbladder (?:doesn'?t|does not|isn'?t|is not|never|won'?t|will not|not) (?:feel )?(?:fully |properly |completely )?empt|\b(?:doesn'?t|don'?t|does not|do not) feel (?:like )?(?:my bladder |it )?(?:is |has |'?s )?(?:fully |properly |completely )?empt(?:y|ied)\b|\b(?:no|lost (?:the |my )?) (?:urge|sensation|feeling) (?:to|of needing to|when i need to) (?:wee|pee|urinate|pass water|open my bowels|poo)\b|\b(?:haven'?t|hasn'?t|havent|have not) (?:weed|wee'?d|peed|pee'?d|urinated|passed water|passed urine)\s+(?:since|for (?:hours|\d+ hours|a day|the whole day)|all day)\b|\b(?:hadn'?t|haven'?t|hasn'?t|had not|have not|didn'?t) (?:needed|need|felt the need) (?:a |to )?(?:wee|pee|urinate|go)\b[^.!?]{0,20}\b(?:all|since|for)\b|\b(?:couldn'?t|can'?t|cannot|could not) (?:really |quite )?(?:get (?:it|my wee|the wee|the flow|the stream|a wee) (?:going|started|to start)|start (?:a |my |the )?(?:wee|pee|stream|flow))\b|\b(?:accident|wet myself|soiled|leaked) [^.!?]{0,40}\b(?:didn'?t|did not|never|couldn'?t) (?:feel|notice) it\b|\baccident in (?:my|his|her) (?:pants|underwear|trousers)\b/;
/**
 * A wee that is slow to start, needs pushing, or leaves you unsure it has finished (dev20: "had to wait ages and push,
 * then wasn't sure if I'd finished"): a bladder losing its nerve supply. Only in a sentence about weeing, so waiting
 * for the loo at a race start or pushing the pram is not this.
 */
const HESITANT = /(?<!\b(?:don'?t|doesn'?t|didn'?t|never|not|no) )\b(?:had to|have to|having to|needed to|need to)\s+(?:wait (?:ages|forever|a while|a long time|for ages)|push|strain|bear down|really push)\b|\b(?:wasn'?t|not|isn'?t|never|couldn'?t tell|can'?t tell)\s+(?:sure|certain|convinced)?\s*(?:if|whether|that)\s+(?:i'?d|i had|i'?ve|i have|i was|it'?d|it had|it was|i'?m|i am)\s+(?:fully |properly |completely |actually )?(?:finished|done|empty|emptied)\b|\b(?:wait(?:ed|ing)?|took|takes|taking)\s+(?:ages|forever|a long time|a while|minutes)\s+(?:for (?:it|anything|the (?:wee|pee|flow|stream)) to (?:start|come)|to (?:start|get going))\b/;
const WEE = /\b(?:wee|wees|weed|weeing|pee|pees|peed|peeing|urine|urinat\w*|bladder|stream)\b/;
/** The toilet seat felt as if through padding: saddle numbness told by the seat (dev20). */
const SEAT_NUMB = /\b(?:loo|toilet)(?: seat)?\b[^.!?]{0,60}?(?<!\b(?:not|no|never|isn'?t|wasn'?t) )\b(?:numb|like (?:sitting on )?(?:a |some )?(?:cushion|pillow|cotton wool|sponge|padding|foam)|(?:can'?t|couldn'?t|didn'?t|don'?t) (?:really )?feel (?:it|the seat|anything))/;
/** Going up on tiptoe that will not happen: the heel cannot be lifted (not "can't because it hurts"). */
const TIPTOE_WONT = /\b(?:tip ?toes?|tip-toes?|up on (?:my|that|the|his|her) toes|onto (?:my|that|the|his|her) toes|heel raises?|calf raises?)\b[^.!?;]{0,50}?\b(?:(?:just |simply )?(?:won'?t|wont|will not|refuses?|doesn'?t happen|isn'?t happening|not happening|nothing happens|no go)|(?:no|zero) (?:power|strength|spring))\b/;
/**
 * A heel that lifts only part way: "I can only get a couple of cm up on tiptoe", "can barely get onto my toes on that
 * side", "up on my toes for a second before it buckles" (dev28: a torn Achilles, where the other muscles lift the heel a
 * little; maffulli-1998). A limit on height or a giving way, not on how often ("only do ten calf raises").
 */
const TOES = String.raw`(?:(?:my |her |his |their )?(?:tip ?toes?|tip-toes?)|(?:my|that|the|his|her|their) toes)`;
const HEIGHT = String.raw`(?:a (?:couple of |few )?(?:cm|mm|centimet(?:re|er)s?|inch(?:es)?)|an inch|\d+ ?(?:cm|mm|inch(?:es)?)|a (?:little|tiny) (?:bit|way)|a (?:bit|fraction)|a little|part ?way|half ?way|slightly)`;
const PARTIAL_RISE = new RegExp(String.raw`\b(?:only|barely|hardly|just about|scarcely)\s+(?:(?:get|go|rise|lift|come|push|make it)\s+)?(?:${HEIGHT}\s+)?(?:(?:up\s+)?(?:on|onto|on to)\s+${TOES}|off the ground)|\b(?:get|go|rise|lift|come)\s+${HEIGHT}\s+(?:up\s+)?(?:on|onto|on to)\s+${TOES}|\b(?:on|onto|on to)\s+${TOES}\b[^.!?;]{0,40}?\bbefore (?:it|the (?:ankle|heel|leg|foot)|my (?:ankle|heel|leg|foot)) (?:gives(?: way)?|buckles|collapses|drops|sags|goes)`);
/** Walking with the foot flat: no push-off through the toes. */
const FLAT_GAIT = /\b(?:walk\w*|shuffl\w*|hobbl\w*|limp\w*|plod\w*|getting about|getting around)\b[^.!?;]{0,30}?\b(?:(?:with )?(?:my|that|the|this|his|her) foot (?:flat|down flat)|flat[- ]?footed)\b/;

/**
 * A gap felt in the tendon, told by its shape and place rather than named: "a soft dip at the back of her ankle a
 * couple of inches above the heel", "a hollow above my heel you can push into" (dev20). A dip in the sole or a dent
 * from a sock is not this: the place must be the back of the ankle, the tendon or above the heel.
 */
const GAP = /\b(?:gap|dip|dent|hollow|divot|notch|dimple|groove)\b(?![^.!?;]{0,20}?\bin front of\b)[^.!?;]{0,40}?\b(?:back of (?:my|her|his|the|that|their) (?:ankle|leg|lower leg|heel)|achilles|tendon|(?:above|over) (?:my|her|his|the|that) heel|behind (?:my|her|his|the) ankle)\b/;
const GAP_DENIED = /\b(?:no|not|never|without|can'?t feel (?:a|any))\s+(?:\w+\s+){0,2}$/;
const SOCK = /\b(?:sock|shoe|strap|boot|brace|tape|heel counter)\b/;

/** A way of walking chosen to spare a sore place. */
const DELIBERATE = /^\W*(?:\w+\s+){0,2}?(?:to (?:avoid|protect|spare|keep|stop)|so (?:it|that|my|the)|because|cos|'cause|as it hurts)\b/;

/** "No trouble / problems emptying": the sign denied. */
const BLADDER_FINE = /\b(?:no|without|not had any|never had any)\s+(?:\w+\s+){0,2}(?:trouble|problems?|issues?|difficulty|difficulties)\b[^.!?;]*$/;

/**
 * Every warning sign told as a story in the text.
 * @example readWarningStories('My wife pushed my toes down and I nearly went through the roof.')[0]?.id
 * // 'pain-on-stretching-toes-severe'
 */
export function readWarningStories(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    const at = (index: number, length: number): [number, number] => [s.index + index, s.index + index + length];
    const moved = TOES_MOVED.exec(sentence);
    if (moved) {
      const after = sentence.slice(moved.index);
      const reaction = EXTREME.exec(after);
      if (reaction && reaction.index < 90 && !DENIED_JUST_BEFORE.test(after.slice(Math.max(0, reaction.index - 25), reaction.index))) {
        out.push({ id: 'pain-on-stretching-toes-severe', span: at(moved.index, reaction.index + reaction[0].length) });
      }
    }
    const note = NOTE_TOES.exec(sentence);
    if (note && !NOTE_DENIED.test(sentence.slice(Math.max(0, note.index - 25), note.index))) {
      out.push({ id: 'pain-on-stretching-toes-severe', span: at(note.index, note[0].length) });
    }
    const rest = WORSE_THAN_RUN.exec(sentence);
    if (rest && AT_REST.test(sentence) && !HABIT.test(sentence)) out.push({ id: 'exercise-pain-not-settling', span: at(rest.index, rest[0].length) });
    const eased = NOT_EASED.exec(sentence);
    if (eased && !LONG_STANDING.test(sentence)) out.push({ id: 'severe-pain-out-of-proportion', span: at(eased.index, eased[0].length) });
    const flat = HABIT.test(sentence) ? null : FLAT_GAIT.exec(sentence);
    // "Walking flat-footed to spare my heel" is a choice, not a calf that cannot lift the heel.
    const chosen = flat !== null && DELIBERATE.test(sentence.slice(flat.index + flat[0].length, flat.index + flat[0].length + 30));
    const unable = TIPTOE_WONT.exec(sentence) ?? PARTIAL_RISE.exec(sentence) ?? (chosen ? null : flat);
    if (unable) out.push({ id: 'cannot-push-off-or-tiptoe', span: at(unable.index, unable[0].length) });
    const gap = GAP.exec(sentence);
    if (gap && !GAP_DENIED.test(sentence.slice(0, gap.index)) && !SOCK.test(gap[0])) out.push({ id: 'gap-in-achilles', span: at(gap.index, gap[0].length) });
    const told = SADDLE.exec(sentence) ?? WIPED_ODD.exec(sentence) ?? BLADDER.exec(sentence) ?? UNNOTICED_LEAK.exec(sentence)
      ?? SEAT_NUMB.exec(sentence) ?? (WEE.test(sentence) ? HESITANT.exec(sentence) : null);
    const saddle = told ? { index: told.index, length: told[0].length } : readToiletChange(sentence);
    const length = saddle?.length ?? 0;
    if (saddle && !BLADDER_FINE.test(sentence.slice(0, saddle.index + length))) {
      out.push({ id: 'bladder-bowel-or-saddle-numbness', span: at(saddle.index, length) });
    }
    const kick = readKickFeeling(sentence);
    if (kick) out.push({ id: 'injury-kicked-in-calf', span: at(kick.index, kick.length) });
  }
  return out;
}
