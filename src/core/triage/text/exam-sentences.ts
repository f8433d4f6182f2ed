/**
 * Examination findings told in full sentences rather than by a test's name (dev23: clinicians' case descriptions):
 * "squeezing the calf produces normal plantarflexion", "side-to-side heel compression is painless", "tapping
 * behind the inner ankle produces no tingling", "resisted inversion reproduces the pain", "the heel does not swing
 * inwards", "viewed from behind, more of the outer toes are visible", "sensation is reduced over the dorsum",
 * "dorsiflexion is 3/5" (calf girth is calf-girth.ts), "a tender bony prominence just in
 * front of and below the inner ankle bone". Each reader is a small grammar over a class of words (the manoeuvre,
 * then its result), not a list of the sentences seen. Works on lower-cased plain-words text, like clinical-signs.ts.
 *
 * What each manoeuvre shows is on its KB finding (calf squeeze: maffulli-1998; tarsal tunnel tapping:
 * kinoshita-2001; heel raise and too many toes: the tibialis posterior sources); the wording is judgement.
 * @module
 */
import type { SignFinding } from './sign-finding.ts';

const PAINFUL = /\b(?:painful|reproduc\w*|provok\w*|uncomfortable|hurts?|sore|tender|pain(?![- ]?free|less))\b/;
const PAINLESS = /\b(?:painless|pain[- ]?free|not painful|no pain|without (?:any )?pain|comfortable|normal|unremarkable|does not (?:hurt|reproduce)|doesn'?t (?:hurt|reproduce))\b/;

/** The earlier of a "yes" and a "no" in a stretch of words, or null when neither is there. */
function verdict(after: string, yes: RegExp, no: RegExp): boolean | null {
  const y = yes.exec(after);
  const n = no.exec(after);
  if (y === null && n === null) return null;
  if (y === null) return false;
  if (n === null) return true;
  return y.index < n.index || (y.index === n.index && y[0].length > n[0].length);
}

/** The words after a match up to the end of its clause (a comma, "and" or "but" ends it). */
function clauseAfter(sentence: string, end: number): string {
  return sentence.slice(end).split(/,|;|\bbut\b|\bwhereas\b/)[0] ?? '';
}

type Reader = (sentence: string, at: number) => SignFinding[];
const found = (id: string, value: boolean, at: number, from: number, to: number): SignFinding => ({ id, value, span: [at + from, at + to] });

/** The calf squeezed and the foot watched: it moves (a normal test) or it does not. */
const calfSqueeze: Reader = (s, at) => {
  const m = /\bsqueez(?:e|es|ed|ing)\s+(?:of\s+)?(?:the|his|her|their|my|that)\s+(?:\w+\s+)?calf(?:\s+muscles?)?\b/.exec(s);
  if (m === null) return [];
  // "When the calf was squeezed, the foot did not move": the result may follow a comma.
  const after = s.slice(m.index + m[0].length).split(/;|\bbut\b/)[0] ?? '';
  const v = verdict(after, /\b(?:no (?:movement|plantar ?flexion|response)|(?:foot|ankle) (?:does not|doesn'?t|did not|fails to) (?:move|point|plantar ?flex))/, /\b(?:normal|normally|produces (?:plantar ?flexion|movement)|(?:foot|ankle) (?:moves|moved|points|pointed|plantar ?flex(?:es|ed)|went down|dropped)|intact)\b/);
  return v === null ? [] : [found('test-calf-squeeze-no-movement', v, at, m.index, m.index + m[0].length + after.length)];
};

/** The heel squeezed from side to side (the calcaneal squeeze of a heel-bone stress fracture). */
const heelSqueeze: Reader = (s, at) => {
  const m = /\b(?:(?:side[- ]to[- ]side|medio-?lateral|sideways)\s+)?(?:heel|calcaneal|calcaneus)\s+(?:compression|squeeze|squeezing)\b|\bsqueez(?:e|es|ed|ing)\s+(?:the|his|her|their)\s+heels?\s+(?:from side to side|from both sides|side to side|sideways)/.exec(s);
  if (m === null) return [];
  const after = clauseAfter(s, m.index + m[0].length);
  const v = verdict(after, PAINFUL, PAINLESS);
  return v === null ? [] : [found('test-heel-squeeze-painful', v, at, m.index, m.index + m[0].length + after.length)];
};

/** Tapping over the nerve behind the inner ankle (Tinel's test of the tarsal tunnel) told as what was done. */
const tarsalTap: Reader = (s, at) => {
  const m = /\btap(?:ping|ped|s)?\s+(?:over|behind|along|on|below|just behind)\s+(?:the\s+|his\s+|her\s+)?(?:inner ankle(?: bone)?|medial malleolus|medial ankle|tarsal tunnel|tibial nerve)\b/.exec(s);
  if (m === null) return [];
  const after = clauseAfter(s, m.index + m[0].length);
  const v = verdict(after, /\b(?:tingl\w*|pins and needles|electric\w*|shoot\w*|reproduc\w*|positive)\b/, /\b(?:no (?:tingling|pins|symptoms|response)|nothing|negative|does not|doesn'?t)\b/);
  return v === null ? [] : [found('test-tinel-tarsal-tunnel', v, at, m.index, m.index + m[0].length + after.length)];
};

/** What a resisted movement is, by the finding a painful result gives. */
const RESISTED: readonly (readonly [RegExp, string])[] = [
  [/\binver(?:sion|ting)|turning (?:the |his |her )?foot in/, 'pain-turning-foot-in'],
  [/\bever(?:sion|ting)|turning (?:the |his |her )?foot out/, 'pain-turning-foot-out'],
  [/\bdorsi ?flexion|extension|lifting (?:of )?(?:the |his |her )?(?:foot|toes|ankle)|pulling (?:the |his |her )?(?:foot|toes) up/, 'test-resisted-toe-lift-painful'],
];

/** "Resisted inversion of the pointed foot reproduces the pain", "resisted toe and ankle extension is painless". */
const resisted: Reader = (s, at) => {
  const out: SignFinding[] = [];
  for (const m of s.matchAll(/\bresist(?:ed|ance to|ing)\s+((?:\w+\s+){0,6}?(?:inversion|eversion|dorsi ?flexion|extension|lifting|turning|pulling)\b(?:\s+(?:of|the|his|her|foot|toes?|ankle|in|out|up|pointed|inwards|outwards)\b)*)/g)) {
    const movement = m[1] ?? '';
    const kind = RESISTED.find(([re]) => re.test(movement));
    if (kind === undefined) continue;
    const after = clauseAfter(s, m.index + m[0].length);
    const v = verdict(after, PAINFUL, PAINLESS);
    if (v !== null) out.push(found(kind[1], v, at, m.index, m.index + m[0].length + after.length));
  }
  return out;
};

/** Rising on one foot's toes told in words, and what the heel does: "the heel does not swing inwards". */
const heelRise: Reader = (s, at) => {
  const rise = /\b(?:heel|calf|toe)[- ](?:raises?|rises?)\b|\bris(?:e|es|ing)\s+(?:up\s+)?on(?:to)?\s+(?:the|his|her|their)?\s*(?:toes|tiptoe|forefoot)|\b(?:stand|standing|stands|go|goes|going)\s+(?:up\s+)?on\s+(?:tiptoe|(?:his|her|the) toes)/.exec(s);
  if (rise === null) return [];
  const out: SignFinding[] = [];
  const stays = /\bheel\s+(?:does not|doesn'?t|did not|fails? to|no longer)\s+(?:\w+\s+)?(?:swing|turn|move|tip|go|roll|invert)\w*\s*(?:in(?:wards?)?\b|into)?|\bheel\s+(?:stays|remains)\s+(?:straight|out|neutral|everted)|\bwithout\s+(?:the\s+)?heel\s+(?:swinging|turning|tipping|moving)\s+in/.exec(s);
  const normal = /\bheel\s+(?:swinging|swings|turning|turns|tipping|tips|moving|moves)\s+in(?:wards?)?\s+(?:normally|as (?:normal|expected|usual))|\bnormal (?:heel )?inversion\b/.exec(s);
  if (stays) out.push(found('test-heel-raise-no-inversion', true, at, stays.index, stays.index + stays[0].length));
  else if (normal) out.push(found('test-heel-raise-no-inversion', false, at, normal.index, normal.index + normal[0].length));
  const pain = /\b(?:becomes?|became|is|are|was|were|gets?|got)\s+(?:\w+\s+)?(?:painful|uncomfortable|sore)\b|\breproduc\w+ (?:the |his |her )?pain/.exec(s.slice(rise.index));
  if (pain) out.push(found('test-heel-raise-painful', true, at, rise.index, rise.index + pain.index + pain[0].length));
  return out;
};

/** "Viewed from behind, more of the outer toes are visible on the right": the too-many-toes sign of a falling arch. */
const tooManyToes: Reader = (s, at) => {
  const m = /\bmore\s+(?:of\s+(?:the|his|her)\s+)?(?:outer|lateral|little|small|outside)\s+toes\s+(?:are|can be|is|were)\s+(?:visible|seen|showing)\b/.exec(s);
  return m === null ? [] : [found('arch-flattening', true, at, m.index, m.index + m[0].length)];
};

/** "Sensation is reduced over the dorsum", "light touch is slightly diminished", "reduced sensation over the sole". */
const sensation: Reader = (s, at) => {
  const m = /\b(?:sensation|light[- ]touch|pin ?prick|sensory)\b[^.,;]{0,25}?\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:reduced|diminished|decreased|altered|impaired|absent|lost|blunted)\b|\b(?:reduced|diminished|decreased|altered|impaired|absent)\s+(?:light[- ]touch\s+)?(?:sensation|light touch|pin ?prick|feeling)\b/.exec(s);
  return m === null ? [] : [found('character-numbness', true, at, m.index, m.index + m[0].length)];
};

/** Weak lifting of the foot or big toe, graded ("dorsiflexion 3/5") or said ("weakness of ankle dorsiflexion"). */
const footLift: Reader = (s, at) => {
  const graded = /\b(?:ankle\s+dorsi ?flexion|dorsi ?flexion|(?:big|great)\s+toe\s+extension|toe\s+extension|extensor hallucis longus|ehl|tibialis anterior)\b[^.;]{0,60}?\b([0-4])\s*\/\s*5\b/.exec(s);
  if (graded) return [found('weakness-foot-drop', true, at, graded.index, graded.index + graded[0].length)];
  const said = /\bweak(?:ness)?\s+(?:of\s+)?(?:ankle\s+)?(?:dorsi ?flexion|(?:big|great)\s+toe\s+extension)\b|\b(?:ankle\s+)?dorsi ?flexion\s+(?:is|was)\s+(?:\w+\s+)?weak\b/.exec(s);
  return said === null ? [] : [found('weakness-foot-drop', true, at, said.index, said.index + said[0].length)];
};

/** A bump on the inner midfoot placed by its landmark: "a tender bony prominence in front of the inner ankle bone". */
const innerBump: Reader = (s, at) => {
  const bump = String.raw`(?:bony\s+|hard\s+|tender\s+|red\s+|,\s*)*(?:bump|prominence|lump|knob)`;
  const place = String.raw`(?:(?:just\s+)?in front of\s+(?:and\s+below\s+)?(?:the|her|his)\s+(?:inner|inside|medial)\s+ankle ?bone|(?:just\s+)?below and in front of\s+(?:the|her|his)\s+(?:inner|inside|medial)\s+ankle ?bone|over\s+the\s+navicular|on the (?:inner|inside|medial) (?:side|edge|border) of (?:the|her|his) (?:mid)?foot)`;
  const m = new RegExp(String.raw`\b${bump}\b[^.;]{0,20}?${place}`).exec(s);
  return m === null ? [] : [found('bony-bump-inner-midfoot', true, at, m.index, m.index + m[0].length)];
};

/**
 * "Diffuse tenderness in the muscle just outside the tibial crest", "the calf is diffusely tender": spread-out
 * tenderness placed somewhere other than the shin's inner edge is not the long inner-edge strip of shin splints, which
 * the lexicon reads from "diffuse tenderness" alone. Said of the inner (posteromedial) border, it still is.
 */
const diffuseElsewhere: Reader = (s, at) => {
  const m = /\bdiffuse(?:ly)?\s+tender(?:ness)?\b/.exec(s);
  if (m === null || /\b(?:inner|medial|posteromedial|posterior medial|inside)\b/.test(s)) return [];
  // Only a place on the leg: tenderness over the foot is no statement about the shin at all (left unknown).
  if (!/\b(?:outside|outer|lateral|anterior|front|crest|calf|calves|muscle)\b/.test(s) || /\b(?:foot|midfoot|heel|ankle|toes?)\b/.test(s)) return [];
  return [found('tender-shin-inner-edge-long', false, at, m.index, m.index + m[0].length)];
};

/**
 * The little toe that cannot be spread as well as the other side's (the muscle the inferior calcaneal nerve supplies:
 * Baxter's nerve), told by a weakness word and the toe's spreading in either order: "weaker little-toe abduction vs
 * the other side", "can't splay my pinky toe out like the other foot", "5th toe abduction is reduced" (dev28).
 */
const WEAK = String.raw`(?:weak\w*|reduced|less(?: strength| power)?|poor(?:er)?|diminished|struggl\w*|can'?t|cannot|unable to|not able to|hard(?:er)? to)`;
const LITTLE_TOE = String.raw`(?:little|5th|fifth|baby|pinky|small(?:est)?)[- ]toe`;
const SPREAD = String.raw`(?:abduct\w*|spread\w*|splay\w*|fan\w*|mov\w* (?:it |them )?(?:out|outwards|away)|(?:out|away) from the others)`;
const littleToeWeak: Reader = (s, at) => {
  const m = new RegExp(String.raw`\b${WEAK}\b[^.;]{0,25}?\b${LITTLE_TOE}[- ]?(?:\w+ )?${SPREAD}|\b${WEAK}\b[^.;]{0,20}?\b${SPREAD}\b[^.;]{0,20}?\b${LITTLE_TOE}|\b${LITTLE_TOE}[- ]?${SPREAD}[^.;]{0,20}?\b(?:is |was )?${WEAK}`).exec(s);
  if (m === null || /\b(?:no|normal|full|equal|symmetric\w*|intact)\s+(?:\w+\s+){0,2}$/.test(s.slice(0, m.index))) return [];
  return [found('weak-little-toe-spread', true, at, m.index, m.index + m[0].length)];
};

/**
 * Heel pain sent towards the outer sole ("pressure there sends discomfort towards the lateral plantar foot", "pressing
 * it shoots out to the little-toe side of my sole"): the inferior calcaneal nerve's course (dev28). Only in a sentence
 * or text about the heel.
 */
const toOuterSole: Reader = (s, at) => {
  const m = /\b(?:sends?|sent|spreads?|radiat\w*|shoots?|travels?|refers?|referr\w*|goes|runs?|extends?)\b[^.;]{0,30}?\b(?:to|towards?|into|across|along)\s+(?:the\s+|my\s+|her\s+|his\s+)?(?:lateral (?:plantar|sole|border)|(?:outer|outside|lateral) (?:edge|side|border) of (?:the |my |her |his )?(?:sole|bottom of (?:the |my |her |his )?foot)|little[- ]toe side of (?:the |my |her |his )?(?:sole|foot))/.exec(s);
  return m === null ? [] : [found('heel-pain-spreads-to-outer-sole', true, at, m.index, m.index + m[0].length)];
};

const READERS: readonly Reader[] = [calfSqueeze, heelSqueeze, tarsalTap, resisted, heelRise, tooManyToes, sensation, footLift, innerBump, diffuseElsewhere, littleToeWeak, toOuterSole];

/**
 * Every examination finding told in a sentence, with its span.
 * @example readExamSentences('squeezing the calf produces normal plantarflexion.')[0] // { id: 'test-calf-squeeze-no-movement', value: false, … }
 */
export function readExamSentences(text: string): SignFinding[] {
  const out: SignFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) for (const read of READERS) out.push(...read(s[0], s.index));
  return out;
}

/**
 * Is a place at this span said not to be tender or sore right after ("the tendon behind the malleolus is not
 * tender") or denied right before ("no tenderness behind the inner ankle bone")?
 * @example placeDenied('the tendon behind the malleolus is not tender', [11, 31]) // true
 */
export function placeDenied(raw: string, span: readonly [number, number]): boolean {
  const text = raw.toLowerCase();
  const after = text.slice(span[1], span[1] + 30);
  const before = text.slice(Math.max(0, span[0] - 45), span[0]);
  return /^\s*(?:is|are|was|were)\s+(?:not|non-?)\s*(?:tender|sore|painful|swollen)\b|^\s*(?:non-?tender|not tender)\b/.test(after)
    || /\bno\s+(?:\w+\s+)?(?:tenderness|pain|swelling)\s+(?:\w+\s+){0,4}$/.test(before);
}
