/**
 * Tokenising and tolerant normalisation of runners' words: lower case, apostrophes dropped ("didn't" → didnt),
 * simple inflections folded (hurts/hurting/hurt, swollen/swelling, feet/foot), pain words unified and a few
 * common misspellings fixed, so lexicon phrases match the way people actually write.
 * @module
 */

/** One word (or clause-breaking punctuation) with its place in the original text. */
export interface Token {
  /** Normalised form used for matching. */
  readonly norm: string;
  /** Lower-case surface form, apostrophes removed. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Sentence number: matches never cross sentences. */
  readonly sentence: number;
  readonly punct: boolean;
}

/** Canonical token for every word that means "it hurts". */
export const PAIN = 'PAIN';

const IRREGULAR: Record<string, string> = {
  feet: 'foot', calves: 'calf', plane: 'plane', planes: 'plane', aeroplane: 'plane', airplane: 'plane', swollen: 'swell', swelled: 'swell', puffy: 'swell', ran: 'run', jog: 'run',
  jogging: 'run', jogged: 'run', jogs: 'run', lunge: 'lunge', lunges: 'lunge', lunged: 'lunge', lunging: 'lunge', woke: 'wake', got: 'get', gotten: 'get', gets: 'get', waking: 'wake', awake: 'wake', fell: 'fall', falling: 'fall',
  hurt: PAIN, hurts: PAIN, hurting: PAIN, pain: PAIN, pains: PAIN, painful: PAIN, sore: PAIN, soreness: PAIN,
  ache: PAIN, aches: PAIN, aching: PAIN, achy: PAIN, ached: PAIN, achey: PAIN, throb: PAIN, throbbing: PAIN, twinge: PAIN, twinges: PAIN,
  // Words for unbearable pain, one token so "moving my toes is agonising" matches "… is agony".
  agony: 'agony', agonising: 'agony', agonizing: 'agony', agonisingly: 'agony', agonizingly: 'agony', excruciating: 'agony', excruciatingly: 'agony', unbearable: 'agony', unbearably: 'agony',
  achillies: 'achilles', achiles: 'achilles', achilis: 'achilles', achillis: 'achilles', achille: 'achilles',
  planter: 'plantar', fascitis: 'fasciitis', faciitis: 'fasciitis', fasciitis: 'fasciitis',
  kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', kms: 'km', miles: 'mile', mi: 'mile',
  shiny: 'shiny', shinier: 'shiny', shininess: 'shiny', barely: 'barely', hardly: 'hardly', kills: 'kill', killing: 'kill', killed: 'kill',
  while: 'during', mid: 'during', cannot: 'cant', unable: 'cant', couldnt: 'cant', cant: 'cant', min: 'minut', mins: 'minut', tippy: 'tip', tiptoes: 'tipto', swelling: 'swell', swells: 'swell', swell: 'swell',
  // "carry on walking" must not stem to "car" ("can walk to the car" is no claudication phrase).
  carry: 'carry', carries: 'carry', carried: 'carry', carrying: 'carry',
  give: 'give', gives: 'give', gave: 'give', giving: 'give', given: 'give', rolled: 'roll', rolling: 'roll', rolls: 'roll',
  twisted: 'twist', twisting: 'twist', sprained: 'sprain', sprains: 'sprain', spraining: 'sprain',
  tingly: 'tingl', tingling: 'tingl', tingle: 'tingl', tingles: 'tingl', numbness: 'numb', numbed: 'numb',
  stiffness: 'stiff', stiffer: 'stiff', tenderness: 'tender', bruised: 'bruis', bruising: 'bruis', bruise: 'bruis', bruises: 'bruis',
  worse: 'worse', worst: 'worst', better: 'better', best: 'best', nights: 'night', nighttime: 'night', mornings: 'morning',
  does: 'do', doing: 'do', did: 'do', done: 'do', has: 'have', had: 'have', having: 'have', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', am: 'be',
  // Casual spellings (dev21): "lil", "nite", "tho".
  lil: 'littl', nite: 'night', nites: 'night', tonite: 'tonight', tho: 'though',
  dont: 'dont', doesnt: 'dont', didnt: 'dont', isnt: 'not', wasnt: 'not', arent: 'not', werent: 'not', havent: 'not', hasnt: 'not', hadnt: 'not', wont: 'not', wouldnt: 'not', aint: 'not',
};

/** Verb stems that are typed with the g of "-ing" dropped ("walkin" for walking). */
const G_DROPPED = new Set([
  'walk', 'runn', 'limp', 'go', 'do', 'turn', 'squeez', 'push', 'jump', 'hopp', 'stand', 'sitt', 'lift', 'climb', 'bend',
  'stretch', 'press', 'land', 'kick', 'roll', 'twist', 'train', 'rac', 'jogg', 'hurt', 'ach', 'burn', 'throbb', 'swell',
  'wak', 'sleep', 'driv', 'cycl', 'swimm', 'lung', 'squatt', 'start', 'stopp', 'gett', 'keep', 'feel', 'happen', 'cramp',
  'tingl', 'pound', 'kill', 'niggl', 'sprint', 'plodd', 'hobbl', 'shuffl', 'mov', 'wear', 'lac', 'hik', 'skipp', 'danc',
  'play', 'com', 'hav', 'mak', 'tak', 'los', 'try', 'ic', 'rest', 'noth', 'someth', 'anyth', 'everyth',
  'shoot', 'stabb', 'swel', 'bruis', 'catch', 'click', 'pop', 'popp', 'snapp', 'giv', 'flar', 'improv', 'worsen', 'ease',
  'eas', 'settl', 'wait', 'think', 'wonder', 'worry', 'worr', 'look', 'check', 'book', 'see',
]);

const KEEP = new Set(['achilles', 'less', 'across', 'this', 'always', 'various', 'plus', 'bus', 'gas', 'yes', 'was', 'has', 'does', 'is', 'us', 'its', 'during', 'morning', 'nothing', 'something', 'anything', 'everything', 'thing', 'bring', 'spring', 'string', 'sling', 'ring', 'sing', 'ceiling', 'evening', 'bed', 'red', 'need', 'speed', 'feed', 'shed', 'bleed',
  // "An easy 3k" is not "it eases" (dev17).
  'easy']);

/**
 * Is this a word the tokeniser already knows (an irregular form, a kept word)? Such words are never spelling slips.
 * @example isKnownWord('wasnt') // true
 */
export function isKnownWord(word: string): boolean {
  return IRREGULAR[word] !== undefined || KEEP.has(word);
}

/**
 * Fold one lower-case word to a stem: irregular map, then -ness/-ing/-ed/-es/-s/-ly/-y and a final -e,
 * with doubled final consonants undone (running → run, stopped → stop).
 * @example stem('hurting') // 'PAIN'
 * @example stem('rolled') // 'roll'
 */
export function stem(word: string): string {
  const w = word.replace(/['’]/g, '');
  // "walkin", "limpin", "goin": the dropped g of casual typing (dev21). Only for verbs runners use, so "skin",
  // "shin", "sprain" or "within" are never read as "-ing" forms.
  if (w.endsWith('in') && G_DROPPED.has(w.slice(0, -2))) return stem(`${w.slice(0, -2)}ing`);
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (KEEP.has(w) || w.length <= 3 || /^\d/.test(w)) return w;
  let s = w;
  for (const suffix of ['ness', 'ing', 'ed', 'ly', 'es', 's', 'y']) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 3) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(s) && !/(ll|ss|ff|zz)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return IRREGULAR[s] ?? s;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.!?;:,()\n]/gu;
const SENTENCE_END = new Set(['.', '!', '?', ';', '\n']);

/**
 * Split text into tokens with offsets and sentence numbers.
 * @example tokenise("Didn't roll it.").map((t) => t.norm) // ['dont', 'roll', 'it', '.']
 */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const punct = !/[\p{L}\p{N}]/u.test(raw);
    const word = raw.replace(/['’]/g, '');
    out.push({ norm: punct ? raw : stem(word), word, start, end: start + raw.length, sentence, punct });
    if (punct && SENTENCE_END.has(raw)) sentence += 1;
  }
  return out;
}

/**
 * Words that carry no meaning for matching: lexicon phrases are reduced to their other words, and these are free
 * in the gap between a phrase's words. Words such as "still", "both", "side", "went", "up", "little", "just",
 * "recently" are NOT here:
 * they change what a phrase means ("still numb", "both feet", "side of my foot", "calf went", "little toe").
 */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'my', 'me', 'i', 'im', 'ive', 'id', 'it', 'its', 'be', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or',
  'so', 'very', 'really', 'quite', 'bit', 'also', 'too', 'that', 'this', 'these', 'those', 'there',
  'when', 'then', 'have', 'do', 'kind', 'sort', 'some', 'any', 'with', 'by', 'as', 'your', 'you', 'we', 'he', 'she',
  'they', 'them', 'his', 'her', 'which', 'who', 'what', 'will', 'would', 'could', 'should', 'may', 'might', 'from',
  'about', 'been', 'area', 'part', 'slight', 'slightly', 'pretty', 'super', 'mild', 'mildly', 'somewhat', 'actually',
  'now',
]);
