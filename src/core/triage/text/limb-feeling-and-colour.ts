/**
 * A foot losing its feeling or its colour, told by a simile or by comparison with the other side (the dev25 study:
 * "the skin between his big toe and the next has gone a bit fuzzy", "toes feel like when you've sat on your foot too
 * long", "a thick woolly sock that isn't there", a "strange, distant" sole; "blotchy lilac round the ankle and paler
 * on the sole", toes "a bit dusky next to her other foot"). Numbness is an early nerve sign of compartment pressure
 * and one of the "Ps" of a limb losing its blood supply; a pale, dusky or mottled foot is another (mcqueen-2000,
 * aboyans-2018). Each family is a small grammar over a class of words, one sentence at a time (judgement):
 * - a foot part, then a feeling word said of it (fuzzy, woolly, muffled, distant, like cotton wool), or the
 *   everyday similes of a foot gone to sleep (sat on it too long, a sock or glove that isn't there): numbness, of
 *   the toes when they are named;
 * - a foot part and a colour only a poor blood supply gives (pale, white, dusky, grey, waxy, mottled, blotchy), or
 *   a bruise-like colour (blue, purple, lilac) only when blotchy, cold or compared with the other foot: a pale or
 *   cold foot. Bruising, the cold weather, soggy white skin between the toes and the colour of a shoe are not this.
 * The dev27 study widened both: skin that "feels like it belongs to someone else" is numbness told by ownership, and
 * toes "a bit darker than the toes on the other foot" are a dusky colour told by comparison (only with the other
 * foot named: a darker bruise or tan line is not).
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const PART = String.raw`(?:toes?|foot|feet|sole|soles|instep|heel|ankle|skin between|top of (?:the|my|his|her) foot)`;
/** A feeling word said of the part: "has gone a bit fuzzy", "feels woolly", "a strange, distant feeling". */
const FEELING = String.raw`(?:fuzzy|woolly|wooly|muffled|distant|far away|like cotton wool|like it'?s wrapped in cotton wool|like (?:it|they) (?:is|are|isn'?t|aren'?t) (?:mine|there)|not (?:like )?(?:my own|mine)|like (?:it|they) (?:belongs?|belonged) to (?:someone|somebody|some(?:one|body) else|another person)(?: else)?|like (?:someone|somebody) else'?s|like (?:it|they) (?:is|are|was|were)n'?t (?:part of|attached to) (?:me|him|her))`;
const PART_FEELS = new RegExp(String.raw`\b${PART}\b[^.!?;]{0,50}?\b(?:gone|going|goes|feels?|felt|feeling|is|are|went|has gone|have gone|'s|'re)\s+(?:a bit |a little |slightly |kind of |sort of |all |really |quite |very )?${FEELING}`);
/** The feeling named first: "a strange, distant feeling in the sole", "fuzzy feeling over his toes". */
const FEELING_IN_PART = new RegExp(String.raw`\b(?:fuzzy|woolly|muffled|distant|strange,? distant|odd,? distant)['"]?\s+(?:feeling|sensation)\s+(?:(?:in|on|over|across|of|at)\s+)?(?:the\s+|my\s+|his\s+|her\s+)?(?:\w+\s+)?${PART}`);
/** The everyday similes of a foot gone to sleep. */
const ASLEEP = /\blike (?:when )?(?:you'?ve|i'?ve|you have|i have|you|i|he'?s|she'?s) (?:sat|been sitting|knelt|been kneeling) on (?:your|my|his|her|the) (?:foot|feet|leg) (?:too long|for too long|for ages|for a while)|\b(?:wearing|in|inside|under)\s+(?:a|an)\s+(?:thick |big |fat |woolly |wooly |wool |heavy |invisible |extra )*(?:sock|glove|slipper)\s+(?:that|which)\s+(?:isn'?t|is not|wasn'?t|aren'?t)\s+there\b/;
/** Words that make the feeling about something else: a runner's "fuzzy head", cosy socks. */
const NOT_FEELING = /\b(?:head|brain|vision|eyes?|memory|socks? (?:are|is) fuzzy|fuzzy socks?|woolly socks? (?:are|is)|slippers? (?:are|is))\b/;
const DENIED = /\b(?:no|not|never|without|isn'?t|aren'?t|wasn'?t|hasn'?t|haven'?t|doesn'?t|don'?t)\s+(?:\w+\s+){0,2}$/;

/** A colour only a poor blood supply gives. */
const PALE = String.raw`(?:pale|paler|palish|white|whiter|whitish|dusky|duskier|grey|greyer|greyish|gray|grayish|waxy|mottled|marbled|blotchy|corpse-?like|deathly)`;
/** A bruise-like colour: only with blotchiness, cold or a comparison. */
const BLUISH = String.raw`(?:blue|bluish|blueish|purple|purplish|purpley|lilac|violet|mauve|darker|a darker colou?r|discolou?red)`;
const COLOUR_OF_PART = new RegExp(String.raw`\b${PART}\b[^.!?;]{0,60}?\b(${PALE}|${BLUISH})\b|\b(${PALE}|${BLUISH})\b[^.!?;]{0,40}?\b${PART}\b`);
const PALE_WORD = new RegExp(String.raw`\b${PALE}\b`);
const BLUISH_WITH = /\b(?:blotchy|mottled|marbled|cold|colder|freezing|icy|next to (?:the|her|his|my) other|compared (?:to|with) (?:the|her|his|my) other|than (?:the|her|his|my) other|than the (?:left|right)|(?:than|to|with|next to) (?:the|her|his|my) (?:\w+ ){0,2}on (?:the|her|his|my) other (?:foot|side)|odd colou?r|funny colou?r|strange colou?r)\b/;
/** Colour with an everyday cause or about something else. */
const OTHER_CAUSE = /\b(?:bruis\w*|black and blue|raynaud'?s?|cold (?:weather|morning|water|day)|in the cold|winter|snow|ice bath|swim\w*|bath|shower|soggy|peeling|flaky|athlete'?s|fung\w*|itchy|callus\w*|blister\w*|corns?|hard skin|cracked|nail polish|varnish|tape|plaster of|scar|stretch marks?|vein\w*|tan\w*|sun|patch\w*|bone|something white|sticking out|showing|spots?|bumps?|lumps?|lines?|dots?|warts?|verrucas?|mark\w*)\b/;

/** The colour of a shoe or sock ("white socks", "pale grey trainers"), not of the foot. */
const GARMENT = new RegExp(String.raw`\b(?:${PALE}|${BLUISH})\s+(?:\w+\s+)?(?:trainers?|shoes?|socks?|insoles?|laces?|slippers?|sandals?)\b`);

/**
 * Every numbness or colour change told in the families above.
 * @example readLimbFeelingAndColour('His toes feel like when you have sat on your foot too long.')[0]?.id // 'toe-numbness-or-tingling'
 */
export function readLimbFeelingAndColour(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/(?:\d\.\d|[^.!?;\n])+/g)) {
    const sentence = s[0];
    const push = (id: string, index: number, length: number): void => {
      out.push({ id, span: [s.index + index, s.index + index + length] });
    };
    const feels = NOT_FEELING.test(sentence) ? null : PART_FEELS.exec(sentence) ?? FEELING_IN_PART.exec(sentence) ?? ASLEEP.exec(sentence);
    if (feels && !DENIED.test(sentence.slice(Math.max(0, feels.index - 25), feels.index)) && !/\b(?:not|never|isn'?t|doesn'?t)\s+(?:\w+\s+)?(?:fuzzy|woolly|distant|muffled)\b/.test(feels[0])) {
      const toes = /\btoes?\b|\bbetween (?:his|her|my|the) (?:big )?toe/.test(sentence);
      push(toes ? 'toe-numbness-or-tingling' : 'character-numbness', feels.index, feels[0].length);
    }
    const colour = OTHER_CAUSE.test(sentence) || GARMENT.test(sentence) ? null : COLOUR_OF_PART.exec(sentence);
    if (colour) {
      const word = colour[1] ?? colour[2] ?? '';
      const strong = PALE_WORD.test(word) || BLUISH_WITH.test(sentence);
      const negated = /\b(?:not|no|never|isn'?t|aren'?t|wasn'?t|weren'?t|nor)\b/.test(colour[0]);
      if (strong && !negated && !DENIED.test(sentence.slice(Math.max(0, colour.index - 25), colour.index))) push('foot-cold-or-pale', colour.index, colour[0].length);
    }
  }
  return out;
}
