/**
 * Ways into a foot infection told as a small story rather than named (the dev25 study: "there's a smell when the
 * plaster comes off", "stood on a thorn through my running sandal", "he scratched his shin on brambles"):
 * - a bad smell from a wound, blister, dressing or plaster: a sign of infection as strong as pus (senneville-2024 lists
 *   purulence, and malodour is how a family notices it); smelly feet, socks or trainers are not, so a wound word must
 *   sit close to the smell;
 * - something sharp trodden on or through a shoe: a verb of stepping, then a sharp thing (a thorn, nail, tack, pin,
 *   glass), or a sharp thing that went through the sole; a puncture seeds infection deep in the foot;
 * - a skin break told with a verb and a place ("scratched his shin on brambles", "grazed my ankle on the kerb"): a
 *   wound, and the place was scratched, not where it hurts, so the place's pain reading is dropped
 *   (woundedPlacesOnly) unless the sentence also says it hurts.
 * - (dev27) the same puncture told with a verb of piercing and the place: "pricked the side of my toe on a rose thorn",
 *   "jabbed my heel on a nail"; and skin rubbed open: "rubbed a raw patch on my heel", "the back of my heel is rubbed
 *   raw". A heel that only "feels raw" is a pain word, not a wound.
 * - (dev27) an injection into a joint a few days ago: the needle is a way into the joint, and a joint that turns hot
 *   and swollen days later is septic arthritis until shown otherwise, whatever the clinic said about a "flare"
 *   (margaretten-2007). Only into a joint (ankle, toe or midfoot joint; not the heel, a tendon or elsewhere) and only
 *   when told as recent (days, yesterday, this or last week): a course of injections months ago is history.
 * Judgement, from how people write.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { TextFinding } from './read-matches.ts';
import type { StoryFinding } from './warning-stories.ts';
import { readSentences } from './story-sentences.ts';

/** Words for a wound or what covers it. */
const WOUND = String.raw`(?:blisters?|wounds?|cuts?|plasters?|dressings?|bandages?|sores?|ulcers?|toenails?|grazes?|gauze|compeed|scabs?)`;
const SMELL = String.raw`(?:smell(?:s|y|ing)?|stinks?|stinking|whiff(?:y|s)?|pongs?|niff(?:y)?|odou?r|reeks?|reeking)`;
const MALODOUR = new RegExp(String.raw`\b${WOUND}\b[^.;!?]{0,40}?\b${SMELL}\b|\b${SMELL}\b[^.;!?]{0,40}?\b${WOUND}\b`);
/** Smell said to be absent ("no smell", "doesn't smell"). */
const NO_SMELL = /\b(?:no|not|doesn'?t|does not|didn'?t|isn'?t|without|never)\s+(?:\w+\s+){0,1}(?:smell|stink|whiff|pong|odou?r)/;

/** Something sharp that can go through skin or a sole. */
const SHARP = String.raw`(?:thorns?|nails?|tacks?|drawing pins?|pins?|glass|shards?|splinters?|screws?|spikes?|needles?|staples?|shells?|wire|barbs?)`;
const PUNCTURE = new RegExp(String.raw`\b(?:stood|stepped|trod|trodden|treading|stepping|standing|landed|stamped) (?:right )?on (?:a |an |some |the |broken |sharp |rusty |\w+ )?(?:\w+ )?${SHARP}\b|\b${SHARP} (?:went|came|got|stuck|poked|go|goes|gone|going) (?:right )?(?:through|into|in(?:to)? (?:my|his|her|the))\b|\bthrough (?:my|his|her|the) (?:\w+ )?(?:shoe|trainer|sandal|sole|boot|flip[- ]?flop|croc|clog|slipper|welly|wellie|wellington)s?\b(?=[^.;!?]{0,40}\b${SHARP}\b)`);

/** A piercing verb, the place, then the sharp thing it was pierced on or with. */
const PRICKED = new RegExp(String.raw`\b(?:pricked|spiked|jabbed|stabbed|pierced|punctured|speared|impaled|caught|stuck)\s+(?:(?:the|my|his|her|their)\s+)?(?:\w+\s+){0,4}?(?:toes?|foot|feet|heels?|soles?|ankles?|shins?|legs?|arch|instep|calf)\b[^.!?;]{0,30}?\b(?:on|with|by|against|through)\s+(?:(?:a|an|some|the|my)\s+)?(?:\w+\s+)?${SHARP}\b`);
/** Skin rubbed open: a raw patch, or a place rubbed raw. */
const RUBBED_RAW = /\b(?:rubbed|wore|worn|chafed|scuffed|took|taken)\s+(?:off\s+)?(?:a|the|some)\s+(?:\w+\s+)?(?:raw|open|weeping|bleeding)\s+(?:patch|spot|area|bit|hole|place)\b|\b(?:rubbed|chafed|worn|scuffed) (?:it |them |the skin |my skin )?raw\b|\braw (?:patch|spot|area) of skin\b/;
/** An injection into a joint, and a recent time for it in the same sentence. */
const JOINT_INJECTION = /\b(?:injection|injected|jab|shot|aspiration|aspirated|drained)\s+(?:\w+\s+){0,2}?(?:into|in)\s+(?:my|his|her|their|the)\s+(?:(?:right|left)\s+)?(?:ankle(?: joint)?|(?:big )?toe joint|subtalar joint|midfoot(?: joint)?|joint)\b(?!\s+(?:last|a) (?:year|month)|\s+(?:\w+\s+)?(?:months|years) ago)|\b(?:ankle(?: joint)?|(?:big )?toe joint|subtalar joint|midfoot joint)\s+(?:was\s+|got\s+)?(?:injected|aspirated|drained)\b(?!\s+(?:last|a) (?:year|month)|\s+(?:\w+\s+)?(?:months|years) ago)/;
const RECENT = /\b(?:(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|few) days? (?:ago|back|later|since)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this week|last week|earlier this week)\b/;
/** A skin break told with a verb and the place it happened to. */
const BROKE_SKIN = /\b(?:scratched|grazed|scraped|skinned|nicked|gashed|cut|caught|ripped|tore)\s+(?:my|his|her|their|the)\s+(?:shins?|knees?|ankles?|legs?|calf|calves|foot|feet|toes?|heels?)\s+(?:on|with|against|in|open|badly)\b/;
/**
 * A foot caught in something or on the ground is a trip or a trapped foot, not torn skin: "caught my foot in a rut",
 * "caught my foot on a tree root", "caught my toe on the kerb" (dev28: a high ankle sprain read as a wound, raising the
 * infection alarm). A leg caught on barbed wire or a pedal still reads as a wound.
 */
const TRIPPED = /^(?:caught|ripped|tore)\s+\w+\s+\w+\s+(?:in|on)\b(?=\s+(?:a |an |the |some |my |his |her )?(?:\w+ )?(?:ruts?|holes?|pot-?holes?|roots?|divots?|cracks?|gaps?|kerbs?|curbs?|steps?|stairs?|drains?|grates?|gratings?|tussocks?|rocks?|stones?|ditch(?:es)?|mud|bog|furrows?|ground|floor|carpet|rugs?|mats?|slabs?|paving|pavement|cables?|leads?|lead|leash|ropes?|branch(?:es)?|logs?|tracks?|rails?|stirrups?)\b)|^caught\s+\w+\s+\w+\s+in\b/;

/** The sentence also says it hurts there. */
const HURTS = /\b(?:hurts?|hurting|sore|pain\w*|ach(?:e|es|ing|y)|tender|throb\w*|agony)\b/;

/**
 * Malodour, punctures and skin breaks told as a story, one sentence at a time.
 * @example readWoundStories('There is a smell when the plaster comes off.').map((f) => f.id) // ['pus-or-discharge']
 */
export function readWoundStories(raw: string): StoryFinding[] {
  return readSentences(raw, ({ sentence, push }) => {
    if (!NO_SMELL.test(sentence)) push('pus-or-discharge', MALODOUR.exec(sentence));
    push('puncture-wound', PUNCTURE.exec(sentence) ?? PRICKED.exec(sentence));
    push('wound-or-broken-skin', RUBBED_RAW.exec(sentence));
    if (RECENT.test(sentence)) push('puncture-wound', JOINT_INJECTION.exec(sentence));
    const broke = BROKE_SKIN.exec(sentence);
    push('wound-or-broken-skin', broke && !TRIPPED.test(sentence.slice(broke.index)) ? broke : null);
  });
}

/**
 * Place findings read from a skin break's own words ("scratched his shin"): the place was scratched, it does not hurt
 * there, unless the sentence says so.
 * @example woundedPlacesOnly(kb, 'He scratched his shin on brambles.', found) // [the pain-inner-shin reading of "shin"]
 */
export function woundedPlacesOnly(kb: KnowledgeBase, raw: string, found: readonly TextFinding[]): TextFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: TextFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const m = BROKE_SKIN.exec(s[0]);
    // Only what is said of the scratch itself counts: "doesn't remember hurting it - he scratched his shin" is not
    // shin pain, "grazed my shin and it's sore" is.
    if (!m || HURTS.test(s[0].slice(m.index).split(/,| - |;/)[0] ?? '')) continue;
    const [a, b] = [s.index + m.index, s.index + m.index + m[0].length];
    for (const f of found) {
      if (f.value === true && f.span[0] >= a && f.span[1] <= b && kb.findingById.get(f.id)?.category === 'location') out.push(f);
    }
  }
  return out;
}

/**
 * Readings that other signs' own words explain away: a place inside a spreading-redness phrase ("a red line up the
 * inside of my shin") is where the redness reached, not where it hurts, unless that sentence says it hurts; and
 * "wobbly" inside a faint-on-standing phrase ("went wobbly getting up") is faintness, not an ankle giving way (dev25);
 * and "landed heels-first" in a sentence that tells a fall is the fall, not pain at heel strike (dev27).
 * @example explainedBySigns(kb, text, found) // the pain-inner-shin read from "red line up the inside of my shin"
 */
export function explainedBySigns(kb: KnowledgeBase, raw: string, found: readonly TextFinding[]): TextFinding[] {
  const text = raw.toLowerCase();
  const inside = (f: TextFinding, g: TextFinding): boolean => f !== g && f.span[0] >= g.span[0] && f.span[1] <= g.span[1];
  const sentenceHurts = (g: TextFinding): boolean => {
    const start = Math.max(text.lastIndexOf('.', g.span[0]), text.lastIndexOf('\n', g.span[0])) + 1;
    const stop = text.slice(g.span[1]).search(/[.!?\n]/);
    return HURTS.test(text.slice(start, stop < 0 ? undefined : g.span[1] + stop));
  };
  const redness = found.filter((g) => g.id === 'spreading-redness' && g.value === true && !sentenceHurts(g));
  const faint = found.filter((g) => g.id === 'sepsis-signs' && g.value === true);
  // "Landed heels-first" from a height is the fall itself, not pain at heel strike when running (dev27).
  const fall = found.filter((g) => g.id === 'injury-fall-or-jump' && g.value === true);
  const sameSentence = (f: TextFinding, g: TextFinding): boolean => !/[.!?\n](?:\s|$)/.test(text.slice(Math.min(f.span[0], g.span[0]), Math.max(f.span[1], g.span[1])));
  return found.filter((f) => f.value === true && (
    (kb.findingById.get(f.id)?.category === 'location' && redness.some((g) => inside(f, g)))
    || (f.id === 'character-giving-way' && faint.some((g) => inside(f, g)))
    || (f.id === 'worse-heel-strike' && /\bland(?:ed|ing)\b/.test(text.slice(f.span[0], f.span[1])) && fall.some((g) => sameSentence(f, g)))));
}
