/**
 * Second-language English → the plain words the reader knows, before the text is read (dev22: runners writing from
 * some forty first languages). The one place such wording is read: the rewritten text reaches the token matcher, the
 * lexicon's own phrases (lexicon.ts reads them through here too) and every regex reader alike. Three families, each a
 * closed class of words (second-language-words.ts, the one vocabulary table) or a small grammar, not sentences:
 * - body parts said with the home language's word ("my Ferse", "twisted kostka") or its literal translation
 *   ("caviar" for the calf, "foot wrist" for the ankle, "the fingers of the foot" for the toes, "the melon of my leg"
 *   for the calf, "the whistle of the leg" for the shin, "the inner knuckle" for the inner ankle bone);
 * - injuries and signs in the home language's frame ("stretching of the ligaments", a "Zerrung", "dik" for swollen,
 *   "ants running", "my foot sleeps", "it pulses at night", "I have mal", "my ankle goes through", "it becomes thick");
 * - grammar that turns a symptom around: an action that "does not work" cannot be done, "make two steps" is taking
 *   them, "from the buttock until the heel" is a course down the leg, "the foot went inside" is a direction.
 * A word that can be ordinary English ("twin", "melon", "fingers", "wade", "footing") is rewritten only with the
 * neighbours that make it a body part or a symptom; the owning "leg" of "leg fingers" goes with it, so it names no leg
 * pain. Every rewrite keeps a map back to what was typed (rewrite-text.ts). Judgement, from how learners write.
 * @module
 */
import { rewriteText, type Expanded, type Rewrite } from './rewrite-text.ts';
import {
  ANKLE_CALQUES, CALF_IMAGE, DET, FOOT_TEXT, FOOTING_BEFORE, FOOTING_NOT, GLOSS_WORD, HAND, LOAN_WORDS, MAL_AFTER, MAL_BEFORE, MOVE, PLACE_AFTER,
  PULSE_NOUN_AFTER, PULSE_NOUN_BEFORE, RISE, SIGN_WORDS, WHICH,
} from './second-language-words.ts';

/** A whole word, by letters in any script ("Knöchel", "пятка"), so \b's ASCII idea of a word does not split it. */
const word = (alternatives: readonly string[]): string => String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`;
const rule = (alternatives: readonly string[], to: string): Rewrite => ({ re: new RegExp(word(alternatives), 'giu'), to });
const re = (source: string): RegExp => new RegExp(source, 'giu');
const toes = (finger: string | undefined): string => (finger?.toLowerCase() === 'finger' ? 'toe' : 'toes');
const OWNED = String.raw`of\s+(?:${DET}\s+){0,3}`;

/** The sentence a match sits in: the part before it, and the whole. */
function sentenceBefore(m: RegExpExecArray): string {
  const before = m.input.slice(0, m.index);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
}
function sentenceOf(m: RegExpExecArray): string {
  const after = m.input.slice(m.index);
  const stop = after.search(/[.!?\n]/);
  return sentenceBefore(m) + (stop < 0 ? after : after.slice(0, stop));
}
const textBefore = (m: RegExpExecArray): string => m.input.slice(0, m.index);
const textAfter = (m: RegExpExecArray): string => m.input.slice(m.index + m[0].length);

/** An ankle word in the text, so "the bone on the outside" can be read as the ankle bone it is next to. */
const ANKLE_NEAR = new RegExp(word(['ankles?', ...(LOAN_WORDS.ankle ?? []), ...ANKLE_CALQUES]), 'iu');

/** "Standing on the toes" → "stand on the toes", so "cannot …" reads as an inability. */
function baseForm(phrase: string): string {
  return phrase.replace(/^(\w+?)(?:ing)\b/i, (_, stem: string) => {
    const lower = stem.toLowerCase();
    if (/^(?:hopp|jump|push|putt|gett|walk|stand|go)$/.test(lower)) return lower.replace(/(pp|tt)$/, (d) => d[0] ?? '');
    return lower === 'ris' ? 'rise' : lower;
  });
}

const PULSE: Readonly<Record<string, string>> = { pulses: 'throbs', pulsates: 'throbs', pulsing: 'throbbing', pulsating: 'throbbing', pulsed: 'throbbed', pulsated: 'throbbed' };
const GIVE: Readonly<Record<string, string>> = { go: 'give', goes: 'gives', went: 'gave', going: 'giving', gone: 'given' };
/** A habit, not an event: "my foot turn inside when I run" is how the foot moves, not an ankle that rolled. */
const HABIT_AFTER = /^\s+(?:when|while|whenever|every|each|always|if|during|all the time|on every)\b/i;

/** Body parts: the grammar for words that may be ordinary English, tried before the loan words. */
const BODY: readonly Rewrite[] = [
  // "My leg melon (calf) is swollen": a short gloss in brackets is read as part of the sentence, not a break in it.
  { re: re(String.raw`(?<=\p{L})\s*\(\s*(${GLOSS_WORD}(?:\s+${GLOSS_WORD}){0,2})\s*\)`), to: (m) => ` ${m[1] ?? ''}` },
  // Joints named by another joint: "foot wrist", "the neck of my foot".
  { re: re(word([...ANKLE_CALQUES, String.raw`(?:neck|wrist)\s+${OWNED}(?:foot|feet)`])), to: 'ankle' },
  // The fingers of the foot or leg are toes; the owning limb goes with them ("leg fingers" is no leg pain).
  { re: re(String.raw`\b(fingers?)\s+${OWNED}(?:foot|feet|legs?)\b`), to: (m) => toes(m[1]) },
  { re: re(String.raw`\b(?:foot|feet|legs?)\s+(${WHICH}\s+)?(fingers?)\b`), to: (m) => `${m[1] ?? ''}${toes(m[2])}` },
  // "Stand on the fingers": tiptoe, unless a hand is in the sentence.
  { re: re(String.raw`\b(${RISE}\s+on\s+(?:${DET}\s+)?)(?:fingers|finger ?tips)\b`), to: (m) => (HAND.test(sentenceOf(m)) ? m[0] : `${m[1] ?? ''}toes`) },
  // "The big finger rubs in my trainers": which finger, in a text about feet with no hand in the sentence, is a toe.
  { re: re(String.raw`\b(${WHICH})\s+(fingers?)\b`),
    to: (m) => (HAND.test(sentenceOf(m)) || !(m[1]?.toLowerCase() === 'big' || FOOT_TEXT.test(m.input)) ? m[0] : `${m[1] ?? ''} ${toes(m[2])}`) },
  // "The inner knuckle" (Innenknöchel): the ankle bone on that side; "the knuckle of my big toe" keeps its sense.
  { re: /\b(?:inner|inside|internal|medial) knuckles?\b(?!\s+of\b)/giu, to: 'inner ankle bone' },
  { re: /\b(?:outer|outside|external|lateral) knuckles?\b(?!\s+of\b)/giu, to: 'outer ankle bone' },
  { re: /\bankle knuckles?\b|\bknuckles? of (?:the|my) ankle\b/giu, to: 'ankle bone' },
  // "Achilles cord", "heel string", "the rope behind the ankle": the Achilles tendon.
  { re: /\b(?:achilles|heel) (?:cord|string|sinew|rope|wire|cable)\b|\b(?:cord|string|rope|wire|cable) (?:behind|above|at the back of) (?:the|my) (?:ankle|heel)s?\b/giu, to: 'achilles tendon' },
  { re: /(?<![\p{L}])[dl]['’]achill\p{L}*/giu, to: 'achilles' },
  // "Two small round bones" under the big toe: the sesamoids (a round bone is named only near a toe).
  { re: /\b(?:two\s+)?(?:(?:small|little|tiny)\s+)*round\s+(?:(?:small|little|tiny)\s+)*bones?\b/giu,
    to: (m) => (/\b(?:big toe|great toe|alluce|hallux|toe)\b/i.test(m.input.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80)) ? 'sesamoid bones' : m[0]) },
  // After a twisted ankle, "the bone on the outside" is the outer ankle bone (not "the bone on the outside of my foot").
  { re: /\bthe bone on (?:the )?(outside|outer side|inside|inner side)\b(?! of)/giu, to: (m) => (ANKLE_NEAR.test(m.input) ? `the ${/out/i.test(m[1] ?? '') ? 'outer' : 'inner'} ankle bone` : m[0]) },
  // Twins are the two heads of the calf (Spanish gemelos): with a side, as a muscle, or owned in a sentence about the
  // leg; a sibling ("my twin sister") never.
  { re: /\b(inner|inside|internal|outer|outside|external|medial|lateral) twins?\b/giu, to: (m) => `${/^(?:inner|inside|internal|medial)$/i.test(m[1] ?? '') ? 'inner' : 'outer'} calf` },
  { re: /\btwins? muscles?\b/giu, to: 'calf muscle' },
  { re: /(?<=\b(?:the|my|his|her|left|right|both)\s)twins?\b(?!\s+(?:brother|sister|brothers|sisters|boys|girls|babies|pram)\b)/giu,
    to: (m) => (/\b(?:legs?|calf|gemelos?|heel|achilles|muscles?)\b/i.test(sentenceOf(m)) ? 'calf' : m[0]) },
  // "Cinnamon" (Portuguese canela) is the shin only as a body part someone owns: "my cinnamon", "the left cinnamon".
  { re: /(?<=\b(?:the|my|his|her|both|left|right|of)\s)cinnamons?\b/giu, to: 'shin' },
  // "Wade" (German) is the calf only as a noun with a determiner; "wade through a river" keeps its English sense.
  { re: /(?<=\b(?:the|my|his|her|left|right|der|die|meine)\s)wade\b(?!\s+(?:through|into|across|in|out)\b)/giu, to: 'calf' },
  // The calf by its look ("the melon of my leg", "leg belly") and the shin as "the whistle of the leg" (Romanian).
  { re: re(String.raw`\b${CALF_IMAGE}s?\s+${OWNED}legs?\b|\blegs?\s+${CALF_IMAGE}s?\b`), to: 'calf' },
  { re: re(String.raw`\bwhistles?\s+${OWNED}legs?\b|\blegs?\s+whistles?\b`), to: 'shin' },
  // Tiptoe as "the tip (point) of the foot" (Spanish punta del pie, French pointe du pied); the ballet half-toe is a
  // way of rising, not a toe that hurts.
  { re: re(String.raw`\b(on|onto|to)\s+(?:(?:the|my|his|her)\s+)?(?:tips?|points?|punta|pointe)\s+${OWNED}(?:foot|feet)\b`), to: (m) => `${m[1] ?? ''} tiptoe` },
  { re: /\b(?:half|demi)[- ]?(?:toes?|pointes?|points?)\b/giu, to: 'demi-pointe' },
];

/** Injuries and signs in the home language's frame. */
const SIGNS: readonly Rewrite[] = [
  { re: /\b(?:a |the )?stretch(?:ing|ed)? (?:of )?(?:the |my )?ligaments?\b|\bligaments? (?:are |is )?stretch(?:ed|ing)\b/giu, to: 'a sprain' },
  // "The foot went inside": the ankle rolled in (an inversion injury). Told in the past, or in a learner's bare verb
  // without its article ("step in a hole, foot turn inside"); "my foot goes inside when I run" is how it moves on
  // every step, no injury.
  { re: /\b(?:(?:the|my|his|her) )?foot (?:went|turned|turn|go|bent|bend|folded|fold|twisted|twist|rolled) (?:to the )?inside\b/giu,
    to: (m) => (HABIT_AFTER.test(textAfter(m)) && !/\b(?:went|turned|bent|folded|twisted|rolled)\b/i.test(m[0]) ? m[0] : 'I turned my foot under') },
  // Otherwise inside and outside said of a moving foot are directions (many languages have one word for both), unless
  // a place follows ("turned the outside edge").
  { re: re(String.raw`\b(foot|feet|ankle)\s+(${MOVE})\s+(?:(?:to|toward|towards)\s+(?:the\s+)?)?(inside|outside|inner|outer)\b(?!\s+${PLACE_AFTER}\b)`),
    to: (m) => `${m[1] ?? ''} ${m[2] ?? ''} ${/^in/i.test(m[3] ?? '') ? 'inwards' : 'outwards'}` },
  { re: re(String.raw`\b(${MOVE})\s+((?:${DET}\s+)?)(foot|feet|ankle)\s+(?:(?:to|toward|towards)\s+(?:the\s+)?)?(inside|outside|inner|outer)\b(?!\s+${PLACE_AFTER}\b)`),
    to: (m) => `${m[1] ?? ''} ${m[2] ?? ''}${m[3] ?? ''} ${/^in/i.test(m[4] ?? '') ? 'inwards' : 'outwards'}` },
  // Pins and needles: ants running or walking (German, Portuguese, Spanish, French, Italian, Polish, Russian, Turkish).
  { re: /\b(?:like |of )?ants (?:are )?(?:running|walking|crawling|going)\b|\blike ants\b|(?<=\b(?:i|it) (?:have|has|feel|feels|got|get|gets) )ants\b/giu, to: 'pins and needles' },
  { re: /\b(?:an? )?electric(?:ity| current)\b/giu, to: 'electric shocks' },
  // "My foot sleeps", "the leg is sleeping", "toes fell asleep": numb.
  { re: /\b(foot|feet|leg|legs|toes?|sole|soles|heel|calf|shin|thigh|thighs|bottom|buttocks?)\s+(?:is |are |was |were |feels? |felt |goes |went |gets |got |becomes? |became |falls? |fell )?(?:sleeping|sleeps|slept|asleep|to sleep)\b/giu, to: (m) => `${m[1] ?? ''} is numb` },
  // "It pulses at night", "my shin pulses", "it beats": throbbing; "pulses are normal", "no pulse" stay the pulse.
  { re: /\b(it|that|the pain)\s+(?:beats|is beating|knocks|is knocking)\b/giu, to: (m) => `${m[1] ?? ''} throbs` },
  { re: /\b(?:pulses|pulsates|pulsing|pulsating|pulsed|pulsated)\b/giu,
    to: (m) => (PULSE_NOUN_BEFORE.test(textBefore(m)) || PULSE_NOUN_AFTER.test(textAfter(m)) ? m[0] : PULSE[m[0].toLowerCase()] ?? m[0]) },
  // "When my physio knocks behind the ankle bone": a tap.
  { re: /\bknock(s|ed|ing)?\b(?=\s+(?:on|behind|over|at|below|under)\b)/giu, to: (m) => `tap${m[1] ?? ''}` },
  // "I have mal in my heel", "mal au talon": pain, not "male".
  { re: /\bmal\b/giu, to: (m) => (MAL_BEFORE.test(textBefore(m)) || MAL_AFTER.test(textAfter(m)) ? 'pain' : m[0]) },
  // "After ten minutes of footing" (French, Spanish, Italian: jogging); "lost my footing" stays English.
  { re: /\bfooting\b/giu, to: (m) => (FOOTING_BEFORE.test(textBefore(m)) && !FOOTING_NOT.test(textBefore(m)) ? 'running' : m[0]) },
  // "Sensible when I press" (French, Spanish, German): tender.
  { re: /\bsensib(?:le|el)\b(?=\s+(?:when|if|under|there)\b|\s+to\s+(?:touch|touching|press|pressing|pressure|pinch|squeeze)\b)/giu, to: 'tender' },
  // "Every time it becomes a bit thick for some days": it swells (Dutch dik, German dick), not a thickened tendon.
  { re: /\b((?:become|becomes|became|becoming|get|gets|got|getting|goes|went|turns|turned)\s+(?:(?:a|bit|little|very|quite|really|more|so|too|all)\s+){0,3})(?:thick|thicker)\b/giu,
    to: (m) => `${m[1] ?? ''}swollen` },
  // "My ankle goes through again" (Dutch door je enkel gaan, German durchknicken): it gives way; "a pain goes through
  // my foot" travels.
  { re: /\b(go|goes|went|going|gone)\s+through\b(?=\s*(?:$|[.,;!?)])|\s+(?:again|sometimes|often|every|all|when|while|and|last|twice|many|easily|on|in|now|already|too|also|once)\b)/giu,
    to: (m) => `${GIVE[(m[1] ?? '').toLowerCase()] ?? 'give'} way` },
  // "Like something is not in place", "the bone is not on its place": out of place.
  { re: /\bnot\s+(?:in|on|at)\s+(?:(?:the|its|his|her|my|a)\s+)?place\b/giu, to: 'out of place' },
];

/** Grammar that turns a symptom around. */
const GRAMMAR: readonly Rewrite[] = [
  // An action that "does not work" (German klappt nicht, Dutch lukt niet, Spanish no funciona) cannot be done.
  { re: /\b((?:standing|stand|going up|go up|going on|go on|rising|walking|hopping|jumping|pushing off|putting weight|getting up)\b[^.!?;,]{0,40}?)\s+(?:does not|doesn'?t|did not|didn'?t|will not|won'?t|is not|isn'?t) (?:work|go|function|possible)(?: at all| anymore| any more)?\b/giu,
    to: (m) => `cannot ${baseForm(m[1] ?? '')}` },
  { re: /\b((?:standing|walking|hopping|jumping|going|rising|running|climbing)\b[^.!?;,]{0,40}?)\s+(is|was) heavy\b/giu, to: (m) => `${m[1] ?? ''} ${m[2] ?? ''} hard` },
  // "I can make two steps": taking them (Russian, Polish, German, Spanish all "make" steps).
  { re: /\bmak(e|es|ing)\b(?=\s+(?:(?:only|just|maybe|perhaps|about|some|a few|few|one|two|three|four|five|\d+|more|several)\s+){1,3}steps?\b)/giu, to: (m) => `tak${m[1] ?? ''}` },
  { re: /\bmade\b(?=\s+(?:(?:only|just|maybe|perhaps|about|some|a few|few|one|two|three|four|five|\d+|more|several)\s+){1,3}steps?\b)/giu, to: 'took' },
  // "It hurts so I jump to the ceiling": an idiom for sharp pain, not a jump.
  { re: /\b(?:so (?:that )?)?i (?:jump|jumped|go|went|fly|flew) (?:up )?(?:to|on) the ceiling\b|\b(?:so (?:that )?)?i (?:jump|jumped) to ceiling\b/giu, to: 'very sharply' },
  // "From the buttock until the heel": down the leg to there (only from a body part: "from Monday until my foot
  // settles" is a time).
  { re: /(?<=\bfrom (?:the |my |his |her )?(?:buttocks?|bum|bottom|hip|back|lower back|thigh|groin|knee|calf|shin)\b[^.!?;]{0,30})\buntil\b(?=\s+(?:the |my )?(?:heel|foot|ankle|knee|toes?|calf|sole|little toe|big toe)\b)/giu, to: 'down to' },
  // "Is au", "it's aua": ouch.
  { re: /\b(?:is|it'?s) au(?:a)?\b/giu, to: 'hurts' },
];

/** Words taken alone, longest first so "kaval kemiği" wins over shorter words inside it. */
const WORD_RULES: readonly Rewrite[] = [...Object.entries(LOAN_WORDS), ...Object.entries(SIGN_WORDS)]
  .flatMap(([to, words]) => words.map((w) => ({ w, to })))
  .sort((a, b) => b.w.length - a.w.length)
  .map(({ w, to }) => rule([w], to));

/** Every rule, in order: the grammar first (it reads the English around the words), then words taken alone. */
const ALL: readonly Rewrite[] = [...BODY, ...SIGNS, ...GRAMMAR, ...WORD_RULES];

/**
 * Rewrite second-language English into the plain words the reader knows, keeping a map back to what was typed.
 * @example plainEnglish('I twisted kostka, the Ferse is dik').text // 'I twisted ankle, the heel is swollen'
 */
export function plainEnglish(text: string): Expanded {
  return rewriteText(text, ALL);
}
