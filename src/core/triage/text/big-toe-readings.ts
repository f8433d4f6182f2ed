/**
 * The big toe told the second time as just "the toe" (dev24, dev16: pain under the big toe joint in spikes, "hurts
 * bending the toe back", "bending the big toe back is horrible"):
 * - bending, pulling or pushing the toe back or up, with a pain word in the sentence, is pain on bending the big toe
 *   up (the sesamoids' and the big toe joint's sign), when the toe is the big one: named so, or the only toe the text
 *   names;
 * - a bare "toe" in such a text is the big toe again, not the smaller toes the lexicon reads a bare "toe" as;
 * - "the toe leaning in", "toe's drifting across": the big toe leaning towards the others, the bunion's shape
 *   (dev21, told in text-speak: "toe leanin in").
 * A text that names a smaller toe anywhere (little, second, pinky …) keeps every reading. Judgement, from how runners
 * refer back to a part they have named.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { KnownFinding } from '../types.ts';

const BIG_TOE = /\b(?:big[- ]toe|great toe|hallux|big toes)\b/;
const SMALLER_TOE = /\b(?:little|pinky|baby|small|smaller|lesser|other|second|third|fourth|fifth|2nd|3rd|4th|5th|middle|next|all (?:my|the|his|her) )\s*toes?\b/;
/** The toe moved back or up: "bending the toe back", "pull my big toe up", "big toe bent backwards". */
const BEND = /\b(?:bend\w*|bent|pull\w*|push\w*|flex\w*|stretch\w*|lift\w*|curl\w* (?:it )?)\s+(?:the|my|his|her|that)\s+(?:big\s+)?toe\s+(?:back|backwards?|up|upwards?)\b|\b(?:big\s+)?toe\s+(?:is\s+|being\s+|gets\s+)?(?:bent|pulled|pushed|flexed)\s+(?:back|backwards?|up|upwards?)\b/;
/** The big toe leaning towards the others. */
const LEAN = /\btoe(?:'s|s| is| has)?\s+(?:lean\w*|drift\w*|cross\w*|angl\w*|point\w*|go(?:ing|ne)?|turn\w*)\s+(?:in|inwards?|across|over|sideways|towards? (?:the|my) (?:other|second|next) toes?)\b/;
const PAIN = /\b(?:hurts?|hurting|sore|pain\w*|agony|horrible|awful|killer|kills|excruciating|tender|sharp|ouch|grim|nasty|aches?)\b/;
const NEGATED = /\b(?:not|no|never|doesn'?t|don'?t|isn'?t|without)\b|n't\b/;

/**
 * Read "the toe" in a big-toe story as the big toe.
 * @example bigToeReadings(kb, 'Sore under my big toe joint; it hurts bending the toe back.', found) // + pain-bending-big-toe-up
 */
export function bigToeReadings(kb: KnowledgeBase, text: string, found: readonly KnownFinding[]): KnownFinding[] {
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  if (!BIG_TOE.test(lower) || SMALLER_TOE.test(lower.replace(new RegExp(BIG_TOE.source, 'g'), ' '))) return [...found];
  const out = found.filter((f) => !(f.id === 'pain-lesser-toes' && f.value === true && f.span !== undefined && /^\s*(?:toe|toes)\s*$/.test(lower.slice(f.span[0], f.span[1]))));
  const lean = LEAN.exec(lower);
  if (lean && !NEGATED.test(lower.slice(Math.max(0, lean.index - 20), lean.index)) && kb.findingById.has('bump-big-toe-joint-side') && !out.some((f) => f.id === 'bump-big-toe-joint-side')) {
    out.push({ id: 'bump-big-toe-joint-side', value: true, source: 'text', span: [lean.index, lean.index + lean[0].length] });
  }
  if (!kb.findingById.has('pain-bending-big-toe-up') || out.some((f) => f.id === 'pain-bending-big-toe-up')) return out;
  for (const s of lower.matchAll(/[^.!?;\n]+/g)) {
    const m = BEND.exec(s[0]);
    if (!m || !PAIN.test(s[0]) || NEGATED.test(s[0])) continue;
    const at = s.index + m.index;
    out.push({ id: 'pain-bending-big-toe-up', value: true, source: 'text', span: [at, at + m[0].length] });
    break;
  }
  return out;
}
