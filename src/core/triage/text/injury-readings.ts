/**
 * Two readings of "the ankle went" that the lexicon gets wrong on its own (issue #4):
 * - "Twisted my ankle: the foot went outwards and my body turned over it" describes one event, an outward twist on a
 *   planted foot (the high-ankle-sprain mechanism). The bare "twisted my ankle" is read as a rolled ankle (an inward
 *   roll, the ordinary sprain), which would count the same event twice and in opposite directions. When the text
 *   says the twist was outward or a rotation over the foot, and the roll was read only from a twist word, the roll
 *   gives way; so does a roll the runner sets aside themselves ("went over on it, not my usual roll, the foot got
 *   wrenched outwards": dev16).
 * - "Three bad ankle sprains in my twenties": the sprains are history (previous-ankle-sprains), not an injury today.
 *   When the only words read as a rolled ankle lie inside the history phrase, the roll gives way.
 * Judgement, from how runners and clinicians describe these injuries (williams-2007 on the outward-rotation mechanism).
 * @module
 */
import type { KnownFinding } from '../types.ts';

/** The twist named an outward direction or a rotation of the body over the foot. */
const OUTWARD = /\b(?:out|outward|outwards|outside|external|externally|rotat\w*|spun|spin|round|around|over (?:it|my foot|the foot))\b/;
/** Words that say the ankle went inwards or over, the ordinary sprain, rather than only "twisted". */
const INWARD_ROLL = /\b(?:roll\w*|over|under|inward\w*|inside|sprain\w*|pothole|kerb|curb|stone)\b/;
/** The runner says this was not the ordinary roll ("not my usual roll", "didn't roll it"): the outward twist stands. */
const NOT_A_ROLL = /\bnot (?:my|the|a|your|an) (?:usual|normal|typical|regular|classic|standard|ordinary) (?:roll|sprain|going over|inversion)\b|\b(?:didn'?t|did not) (?:roll|go over)\b|\bnot (?:a|an) (?:roll|inversion)\b/;
/** A roll or going over said as the event (not the noun in "a normal roll for me"). */
const ROLL_SAID = /\b(?:rolled|rolling|went over|gone over|go over|going over|inversion|turned (?:it|my ankle|the ankle) (?:in|over|under))\b/;
/** Any wording of a roll or sprain, to find one told outside the history phrase. */
const ANY_ROLL = /\b(?:roll(?:ed|ing)?|went over|gone over|go over|turned|twisted|sprained)\b/g;

const slice = (text: string, f: KnownFinding | undefined): string =>
  f?.span ? text.slice(f.span[0], f.span[1]).toLowerCase() : '';

/**
 * Drop a rolled-ankle finding that is really an outward twist, or really the history of earlier sprains.
 * @example reconcileInjuries('Twisted my ankle, foot went outwards', found) // no 'injury-rolled-ankle'
 */
export function reconcileInjuries(text: string, found: readonly KnownFinding[]): KnownFinding[] {
  const roll = found.find((f) => f.id === 'injury-rolled-ankle' && f.value === true);
  if (!roll?.span) return [...found];
  const rollWords = slice(text, roll);
  const twist = found.find((f) => f.id === 'injury-twisting-foot-planted' && f.value === true);
  const outwardTwist = twist !== undefined && OUTWARD.test(slice(text, twist));
  // "Weird sprain … my leg twisted over it, foot turned outwards" (dev24): "sprain" names no direction, so with an
  // outward twist told and no roll said anywhere it is the outward (high) sprain, not an inward roll.
  const onlySprain = /\bsprain/.test(rollWords) && !INWARD_ROLL.test(rollWords.replace(/\bsprain\w*/g, ' ')) && !ROLL_SAID.test(text.toLowerCase());
  const onlyTwist = (/\btwist/.test(rollWords) && !INWARD_ROLL.test(rollWords)) || onlySprain;
  if (outwardTwist && (onlyTwist || NOT_A_ROLL.test(text.toLowerCase()))) return found.filter((f) => f !== roll);
  const history = found.find((f) => f.id === 'previous-ankle-sprains' && f.value === true);
  if (history?.span && roll.span[0] >= history.span[0] && roll.span[1] <= history.span[1] && !rollOutside(text, history.span)) {
    return found.filter((f) => f !== roll);
  }
  return [...found];
}

/** Is a roll or sprain told anywhere outside the history phrase? */
function rollOutside(text: string, span: readonly [number, number]): boolean {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(ANY_ROLL)) {
    if (m.index < span[0] || m.index >= span[1]) return true;
  }
  return false;
}
