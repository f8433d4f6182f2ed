/**
 * Clinicians' shorthand → plain words, before the text is read: "c/o L ant shin pain 3/52, TTP 5th MT base, Thompson
 * -ve" becomes "complains of left front of shin pain 3 weeks, tender to press base of the fifth metatarsal, Thompson
 * negative". The rest of the reader (lexicon, negation, numbers, side) then understands notes, referral letters and
 * case reports through the words it already knows. Every rewrite keeps a map back to the original text, so each finding
 * still points at what the writer typed.
 *
 * Rules are conservative: most abbreviations only count in capitals or in a clinical frame ("PF" is plantarflexion
 * only next to a movement word; a runner's "PF" is plantar fasciitis), and a text with no shorthand is left exactly as
 * it is. Meanings are the standard UK/US clinical abbreviations; the choices of wording are judgement.
 * @module
 */
import { rewriteText, type Expanded, type Rewrite } from './rewrite-text.ts';

export type { Expanded } from './rewrite-text.ts';

const NUMBERS = ['zero', 'first', 'second', 'third', 'fourth', 'fifth'];
const ordinal = (d: string | undefined): string => NUMBERS[Number(d)] ?? `${d ?? ''}th`;

/**
 * Temperature in °C (38 or more is a fever, the usual clinical threshold) or °F (100.4 or more). A reading just under
 * it (37.5–37.9 °C, 99.5–100.3 °F) is neither: a low-grade temperature beside a hot joint days after an injection
 * (dev27) is not evidence against an infection, so it is left for the question rather than read as "no fever".
 */
function temperature(value: string | undefined): string {
  const t = Number(value);
  if (Number.isFinite(t) && t >= 95 && t <= 110) return t >= 100.4 ? ' fever ' : t >= 99.5 ? ' borderline reading ' : ' no fever ';
  if (!Number.isFinite(t) || t < 30 || t > 45) return '';
  return t >= 38 ? ' fever ' : t >= 37.5 ? ' borderline reading ' : ' no fever ';
}

/** Heart rate: over 100 a minute is a fast heart rate (the Wells and sepsis threshold). */
function heartRate(value: string | undefined): string {
  const r = Number(value);
  return Number.isFinite(r) && r > 100 && r < 250 ? ' fast heart rate ' : ' heart rate normal ';
}

/** Oxygen saturation: below 94% on air is low (NICE NG158 lists hypoxia among the signs of a clot in the lung). */
function saturation(value: string | undefined): string {
  const s = Number(value);
  return Number.isFinite(s) && s < 94 && s > 50 ? ' low oxygen short of breath ' : ' oxygen normal ';
}

/** Breathing rate: over 20 a minute is fast. */
function breathingRate(value: string | undefined): string {
  const r = Number(value);
  return Number.isFinite(r) && r > 20 && r < 80 ? ' breathing fast short of breath ' : ' breathing normal ';
}

const MOVE_BEFORE = String.raw`(?:passive|active|resisted|assisted|painful|pain\s+on|pain\s+with|full|limited|reduced|weak|end[- ]range|DF|dorsiflexion|and|\+|ankle|toe|toes)`;

/** The rewrites, tried in this order at each position (the first that matches there wins). */
const REWRITES: readonly Rewrite[] = [
  // Time in the clinic's fraction style: 3/52 weeks, 2/7 days, 6/12 months.
  { re: /\b(\d{1,2}(?:\.\d)?)\/52\b/g, to: (m) => `${m[1]} weeks` },
  { re: /\b(\d{1,2})\/7\b/g, to: (m) => Number(m[1]) <= 21 ? `${m[1]} days` : m[0] },
  { re: /\b(\d{1,2})\/12\b/g, to: (m) => Number(m[1]) <= 11 ? `${m[1]} months` : m[0] },
  // Vital signs, read against their usual thresholds.
  { re: /\b(?:T|[Tt]emp(?:erature)?(?:\s+(?:was|of|is))?)\s*:?\s*(\d{2}(?:\.\d)?)\s*(?:°\s*C|º\s*C|C\b|degrees)?/g, to: (m) => temperature(m[1]) || m[0] },
  { re: /\b(\d{2}\.\d)\s*°\s*C\b/g, to: (m) => temperature(m[1]) || m[0] },
  // A parent's reading without the word "temperature": "was 38.6 when I checked", "the thermometer said 39.1" (dev16).
  { re: /\b(?:thermometer|temp gun)\s+(?:said|says|read|reads|showed|shows|was|is)\s+(\d{2,3}(?:\.\d)?)\s*(?:°\s*[CF]?|degrees)?/gi, to: (m) => temperature(m[1]) || m[0] },
  { re: /\b(\d{2,3}\.\d)\s*(?:°\s*[CF]?|degrees)?(?=\s+(?:when|after) (?:I|i|we|mum|dad) (?:checked|took it|took (?:her|his|my) temp\w*|measured|tested)|\s+on the thermometer)/g, to: (m) => temperature(m[1]) || m[0] },
  { re: /\b(?:HR|heart\s+rate(?:\s+(?:was|of|is))?|pulse(?:\s+rate)?(?:\s+(?:was|of|is))?)\s*:?\s*(\d{2,3})\b(?:\s*(?:bpm|beats\s+per\s+minute|\/min|reg(?:ular)?))?/g, to: (m) => heartRate(m[1]) },
  { re: /\b(?:SpO2|SaO2|sats?|O2\s+sats?|oxygen\s+saturations?)\s*:?\s*(?:of\s+|was\s+)?(\d{2,3})\s*%(?:\s*(?:on\s+)?(?:RA|room\s+air|air))?/g, to: (m) => saturation(m[1]) },
  { re: /\b(?:RR|resp(?:iratory)?\s+rate)\s*:?\s*(\d{1,2})\b/g, to: (m) => breathingRate(m[1]) },
  { re: /\bBP\s*:?\s*\d{2,3}\s*\/\s*\d{2,3}(?:\s*mm\s*Hg)?/gi, to: ' blood pressure reading ' },
  // Test results: "+ve", "-ve", "(+)", "(-)".
  { re: /\s?\+ve\b/g, to: ' positive' },
  { re: /\s?-ve\b/g, to: ' negative' },
  // History headings and the history-taking words.
  { re: /\bc\/o\b/gi, to: 'complains of' },
  { re: /\bO\/E\b|\bOE\b(?=\s*:)/g, to: 'on examination' },
  { re: /\b(?:PMHx|PMH)\b/g, to: 'past medical history' },
  { re: /\b(?:DHx|DH)\b(?=\s*:)|\bDHx\b/g, to: 'drug history' },
  { re: /\b(?:SHx|SH)\b(?=\s*:)|\bSHx\b/g, to: 'social history' },
  { re: /\b(?:FHx|FH)\b(?=\s*:)|\bFHx\b/g, to: 'family history' },
  { re: /\bHx\b/g, to: 'history' },
  { re: /\bPt\b|\bpt\b(?=\s+(?:reports|states|says|describes|complains|denies|has|had|is|was|unable|able|can|cannot|c\/o))/g, to: 'patient' },
  // Examination shorthand.
  { re: /\bTTP\b/gi, to: 'tender to press' },
  { re: /\bNTTP\b/g, to: 'not tender to press' },
  { re: /\bNT\b/g, to: 'not tender' },
  { re: /\b(?:NAD|WNL|NAD\.)\b/g, to: 'normal' },
  // "NWB 10/7": a prescribed spell off the foot (immobilisation), not today's inability to stand on it.
  { re: /\bNWB\b(?=\s*(?:for\s+)?\d{1,2}\s*\/\s*(?:7|52)\b)/g, to: 'immobilised' },
  // "XR ankle (non-WB)", "flexible on non-WB": how an X-ray was taken or the foot examined, not a runner who cannot
  // stand on it (dev8, dev9).
  { re: /(?<=\b(?:XR|X-?rays?|films?|views?|radiographs?|imaging)\b[^.\n]{0,15})\bnon-?WB\b|(?<=\b(?:flexible|reducible|corrects?|correctable) on )non-?WB\b/gi, to: 'unloaded' },
  { re: /\bNWB\b/g, to: 'non weight bearing' },
  { re: /\bPWB\b/g, to: 'partial weight bearing' },
  { re: /\bFWB(?:AT)?\b/g, to: 'full weight bearing' },
  { re: /\bWBAT\b/g, to: 'weight bearing as tolerated' },
  { re: /\bROM\b/g, to: 'range of movement' },
  { re: /\bSLHR\b/g, to: 'single leg heel raise' },
  { re: /\bSLR\b/g, to: 'straight leg raise' },
  { re: /\bCRT\b/g, to: 'capillary refill' },
  { re: /\bDP\b(?=\s*(?:and|\/|&|\+)?\s*(?:PT\s+)?pulses?)/g, to: 'foot' },
  { re: /\bPT\b(?=\s+pulses?)|\bPT\b(?=\s*(?:and|\/|&|\+)\s*DP\s+pulses?)/g, to: 'ankle' },
  // Power graded 0–3 out of 5 (MRC scale) on lifting the foot or big toe is weakness, not only pain.
  { re: /\b(?:active\s+)?(?:DF|dorsiflexion|EHL|tib(?:ialis)?\.?\s+ant(?:erior)?)\s*(?:power\s*)?:?\s*([0-3])\s*\/\s*5\b/gi, to: 'weak dorsiflexion' },
  { re: /\bDF\b/g, to: 'dorsiflexion' },
  { re: new RegExp(String.raw`(?<=\b${MOVE_BEFORE}\s*(?:\/|\s)\s*)PF\b|\bPF\b(?=\s*(?:\/\s*DF|of\s+(?:the\s+)?(?:ankle|foot|toes?)|strength|power|range|movement))`, 'g'), to: 'plantarflexion' },
  { re: /\binv\b(?=\.?\s*(?:ankle\s+)?(?:sprain|injury|mechanism))/gi, to: 'rolled ankle' },
  { re: /\b(?:inv|INV)\b/g, to: 'inversion' },
  { re: /\b(?:ev|EV)\b(?=\s*(?:\/|,|and|strength|power|range))/g, to: 'eversion' },
  { re: /\bEHL\b/g, to: 'big toe lifting tendon' },
  { re: /\bFHL\b/g, to: 'big toe bending tendon' },
  { re: /\b1st\s+MTPJ?s?\b|\bfirst\s+MTPJ?\b|\b1st\s+metatarsophalangeal(?:\s+joint)?\b|\bfirst\s+metatarsophalangeal(?:\s+joint)?\b/gi, to: 'big toe joint' },
  { re: /\bMTPJ?s?\b/g, to: 'toe joint' },
  { re: /\b(?:base\s+of\s+)?5th\s+MT\s+base\b|\bbase\s+(?:of\s+)?(?:the\s+)?5th\s+MT\b/g, to: 'base of the fifth metatarsal' },
  { re: /\b([1-5])(?:st|nd|rd|th)\s*(?:\/\s*([1-5])(?:st|nd|rd|th)\s*)?(?:MTs?|met(?:atarsal)?s?)\b(?!\s*(?:head|neck|shaft|base))/g, to: (m) => `${ordinal(m[1])}${m[2] ? ` and ${ordinal(m[2])}` : ''} metatarsal` },
  { re: /\b([1-5])(?:st|nd|rd|th)\s*(?:\/\s*([1-5])(?:st|nd|rd|th)\s*)?(?:MT|met)\b/g, to: (m) => `${ordinal(m[1])}${m[2] ? ` and ${ordinal(m[2])}` : ''} metatarsal` },
  { re: /\bTMTJ?\b/g, to: 'midfoot joint' },
  { re: /\bMTs?\b/g, to: 'metatarsal' },
  // Written words may start a sentence ("Lateral malleolus tender"); the bare MM/LM stay upper-case only (mm is millimetres).
  { re: /\b(?:MM|[Mm]ed(?:ial)?\.?\s+[Mm]all(?:eolus|\.)?)(?!\w)/g, to: 'inner ankle bone' },
  { re: /\b(?:LM|[Ll]at(?:eral)?\.?\s+[Mm]all(?:eolus|\.)?)(?!\w)/g, to: 'outer ankle bone' },
  { re: /\bmalleoli\b/gi, to: 'ankle bones' },
  { re: /\bAITFL\b/g, to: 'ligament between the two shin bones above the ankle' },
  { re: /\bATFL\b/g, to: 'front of outer ankle ligament' },
  { re: /\bCFL\b/g, to: 'outer ankle ligament' },
  { re: /\b(?:tib(?:ialis)?\.?\s+post(?:erior)?|PTT|TP\s+tendon)\b/gi, to: 'tibialis posterior tendon' },
  { re: /\b(?:tib(?:ialis)?\.?\s+ant(?:erior)?|TA\s+tendon)\b/gi, to: 'tibialis anterior tendon' },
  { re: /\bant(?:erior)?\.?\s+compartment\b/gi, to: 'front of shin compartment' },
  { re: /\blat(?:eral)?\.?\s+compartment\b/gi, to: 'outer leg compartment' },
  { re: /\bant(?:erior)?\.?\s+(?=(?:shin|tibia|tibial|ankle|leg|aspect))/gi, to: 'front of ' },
  { re: /\bpost(?:erior)?\.?\s+(?=(?:calf|heel|ankle|leg|aspect))/gi, to: 'back of ' },
  { re: /\bmed\.?\s+(?=(?:heel|ankle|arch|shin|tibia|calf|foot|midfoot|border))/g, to: 'inner ' },
  { re: /\bmed\b\.?(?=\s+(?:calcaneal|calcaneus|cuneiform|gastroc\w*|tubercle|sesamoid|malleolar))/g, to: 'medial' },
  { re: /\blat\b\.?(?=\s+(?:calcaneal|calcaneus|cuneiform|gastroc\w*|sesamoid|malleolar|ligament))/g, to: 'lateral' },
  { re: /\blat\.?\s+(?=(?:heel|ankle|foot|midfoot|border|leg|calf|shin))/g, to: 'outer ' },
  { re: /\(ER\)|(?<=dorsiflexion[- ]|DF[- ])ER\b|\bER\b(?=\s+(?:stress\s+)?test)/g, to: 'external rotation' },
  { re: /\bWB\b/g, to: 'weight bearing' },
  { re: /\bLBP\b/g, to: 'low back pain' },
  // The abbreviation's full stop goes with it, unless it also ends the sentence ("… +ve bilat. Boggy swelling").
  { re: /\bbilat(?:eral(?:ly)?)?\b(?:\.(?!\s*(?:[A-Z]|\n|$)))?/gi, to: 'bilateral' },
  { re: /\bc\/w\b/gi, to: 'compared with' },
  // Symptoms in clinical words.
  { re: /\bSOBOE\b|\bSOB\b/g, to: 'short of breath' },
  // "Chest discomfort", not "chest pain": in "no SOB, CP or haemoptysis" a pain word would end the list's negation.
  { re: /\bCP\b/g, to: 'chest discomfort' },
  { re: /\bh(?:a)?emoptysis\b/gi, to: 'coughed up blood' },
  { re: /\berythema(?:tous)?\b/gi, to: 'redness' },
  { re: /\boedematous\b|\bedematous\b/gi, to: 'swollen' },
  { re: /\b(?:o)?edema\b/gi, to: 'swelling' },
  { re: /\becchymos(?:is|es)\b/gi, to: 'bruising' },
  { re: /\b(?:afebrile|apyrexial)\b/gi, to: 'no fever' },
  { re: /\b(?:febrile|pyrexial|pyrexia)\b/gi, to: 'fever' },
  { re: /\btachycardi(?:a|c)\b/gi, to: 'fast heart rate' },
  { re: /\bpar(?:a)?esth(?:e|a)sia[es]?\b/gi, to: 'tingling' },
  { re: /\b(?:hyp|an)(?:a)?esthesia\b|\b(?:hyp|an)aesthesia\b/gi, to: 'numbness' },
  { re: /\bnil\b/gi, to: 'no' },
  // "Pain-free at rest", "hop x10 pain-free": no pain (the tokeniser would otherwise read the pain word alone).
  { re: /\bpain[- ]free\b/gi, to: 'no pain' },
  // Morning stiffness of half an hour or more is the inflammatory kind (rudwaleit-2011), shorter is mechanical.
  { re: /\bmorning stiffness\b[^.;\n]{0,30}?\b(\d{1,3})\s*(min(?:ute)?s?|h(?:ou)?rs?|h)\b/gi, to: (m) => (Number(m[1]) * (/^h/i.test(m[2] ?? '') ? 60 : 1) >= 30 ? 'prolonged morning stiffness' : m[0]) },
  { re: /\bunremarkable\b/gi, to: 'normal' },
  // Arrows.
  { re: /↑↑/g, to: ' much more ' },
  { re: /↑/g, to: ' more ' },
  { re: /↓/g, to: ' less ' },
  // Single letters for the side, before a body word or at a measurement ("L 39 cm").
  { re: /\b([LR])\b(?=\s+(?:ant|post|med|lat|front|back|inner|outer|lower|upper|calf|heel|ankle|foot|leg|shin|knee|achilles|hallux|big|toe|sole|arch|midfoot|forefoot|hindfoot|tibia|fibula|\d))/g, to: (m) => (m[1] === 'L' ? 'left' : 'right') },
];

/**
 * Rewrite clinical shorthand into plain words, keeping a map back to the original text.
 * @example expandShorthand('c/o R heel pain 3/52').text // 'complains of right heel pain 3 weeks'
 */
export function expandShorthand(text: string): Expanded {
  return rewriteText(text, REWRITES);
}
