/**
 * Signs that an infection has reached the whole body, told the way families, coaches and runners tell them rather than
 * in a nurse's words (the dev25 study: a diabetic mother who "called me by my sister's name twice", a teenager who
 * "looked grey … couldn't tell me what day it was … her watch said 131 sitting on the bench", a transplant patient
 * whose "knees look marbled, like corned beef" with "hands freezing despite the heating", a runner who "went a bit
 * wobbly getting up and had to sit down"). Each family is open-ended, so it is read by a small grammar over a class
 * of words, one sentence at a time:
 * - sepsis signs (NICE NG51's high and moderate-to-high risk criteria and the UK Sepsis Trust's lay list): new
 *   confusion told by what the person did (calling the writer by a wrong name, not knowing the day, not making
 *   sense); a heart rate over
 *   100 read off a watch or pulse while at rest; mottled or ashen skin; cold hands in a warm room; faintness on
 *   standing; little or no urine; "the worst I've ever felt";
 * - a rigor told by its contrast: shaking or shivering although the room, the day or the bed is warm, or shivering
 *   that will not stop. That is a fever sign (fever-or-unwell), not a sepsis sign.
 * The sepsis finding only acts together with an infected-looking foot and a fever or a weakened immune system
 * (red-flag-rules/infection.ts), so a hangover, a stomach bug or a hard race told the same way stays harmless; the
 * exercise and habit guards below keep the commonest of those from being read at all. Judgement, from how people
 * write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';
import { readSentences } from './story-sentences.ts';

/** New confusion told by what the person did or could not do. */
const CONFUSION = new RegExp([
  String.raw`\b(?:call(?:ed|ing|s)?|keeps? calling|kept calling) (?:me|us) (?:by )?(?:(?:my|our|his|her|their|the) )?(?:\w+'s |wrong )name`,
  String.raw`\b(?:couldn'?t|could not|can'?t|cannot|didn'?t|did not|doesn'?t|does not|wasn'?t able to|unable to) (?:tell|say|remember|know|work out) (?:(?:me|us|anyone|him|her|them|the \w+) )?(?:what|which) (?:day|year|month|date) it (?:is|was)\b(?! (?:when|that|i|we|it|he|she|they)\b)`,
  String.raw`\b(?:didn'?t|did not|doesn'?t|does not) (?:know|recogni[sz]e) (?:where (?:she|he|they) (?:was|is|were)|who (?:i|we) (?:am|are|was|were)|me|us)\b`,
  String.raw`\b(?:not|isn'?t|wasn'?t|stopped) making (?:any )?sense\b`,
  String.raw`\btalking (?:nonsense|gibberish|rubbish|drivel|jibberish)\b`,
  String.raw`\b(?:slurring|slurred (?:speech|words|her words|his words))\b`,
  String.raw`\b(?:is|was|seems?|seemed|looks?|looked|became|become|gone|went|got|getting|been|being|she's|he's|i'm|feel|felt) (?:\w+ ){0,2}?(?:confused|muddled|disorientated|disoriented|delirious|not with it|away with the fairies)\b(?! (?:about|by|as|with|whether|why|how|what|which|over|at|between)\b)`,
].join('|'));

/** A watch, pulse or heart-rate reading; the number is checked separately. */
const HEART_READING = /\b(?:watch|garmin|fitbit|whoop|pulse|heart ?rate|hr|heart|resting)\b[^.;!?]{0,30}?\b(\d{2,3})\b(?!\s*(?:k|km|miles?|m|metres?|meters?|minutes?|mins?|secs?|seconds?|steps|%|degrees|kg)\b)|\b(\d{3})\s*(?:bpm|beats)\b/;
/** Sitting still while the reading was taken. */
const AT_REST = /\b(?:sitting|sat|resting|at rest|lying|laid|in bed|on the (?:sofa|couch|bench|settee)|at (?:my|the|his|her) desk|doing nothing|watching tv|asleep|since (?:lunch|this morning|last night|breakfast))\b/;
/** Exercise while the reading was taken. */
const EXERCISING = /\b(?:during|on the (?:hill|run|climb)|mid[- ]run|intervals?|sprints?|tempo|max(?:imum)?|peak|zone \d)\b/;
/** A heart that races at rest, in everyday words. */
const RACING = /\bheart (?:is |was |keeps |kept |has been |'s )?(?:racing|pounding|thumping|hammering|going like the clappers|going nineteen to the dozen|going ten to the dozen)\b/;

/** Mottled skin on the knees, thighs or body (the foot's own colour is a circulation sign, read elsewhere). */
const MOTTLED = /\b(?:knees?|thighs?|legs|arms|tummy|belly|chest|skin|body)\b[^.;!?]{0,25}?\b(?:mottled|marbled|marbling|blotchy|lacy|corned beef)\b|\b(?:mottled|marbled|blotchy) (?:knees?|thighs?|legs|skin)\b|\blike corned beef\b/;
/** Cold hands although the room is warm, or cold and clammy. */
const COLD_HANDS = /\b(?:hands|fingers)\b[^.;!?]{0,20}?\b(?:freezing|ice[- ]?cold|icy|like ice|frozen|stone cold)\b[^.;!?]{0,30}?\b(?:despite|although|even though|even with|though|with the heating|indoors|in bed|under)\b|\b(?:cold|icy) and clammy\b|\bclammy (?:skin|hands)\b/;
/** Ashen or grey in the face, blue lips: said of a person, not a shoe or the sky. */
const ASHEN = /\b(?:she|he|i|they|mum|dad|son|daughter|wife|husband|partner|face|skin|lips)\s+(?:\w+\s+)?(?:looked|looks|look|looking|had gone|has gone|gone|went|turned|is going|was going)\s+(?:\w+\s+)?(?:grey|gray|greyish|grayish|ashen|deathly pale|white as a sheet|blue)\b|\bashen\b|\bgrey in the face\b|\bblue lips\b/;
/** Faintness, by its everyday words. */
const FAINT = String.raw`(?:dizzy|light-?headed|light headed|woozy|wobbly|faint|giddy|floaty|swimmy|nearly (?:passed out|fainted|went over|keeled over)|almost (?:passed out|fainted)|blacked out|greyed out)`;
/** Standing up or walking a few steps, or having to sit or lie straight down. */
const UPRIGHT = String.raw`(?:standing|stood|stand up|getting up|got up|get up|sitting up|sat up|walking to the (?:kitchen|loo|toilet|bathroom|door|car)|on the stairs|had to sit(?: down)?|had to lie(?: down)?|had to grab|holding onto|hold onto)`;
const POSTURAL = new RegExp(String.raw`\b${FAINT}\b[^.;!?]{0,40}?\b${UPRIGHT}\b|\b${UPRIGHT}\b[^.;!?]{0,30}?\b${FAINT}\b`);
/** A habit or a race explains faintness: standing up too fast, after the finish, in the heat. */
const ORDINARY_FAINT = /\b(?:always|usually|often|too (?:fast|quick(?:ly)?)|quickly|head rush|after (?:the|my|a) (?:race|run|marathon|finish|parkrun|session|long run)|finish(?:ing)? line|in the heat|heat ?stroke|dehydrat\w*|blood (?:test|donation)|gave blood)\b/;
/**
 * A wobble of the leg, not the head: "I can get up on tiptoe on that leg (wobbly)", "wobbly balancing on one leg"
 * (dev28: a calf strain's tiptoe test read as faintness on standing). Only "wobbly" and "shaky" said with a task for
 * one leg or foot; "dizzy" or "faint" still count.
 */
const LEG_WOBBLE = /\b(?:tip ?-?toes?|(?:my|her|his|the|that) toes|one leg|one foot|single[- ]leg|that leg|that foot|balanc\w*|heel raises?|calf raises?|hop\w*|ankle|knee)\b/;
const LEG_WOBBLE_WORD = /^(?:wobbly|shaky)$/;

/** Little or no urine. */
const NO_URINE = /\b(?:haven'?t|hasn'?t|have not|has not|not|barely|hardly|only) (?:\w+ ){0,2}?(?:weed|peed|wee'?d|pee'?d|urinated|passed (?:any |much )?(?:urine|water)|been for a (?:wee|pee)|had a (?:wee|pee)|needed a (?:wee|pee))\b/;
/** The race or a hot day explains it. */
const RACE_DAY = /\b(?:race|marathon|ultra|run|since the start|aid station|hot day|in the heat)\b/;
/** Feeling more ill than ever before. */
const WORST_EVER = /\b(?:worst i'?ve ever felt|never felt (?:this|so) (?:ill|unwell|poorly|rough|bad|sick)|feel(?:s|ing)? like (?:i'?m|she'?s|he'?s) (?:going to die|dying)|thought i was (?:going to die|dying))\b/;

/** Shaking or shivering. */
const SHAKE = String.raw`(?:shak(?:ing|y|es|e)|shiver(?:ing|y|s|ed)?|trembl(?:ing|ed|es|e)|quaking|teeth (?:were |are )?chattering|chattering teeth)`;
/** Warmth that should have stopped it. */
const WARMTH = String.raw`(?:(?:although|even though|though|despite|in spite of)\b[^.;!?]{0,30}?\b(?:\d{2} ?degrees|warm|hot|boiling|heating|summer|sunny|sun|radiator|fire|duvet|blankets?|jumpers?|layers|in bed)|under (?:\w+ ){0,2}?(?:blankets?|duvets?|covers|quilt)|(?:with|despite) the heating)`;
const RIGOR = new RegExp(String.raw`\b${SHAKE}\b[^.;!?]{0,25}?${WARMTH}\b|\b${SHAKE} (?:fits?|attacks?|uncontrollabl[ey]|violently)\b|\b(?:couldn'?t|can'?t|cannot|could not) (?:stop (?:shaking|shivering)|get warm)\b`);
/** A cold race or swim explains shivering. */
const COLD_OUTING = /\b(?:after|during|at the end of|finish(?:ed|ing)?) (?:the |my |a )?(?:race|run|marathon|swim|parkrun|session|ultra)|\bin the (?:rain|cold|snow|wind)\b|\bcold water\b/;

/**
 * Sepsis signs and rigors told in everyday words, one sentence at a time.
 * @example readSepsisStories('She looked grey and could not tell me what day it was.').map((f) => f.id)
 * // ['sepsis-signs']
 */
export function readSepsisStories(raw: string): StoryFinding[] {
  return readSentences(raw, ({ sentence, push }) => {
    push('sepsis-signs', CONFUSION.exec(sentence));
    push('sepsis-signs', fastAtRest(sentence));
    push('sepsis-signs', RACING.exec(sentence));
    push('sepsis-signs', MOTTLED.exec(sentence));
    push('sepsis-signs', COLD_HANDS.exec(sentence));
    push('sepsis-signs', ASHEN.exec(sentence));
    push('sepsis-signs', WORST_EVER.exec(sentence));
    const faint = ORDINARY_FAINT.test(sentence) ? null : POSTURAL.exec(sentence);
    const word = faint ? new RegExp(String.raw`\b${FAINT}\b`).exec(faint[0])?.[0] ?? '' : '';
    if (!(LEG_WOBBLE_WORD.test(word) && LEG_WOBBLE.test(sentence))) push('sepsis-signs', faint);
    if (!RACE_DAY.test(sentence)) push('sepsis-signs', NO_URINE.exec(sentence));
    if (!COLD_OUTING.test(sentence)) push('fever-or-unwell', RIGOR.exec(sentence));
  });
}

/** A heart rate over 100 read while sitting still, not while exercising. */
function fastAtRest(sentence: string): RegExpExecArray | null {
  const m = HEART_READING.exec(sentence);
  const rate = Number(m?.[1] ?? m?.[2]);
  if (!m || !(rate > 100 && rate < 220)) return null;
  return AT_REST.test(sentence) && !EXERCISING.test(sentence) ? m : null;
}
