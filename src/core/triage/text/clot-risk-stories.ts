/**
 * Clot risks and a swollen calf told the everyday or second-language way (the dev25 study: "breast cancer operated in
 * spring and now I take tamoxifen", a calf "visibly chubbier than the right", "my left lower leg is heavy and more
 * thick"). Wells counts active cancer and a one-sided swollen calf (wells-2003); which words count is judgement:
 * - cancer treatment now or recently: a named hormone or cancer drug (tamoxifen and its kin, which also raise the
 *   clot risk themselves), or chemotherapy, radiotherapy or immunotherapy said as current or just finished. A
 *   treatment years ago, or someone else's, is not;
 * - one calf or leg bigger than the other told with any size comparative ("chubbier", "podgier", "plumper",
 *   "more thick", "more big"), or a second-language "more thick" with one side named and no comparison at all:
 *   one-sided calf swelling. Muscle ("calves bigger since the hill work") and both legs are not;
 * - (dev27) a leg that looks like a bigger stranger's ("looks like a different, fatter person's"), or is bigger
 *   "from the knee down" or "below the knee": one-sided swelling told without a comparison, when both legs are not
 *   named; and veins newly standing out on the leg ("veins on the shin standing out that I've never seen before"):
 *   the new surface veins Wells counts (wells-2003). Veins that always show after a run are not new.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';
import { readSentences } from './story-sentences.ts';

const CANCER_DRUG = /\b(?:tamoxifen|letrozole|anastrozole|exemestane|zoladex|goserelin|herceptin|capecitabine|lenalidomide|thalidomide)\b/;
const CANCER_TREATMENT = /\b(?:on|taking|take|takes|having|had|started|starting|finished|finishing|just finished|halfway through|in the middle of|doing|cycle of|round of|course of|between)\s+(?:my\s+|the\s+|a\s+|some\s+|more\s+)?(?:chemo|chemotherapy|radiotherapy|radiation(?: therapy)?|immunotherapy|cancer treatment|treatment for (?:my\s+)?(?:\w+\s+)?cancer)\b/;
/** Long ago: "had chemo fifteen years ago", "in 2009", "as a child". */
const LONG_AGO = /\b(?:[\w-]+\s+)?years?\s+ago\b|\b(?:19|20)\d\d\b|\bas a (?:child|kid|teenager)\b|\byears back\b/;
/** Someone else's treatment. */
const SOMEONE_ELSE = /\b(?:my|his|her|our)\s+(?:mum|mom|dad|father|mother|wife|husband|partner|sister|brother|friend|aunt|uncle|gran|grandma|grandad|son|daughter)\b/;

/** A size comparative: "-ier"/"-er" words of size, or a second-language "more" with the plain adjective. */
const BIGGER = String.raw`(?:chubbier|podgier|plumper|puffier|fatter|bigger|larger|wider|thicker|fuller|rounder|chunkier|beefier|meatier|stouter|more (?:thick|big|fat|large|wide|swollen|swelled|puffy|puffed|round|full|chubby|heavy and thick))`;
const LEG = String.raw`(?:calf|leg|lower leg)`;
const THAN_OTHER = String.raw`(?:than|as|compared (?:to|with)|next to|vs\.?|versus)\s+(?:the |my |her |his )?(?:other(?: one| side| leg| calf)?|left(?: one| leg| calf)?|right(?: one| leg| calf)?|good (?:one|side|leg))`;
const COMPARED = new RegExp(String.raw`\b(?:${LEG})\b[^.!?;]{0,50}?\b${BIGGER}\b[^.!?;]{0,20}?\b${THAN_OTHER}\b`);
/** No comparison said: "my left lower leg is heavy and more thick" (a side named, a learner's "more" comparative). */
const LEARNER = new RegExp(String.raw`\b(?:left|right)\s+(?:${LEG})\s+(?:is|are|was|became|become|gets?|got|feels?|looks?)\s+(?:\w+\s+){0,3}?more\s+(?:thick|big|fat|large|swollen|puffy|round)\b`);
/** A size word said of a leg without "than": "thicker", "swollen", "bigger". */
const SIZE = String.raw`(?:${BIGGER}|swollen|swelled|puffy|puffed up|bloated|fat|big|huge|massive)`;
/** "Looks like a different, bigger person's", "like someone else's fat leg": a leg that is not one's own by its size. */
const STRANGERS_LEG = new RegExp(String.raw`\b(?:${LEG})\b[^.!?;]{0,40}?\blooks?\s+(?:\w+\s+)?like\s+(?:(?:a|an|some)\s+)?(?:(?:different|other|another|strange|random|\w+er),?\s+){1,3}(?:person|man|woman|guy|lady|bloke|someone|somebody|one)'?s\b|\b(?:${LEG})\b[^.!?;]{0,40}?\blooks?\s+(?:\w+\s+)?like\s+(?:someone|somebody)\s+else'?s\b`);
/** Bigger from the knee down: a lower leg swollen as a whole. */
const FROM_KNEE = new RegExp(String.raw`\b(?:${LEG})\b[^.!?;]{0,60}?\b${SIZE}\s+(?:all\s+the\s+way\s+)?(?:from the knee down|below the knee|from (?:the|my) knee to (?:the|my) (?:ankle|foot))\b`);
/** Veins on the leg standing out, said to be new. */
const VEINS = /\bveins?\b[^.!?;]{0,40}?\b(?:standing out|stand out|stick(?:ing)? out|popping(?: out| up)?|showing|visible|bulging|raised|prominent|come up|came up|appeared)\b/;
const NEW = /\b(?:never (?:seen|noticed|had)|not (?:seen|noticed) before|(?:weren'?t|wasn'?t|were not|was not) there|didn'?t (?:have|used to)|new|first time|than usual|more than before)\b/;
const LEG_PART = /\b(?:shin|calf|leg|ankle|knee|thigh|foot)\b/;
const BOTH = /\bboth\b|\blegs\b/;
const MUSCLE = /\b(?:muscle\w*|muscly|stronger|toned|defined|gains|hill (?:work|training|reps)|gym|weights|dominant|calves|legs are)\b/;

/**
 * Every clot risk or one-sided calf swelling told in the families above.
 * @example readClotRiskStories('Since the surgery I take tamoxifen.')[0]?.id // 'active-cancer'
 */
export function readClotRiskStories(raw: string): StoryFinding[] {
  return readSentences(raw, ({ sentence, push }) => {
    if (!LONG_AGO.test(sentence) && !SOMEONE_ELSE.test(sentence)) push('active-cancer', CANCER_DRUG.exec(sentence) ?? CANCER_TREATMENT.exec(sentence));
    if (!MUSCLE.test(sentence)) push('calf-swelling-one-side', COMPARED.exec(sentence) ?? LEARNER.exec(sentence));
    const stranger = STRANGERS_LEG.exec(sentence);
    const told = (stranger && new RegExp(String.raw`\b${SIZE}\b`).test(sentence) ? stranger : null) ?? FROM_KNEE.exec(sentence);
    if (!MUSCLE.test(sentence) && !BOTH.test(sentence)) push('calf-swelling-one-side', told);
    if (NEW.test(sentence) && LEG_PART.test(sentence) && !BOTH.test(sentence) && !/\bvaricose\b|\bcalves\b/.test(sentence)) push('visible-surface-veins', VEINS.exec(sentence));
  });
}
