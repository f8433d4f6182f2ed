/**
 * Second-language body words (dev22: runners writing English as a second language). Many languages name the lower
 * limb with words that translate literally into English words meaning something else, or borrow the word of their
 * own language; each family is rewritten, from its neighbouring words, to the English word a native runner would use:
 * - Toes as the fingers of the foot or leg ("leg fingers", "the fingers of my foot", "the big finger" in a text about
 *   feet, "stand on the fingers"): Spanish dedos del pie, Swahili vidole vya mguu, Hindi pair ki ungli and many more.
 *   The owning "leg" or "foot" then names no place of its own (it is how the toes are called, not a leg pain).
 * - The calf as the "twin" or "gemelo" (Spanish, Italian), the "melon", "belly", "caviar", "potato" or "fish" of the
 *   leg (Cantonese, Arabic, Russian, Portuguese), or its own-language word (Wade, mollet, kuit, polpaccio).
 * - The shin as "cinnamon" or "canela" (Portuguese and Spanish canela), the "whistle of the leg" (Romanian fluierul
 *   piciorului), or its own-language word (Schienbein, espinilla, stinco).
 * - The ankle as the "foot neck" or "foot wrist" (Korean, Chinese, Turkish, Slavic languages) or its own word (enkel,
 *   tobillo, cheville, kostka, Knöchel, astragalus); the ankle bones as the "inner/outer knuckle" (German Innen- and
 *   Außenknöchel).
 * - The heel by its own word (talon, talón, calcanhar, Ferse, hiel, sarok); a tendon as a "sinew" or Sehne; the
 *   Achilles as a "cord", "string" or "rope" behind the heel or ankle.
 * - Tiptoe as "the tip (or point) of the foot" (Spanish punta del pie, French pointe du pied); the ballet "half-toe"
 *   (demi-pointe) is a way of rising, not a toe that hurts.
 * - False friends: "I have mal" (French and Spanish: pain, not male); "footing" (French, Spanish, Italian: jogging);
 *   "augmented the kilometres" (increased); "raide", "steif" (stiff); "sensible when I press" (tender); swollen in the
 *   writer's own word (inchado, hinchado, gonflé, geschwollen, dik) or as "it becomes thick" (Dutch, German dik,
 *   dick); "my ankle goes through" (Dutch and German: gives way).
 * Applied to every text and lexicon phrase alike (senses.ts), so a phrase still matches itself. Judgement, from how
 * second-language writers name the leg (dev22).
 * @module
 */
import { EVERYDAY } from './false-friends.ts';
import { PAIN, stem, type Token } from './tokens.ts';

/** A place word that only says whose toes (or which tiptoe) are meant: it names no place of its own. */
export const OWNER = 'limbowner';

const TOE = stem('toe');
const SHIN = stem('shin');
const CALF = stem('calf');
const ANKLE = stem('ankle');
const HEEL = stem('heel');
const TENDON = stem('tendon');
const TIPTOE = stem('tiptoe');
const RUN = stem('run');
const STIFF = stem('stiff');
const TENDER = stem('tender');
const SWELL = stem('swell');
const INCREASE = stem('increased');
const POINTE = 'demipointe';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const LIMB = set(['leg', 'legs', 'foot', 'feet']);
const FINGER = set(['finger', 'fingers']);
const DET = set(['the', 'my', 'this', 'that', 'her', 'his', 'your', 'our', 'their', 'a', 'one', 'left', 'right', 'same', 'bad', 'sore']);
/** Which finger: with one of these and no hand in the sentence, a finger in a text about feet is a toe. */
const WHICH = set(['big', 'little', 'small', 'second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th', 'pinky', 'smallest', 'biggest']);
const HAND = set(['hand', 'hands', 'thumb', 'thumbs', 'wrist', 'wrists', 'nail', 'nails', 'knuckles', 'typing', 'keyboard', 'grip', 'ring']);
const FOOT_TEXT = set(['foot', 'feet', 'toe', 'toes', 'shoe', 'shoes', 'sock', 'socks', 'trainers', 'sneakers', 'barefoot', 'leg', 'legs', 'heel', 'heels', 'sole']);
/** Verbs of rising: "stand on the fingers" is tiptoe. */
const RISE = set(['stand', 'standing', 'stood', 'go', 'going', 'rise', 'rising', 'walk', 'walking', 'up', 'get', 'balance']);
const CALF_WORD = set(['gemelo', 'gemelos', 'gemello', 'gemelli', 'mollet', 'mollets', 'kuit', 'kuiten', 'polpaccio', 'polpacci', 'panturrilha', 'pantorrilla', 'pantorrillas', 'łydka', 'lydka', 'waden']);
/** "The melon of the leg", "leg belly": the calf named after what it looks like. */
const CALF_IMAGE = set(['melon', 'belly', 'caviar', 'potato', 'fish', 'egg']);
const SHIN_WORD = set(['canela', 'canelas', 'cinnamon', 'espinilla', 'espinillas', 'schienbein', 'stinco', 'golen']);
const ANKLE_WORD = set(['enkel', 'enkels', 'tobillo', 'tobillos', 'cheville', 'chevilles', 'caviglia', 'tornozelo', 'kostka', 'knöchel', 'knochel', 'knoechel', 'astragalus', 'boka', 'nilkka']);
/** The heel in the writer's own language (French, Spanish, Portuguese, Italian, German, Dutch, Hungarian, Polish, Finnish). */
export const HEEL_WORDS: readonly string[] = ['talon', 'talón', 'talons', 'calcanhar', 'calcagno', 'tallone', 'ferse', 'fersen', 'hiel', 'sarok', 'pięta', 'kantapää'];
const HEEL_WORD = set(HEEL_WORDS);
const TENDON_WORD = set(['sinew', 'sinews', 'sehne', 'sehnen', 'tendão', 'tendine', 'tendón']);
const CORD = set(['cord', 'string', 'rope', 'wire', 'cable']);
const SIDE = set(['inner', 'outer', 'inside', 'outside', 'internal', 'external', 'medial', 'lateral']);
const TIP = set(['tip', 'tips', 'point', 'points', 'punta', 'pointe']);
const SWELL_WORD = set(['inchado', 'inchada', 'hinchado', 'hinchada', 'gonflé', 'gonflée', 'gonfle', 'geschwollen', 'gonfio', 'gonfia', 'dik', 'opuchnięta', 'opuchnięty', 'spuchnięta', 'spuchnięty']);
const BECOME = set(['become', 'becomes', 'became', 'becoming', 'get', 'gets', 'got', 'getting', 'goes', 'went', 'turns', 'turned']);
const DEGREE = set(['a', 'bit', 'little', 'very', 'quite', 'really', 'more', 'so', 'too', 'all']);
const GO = set(['go', 'goes', 'went', 'going', 'gone']);
/** After "goes through": the end of the statement or how often, not where a pain travels ("goes through my foot"). */
const GIVE_AFTER = set(['again', 'sometimes', 'often', 'every', 'all', 'when', 'while', 'and', 'last', 'twice', 'many', 'easily', 'on', 'in', 'now', 'already', 'too', 'also', 'once']);
const MAL_BEFORE = set(['have', 'has', 'had', 'having', 'got', 'feel', 'feeling', 'much', 'very', 'do', 'does']);
const MAL_AFTER = set(['to', 'in', 'at', 'au', 'à', 'a']);
const FOOTING_BEFORE = set(['of', 'a', 'do', 'doing', 'did', 'make', 'making', 'after', 'before', 'during', 'easy', 'light', 'slow', 'small', 'little', 'short', 'long', 'morning', 'evening', 'go', 'went', 'my', 'the', 'in']);
const FOOTING_NOT = set(['lost', 'lose', 'losing', 'loses', 'sure', 'firm', 'secure', 'solid', 'equal', 'same', 'good', 'bad']);
/** Verbs of movement: "the foot went inside", "turn the foot outside" give a direction, not a place. */
const MOVE = set(['went', 'goes', 'go', 'going', 'turn', 'turns', 'turned', 'turning', 'twist', 'twists', 'twisted', 'twisting', 'rolled', 'rolls', 'roll', 'rolling', 'bent', 'bend', 'bends', 'folded', 'fold', 'folds', 'rotate', 'rotated', 'rotates', 'rotating', 'move', 'moved', 'moves', 'moving', 'push', 'pushed', 'pull', 'pulled']);
const DIRECTION: Readonly<Record<string, string>> = { inside: stem('inwards'), outside: stem('outwards'), inner: stem('inwards'), outer: stem('outwards') };
/** "It pulses at night": a throbbing pain; "pulses are normal", "no pulse" stay the pulse. */
const PULSING = set(['pulses', 'pulsing', 'pulsates', 'pulsating', 'pulsed', 'pulsated']);
const PULSE_NOUN_BEFORE = set(['no', 'pedal', 'foot', 'distal', 'the', 'weak', 'good', 'normal', 'strong', 'palpable', 'absent', 'both', 'all', 'dorsalis']);
const PULSE_NOUN_AFTER = set(['are', 'were', 'present', 'absent', 'palpable', 'normal', 'felt', 'intact', 'equal', 'fine', 'ok', 'good', 'weak', 'strong']);
/** "Hop on that leg", "jump on the bad leg", "stand on one leg": the leg a test is done on, not a leg that hurts. */
const TEST_ON_LEG = set(['hop', 'hops', 'hopping', 'hopped', 'jump', 'jumps', 'jumping', 'jumped', 'stand', 'standing', 'stood', 'balance', 'balancing']);
const PRESS_WORDS = set(['touch', 'touching', 'press', 'pressing', 'pressure', 'pinch', 'squeeze']);

type At = (k: number) => Token | undefined;
const word = (t: Token | undefined): string => (t && !t.punct ? t.word : '');

/** Does the sentence of token i hold any of these words? */
function sentenceHas(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const s = tokens[i]?.sentence;
  return tokens.some((t) => t.sentence === s && words.has(t.word));
}

/** Index of the limb word in "finger(s) of (the|my …) leg", or -1. */
function limbAfterOf(at: At, i: number): number {
  if (word(at(1)) !== 'of') return -1;
  let k = 2;
  while (k < 5 && DET.has(word(at(k)))) k++;
  return LIMB.has(word(at(k))) ? i + k : -1;
}

/** Index of the limb word in "leg (big) finger", "foot's fingers", or -1. */
function limbBefore(at: At, i: number): number {
  if (LIMB.has(word(at(-1)))) return i - 1;
  if (WHICH.has(word(at(-1))) && LIMB.has(word(at(-2)))) return i - 2;
  return -1;
}

/**
 * New norms for the tokens of one family match, by index; rewrites read the original tokens only, so one rule never
 * feeds another.
 */
function rewrites(tokens: readonly Token[]): Map<number, string> {
  const out = new Map<number, string>();
  const footText = tokens.some((t) => FOOT_TEXT.has(t.word));
  tokens.forEach((t, i) => {
    if (t.punct) return;
    const at: At = (k) => tokens[i + k];
    const w = t.word;
    if (FINGER.has(w)) {
      const after = limbAfterOf(at, i);
      const before = limbBefore(at, i);
      const onTips = word(at(-1)) === 'on' || (DET.has(word(at(-1))) && word(at(-2)) === 'on' && RISE.has(word(at(-3))));
      const which = WHICH.has(word(at(-1))) && footText && !sentenceHas(tokens, i, HAND);
      if (after >= 0 || before >= 0 || which || (onTips && footText && !sentenceHas(tokens, i, HAND))) {
        out.set(i, TOE);
        if (after >= 0) out.set(after, OWNER);
        if (before >= 0) out.set(before, OWNER);
      }
      return;
    }
    if (CALF_WORD.has(w)) out.set(i, CALF);
    // "Zerrung of the Wade": the German calf, not wading through water.
    if (w === 'wade' && DET.has(word(at(-1))) && !['through', 'into', 'across', 'in', 'out'].includes(word(at(1)))) out.set(i, CALF);
    // "The inner twin", "twin muscle", "the twin … of the leg": the gemelo, not a sibling.
    if (w === 'twin' || w === 'twins') {
      const muscle = SIDE.has(word(at(-1))) || ['muscle', 'muscles'].includes(word(at(1)));
      const leggy = DET.has(word(at(-1))) && !['brother', 'sister', 'brothers', 'sisters', 'boys', 'girls', 'babies'].includes(word(at(1)))
        && sentenceHas(tokens, i, set(['leg', 'legs', 'calf', 'gemelo', 'gemelos', 'heel', 'achilles', 'muscle']));
      if (muscle || leggy) out.set(i, CALF);
    }
    if (CALF_IMAGE.has(w)) {
      const after = limbAfterOf(at, i);
      const before = ['leg', 'legs'].includes(word(at(-1))) ? i - 1 : -1;
      if ((after >= 0 && ['leg', 'legs'].includes(word(tokens[after]))) || before >= 0) {
        out.set(i, CALF);
        out.set(after >= 0 ? after : before, OWNER);
      }
    }
    if (SHIN_WORD.has(w)) out.set(i, SHIN);
    if (w === 'whistle') {
      const after = limbAfterOf(at, i);
      const before = ['leg', 'legs'].includes(word(at(-1))) ? i - 1 : -1;
      if (after >= 0 || before >= 0) {
        out.set(i, SHIN);
        out.set(after >= 0 ? after : before, OWNER);
      }
    }
    if (ANKLE_WORD.has(w)) out.set(i, ANKLE);
    if (w === 'neck' || w === 'wrist') {
      const after = limbAfterOf(at, i);
      const before = ['foot', 'feet'].includes(word(at(-1))) ? i - 1 : -1;
      if ((after >= 0 && ['foot', 'feet'].includes(word(tokens[after]))) || before >= 0) {
        out.set(i, ANKLE);
        out.set(after >= 0 ? after : before, OWNER);
      }
    }
    // "Behind the inner knuckle" (Innenknöchel): the ankle bone; "the knuckle of my big toe" stays a toe joint.
    if ((w === 'knuckle' || w === 'knuckles') && SIDE.has(word(at(-1))) && word(at(1)) !== 'of') out.set(i, ANKLE);
    if (HEEL_WORD.has(w)) out.set(i, HEEL);
    // "The foot went inside", "when I turn the foot outside it hurts": inwards and outwards (many languages use one
    // word for inside and inwards), unless a place follows ("turned the outside of my foot").
    if (DIRECTION[w] !== undefined && word(at(1)) !== 'of' && !['edge', 'side', 'part', 'border', 'bone', 'ankle', 'ball'].includes(word(at(1)))) {
      const footFirst = ['foot', 'feet', 'ankle'].includes(word(at(-2))) && MOVE.has(word(at(-1)));
      const verbFirst = MOVE.has(word(at(-2))) && ['foot', 'feet', 'ankle'].includes(word(at(-1)))
        || (MOVE.has(word(at(-3))) && DET.has(word(at(-2))) && ['foot', 'feet', 'ankle'].includes(word(at(-1))));
      if (footFirst || verbFirst) out.set(i, DIRECTION[w] ?? w);
    }
    // "Tendon d'Achille", "l'Achille": the French article glued to the name.
    if (/^[dl]achill/.test(w)) out.set(i, 'achilles');
    if (PULSING.has(w) && !PULSE_NOUN_BEFORE.has(word(at(-1))) && !PULSE_NOUN_AFTER.has(word(at(1)))) out.set(i, PAIN);
    // Read like "single-leg hop" (false-friends.ts): how the test is done.
    if (w === 'leg' && TEST_ON_LEG.has(word(at(-3))) && word(at(-2)) === 'on' && DET.has(word(at(-1)))) out.set(i, EVERYDAY.testLeg);
    if (w === 'leg' && TEST_ON_LEG.has(word(at(-4))) && word(at(-3)) === 'on' && DET.has(word(at(-2))) && DET.has(word(at(-1)))) out.set(i, EVERYDAY.testLeg);
    // "Like something is not in place", "the bone is not on its place": out of place.
    if (w === 'not' && ['in', 'on', 'at'].includes(word(at(1))) && (word(at(2)) === 'place' || (DET.has(word(at(2))) || word(at(2)) === 'its') && word(at(3)) === 'place')) {
      out.set(i, 'out');
      out.set(i + 1, 'of');
    }
    if (TENDON_WORD.has(w)) out.set(i, TENDON);
    // "The Achilles cord", "a hole in the string behind the ankle".
    if (CORD.has(w) && (word(at(-1)) === 'achilles' || (['behind', 'above'].includes(word(at(1))) && [word(at(2)), word(at(3))].some((x) => ['heel', 'ankle', 'heels', 'ankles'].includes(x))))) {
      out.set(i, word(at(-1)) === 'achilles' ? TENDON : 'achilles');
    }
    // "Put weight on the tip of the foot", "stand on the points of my feet": tiptoe.
    if (TIP.has(w)) {
      const after = limbAfterOf(at, i);
      if (after >= 0 && ['foot', 'feet'].includes(word(tokens[after]))) {
        out.set(i, TIPTOE);
        out.set(after, OWNER);
      }
    }
    // Ballet "half-toe" or "demi-pointe": rising onto the balls of the feet.
    if ((w === 'half' || w === 'demi') && ['toe', 'toes', 'pointe', 'point'].includes(word(at(1)))) {
      out.set(i, POINTE);
      out.set(i + 1, POINTE);
    }
    if (w === 'mal' && (MAL_BEFORE.has(word(at(-1))) || MAL_AFTER.has(word(at(1))))) out.set(i, PAIN);
    if (w === 'footing' && FOOTING_BEFORE.has(word(at(-1))) && !FOOTING_NOT.has(word(at(-1))) && !FOOTING_NOT.has(word(at(-2)))) out.set(i, RUN);
    if (w.startsWith('augment')) out.set(i, INCREASE);
    if (w === 'raide' || w === 'steif') out.set(i, STIFF);
    if ((w === 'sensible' || w === 'sensibel') && (['when', 'if', 'under', 'there'].includes(word(at(1))) || (word(at(1)) === 'to' && PRESS_WORDS.has(word(at(2)))))) out.set(i, TENDER);
    if (SWELL_WORD.has(w)) out.set(i, SWELL);
    // "Every time it becomes a bit thick for some days": it swells (Dutch dik, German dick), not a thickened tendon.
    if (w === 'thick' || w === 'thicker') {
      let k = -1;
      while (k > -4 && DEGREE.has(word(at(k)))) k--;
      if (BECOME.has(word(at(k)))) out.set(i, SWELL);
    }
    // "My ankle goes through again": it gives way (Dutch door je enkel gaan, German durchknicken).
    if (GO.has(w) && word(at(1)) === 'through' && (!at(2) || at(2)?.punct || GIVE_AFTER.has(word(at(2))))) {
      out.set(i, stem('give'));
      out.set(i + 1, 'way');
    }
  });
  return out;
}

/** Words a gloss may hold: "my leg melon (calf) is swollen", "the alluce (big toe)". */
const GLOSS_WORDS = set(['calf', 'calves', 'shin', 'shins', 'heel', 'heels', 'ankle', 'ankles', 'toe', 'toes', 'big', 'little', 'achilles', 'tendon', 'sole', 'arch', 'foot', 'feet', 'leg', 'my', 'the', 'ankle', 'bone', 'knee']);
/** Surface form given to the brackets of a gloss, so a short phrase may reach across them. */
export const GLOSS = 'glossbracket';

/**
 * Brackets around a short gloss of the word before ("leg melon (calf) is swollen"): second-language writers gloss
 * their own word in English, and the sentence reads on across the brackets.
 */
function glossBrackets(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.word !== '(' || !tokens[i - 1] || tokens[i - 1]?.punct) return;
    let k = i + 1;
    while (k < i + 4 && tokens[k] && !tokens[k]?.punct && GLOSS_WORDS.has(tokens[k]?.word ?? '')) k++;
    if (k > i + 1 && tokens[k]?.word === ')') {
      out.add(i);
      out.add(k);
    }
  });
  return out;
}

/**
 * Rewrite second-language body words and false friends to the English a native runner would write.
 * @example applyLearnerWords(tokenise('pain under the leg fingers')).map((t) => t.norm) // [PAIN, 'under', 'the', 'limbowner', 'toe']
 */
export function applyLearnerWords(tokens: readonly Token[]): Token[] {
  const out = rewrites(tokens);
  const gloss = glossBrackets(tokens);
  if (out.size === 0 && gloss.size === 0) return [...tokens];
  return tokens.map((t, i) => {
    if (gloss.has(i)) return { ...t, word: GLOSS };
    const n = out.get(i);
    return n === undefined ? t : { ...t, norm: n };
  });
}
