/**
 * "Rolled my foot inwards on a kerb", "I rolled my ankle in on a root this morning": a foot or ankle that rolled
 * inwards once, told in the past tense, is the ordinary sprain's injury. The flat-feet phrases ("foot rolls inwards",
 * forum-families.ts) are matched tolerantly, so they also read the injury as a habit of the arch (dev26: an inversion
 * injury with a tender fifth-metatarsal base read as flat feet, which hid the Ottawa rule). Here a flat-feet reading
 * whose own words say "rolled" becomes `injury-rolled-ankle`, unless the sentence tells a habit or a slow change
 * ("rolls in when I run", "my ankle has rolled in over the years", "the video showed my foot rolled inwards").
 * The same event told with an adverb, "twisted my ankle badly", is matched by the history phrase "bad ankle" in any
 * word order; "badly" says how hard today's injury was, not that the ankle is a weak one, so that history reading goes
 * (a sentence naming a sprain, "sprained this ankle badly two years ago", stays history).
 * Judgement, from how runners tell an injury and how they tell their gait.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { KnownFinding } from '../types.ts';

/** The past tense of the roll, not a perfect ("has rolled in") that tells a slow change. */
const ROLLED = /\b(?:rolled|turned|went)\b/;
const PERFECT = /\b(?:has|have|had|'s|'ve|'d)\s+(?:\w+\s+)?(?:rolled|turned|gone)\b/;
/** A habit, a gait analysis or a slow change in the same sentence. */
const HABIT = /\bwhen(?:ever)? (?:i|you|he|she|they|we) (?:run|walk|stand|land|jog)|\bwhen (?:running|walking|standing|landing)|\b(?:every|each) (?:step|stride|time)\b|\b(?:gait|video|filmed|analysis|pronat\w*|overpronat\w*|always|tends? to|usually|normally|over the years|with age|more and more|gradually|increasingly|over time)\b/;

/**
 * A foot that "turned in" where the ground gave way: "my foot turn inside on the edge of the path" (dev13, a learner's
 * present tense for the past), "turned my foot on a kerb". Read as pain on turning the foot; with a place where it
 * happened it is the roll (an outward turn told so is left to the twisting readings).
 */
const TURNED_ON = /\b(?:foot (?:turn|turned|turns|went|go|goes) (?:in|inside|inwards?|over|under)|turned (?:my|the|his|her) (?:foot|ankle)(?: (?:in|inside|inwards?|over|under))?)\b[^.!?;]{0,12}?\b(?:on|off|in) (?:a|an|the|some) (?:\w+ )?(?:edge|kerb|curb|path|stone|rock|root|step|pothole|hole|drain|camber|verge|pavement|sidewalk|kerbstone)\b/;

const turnedOn = (sentence: string): boolean => {
  const m = TURNED_ON.exec(sentence);
  return m !== null && !/\bout/.test(m[0]);
};

/** "Ankle badly": the adverb of today's injury, not "a bad ankle". */
const BADLY = /\bankles?\s+(?:\w+\s+)?badly\b/;

/** The sentence a span lies in. */
function sentenceAround(lower: string, span: readonly [number, number]): string {
  const start = Math.max(lower.lastIndexOf('.', span[0] - 1), lower.lastIndexOf('!', span[0] - 1), lower.lastIndexOf('?', span[0] - 1), lower.lastIndexOf('\n', span[0] - 1)) + 1;
  const endAt = lower.slice(span[1]).search(/[.!?\n]/);
  return lower.slice(start, endAt < 0 ? lower.length : span[1] + endAt);
}

/**
 * Read a foot or ankle that rolled inwards once, in the past tense, as the rolled-ankle injury rather than flat feet.
 * @example rolledAsInjury(kb, 'Rolled my foot inwards on a kerb today', found) // flat-feet → injury-rolled-ankle
 */
export function rolledAsInjury(kb: KnowledgeBase, text: string, found: readonly KnownFinding[]): KnownFinding[] {
  if (!kb.findingById.has('injury-rolled-ankle')) return [...found];
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  const rolled = found.some((f) => f.id === 'injury-rolled-ankle' && f.value === true);
  const out: KnownFinding[] = [];
  for (const f of found) {
    if (f.id === 'previous-ankle-sprains' && f.value === true && f.span !== undefined && BADLY.test(lower.slice(f.span[0], f.span[1])) && !/\bsprain/.test(sentenceAround(lower, f.span))) continue;
    if ((f.id === 'pain-turning-foot-in' || f.id === 'pain-turning-foot-out') && f.value === true && f.span !== undefined && turnedOn(sentenceAround(lower, f.span))) {
      if (!rolled && !out.some((o) => o.id === 'injury-rolled-ankle')) out.push({ ...f, id: 'injury-rolled-ankle' });
      continue;
    }
    if (f.id !== 'flat-feet' || f.value !== true || f.span === undefined) {
      out.push(f);
      continue;
    }
    const words = lower.slice(f.span[0], f.span[1]);
    const sentence = sentenceAround(lower, f.span);
    const event = ROLLED.test(words) && !PERFECT.test(sentence) && !HABIT.test(sentence);
    if (!event) out.push(f);
    else if (!rolled && !out.some((o) => o.id === 'injury-rolled-ankle')) out.push({ ...f, id: 'injury-rolled-ankle' });
  }
  return out;
}
