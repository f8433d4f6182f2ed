/**
 * Clot risks and a swollen calf told the everyday or second-language way (the dev25 study: "breast cancer operated in
 * spring and now I take tamoxifen", a calf "visibly chubbier than the right", "my left lower leg is heavy and more
 * thick"). Wells counts active cancer and a one-sided swollen calf (wells-2003); which words count is judgement:
 * - cancer treatment now or recently: a named hormone or cancer drug (tamoxifen and its kin, which also raise the
 *   clot risk themselves), or chemotherapy, radiotherapy or immunotherapy said as current or just finished. A
 *   treatment years ago, or someone else's, is not;
 * - one calf or leg bigger than the other told with any size comparative ("chubbier", "podgier", "plumper",
 *   "more thick", "more big"), or a second-language "more thick" with one side named and no comparison at all:
 *   one-sided calf swelling. Muscle ("calves bigger since the hill work") and both legs are not.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

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
const MUSCLE = /\b(?:muscle\w*|muscly|stronger|toned|defined|gains|hill (?:work|training|reps)|gym|weights|dominant|calves|legs are)\b/;

/**
 * Every clot risk or one-sided calf swelling told in the families above.
 * @example readClotRiskStories('Since the surgery I take tamoxifen.')[0]?.id // 'active-cancer'
 */
export function readClotRiskStories(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/(?:\d\.\d|[^.!?;\n])+/g)) {
    const sentence = s[0];
    const push = (id: string, m: RegExpExecArray | null): void => {
      if (m) out.push({ id, span: [s.index + m.index, s.index + m.index + m[0].length] });
    };
    if (!LONG_AGO.test(sentence) && !SOMEONE_ELSE.test(sentence)) push('active-cancer', CANCER_DRUG.exec(sentence) ?? CANCER_TREATMENT.exec(sentence));
    if (!MUSCLE.test(sentence)) push('calf-swelling-one-side', COMPARED.exec(sentence) ?? LEARNER.exec(sentence));
  }
  return out;
}
