/**
 * Two infection signs told in everyday grammar (the dev21 study: "diabetic, sore on toe from new shoes, foot now red
 * up to shin, shaky hot and cold all night"):
 * - redness that reaches further up the limb: a red word, then within a few words "up", "past", "beyond" or
 *   "towards" a higher landmark ("red up to my shin", "a red line going up past the ankle"); a red patch said to be
 *   "over" or "on" a place is only where it is, not that it spreads;
 * - a break in the skin named as a noun with its place: "a sore on my toe", "an ulcer under the ball of the foot",
 *   "a little cut between my toes". "A sore heel" or "sore on the left" are pain, not a wound, so the wound word must
 *   follow an article and be followed by a preposition and a body part.
 * Spreading redness is the sign of cellulitis and a wound is its way in (nice-ng141); in diabetes a small sore is
 * where a foot infection starts (senneville-2024). Judgement, from how people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** A red word, then reaching up to a higher part of the limb. */
const SPREADING = /\b(?:red(?:ness)?|pink(?:ness)?|red streaks?|red lines?|streaks?)\b[^.!?;]{0,25}?\b(?:up to|up past|up towards?|up my|up his|up her|up the|going up|gone up|creeping up|crept up|spread(?:ing)? (?:up|to)|past|beyond|halfway up|all the way (?:up|to))\s+(?:to\s+)?(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:ankles?|shins?|calf|calves|knees?|legs?|lower legs?)\b/;
/** A break in the skin named as a noun, with a preposition and a body part after it. */
const WOUND = /\b(?:a|an|the|this|that|my|his|her)\s+(?:little\s+|small\s+|tiny\s+|open\s+|raw\s+|new\s+|weeping\s+|deep\s+)?(?:sore|ulcer|graze|cut|gash|nick|scab|split|crack|burst blister|popped blister|broken blister)\s+(?:on|under|at|between|by|near|in)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?(?:toes?|foot|feet|heels?|soles?|ball|ankles?|shins?|nails?|arch|instep)\b/;

/**
 * Spreading redness and named skin breaks in the text, one sentence at a time.
 * @example readSkinSigns('diabetic, sore on toe from new shoes, foot now red up to shin').map((f) => f.id)
 * // ['spreading-redness']
 */
export function readSkinSigns(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    for (const [re, id] of [[SPREADING, 'spreading-redness'], [WOUND, 'wound-or-broken-skin']] as const) {
      const m = re.exec(sentence);
      if (m) out.push({ id, span: [s.index + m.index, s.index + m.index + m[0].length] });
    }
  }
  return out;
}
