/**
 * A fall or jump from a height told by the height or by what was come off, rather than with "fell" (dev27: a climber
 * who "came off the top of a problem about 3.5m up and landed heels-first on the edge of the mat"). Three stories, one
 * sentence at a time:
 * - a height in metres or feet with "up", "high" or "drop" beside a verb of coming off, falling, jumping or landing;
 * - coming, falling or slipping off something high (a wall, ladder, roof, boulder, horse, trampoline, scaffold), or off
 *   a climb with a landing in the same sentence;
 * - landing feet- or heels-first, or landing on the heels, after a drop.
 * A landing from a height is how the heel bone breaks (the heel-after-fall rule asks for it) and the Ottawa rules
 * count any fall. A fall is a moment, so the pain began suddenly too (onset-sudden, as case-history.ts reads a twist).
 * "500 m up the hill", "came off the top of the climb" (a running hill) and "I land on my heels"
 * (a gait) are not falls. Judgement, from how people tell it.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** A verb of coming off, falling, jumping or landing. */
const FALL_VERB = /\b(?:came off|come off|coming off|fell|fall(?:en|ing)?|slipped|jumped|jump(?:ing)?|dropped|landed|landing|peeled off|lost (?:my|his|her) (?:grip|footing))\b/;
/** A height with its direction. */
const HEIGHT = /\b\d+(?:\.\d+)?\s*(?:m|metres?|meters?|ft|feet|foot)\s+(?:up|high|drop|down|off the ground)\b|\b(?:a|about|around) (?:\w+ )?(?:metres?|meters?|storeys?|stories|floors?) (?:up|high|drop)\b/;
/** Coming off something high. */
const HIGH_THING = String.raw`(?:walls?|ladders?|step ?ladders?|roofs?|boulders?|horses?|pon(?:y|ies)|trampolines?|scaffold\w*|bunk(?: bed)?s?|ledges?|beams?|bars|stages?|climbing frames?|monkey bars|trees?|fences?|balcon(?:y|ies)|loft hatch|haystacks?|hay bales?|lorry|trailer|tractor)`;
const CAME_OFF = new RegExp(String.raw`\b(?:came|come|coming|fell|falling|slipped|slipping|peeled|tumbled|jumped|dropped) (?:off|from|down from|out of) (?:the |a |my |his |her |our )?(?:top of (?:the |a |my )?)?(?:\w+ )?${HIGH_THING}\b`);
/** Coming off a climb ("came off the top of a problem") with a landing in the same sentence. */
const OFF_CLIMB = /\b(?:came|come|coming|fell|slipped|peeled) off (?:the |a |my )?(?:top of (?:the |a |my )?)?(?:problem|route|climb|crux|overhang|highball|boulder problem)\b[^.!?;]{0,60}?\b(?:landed|landing|hit the (?:ground|floor|mat|deck|pad))\b/;
/** Landing feet- or heels-first, or on the heels, in the past: a drop, not a gait. */
const FEET_FIRST = /\blanded (?:\w+ ){0,2}?(?:heels?|feet|foot)[- ]first\b|\blanded (?:hard |heavily |straight |flat |squarely )?on (?:my|both|his|her|their) heels\b/;
/** A running hill, a race or a gait explains the words. */
const NOT_A_FALL = /\b(?:hill|incline|elevation|ascent|climbing \d|gain|always|usually|tend to|when i run|heel strik\w*)\b/;

/**
 * Every fall from a height in the text, as `injury-fall-or-jump` and `onset-sudden`.
 * @example readFallFromHeight('Came off a ladder about two metres up and landed on my heels.')[0]?.id // 'injury-fall-or-jump'
 */
export function readFallFromHeight(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/(?:\d\.\d|[^.!?;\n])+/g)) {
    const sentence = s[0];
    const height = HEIGHT.exec(sentence);
    const told = NOT_A_FALL.test(sentence) ? null : OFF_CLIMB.exec(sentence) ?? (height && FALL_VERB.test(sentence) ? height : null) ?? FEET_FIRST.exec(sentence);
    const m = CAME_OFF.exec(sentence) ?? told;
    if (!m) continue;
    const span: [number, number] = [s.index + m.index, s.index + m.index + m[0].length];
    out.push({ id: 'injury-fall-or-jump', span }, { id: 'onset-sudden', span });
  }
  return out;
}
