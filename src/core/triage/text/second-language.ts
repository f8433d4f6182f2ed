/**
 * Second-language English → the plain words the reader knows, before the text is read (dev22: runners writing from
 * some forty first languages). Three families, each a closed class of words or a small grammar, not sentences:
 * - body parts said with the home language's word ("my Ferse", "twisted kostka", "the tobillo") or its literal
 *   translation ("caviar" for the calf from Russian икра, "cinnamon" for the shin from Portuguese canela, "foot wrist"
 *   for the ankle, "reed bone" for the fibula, "sinew" for a tendon, "the fingers of the foot" for the toes, "the inner
 *   knuckle" for the inner ankle bone);
 * - injuries and signs in the home language's frame ("stretching of the ligaments" for a sprain, a "Zerrung", "meat
 *   separation" for a pulled muscle, "inflamated" or "dik" for swollen, "ants running" for pins and needles, "my foot
 *   sleeps" for numbness, "it pulses at night" for throbbing);
 * - grammar that turns a symptom around: an action that "does not work" is one that cannot be done ("standing on the
 *   toes with that foot does not work"), "make two steps" is taking them, "from the buttock until the heel" is a
 *   course down the leg, "is heavy" said of an action is "is hard".
 * Every rewrite keeps a map back to what was typed (rewrite-text.ts), and only words that cannot be ordinary English
 * in a runner's story are taken alone; words that can ("twin", "knuckle", "cord", "fingers") need a body word beside
 * them. Meanings are the languages' own dictionary senses; the choice of words is judgement.
 * @module
 */
import { rewriteText, type Expanded, type Rewrite } from './rewrite-text.ts';

/** A whole word, by letters in any script ("Knöchel", "пятка"), so \b's ASCII idea of a word does not split it. */
const word = (alternatives: readonly string[]): string => String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`;
const rule = (alternatives: readonly string[], to: string): Rewrite => ({ re: new RegExp(word(alternatives), 'giu'), to });

/** Home-language words for a body part, as learners drop them into English. Lower case; matched in any case. */
const LOAN_WORDS: Readonly<Record<string, readonly string[]>> = {
  ankle: ['kostka', 'kostkę', 'kostki', 'kostce', 'enkel', 'enkels', 'sprunggelenk', 'tobillo', 'tobillos', 'tornozelo', 'tornozelos', 'cheville', 'chevilles',
    'caviglia', 'caviglie', 'boka', 'bokám', 'kotník', 'členok', 'gleženj', 'gležanj', 'nilkka', 'fotled', 'лодыжка', 'лодыжку', 'голеностоп', 'щиколотка', 'щиколотку', 'astragalus'],
  'inner ankle bone': ['innenknöchel', 'innenknoechel', 'malléole interne', 'malleolo interno', 'maléolo interno', 'maléolo medial'],
  'outer ankle bone': ['außenknöchel', 'aussenknöchel', 'aussenknoechel', 'malléole externe', 'malleolo esterno', 'maléolo externo', 'maléolo lateral'],
  'ankle bone': ['knöchel', 'knoechel', 'malleolo', 'maléolo', 'malléole', 'kulkšnis', 'kulkšnies'],
  heel: ['ferse', 'hiel', 'hielen', 'talón', 'talon', 'calcanhar', 'calcanhares', 'tallone', 'sarok', 'sarkam', 'pięta', 'piętę', 'pięty', 'пятка', 'пятку', 'pyatka',
    'pyatku', 'topuk', 'topuğum', 'kantapää', 'hæl', 'hälen', 'hælen'],
  'achilles tendon': ['achillessehne', 'achillespees', 'hælsene', 'hälsena', 'hälsenan', 'akillesjänne', "tendon d['’]achille", "tendine d['’]achille", 'tendón de aquiles',
    'tendão de aquiles', 'ścięgno achillesa', 'ахилл', 'akhill'],
  calf: ['waden', 'kuit', 'kuiten', 'pantorrilla', 'pantorrillas', 'gemelo', 'gemelos', 'panturrilha', 'panturrilhas', 'batata da perna', 'mollet', 'mollets',
    'polpaccio', 'polpacci', 'łydka', 'łydkę', 'łydki', 'ikra', 'икра', 'икру', 'baldır', 'baldırım', 'vádli', 'lýtko', 'pohje', 'caviar', 'leg belly', 'belly of the leg',
    'potato of the leg', 'leg potato'],
  shin: ['schienbein', 'schienbeine', 'scheen', 'scheenbeen', 'espinilla', 'espinillas', 'canilla', 'canillas', 'canela', 'canelas', 'stinco', 'goleń', 'goleni',
    'sípcsont', 'kaval kemiği', 'sune', 'голень', 'whistle of the leg', 'leg whistle', 'dry bone', 'pipe bone', 'pipe bones', 'flute bone',
    'tulang kering', 'пищял'],
  fibula: ['wadenbein', 'kuitbeen', 'peroné', 'perónio', 'perôneo', 'péroné', 'perone', 'strzałka', 'kamış kemiği', 'reed bone', 'thin reed bone'],
  tendon: ['sinew', 'sehne', 'tendón', 'tendão', 'tendine', 'ścięgno', 'šlacha', 'šľacha', 'сухожилие', 'сухожилия'],
  tendons: ['sinews', 'sehnen', 'tendones', 'tendões', 'tendini', 'ścięgna'],
  toes: ['zehen', 'orteils', 'dedos del pie', 'dedos do pé', 'dita del piede', 'palce u stóp', 'foot fingers', 'leg fingers', 'toe fingers'],
  toe: ['zeh', 'zehe', 'orteil', 'dedo del pie', 'dedo do pé', 'foot finger', 'leg finger'],
  'big toe': ['großzeh', 'grosszeh', 'großer zeh', 'gros orteil', 'dedo gordo', 'dedão', 'alluce', 'paluch', 'halluks', 'big finger', 'thumb of the foot', 'foot thumb'],
  'top of the foot': ['fußrücken', 'fussrücken', 'rist', 'empeine', 'peito do pé', 'dorso del pie', 'dos du pied', 'dorso del piede', 'foot back', "foot's back", 'foot face',
    'face of the foot', 'face of my foot'],
  sole: ['fußsohle', 'fusssohle', 'sohle', 'planta del pie', 'planta do pé', 'plante du pied', 'pianta del piede', 'podeszwa', 'foot bottom', 'foot sole'],
  'ball of the foot': ['tread pad', 'trampdyna', 'trampdynan', 'fußballen', 'vorfuß', 'antepié', 'antepé', 'avampiede'],
};

/** Calques that name a joint by another joint: "foot wrist" (Turkish, Persian, Greek), "foot neck" (Chinese, Japanese). */
const ANKLE_CALQUES = ['foot wrist', 'wrist of (?:the|my|his|her) foot', 'leg wrist', 'foot neck', 'fish eye(?: of (?:the |my )?(?:leg|foot))?'];

/** An ankle word in the text, so "the bone on the outside" can be read as the ankle bone it is next to. */
const ANKLE_NEAR = new RegExp(word(['ankles?', ...(LOAN_WORDS.ankle ?? []), ...ANKLE_CALQUES]), 'iu');

/** Words before "fingers" that put them on the foot: standing or walking on them, or the foot's own. */
const ON_FINGERS = String.raw`((?:stand|standing|stood|go|going|went|walk|walking|walked|rise|rising|get|getting|got|come|coming|be|up)\s+on\s+(?:the|my|his|her|its)\s+)(?:fingers|finger ?tips)`;

/** The foot named earlier in a sentence, in English or as the foot's "big finger". */
const FOOT_BEFORE = /\b(?:toes?|foot|feet|big finger|alluce|hallux)\b/i;
/** The sentence a match sits in, up to the match. */
function sentenceBefore(m: RegExpExecArray): string {
  const before = m.input.slice(0, m.index);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
}

/** "Standing on the toes" → "stand on the toes", so "cannot …" reads as an inability. */
function baseForm(phrase: string): string {
  return phrase.replace(/^(\w+?)(?:ing)\b/i, (_, stem: string) => {
    const lower = stem.toLowerCase();
    if (/^(?:hopp|jump|push|putt|gett|walk|stand|go)$/.test(lower)) return lower.replace(/(pp|tt)$/, (d) => d[0] ?? '');
    return lower === 'ris' ? 'rise' : lower;
  });
}

/** The rewrites, tried in this order (the first that matches at a place wins). */
const REWRITES: readonly Rewrite[] = [
  // Joints named by another joint, and fingers on the foot.
  { re: new RegExp(word(ANKLE_CALQUES), 'giu'), to: 'ankle' },
  { re: new RegExp(String.raw`(?<![\p{L}])(fingers?)\s+of\s+(?:the|my|his|her|this|that)\s+(?:foot|feet|leg)(?![\p{L}])`, 'giu'), to: (m) => (m[1]?.toLowerCase() === 'finger' ? 'toe' : 'toes') },
  { re: new RegExp(String.raw`(?<![\p{L}])${ON_FINGERS}(?![\p{L}])`, 'giu'), to: (m) => `${m[1] ?? ''}toes` },
  // "The big toe leans onto the second finger": a numbered finger in a sentence already on the foot is a toe.
  { re: /\b(second|third|fourth|fifth|little|small|next|2nd|3rd|4th|5th) (fingers?)\b/giu, to: (m) => (FOOT_BEFORE.test(sentenceBefore(m)) ? `${m[1] ?? ''} ${m[2]?.toLowerCase() === 'finger' ? 'toe' : 'toes'}` : m[0]) },
  // "The inner knuckle": a knuckle with a side is the ankle bone on that side ("toe knuckle" keeps its sense).
  { re: /\b(?:inner|inside|internal|medial) knuckles?\b/giu, to: 'inner ankle bone' },
  { re: /\b(?:outer|outside|external|lateral) knuckles?\b/giu, to: 'outer ankle bone' },
  { re: /\bankle knuckles?\b|\bknuckles? of (?:the|my) ankle\b/giu, to: 'ankle bone' },
  // "Achilles cord", "heel string", "the string behind the ankle": the Achilles tendon.
  { re: /\b(?:achilles|heel) (?:cord|string|sinew|rope)\b|\b(?:cord|string|rope) (?:behind|above|at the back of) (?:the|my) (?:ankle|heel)\b/giu, to: 'achilles tendon' },
  // "Two small round bones" under the big toe: the sesamoids (a round bone is named only near a toe).
  { re: /\b(?:two\s+)?(?:(?:small|little|tiny)\s+)*round\s+(?:(?:small|little|tiny)\s+)*bones?\b/giu,
    to: (m) => (/\b(?:big toe|great toe|alluce|hallux|toe)\b/i.test(m.input.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80)) ? 'sesamoid bones' : m[0]) },
  // After a twisted ankle, "the bone on the outside" is the outer ankle bone (not "the bone on the outside of my foot").
  { re: /\bthe bone on (?:the )?(outside|outer side|inside|inner side)\b(?! of)/giu, to: (m) => (ANKLE_NEAR.test(m.input) ? `the ${/out/i.test(m[1] ?? '') ? 'outer' : 'inner'} ankle bone` : m[0]) },
  // Twins with a side are the two heads of the calf (Spanish gemelos); a sister is never "the inner twin".
  { re: /\b(inner|inside|internal|outer|outside|external|medial|lateral) twins?\b/giu, to: (m) => `${/^(?:inner|inside|internal|medial)$/i.test(m[1] ?? '') ? 'inner' : 'outer'} calf` },
  // "Cinnamon" (Portuguese canela) is the shin only as a body part someone owns: "my cinnamon", "the left cinnamon".
  { re: /(?<=\b(?:the|my|his|her|both|left|right|of)\s)cinnamons?\b/giu, to: 'shin' },
  // "Wade" (German) is the calf only as a noun with a determiner; "wade through a river" keeps its English sense.
  { re: /(?<=\b(?:the|my|his|her|left|right|der|die|meine)\s)wade\b/giu, to: 'calf' },
  // "Leg big finger", "3rd leg fingers", "foot fingers": toes named as the foot's fingers.
  { re: /\b(?:foot|feet|leg|legs)\s+((?:big|little|small|second|third|fourth|fifth|2nd|3rd|4th|5th)\s+)?(finger|fingers)\b/giu, to: (m) => `${m[1] ?? ''}${m[2]?.toLowerCase() === 'finger' ? 'toe' : 'toes'}` },
  // Injuries in the home language's frame.
  { re: /\b(?:a |the )?stretch(?:ing|ed)? (?:of )?(?:the |my )?ligaments?\b|\bligaments? (?:are |is )?stretch(?:ed|ing)\b/giu, to: 'a sprain' },
  rule(['distorsion', 'distortion', 'entorse', 'esguince', 'storta', 'distorsione', 'verstuiking', 'verstauchung', 'skręcenie', 'diastrema', 'burkulma', 'podvrtnutí'], 'sprain'),
  rule(['verzwikt', 'verzwikte', 'verstuikt', 'umgeknickt', 'vertreten', 'torcí', 'torci', 'torsi', 'skręciłem', 'skręciłam'], 'twisted'),
  rule(['zerrung', 'distensión', 'distension', 'elongación', 'stiramento', 'naderwanie', 'nikubanare', 'meat separation', 'separation of the meat', 'muscle fibre tear',
    'muscle fiber tear', 'muskelfaserriss', 'fibre rupture', 'fiber rupture', 'rupture of muscle fibres', 'rupture of muscle fibers'], 'muscle strain'),
  // "The foot went inside": the ankle rolled in (an inversion injury), not pain on the inside of the foot.
  { re: /\b(?:the|my) foot (?:went|turned|turn|go|goes|bent|bend|folded|fold|twisted) (?:to the )?(?:inside|inwards?)\b/giu, to: 'I turned my foot under' },
  // Swollen, said with the home language's word or a Latin-looking form.
  rule(['inflamated', 'inflammated', 'inflamatted', 'geschwollen', 'gezwollen', 'dik', 'hinchado', 'hinchada', 'inchado', 'inchada', 'gonfio', 'gonfia', 'gonflé', 'gonflée',
    'opuchnięty', 'opuchnięta', 'opuchnięte', 'spuchnięty', 'spuchnięta', 'oteklá', 'oteklý', 'otekla'], 'swollen'),
  // Pins and needles: ants running or walking (German, Portuguese, Spanish, French, Italian, Polish, Russian, Turkish).
  { re: /\b(?:like |of )?ants (?:are )?(?:running|walking|crawling|going)\b|\blike ants\b|(?<=\b(?:i|it) (?:have|has|feel|feels|got|get|gets) )ants\b/giu, to: 'pins and needles' },
  rule(['ameisenlaufen', 'ameisenkribbeln', 'formigamento', 'formigueiro', 'hormigueo', 'fourmillements?', 'fourmis', 'formicolio', 'mrowienie', 'mrowi', 'мурашки', 'murashki',
    'karıncalanma', 'mieren', 'kribbeln'], 'pins and needles'),
  // "I feel electricity", "it goes like electricity": an electric shock.
  { re: /\b(?:an? )?electric(?:ity| current)\b/giu, to: 'electric shocks' },
  // "My foot sleeps", "the leg is sleeping", "toes fell asleep": numb.
  { re: /\b(foot|feet|leg|legs|toes?|sole|soles|heel|calf|shin|thigh|thighs|bottom|buttocks?)\s+(?:is |are |was |were |feels? |felt |goes |went |gets |got |becomes? |became |falls? |fell )?(?:sleeping|sleeps|slept|asleep|to sleep)\b/giu, to: (m) => `${m[1] ?? ''} is numb` },
  // "It pulses at night", "it beats": throbbing.
  { re: /\b(it|that|the pain)\s+(?:pulses|pulsates|pulsing|pulsating|beats|is beating|knocks|is knocking)\b/giu, to: (m) => `${m[1] ?? ''} throbs` },
  // "When my physio knocks behind the ankle bone": a tap.
  { re: /\bknock(s|ed|ing)?\b(?=\s+(?:on|behind|over|at|below|under)\b)/giu, to: (m) => `tap${m[1] ?? ''}` },
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

/** Loan words, longest first so "kaval kemiği" wins over shorter words inside it. */
const LOAN_RULES: readonly Rewrite[] = Object.entries(LOAN_WORDS)
  .flatMap(([to, words]) => words.map((w) => ({ w, to })))
  .sort((a, b) => b.w.length - a.w.length)
  .map(({ w, to }) => rule([w], to));

/** Every rule, in order: the grammar first (it reads the English around the words), then loan words. */
const ALL: readonly Rewrite[] = [...REWRITES, ...LOAN_RULES];

/**
 * Rewrite second-language English into the plain words the reader knows, keeping a map back to what was typed.
 * @example plainEnglish('I twisted kostka, the Ferse is dik').text // 'I twisted ankle, the heel is swollen'
 */
export function plainEnglish(text: string): Expanded {
  return rewriteText(text, ALL);
}
