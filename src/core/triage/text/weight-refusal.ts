/**
 * Not bearing weight told as a refusal: "she won't put her left foot down", "he won't really put weight through the
 * heel", "wouldn't stand on it at all" (dev16: a child and a teenager, told by a parent). The tokeniser folds "won't"
 * into "not", so phrase matching would read "not much pain when I put weight on it" the same way; this reader keeps
 * the word order instead: a refusing word, then putting weight or the foot down, or standing or walking on it. A plan
 * ("I won't put weight on it until the physio has seen it") is a choice, not an inability, so it does not count.
 * Steps counted and too few ("I can take only two steps") say the same in the runner's own voice (dev22).
 * A refusal to stand at all ("wouldn't stand at the sink to brush her teeth", "won't stand up") and getting about
 * without standing ("bum-shuffling down the stairs", "scooting about on his bottom") say it too (dev27: an 8-year-old
 * after a trampoline fall); "wouldn't stand for it" (tolerate) and "won't stand still" do not, nor a baby who
 * bottom-shuffles instead of crawling.
 * Judgement, from how parents describe a child who will not walk.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const REFUSE = String.raw`(?:won'?t|will not|wouldn'?t|would not|refuses? to|refused to|refusing to|(?:doesn'?t|didn'?t|does not|did not) want to)`;
const SOFT = String.raw`(?:(?:really|even|properly|actually|fully|at all|yet)\s+)?`;
const WHOSE = String.raw`(?:(?:any|much|her|his|my|their|the|that|full|left|right|whole|its)\s+){0,3}`;
const BEAR = new RegExp(String.raw`\b${REFUSE}\s+${SOFT}(?:(?:put|take|bear|place)\s+${WHOSE}(?:weight|foot down|feet down|leg down|heels? down)|weight[- ]?bear\w*|(?:stand|walk|step)\s+on\s+(?:it|that|${WHOSE}(?:foot|leg|ankle|heel)))\b`);
/**
 * Hopping as the way of getting about, not a test or a drill: "keeps hopping", "hopped to the car", "hopping
 * everywhere" (dev20: a child who would not put the heel down after a trampoline fall). And a heel that cannot be
 * put down at all: the foot takes no weight through its back half, which after an injury is the Ottawa sign.
 */
const HOPPING = /\b(?:keeps?|kept|keeping|been|only|just|is|was|has been|had to|having to)\s+hopping\b(?!\s+(?:drills?|tests?|exercises?|practice))|\bhopp(?:ing|ed|s)\s+(?:everywhere|around|about|home|back|off|to (?:the|his|her|my|our) \w+|up the stairs|up to bed)\b/;
const HEEL_CANT = /\b(?:can'?t|cannot|couldn'?t|could not|unable to)\s+(?:even\s+|really\s+)?(?:put|get|place)\s+(?:(?:the|my|his|her|that)\s+)?(?:heels?|it|foot|leg)\s+(?:down|on the (?:ground|floor))\b/;
/** Refusing to stand at all, with a place or purpose after it; not "stand for it" (tolerate) or "stand still". */
const WONT_STAND = new RegExp(String.raw`\b${REFUSE}\s+${SOFT}stand\s+(?:up|at|by|to|in|there|on (?:(?:her|his|their|my) own|(?:her|his|their|my|both) (?:feet|legs))|long enough)\b`);
/** Getting about on the bottom or on hands and knees instead of walking. */
const SHUFFLE = /\b(?:bum|bottom|butt|backside)[- ]?(?:shuffl\w*|scoot\w*|bump\w*)\b|\b(?:shuffl\w*|scoot\w*|bump\w*|sliding|slid|going)\s+(?:\w+\s+){0,3}?on (?:her|his|my|their) (?:bum|bottom|backside|bum cheeks)\b|\b(?:crawl(?:ing|ed|s)?)\s+(?:(?:up|down) the stairs|upstairs|downstairs)\b/;
/** A baby or toddler getting about that way is a stage of development, not an injury. */
const INFANT = /\b(?:baby|babies|toddler|months? old|instead of crawling|before (?:she|he) (?:walked|crawled)|learning to walk|hasn'?t walked|not walking yet)\b/;
/** "Can't put it down" is about the limb only in a sentence that names one (not a book). */
const LIMB = /\b(?:ankle|foot|feet|leg|heel|knee|toe|weight)\b/;
const READING = /\b(?:book|novel|read\w*|story|series|game|phone|kindle)\b/;
/** A hop that went fine, or one done as a test. */
const HOP_TEST = /\b(?:test|tested|testing|drills?|exercises?|fine|no pain|pain[- ]free|for fun|hopscotch|game)\b/;
/**
 * Steps counted and too few: "I can take only two steps", "could make maybe two steps and no more" (dev22). Fewer than
 * four steps is the Ottawa rules' inability to bear weight (stiell-1993), so a count with a limit ("only", "maybe",
 * "and no more") says it; a count alone ("I can take two steps at a time") does not.
 */
const FEW = String.raw`(?:one|two|three|1|2|3|a couple(?: of)?|a few|one or two|two or three)`;
const LIMIT = String.raw`(?:only|just|maybe|perhaps|barely|hardly|at most|no more than)`;
const STEPS = new RegExp(String.raw`\b(?:can|could|able to|manage to)\s+(?:${LIMIT}\s+)?(?:take|make|manage|do|walk)\s+(?:${LIMIT}\s+)?${FEW}\s+steps?\b(?:[^.!?;]{0,20}?\b(?:and|then)\s+(?:no more|not more|that'?s it|(?:i )?(?:have to |must )?stop))?`);
const LIMITED = new RegExp(String.raw`\b${LIMIT}\b|\b(?:no more|not more|that'?s it|stop)\b`);
/** A plan with an end ("until", "till", "before") is a choice, not an inability. */
const PLAN = /^[^.!?;]{0,40}?\b(?:until|till|til|before|for now|to be safe|just in case)\b/;

/**
 * Every refusal to bear weight in the text, as `cannot-bear-weight`.
 * @example readWeightRefusal("She won't put her foot down at all.")[0]?.id // 'cannot-bear-weight'
 */
export function readWeightRefusal(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    const hop = HOPPING.exec(sentence);
    const cant = HEEL_CANT.exec(sentence);
    const limb = cant !== null && (!/\bit\b/.test(cant[0]) || (LIMB.test(sentence.slice(0, cant.index)) && !READING.test(sentence)));
    const counted = STEPS.exec(sentence);
    const shuffle = SHUFFLE.exec(sentence);
    const m = BEAR.exec(sentence) ?? WONT_STAND.exec(sentence) ?? (shuffle && !INFANT.test(text) ? shuffle : null) ?? (limb ? cant : null) ?? (hop && !HOP_TEST.test(sentence) ? hop : null)
      ?? (counted && LIMITED.test(counted[0]) ? counted : null);
    if (!m || PLAN.test(sentence.slice(m.index + m[0].length))) continue;
    out.push({ id: 'cannot-bear-weight', span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
