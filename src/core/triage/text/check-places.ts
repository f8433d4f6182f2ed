/**
 * Places named for a check, not for the pain (dev26):
 * - the squeeze test of the two leg bones is done halfway up the leg, and the pain it gives is felt down at the ankle:
 *   "squeezing the two bones of my lower leg together halfway up the calf hurts at the ankle" puts the pain at the
 *   ankle, not in the calf (a calf strain read from it outranked the high ankle sprain the test is for);
 * - a reassurance about the circulation or the nerves ("I can feel my toes", "can wiggle his toes", "the foot is a
 *   normal colour", "toes are warm and pink") names the part it checked, not a sore one.
 * - a way of walking that spares the sore part: "hobbling around on my heel", "walking on the outside of my foot"
 *   after an injury to the forefoot names the part walked on, not the sore one (dev26: a heel read as the sore place
 *   put plantar fasciitis on top of an injured fifth metatarsal); it does tell that walking hurts.
 * Only the place findings read from those words go (not the test itself), and a check with a pain word of its own
 * ("I can move my toes but it hurts") keeps its place. Judgement, from how the test is done (williams-2007) and how
 * people report a check after an injury.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { KnownFinding } from '../types.ts';

/** Place findings of the leg the squeeze is done on. */
const SQUEEZED_PLACES = new Set(['pain-calf', 'pain-lower-leg-area', 'pain-inner-shin', 'pain-outer-leg', 'pain-front-of-shin']);
/** A check the runner reports as normal: feeling, moving or the colour and warmth of the foot or toes. */
const CHECK = /\b(?:can|could|am able to|is able to|was able to)\s+(?:still\s+)?(?:feel|move|wiggle|wriggle|bend|curl)\s+(?:all\s+)?(?:my|his|her|their|the)\s+(?:(?:left|right|big|little|other)\s+)?(?:toes?|foot|feet)\b|\b(?:foot|feet|toes?)\s+(?:is|are|look|looks|feel|feels|seem|seems)\s+(?:a\s+)?(?:(?:normal|good|healthy)\s+(?:colou?r|temperature)|warm|pink)\b/g;
/** Getting about on one part of the foot. */
const WALKED_ON = /\b(?:hobbl\w*|walk\w*|limp\w*|getting (?:about|around)|get (?:about|around)|hopp\w*|shuffl\w*|totter\w*|stagger\w*)\s+(?:around\s+|about\s+|home\s+|everywhere\s+)?(?:only\s+|just\s+)?on\s+(?:my|the|his|her|their)\s+(?:heels?|toes|tiptoes?|outside of (?:my |the )?foot|outer edge of (?:my |the )?foot)\b/g;
const PAIN_WORD = /\b(?:hurts?|hurting|sore|pain\w*|aches?|aching|agony|tender|throb\w*|sting\w*)\b/;

/** The clause (between commas, "and", "but" or stops) a span lies in. */
function clauseAround(lower: string, at: number, end: number): string {
  const before = lower.slice(0, at);
  const start = Math.max(...[/[.,;!?\n]/g, /\b(?:and|but|though|although)\b/g].map((re) => [...before.matchAll(re)].at(-1)).map((m) => (m ? m.index + m[0].length : 0)));
  const stop = lower.slice(end).search(/[.,;!?\n]|\b(?:and|but|though|although)\b/);
  return lower.slice(start, stop < 0 ? lower.length : end + stop);
}

/**
 * The squeeze's words run on past the test's own match to where the pain is told ("… halfway up my calf it sends pain
 * down to the ankle"): up to the next pain word or the end of the sentence.
 */
function squeezeEnd(lower: string, end: number): number {
  const rest = lower.slice(end);
  const stop = rest.search(/[.;!?\n]|\b(?:hurts?|hurting|sore|pain\w*|aches?|aching|agony|tender)\b/);
  return stop < 0 ? lower.length : end + stop;
}

function overlapsQuietly(lower: string, f: KnownFinding, a: number, b: number): boolean {
  if (f.span === undefined || f.span[0] >= b || f.span[1] <= a) return false;
  const own = lower.slice(f.span[0], Math.max(f.span[0], a)) + ' ' + lower.slice(Math.min(f.span[1], b), f.span[1]);
  return !PAIN_WORD.test(own);
}

const inside = (f: KnownFinding, a: number, b: number): boolean => f.span !== undefined && f.span[0] >= a && f.span[1] <= b;

/**
 * Drop places read from the words of a leg-bones squeeze test or of a normal check of the foot.
 * @example dropCheckPlaces(kb, 'Squeezing my shin bones together mid-calf hurts at the ankle', found) // no 'pain-calf'
 */
export function dropCheckPlaces(kb: KnowledgeBase, text: string, found: readonly KnownFinding[]): KnownFinding[] {
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  const squeezes = found.filter((f) => f.id === 'test-squeeze-shin-painful' && f.value === true && f.span !== undefined);
  const checks = [...lower.matchAll(CHECK), ...lower.matchAll(WALKED_ON)].filter((m) => !PAIN_WORD.test(clauseAround(lower, m.index, m.index + m[0].length)));
  const kept = found.filter((f) => {
    if (f.value !== true) return true;
    if (SQUEEZED_PLACES.has(f.id) && squeezes.some((s) => s.span && inside(f, s.span[0], squeezeEnd(lower, s.span[1])))) return false;
    const zone = kb.findingById.get(f.id)?.category === 'location';
    // A place phrase running into the check ("… the fall I'm hobbling around on my heel") is the check's place too,
    // unless its own words outside the check tell of pain.
    return !(zone && checks.some((m) => overlapsQuietly(lower, f, m.index, m.index + m[0].length)));
  });
  // Getting about on the heel or the outer edge to spare the sore part is walking that hurts (an antalgic gait).
  // "I can walk on my heel" is what is still possible, not a limp.
  const walked = [...lower.matchAll(WALKED_ON)].find((m) => !/\b(?:can|could|able to)\s+(?:still\s+|only\s+)?$/.test(lower.slice(Math.max(0, m.index - 20), m.index)));
  if (walked && kb.findingById.has('pain-with-walking') && !kept.some((f) => f.id === 'pain-with-walking')) {
    kept.push({ id: 'pain-with-walking', value: true, source: 'text', span: [walked.index, walked.index + walked[0].length] });
  }
  return kept;
}
