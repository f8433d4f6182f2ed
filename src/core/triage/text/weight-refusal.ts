/**
 * Not bearing weight told as a refusal: "she won't put her left foot down", "he won't really put weight through the
 * heel", "wouldn't stand on it at all" (dev16: a child and a teenager, told by a parent). The tokeniser folds "won't"
 * into "not", so phrase matching would read "not much pain when I put weight on it" the same way; this reader keeps
 * the word order instead: a refusing word, then putting weight or the foot down, or standing or walking on it. A plan
 * ("I won't put weight on it until the physio has seen it") is a choice, not an inability, so it does not count.
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
/** "Can't put it down" is about the limb only in a sentence that names one (not a book). */
const LIMB = /\b(?:ankle|foot|feet|leg|heel|knee|toe|weight)\b/;
const READING = /\b(?:book|novel|read\w*|story|series|game|phone|kindle)\b/;
/** A hop that went fine, or one done as a test. */
const HOP_TEST = /\b(?:test|tested|testing|drills?|exercises?|fine|no pain|pain[- ]free|for fun|hopscotch|game)\b/;
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
    const m = BEAR.exec(sentence) ?? (limb ? cant : null) ?? (hop && !HOP_TEST.test(sentence) ? hop : null);
    if (!m || PLAN.test(sentence.slice(m.index + m[0].length))) continue;
    out.push({ id: 'cannot-bear-weight', span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
