/**
 * Places given relative to a bony landmark: "just below the ankle bone on the inside", "in front of the outer ankle
 * bone", "behind the bony knob of my ankle", "a little above the inner ankle bone". The ankle bone (malleolus) there
 * is a landmark, so the pain is next to it, not at it: "in front of the ankle bone" is not the front of the ankle, and
 * "below and in front of the inner ankle bone" is the inner midfoot (where the navicular is), not the ankle joint.
 * The heel is used the same way: "in front of the heel on the outside", "halfway between the heel and the little
 * toe" are the outer midfoot, not the heel or the toes. A measured distance ahead of the ankle itself ("a couple of
 * inches in front of the ankle", "two fingers forward of my ankle") is the midfoot too, not the front of the ankle.
 * The phrase's own place words give no zone; this reader gives the zone the relation points to. Anatomy of the
 * malleoli as in the ankle and midfoot conditions' sources (judgement where the relation is loose).
 * @module
 */

/** One place read relative to a landmark: the zone finding it gives (null when too vague) and the phrase's span. */
export interface RelativePlace {
  readonly findingId: string | null;
  readonly span: readonly [number, number];
  /** The bony landmark the place is given from. */
  readonly landmark: 'ankle-bone' | 'heel' | 'leg-bones';
}

const REL = String.raw`(?:in\s+front|forward|below|beneath|under(?:neath)?|behind|above|down\s+from|up\s+from)`;
const HEDGE = String.raw`(?:(?:just|right|slightly|a\s+(?:bit|little|touch)|an?\s+(?:inch|finger(?:'s)?\s+width|few\s+cm|couple\s+of\s+cm)|\d+\s*cm)\s+)?`;
const SIDE = String.raw`(?:inner|inside|medial|outer|outside|lateral)`;
const OWNER = String.raw`(?:the|my|his|her|their|your)`;
const LANDMARK = String.raw`(?:ankle\s*bones?|ankle\s+knob|malleolus|(?:bony|knobbly|knobby)\s+(?:bit|knob|bump|lump)(?:\s+(?:of|on)\s+${OWNER}\s+(?:(?:inner|outer|inside|outside)\s+)?ankle)?)`;
/** "below and in front of the inner ankle bone", "in front of and below it", "just behind my outer ankle bone". */
const PHRASE = new RegExp(
  String.raw`\b${HEDGE}(${REL})(?:\s+of(?=\s+(?:and|&|or)\b))?(?:\s+(?:and|&|or)\s+${HEDGE}(${REL}))?(?:\s+of)?\s+${OWNER}\s+(?:(${SIDE})\s+(?:side\s+)?)?${LANDMARK}(?:\s+on\s+(?:the|my)\s+(${SIDE}))?`,
  'g',
);
/** "in front of the heel (bone) on the outside": the midfoot just ahead of the heel. */
const BEFORE_HEEL = new RegExp(String.raw`\b${HEDGE}(?:in\s+front\s+of|forward\s+of|ahead\s+of)\s+${OWNER}\s+heel(?:\s*bone)?(?:\s+on\s+(?:the|my)\s+(${SIDE}))?`, 'g');
/** "a couple of inches in front of the ankle": a distance ahead of the joint is already the foot. */
const BEFORE_ANKLE = new RegExp(
  String.raw`\b(?:(?:a\s+)?(?:couple|few)\s+(?:of\s+)?|an?\s+|one\s+|two\s+|three\s+|\d+\s*)(?:inch(?:es)?|cm|centimet(?:er|re)s?|fingers?(?:'s)?(?:\s+widths?)?)\s+(?:in\s+front\s+of|forward\s+of|ahead\s+of|down\s+from)\s+${OWNER}\s+ankle\b(?!\s*bone|\s+knob)`,
  'g',
);
/**
 * "10cm above the heel", "four inches up from my heel", "a hand's width above the heel": beyond the tendon's
 * mid-portion (above-heel.ts reads distances up to 7 cm as the tendon and gives nothing beyond), so the lower calf;
 * the heel is a landmark and the "above the heel" words must not read as the Achilles (judgement).
 */
const HIGH_ABOVE_HEEL = new RegExp(
  String.raw`\b(?:(\d+(?:\.\d+)?)\s*(cm|centimet(?:er|re)s?|inch(?:es)?|in)\b|(three|four|five|six)\s+(inch(?:es)?)\b|an?\s+hand(?:'s)?(?:\s+width|\s+span)?)\s+(?:above|up\s+from)\s+${OWNER}\s+heel(?:\s*bone)?`,
  'g',
);

/** Is a distance in HIGH_ABOVE_HEEL far enough to be past the tendon's middle (8 cm, 3 inches)? */
function farAbove(m: RegExpMatchArray): boolean {
  if (m[3] !== undefined) return true;
  if (m[1] === undefined) return true;
  const n = Number(m[1]);
  return /^(?:in|inch)/.test(m[2] ?? '') ? n >= 3 : n >= 8;
}

/** "halfway between the heel and the little toe": the middle of the foot, neither end of it. */
const BETWEEN_HEEL_TOES = new RegExp(
  String.raw`\b(?:(?:about|roughly|around)\s+)?(?:half\s*way|midway|somewhere)?\s*between\s+${OWNER}\s+heel(?:\s*bone)?\s+and\s+(?:${OWNER}\s+)?(?:(?:big|little|small|pinky|baby)\s+toes?|toes?|ball\s+of\s+${OWNER}\s+foot)`,
  'g',
);
/** "between the two shin bones", "between the shin bone and the fibula": where they meet above the ankle, not the shin. */
const BETWEEN_BONES = new RegExp(
  String.raw`\bbetween\s+${OWNER}\s+(?:(?:two|2)\s+)?(?:(?:shin|leg|lower\s+leg)\s*bones|(?:shin\s*bone|tibia)\s+and\s+(?:${OWNER}\s+)?(?:fibula|outer\s+(?:leg\s+)?bone|thin\s+bone))`,
  'g',
);
const INNER = /\b(?:inner|inside|medial|instep|big[- ]toe\s+side)\b/g;
const OUTER = /\b(?:outer|outside|lateral|little[- ]toe\s+side)\b/g;

type Side = 'inner' | 'outer' | null;

function sideWord(word: string | undefined): Side {
  if (word === undefined) return null;
  return /^(?:inner|inside|medial)$/.test(word) ? 'inner' : 'outer';
}

/** The nearest inner or outer word in the same sentence as the phrase, when the phrase does not say. */
function nearestSide(text: string, start: number, end: number): Side {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('!', start - 1), text.lastIndexOf('?', start - 1)) + 1;
  const stops = ['.', '!', '?'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) : text.length;
  const sentence = text.slice(from, to);
  let best: { side: Side; d: number } = { side: null, d: Infinity };
  for (const [re, side] of [[INNER, 'inner'], [OUTER, 'outer']] as const) {
    for (const m of sentence.matchAll(re)) {
      const at = from + m.index;
      const d = at < start ? start - at : Math.max(0, at - end);
      if (d < best.d) best = { side, d };
    }
  }
  return best.side;
}

function zoneFor(rels: readonly string[], side: Side): string | null {
  const has = (r: RegExp): boolean => rels.some((x) => r.test(x));
  if (has(/above|up\s+from/)) return side === 'inner' ? 'pain-inner-shin' : side === 'outer' ? 'pain-outer-leg' : 'pain-lower-leg-area';
  // Below and in front of the inner ankle bone is the inner midfoot (navicular); on the outer side it is still the
  // outer ankle region (the soft spot where the ankle ligaments are).
  if (has(/front|forward/) && has(/below|beneath|under|down/) && side === 'inner') return 'pain-inside-of-foot';
  if (side === 'inner') return 'pain-inside-ankle';
  if (side === 'outer') return 'pain-outside-ankle';
  return 'pain-ankle-area';
}

/**
 * Every place given relative to an ankle bone (offsets in the original text).
 * @example readRelativePlaces('sore just in front of the outer ankle bone')[0]?.findingId // 'pain-outside-ankle'
 */
export function readRelativePlaces(raw: string): RelativePlace[] {
  const text = raw.toLowerCase();
  const out: RelativePlace[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const start = m.index;
    const end = start + m[0].length;
    const rels = [m[1], m[2]].filter((r): r is string => r !== undefined);
    const side = sideWord(m[3] ?? m[4]) ?? nearestSide(text, start, end);
    out.push({ findingId: zoneFor(rels, side), span: [start, end], landmark: 'ankle-bone' });
  }
  for (const m of [...text.matchAll(BEFORE_HEEL), ...text.matchAll(BETWEEN_HEEL_TOES), ...text.matchAll(BEFORE_ANKLE)]) {
    const start = m.index;
    const end = start + m[0].length;
    const side = sideWord(m[1]) ?? nearestSide(text, start, end);
    // On the outer edge that is the cuboid region, on the inner edge the navicular region; said of neither edge the
    // middle of the foot is too vague for a zone (the rest of the sentence usually says top or sole).
    const findingId = side === 'outer' ? 'pain-outside-of-foot' : side === 'inner' ? 'pain-inside-of-foot' : null;
    out.push({ findingId, span: [start, end], landmark: 'heel' });
  }
  for (const m of text.matchAll(HIGH_ABOVE_HEEL)) {
    if (farAbove(m)) out.push({ findingId: 'pain-calf', span: [m.index, m.index + m[0].length], landmark: 'heel' });
  }
  // The place between the leg bones has its own finding (read from the lexicon); the bones' names only locate it.
  for (const m of text.matchAll(BETWEEN_BONES)) out.push({ findingId: null, span: [m.index, m.index + m[0].length], landmark: 'leg-bones' });
  return out;
}
