/**
 * A torn Achilles tendon told by what the person noticed rather than by its name (dev25: a rupture missed at A&E two
 * weeks earlier, told as "when I kneel on a kitchen chair my injured foot just hangs straight down while the good one
 * sits at a normal angle" and "where the tendon should be there's a soft bit you can sink a finger into"). Two
 * families, each an open class of everyday words, read by a small grammar one sentence at a time:
 * - the Matles sign by comparison: kneeling on a chair or lying face down (the knee bent, the foot hanging free), one
 *   foot hangs, drops or sits differently from the other, the good or other one. The resting tension of the calf
 *   holds a healthy foot slightly pointed; a torn tendon lets it hang flat (maffulli-1998);
 * - a gap told by its softness: where the tendon should be there is something soft, squishy or empty, or a finger can
 *   sink into a soft place at the back of the ankle (maffulli-1998: a palpable gap). warning-stories.ts reads the
 *   gap named by its shape (a dip, a dent, a hollow).
 * A soft heel pad, a squishy bruise on the shin or a sock's dent names no tendon place, so gives nothing. Who it is
 * about (someone else, a worry) is left to understand.ts as for every reader. Judgement, from how people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** The knee bent with the foot hanging free: kneeling on a chair or bed, lying face down. */
const HANGING_POSE = /\b(?:kneel\w*|knelt|face ?down|prone|on all fours|on (?:my|his|her|their|your) (?:front|tummy|belly|stomach)(?! (?:foot|leg|teeth|door)))\b/;
/** A foot (the hurt one) hanging or sitting some way. */
const FOOT_HANGS = /\b(?:foot|feet|one|ankle)\b[^.!?;]{0,30}?\b(?:hangs?|hanging|hung|drops?|dropp?(?:ed|ing)|flops?|flopp?(?:ed|ing)|falls?|fell|sits?|sitting|sat|rests?|rested|resting|lies|lying|points?|pointing|dangles?|dangl(?:ed|ing))\b[^.!?;]{0,40}?\b(?:straight down|down|flat|flatter|lower|level|differently|different|at (?:a|an) (?:\w+ )?angle|limp|loose|floppy|dead|more|less|straight)\b/;
/** The other foot named as a contrast ("while the good one…", "than the other"), not as the same ("just like the other"). */
const OTHER_FOOT = /\b(?:than|but|while|whilst|whereas|unlike|compared (?:to|with)|different(?:ly)? (?:from|to|than)|not like|vs\.?|versus)\s+(?:the |my |his |her |their )?(?:good|other|healthy|normal|uninjured|left|right)(?: (?:one|foot|side|leg))?\b/;

/** A place where the tendon lies. */
const TENDON_PLACE = /\b(?:(?:achilles|heel cord|tendon|cord)\b|back of (?:my|his|her|the|that|their) (?:ankle|lower leg|heel)|(?:above|over) (?:my|his|her|the|that) heel)/;
/** Where the tendon should be, said of something soft or missing there. */
const SHOULD_BE = /\bwhere (?:the|my|his|her|that) (?:achilles|tendon|heel cord|cord)\b(?: \w+){0,2}? (?:should be|ought to be|used to be|normally is|would be|is meant to be)\b/;
const SOFT = /\b(?:soft|softer|squish\w*|spong\w*|mush\w*|squidg\w*|nothing|empty|give|gives|hollow|gap|missing|no tendon|not there)\b/;
/** A finger that sinks or pushes into a soft place. */
const SINK = /\b(?:sink|sinks|sank|sunk|push|pushes|pushed|poke|pokes|poked|press|presses|pressed|dip|dips|goes|went|go)\s+(?:a |my |your |his |her |one |the )?(?:finger(?:tip)?s?|thumb)\s+(?:right )?(?:in(?:to)?|through)\b|\b(?:finger(?:tip)?s?|thumb)\s+(?:just )?(?:sinks?|sank|goes|went|disappears?|disappeared)\s+(?:right )?in/;
const SOFT_PLACE = /\bsoft (?:bit|spot|patch|area|part|place|gap)\b/;
/**
 * A hollow a finger fits into, told in a sentence of its own after the tendon was named earlier: "Had Achilles pain for
 * years … There's now a dent I can sink a fingertip into" (dev28). The shape comes first and the finger goes into it,
 * so a finger that leaves a dent (pitting swelling) is not this.
 */
const SHAPE_TAKES_FINGER = /\b(?:gap|dip|dent|hollow|divot|notch|groove)\b(?! (?:in|on) (?:the |my |her |his )?(?:sole|arch|shin|skin|sock))[^.!?;]{0,30}?\b(?:sink|sinks|sank|push|pushes|poke|pokes|press|presses|put|puts|fit|fits|get|lay|lays|stick|sticks)\s+(?:a |my |your |his |her |one |the |half (?:a |my )?)?(?:finger(?:tip)?s?|thumb)(?:\s+(?:right )?(?:in(?:to)?|through))?/;
/** The tendon named anywhere in the text. */
const TENDON_NAMED = /\b(?:achilles|heel cord|tendon)\b/;

/** A soft place that is not the tendon's: the heel pad, a bruise, a swelling, a sock's mark. */
const NOT_TENDON = /\b(?:heel pad|fat pad|bruise|swelling|swollen|puff\w*|blister|sock|shoe|cushion|insole|pillow)\b/;

/**
 * Every Achilles tear sign told by feel in the text: the Matles sign (exam-matles-positive) and a soft gap or a hollow
 * a finger fits into (gap-in-achilles).
 * @example readAchillesToldByFeel('Kneeling on the sofa, my left foot hangs straight down but the right one is pointed.')[0]?.id
 * // 'exam-matles-positive'
 */
export function readAchillesToldByFeel(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    const at = (m: RegExpExecArray): [number, number] => [s.index + m.index, s.index + m.index + m[0].length];
    const hangs = HANGING_POSE.test(sentence) ? FOOT_HANGS.exec(sentence) : null;
    if (hangs && OTHER_FOOT.test(sentence)) out.push({ id: 'exam-matles-positive', span: at(hangs) });
    if (NOT_TENDON.test(sentence)) continue;
    const should = SHOULD_BE.exec(sentence);
    if (should && SOFT.test(sentence.slice(Math.max(0, should.index - 40), should.index + should[0].length + 50))) {
      out.push({ id: 'gap-in-achilles', span: at(should) });
      continue;
    }
    const shape = TENDON_NAMED.test(text) ? SHAPE_TAKES_FINGER.exec(sentence) : null;
    if (shape) {
      out.push({ id: 'gap-in-achilles', span: at(shape) });
      continue;
    }
    const sink = SINK.exec(sentence);
    if (sink && SOFT_PLACE.test(sentence) && TENDON_PLACE.test(sentence)) out.push({ id: 'gap-in-achilles', span: at(sink) });
  }
  return out;
}
