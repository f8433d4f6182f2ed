/**
 * The one vocabulary table of second-language English (dev22: runners writing from some forty first languages), read
 * by second-language.ts. Two kinds of word:
 * - words taken alone (LOAN_WORDS, FALSE_FRIENDS): the home language's own word for a body part or a sign ("Ferse",
 *   "kostka", "tobillo", "dik") or a literal translation that cannot be ordinary English in a runner's story
 *   ("caviar" for the calf from Russian икра, "foot wrist" for the ankle, "reed bone" for the fibula);
 * - word classes for the grammar, where a word can be ordinary English ("twin", "melon", "whistle", "neck",
 *   "fingers", "tip") and only its neighbours make it a body part ("the melon of my leg", "stand on the fingers").
 * Meanings are the languages' own dictionary senses; the choice of words is judgement.
 * @module
 */

/** Home-language words and literal translations for a body part, as learners drop them into English. Lower case. */
export const LOAN_WORDS: Readonly<Record<string, readonly string[]>> = {
  ankle: ['kostka', 'kostkę', 'kostki', 'kostce', 'enkel', 'enkels', 'sprunggelenk', 'tobillo', 'tobillos', 'tornozelo', 'tornozelos', 'cheville', 'chevilles',
    'caviglia', 'caviglie', 'boka', 'bokám', 'kotník', 'členok', 'gleženj', 'gležanj', 'nilkka', 'fotled', 'лодыжка', 'лодыжку', 'голеностоп', 'щиколотка', 'щиколотку', 'astragalus'],
  'inner ankle bone': ['innenknöchel', 'innenknoechel', 'malléole interne', 'malleolo interno', 'maléolo interno', 'maléolo medial'],
  'outer ankle bone': ['außenknöchel', 'aussenknöchel', 'aussenknoechel', 'malléole externe', 'malleolo esterno', 'maléolo externo', 'maléolo lateral'],
  'ankle bone': ['knöchel', 'knoechel', 'malleolo', 'maléolo', 'malléole', 'kulkšnis', 'kulkšnies'],
  heel: ['ferse', 'fersen', 'hiel', 'hielen', 'talón', 'talon', 'talons', 'calcanhar', 'calcanhares', 'calcagno', 'tallone', 'sarok', 'sarkam', 'pięta', 'piętę', 'pięty',
    'пятка', 'пятку', 'pyatka', 'pyatku', 'topuk', 'topuğum', 'kantapää', 'hæl', 'hälen', 'hælen'],
  'achilles tendon': ['achillessehne', 'achillespees', 'hælsene', 'hälsena', 'hälsenan', 'akillesjänne', "tendon d['’]achille", "tendine d['’]achille", 'tendón de aquiles',
    'tendão de aquiles', 'ścięgno achillesa', 'ахилл', 'akhill'],
  calf: ['waden', 'kuit', 'kuiten', 'pantorrilla', 'pantorrillas', 'gemelo', 'gemelos', 'gemello', 'gemelli', 'panturrilha', 'panturrilhas', 'batata da perna', 'mollet',
    'mollets', 'polpaccio', 'polpacci', 'łydka', 'łydkę', 'łydki', 'lydka', 'ikra', 'икра', 'икру', 'baldır', 'baldırım', 'vádli', 'lýtko', 'pohje', 'caviar'],
  shin: ['schienbein', 'schienbeine', 'scheen', 'scheenbeen', 'espinilla', 'espinillas', 'canilla', 'canillas', 'canela', 'canelas', 'stinco', 'goleń', 'goleni', 'golen',
    'sípcsont', 'kaval kemiği', 'sune', 'голень', 'dry bone', 'pipe bone', 'pipe bones', 'flute bone', 'tulang kering', 'пищял'],
  fibula: ['wadenbein', 'kuitbeen', 'peroné', 'perónio', 'perôneo', 'péroné', 'perone', 'strzałka', 'kamış kemiği', 'reed bone', 'thin reed bone'],
  tendon: ['sinew', 'sehne', 'tendón', 'tendão', 'tendine', 'ścięgno', 'šlacha', 'šľacha', 'сухожилие', 'сухожилия'],
  tendons: ['sinews', 'sehnen', 'tendones', 'tendões', 'tendini', 'ścięgna'],
  toes: ['zehen', 'orteils', 'dedos del pie', 'dedos do pé', 'dita del piede', 'palce u stóp', 'toe fingers'],
  toe: ['zeh', 'zehe', 'orteil', 'dedo del pie', 'dedo do pé'],
  'big toe': ['großzeh', 'grosszeh', 'großer zeh', 'gros orteil', 'dedo gordo', 'dedão', 'alluce', 'paluch', 'halluks', 'thumb of the foot', 'foot thumb'],
  'top of the foot': ['fußrücken', 'fussrücken', 'rist', 'empeine', 'peito do pé', 'dorso del pie', 'dos du pied', 'dorso del piede', 'foot back', "foot's back", 'foot face',
    'face of the foot', 'face of my foot'],
  sole: ['fußsohle', 'fusssohle', 'sohle', 'planta del pie', 'planta do pé', 'plante du pied', 'pianta del piede', 'podeszwa', 'foot bottom', 'foot sole'],
  'ball of the foot': ['tread pad', 'trampdyna', 'trampdynan', 'fußballen', 'vorfuß', 'antepié', 'antepé', 'avampiede'],
};

/** Home-language words and false friends for a sign, taken alone: none is an English word a runner would use. */
export const SIGN_WORDS: Readonly<Record<string, readonly string[]>> = {
  sprain: ['distorsion', 'distortion', 'entorse', 'esguince', 'storta', 'distorsione', 'verstuiking', 'verstauchung', 'skręcenie', 'diastrema', 'burkulma', 'podvrtnutí'],
  twisted: ['verzwikt', 'verzwikte', 'verstuikt', 'umgeknickt', 'vertreten', 'torcí', 'torci', 'torsi', 'skręciłem', 'skręciłam'],
  'muscle strain': ['zerrung', 'distensión', 'distension', 'elongación', 'stiramento', 'naderwanie', 'nikubanare', 'meat separation', 'separation of the meat',
    'muscle fibre tear', 'muscle fiber tear', 'muskelfaserriss', 'fibre rupture', 'fiber rupture', 'rupture of muscle fibres', 'rupture of muscle fibers'],
  swollen: ['inflamated', 'inflammated', 'inflamatted', 'geschwollen', 'gezwollen', 'dik', 'hinchado', 'hinchada', 'inchado', 'inchada', 'gonfio', 'gonfia', 'gonfiato',
    'gonflé', 'gonflée', 'gonfle', 'opuchnięty', 'opuchnięta', 'opuchnięte', 'spuchnięty', 'spuchnięta', 'oteklá', 'oteklý', 'otekla'],
  'pins and needles': ['ameisenlaufen', 'ameisenkribbeln', 'formigamento', 'formigueiro', 'hormigueo', 'fourmillements?', 'fourmis', 'formicolio', 'mrowienie', 'mrowi',
    'мурашки', 'murashki', 'karıncalanma', 'mieren', 'kribbeln'],
  // French raide, German steif.
  stiff: ['raide', 'raides', 'steif'],
  // French and Italian augmenter / aumentare: "I augmented the kilometres".
  increased: ['augmented'],
  increase: ['augment'],
  increasing: ['augmenting'],
  increases: ['augments'],
};

/** Calques that name the ankle by another joint: "foot wrist" (Turkish, Persian, Greek), "foot neck" (Korean, Chinese). */
export const ANKLE_CALQUES: readonly string[] = ['foot wrist', 'feet wrists?', 'leg wrist', 'foot neck', 'feet necks?', 'fish eye(?: of (?:the |my )?(?:leg|foot))?'];

/** Words that may stand between "of" and the limb: "the fingers of my right foot". */
export const DET = '(?:the|my|this|that|her|his|your|our|their|a|one|left|right|same|bad|sore|injured)';
/** Which finger: with one of these, a finger in a text about feet is a toe. */
export const WHICH = '(?:big|little|small|second|third|fourth|fifth|2nd|3rd|4th|5th|pinky|smallest|biggest|next)';
/** A hand in the sentence keeps a finger a finger. */
export const HAND = /\b(?:hands?|thumbs?|wrists?|(?:finger)?nails?|knuckles|typing|keyboard|grip|ring|chopping|knife)\b/i;
/** A text about feet: a numbered finger in it is a toe. */
export const FOOT_TEXT = /\b(?:foot|feet|toes?|shoes?|socks?|trainers|sneakers|barefoot|legs?|heels?|soles?|big finger|alluce|hallux)\b/i;
/** Verbs of rising or standing: "stand on the fingers" is tiptoe. */
export const RISE = '(?:stand|standing|stood|go|going|went|walk|walking|walked|rise|rising|get|getting|got|come|coming|be|up|balance|balancing)';
/** The calf named after what it looks like (Cantonese leg melon, Arabic leg belly, Portuguese leg potato). */
export const CALF_IMAGE = '(?:melon|belly|potato|fish|egg)';
/** Verbs that move a foot: "the foot went inside" gives a direction, not a place. */
export const MOVE = '(?:went|goes|go|going|turn|turns|turned|turning|twist|twists|twisted|twisting|rolled|rolls|roll|rolling|bent|bend|bends|folded|fold|folds|rotate|rotated|rotates|rotating|move|moved|moves|moving|push|pushed|pull|pulled)';
/** After "inside" said of a moving foot, a place ("turned the outside edge"), not a direction. */
export const PLACE_AFTER = '(?:of|edge|side|part|border|bone|ankle|ball)';
/** "It pulses at night": throbbing; "pulses are normal", "no pulse" stay the pulse. */
export const PULSE_NOUN_BEFORE = /\b(?:no|pedal|foot|distal|the|weak|good|normal|strong|palpable|absent|both|all|dorsalis)\s+$/i;
export const PULSE_NOUN_AFTER = /^\s+(?:are|were|present|absent|palpable|normal|felt|intact|equal|fine|ok|good|weak|strong)\b/i;
/** "I have mal", "mal au talon": pain (French, Spanish, Italian), not "male". */
export const MAL_BEFORE = /\b(?:have|has|had|having|got|feel|feeling|much|very|do|does|ai|j['’]ai)\s+$/i;
export const MAL_AFTER = /^\s+(?:to|in|at|au|à|a|on|when)\b/i;
/** "Footing" (French, Spanish, Italian: jogging) after these words; "lost my footing", "sure footing" stay English. */
export const FOOTING_BEFORE = /\b(?:of|a|do|doing|did|make|making|after|before|during|easy|light|slow|small|little|short|long|morning|evening|go|went|my|the|in)\s+$/i;
export const FOOTING_NOT = /\b(?:lost|lose|losing|loses|sure|firm|secure|solid|equal|same|good|bad)\s+(?:\w+\s+)?$/i;
/** Words a short gloss in brackets may hold: "my leg melon (calf) is swollen", "the alluce (big toe)". */
export const GLOSS_WORD = '(?:calf|calves|shin|shins|heel|heels|ankle|ankles|toe|toes|big|little|achilles|tendon|sole|arch|foot|feet|leg|my|the|bone|knee)';
