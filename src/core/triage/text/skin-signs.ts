/**
 * Two infection signs told in everyday grammar (the dev21 study: "diabetic, sore on toe from new shoes, foot now red
 * up to shin, shaky hot and cold all night"):
 * - redness that reaches further up the limb: a red word, then within a few words "up", "past", "beyond" or
 *   "towards" a higher landmark ("red up to my shin", "a red line going up past the ankle"); a red patch said to be
 *   "over" or "on" a place is only where it is, not that it spreads;
 *   Also, from the dev27 study (a toenail wound whose redness "started just round the nail but now goes up over the top of
 *   the foot — I drew round it with a biro on Tuesday and it's a couple of cm past that now", and "two pinky lines
 *   starting up the back of the calf"): a landmark told with its face ("up the back of the calf"); redness said to
 *   have started small and now to reach further ("started round the nail, now goes over the top of the foot"); and
 *   the edge someone marked with a pen, with the redness now past it (the very check NICE advises, told back);
 * - a break in the skin named as a noun with its place: "a sore on my toe", "an ulcer under the ball of the foot",
 *   "a little cut between my toes". "A sore heel" or "sore on the left" are pain, not a wound, so the wound word must
 *   follow an article and be followed by a preposition and a body part.
 * Spreading redness is the sign of cellulitis and a wound is its way in (nice-ng141); in diabetes a small sore is
 * where a foot infection starts (senneville-2024). Judgement, from how people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** A red word, then reaching up to a higher part of the limb. */
const SPREADING = /\b(?:red(?:ness)?|pink(?:ness|y|ish)?|red streaks?|red lines?|streaks?)\b[^.!?;]{0,25}?\b(?:up to|up past|up towards?|up my|up his|up her|up the|going up|gone up|creeping up|crept up|spread(?:ing)? (?:up|to)|past|beyond|halfway up|all the way (?:up|to))\s+(?:to\s+)?(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:(?:back|front|side|inside|outside|middle) of (?:the\s+|my\s+|his\s+|her\s+)?)?(?:ankles?|shins?|calf|calves|knees?|legs?|lower legs?)\b/;
/** Redness that started in one small place and now reaches further; not one that is now fading. */
const GREW = /\b(?:red(?:ness)?|pink(?:ness)?|red (?:patch|area|bit|mark|skin))\b[^.!?;]{0,15}?\b(?:started|began|was (?:just|only))\b[^.!?;]{0,40}?\b(?:but|and) (?:it )?now\b(?![^.!?;]{0,20}?\b(?:down|away|paler|smaller|fading|faded|less|settl\w*|better|gone)\b)[^.!?;]{0,15}?\b(?:goes|going|reaches|reaching|covers|covering|spreads|runs|extends|has spread|has gone|up|over|across|the whole|all over|halfway)\b/;
/** The edge of the redness marked with a pen, then (within a sentence or so) the redness past that mark. */
const MARKED = /\b(?:(?:drew|drawn|draw|marked|traced|penned)\b[^.!?;]{0,30}?\b(?:round|around|the edge|the outline|the border|a line|a ring|a circle)|outlined|circled|ringed)\b/;
const PAST_MARK = /\b(?:past|beyond|outside|over|across)\s+(?:that|it|the (?:line|mark|pen|biro|edge|ring|circle|outline)|my (?:line|mark|pen line|biro line|ring|circle))\b|\b(?:gone|spread|grown|crept|moved|went|come|got) (?:out )?(?:past|beyond|outside|over) (?:that|it|the)\b/;
const RED_WORD = /\b(?:red(?:ness)?|pink(?:ness)?|cellulitis|infection|inflamed|inflammation)\b/;
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
    for (const [re, id] of [[SPREADING, 'spreading-redness'], [GREW, 'spreading-redness'], [WOUND, 'wound-or-broken-skin']] as const) {
      const m = re.exec(sentence);
      if (m) out.push({ id, span: [s.index + m.index, s.index + m.index + m[0].length] });
    }
  }
  const marked = pastTheMark(text);
  return marked ? [...out, marked] : out;
}

/**
 * A pen mark round the redness and the redness now past it: the mark, its own sentence or the one before naming
 * the redness, and a "past that" within the next sentence. A mark with no redness named ("marked the sore spot for
 * the physio") or one the redness stays inside is not a spread.
 */
function pastTheMark(text: string): StoryFinding | null {
  const sentences = [...text.matchAll(/[^.!?;\n]+/g)];
  for (const [i, s] of sentences.entries()) {
    const m = MARKED.exec(s[0]);
    if (!m) continue;
    const before = `${sentences[i - 1]?.[0] ?? ''} ${s[0]}`;
    if (!RED_WORD.test(before)) continue;
    const from = s.index + m.index + m[0].length;
    const next = sentences[i + 1];
    const after = text.slice(from, next ? next.index + next[0].length : s.index + s[0].length);
    const p = PAST_MARK.exec(after);
    if (p) return { id: 'spreading-redness', span: [s.index + m.index, from + p.index + p[0].length] };
  }
  return null;
}
