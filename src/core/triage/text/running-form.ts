/**
 * Feet that slap as running form breaks down (issue #4): "my feet start slapping when I'm tired", "slapping her feet
 * down on the downhill". Tired or braking runners land flat-footed and loud; that is not foot drop, where the front of
 * the foot cannot be lifted, the toes catch or drag when walking, often with numbness or back pain. A slap told only
 * with running, tiredness or downhills, and with none of those signs, becomes unknown, so the safety screen asks the
 * plain question instead of sending the runner to be seen urgently. So do feet that could "barely lift" at the end of a
 * marathon (dev25): tired legs, not a foot that cannot be lifted. Judgement, from how runners write.
 * @module
 */
import type { TextFinding } from './read-matches.ts';

const SLAP = /\b(?:slap\w*|smack\w*|flap\w*)\b/;
/** Feet too heavy to lift, told of tired legs late in a long effort (dev25): heavy legs, not a dropped foot. */
const HEAVY = /\b(?:barely|hardly|could ?n'?t|can'?t|struggl\w* to) (?:lift|pick up|raise)\b/;
const TIRED_LATE = /\b(?:tired|knackered|exhausted|shattered|end of (?:a |the |my )?(?:long )?(?:run|race|marathon|ultra|session)|last (?:few )?(?:km|k|miles?)|final (?:few )?(?:km|k|miles?))\b/;
/** Running, tiredness or a downhill: the context of form breaking down. */
const RUN_FORM = /\b(?:downhills?|descents?|tired|tiring|fatigue[d]?|knackered|end of (?:a |my |the |long )*(?:runs?|races?|sessions?)|late in|last (?:few )?(?:km|k|miles?)|long runs?|marathon|race|racing|when (?:i|she|he) (?:run|race|get tired)|(?:on|during|in) (?:my |a |the )?runs?|running|sprint\w*)\b/;
/** Signs of a real foot drop (or a nerve problem) in the same sentence keep the warning sign. */
const REAL_DROP = /\b(?:catch\w*|caught|clip\w*|stumbl\w*|trip\w*|drag\w*|scuff\w*|can'?t (?:lift|raise|pull)|cannot (?:lift|raise|pull)|unable to (?:lift|raise|pull)|numb\w*|weak\w*|tingl\w*|pins and needles|back|sciatica|walk\w*|all the time|constantly|even when)\b/;

/**
 * The foot-drop findings that are only tired running form, to be set to unknown.
 * @example formSlaps('she was slapping her feet down on the downhill', found) // [the weakness-foot-drop finding]
 */
export function formSlaps(written: string, found: readonly TextFinding[]): TextFinding[] {
  const text = written.toLowerCase().replace(/[’]/g, "'");
  return found.filter((f) => {
    if (f.id !== 'weakness-foot-drop' || f.value !== true) return false;
    const said = text.slice(f.span[0], f.span[1]);
    const heavy = HEAVY.test(said);
    if (!SLAP.test(said) && !heavy) return false;
    const from = Math.max(text.lastIndexOf('.', f.span[0] - 1), text.lastIndexOf('\n', f.span[0] - 1)) + 1;
    const next = text.slice(f.span[1]).search(/[.!?\n]/);
    const sentence = text.slice(from, next < 0 ? text.length : f.span[1] + next);
    if (heavy) return TIRED_LATE.test(sentence) && !REAL_DROP.test(sentence.replace(HEAVY, ' '));
    return RUN_FORM.test(sentence) && !REAL_DROP.test(sentence);
  });
}
