/**
 * "The bone sticking out on the outer edge of my foot, halfway along, is swollen and tender": a bone that sticks out
 * at a named place on the foot or ankle is a landmark the runner points at (the knobbly base of the little-toe bone,
 * the ankle knob), not a bone out of place. The deformity phrase "bone sticking out" (phrase-families.ts) is kept for
 * a bone poking out of the skin or a limb out of shape; here it gives way when a place on the foot or ankle follows
 * it straight away and nothing in its sentence tells of skin, a wound or a bend (dev26: an Ottawa-point story read as a
 * deformity, an emergency). Judgement, from how runners name bony points.
 * @module
 */
import type { KnownFinding } from '../types.ts';

/** The bone's own words, then a place on the foot or ankle. */
const LANDMARK = /\b(?:bone|bony bit|bony bump|knobbly bit|bit)\s+(?:that\s+)?(?:sticking|sticks|poking|pokes)\s+out\s+(?:a bit\s+|a little\s+)?(?:on|at|along|halfway (?:along|down|up)|down|in the middle of)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:outer|outside|inner|inside|side|edge|top|middle|back)\b/;
/** Words that keep a real deformity or an open wound in play. */
const ALARM = /\b(?:skin|through|wound|cut|gash|blood|bleeding|bent|crooked|angle|wrong way|out of (?:place|shape|line)|deformed|dislocat\w*|sideways)\b/;

/** The sentence a span lies in. */
function sentenceAround(lower: string, span: readonly [number, number]): string {
  const start = Math.max(lower.lastIndexOf('.', span[0] - 1), lower.lastIndexOf('!', span[0] - 1), lower.lastIndexOf('?', span[0] - 1), lower.lastIndexOf('\n', span[0] - 1)) + 1;
  const endAt = lower.slice(span[1]).search(/[.!?\n]/);
  return lower.slice(start, endAt < 0 ? lower.length : span[1] + endAt);
}

/**
 * Drop a deformity read from a bone that "sticks out" at a named place on the foot or ankle.
 * @example dropLandmarkDeformity('the bone sticking out on the outer edge of my foot is tender', found) // no 'deformity'
 */
export function dropLandmarkDeformity(text: string, found: readonly KnownFinding[]): KnownFinding[] {
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  return found.filter((f) => {
    if (f.id !== 'deformity' || f.value !== true || f.span === undefined) return true;
    const sentence = sentenceAround(lower, f.span);
    return !(LANDMARK.test(sentence) && !ALARM.test(sentence));
  });
}
