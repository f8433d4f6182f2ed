/**
 * Findings read from words about somewhere else (issue #4).
 * - Another body part: "my neck is stiff in the mornings", "hamstring feels tight and a bit numb", "my hip is red and
 *   hot". Words said of a part away from the foot and lower leg (the nearest place named before them in their clause)
 *   say nothing about the foot: such signs, feelings, timings and places are dropped. What names the part itself
 *   stays ("knee is swollen" as another joint swollen, "lower back" as back pain), and so do events
 *   ("after the fall"), history and warning signs, which the safety screen weighs whatever part they were said of.
 * - Soft tissue or a long stretch, not one spot on a bone: "a tender spot in the calf muscle", "tender in the muscle,
 *   not the bone", "sore along a long stretch of the shin bone, not one spot" is not focal bony tenderness, the sign
 *   that raises a stress fracture. Tenderness over a long stretch of the inner shin is the pattern of shin splints
 *   (Winters 2013); one bony spot is the stress-fracture sign. A sentence that still says one spot is worse keeps it.
 * Judgement, from how runners write.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { TokenContext } from './context.ts';
import type { TextFinding } from './read-matches.ts';
import { SENSE } from './senses.ts';
import { stem, type Token } from './tokens.ts';

const stems = (words: readonly string[]): Set<string> => new Set(words.map(stem));
/** Parts away from the foot and lower leg ("back" only in its body sense, senses.ts). Not "hand" ("on the other hand")
 * nor "finger" (pressing with a finger is how tenderness is found). */
const OTHER_PART = stems(['knee', 'knees', 'kneecap', 'hip', 'hips', 'hamstring', 'hamstrings', 'thigh', 'thighs', 'quad', 'quads',
  'groin', 'glute', 'glutes', 'neck', 'shoulder', 'shoulders', 'elbow', 'elbows', 'wrist', 'wrists', 'spine', 'itb', 'back']);
/** Places of the foot and leg: a clause naming one is about them too ("knee and calf both swollen"). */
const FOOT_PLACE = stems(['foot', 'feet', 'heel', 'heels', 'ankle', 'ankles', 'toe', 'toes', 'shin', 'shins', 'calf', 'calves',
  'achilles', 'arch', 'arches', 'sole', 'soles', 'leg', 'legs', 'instep', 'midfoot', 'forefoot', 'metatarsal', 'tendon', 'bunion',
  'malleolus', 'tibia', 'fibula', 'navicular', 'ball']);
/** Categories that describe the place being talked about. */
const LOCAL = new Set(['location', 'timing', 'character', 'aggravator', 'sign']);

/** Tokens a finding's span covers. */
function covered(tokens: readonly Token[], f: TextFinding): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (!t.punct && t.start >= f.span[0] && t.end <= f.span[1]) out.push(i);
  });
  return out;
}

/** Senses that say a word is not the body part: "the back edge of the bone" is its rear, "came back" an adverb (dev25). */
const NOT_BODY: ReadonlySet<string> = new Set([SENSE.rear, SENSE.backAdverb]);
const isOther = (t: Token | undefined): boolean => t !== undefined && !t.punct && !NOT_BODY.has(t.norm) && (OTHER_PART.has(t.norm) || OTHER_PART.has(t.word));
const isFoot = (t: Token | undefined): boolean => t !== undefined && !t.punct && (FOOT_PLACE.has(t.norm) || FOOT_PLACE.has(t.word));

/**
 * The part a word is said of: the nearest place named before it in its clause ("hamstring feels tight and a bit
 * numb, arch aches": the numbness is the hamstring's, the ache the arch's), or null when none is.
 */
function aboutPart(tokens: readonly Token[], ctx: readonly TokenContext[], i: number): 'other' | 'foot' | null {
  const clause = ctx[i]?.clause;
  for (let k = i - 1; k >= 0 && ctx[k]?.clause === clause; k--) {
    if (isFoot(tokens[k])) return 'foot';
    if (isOther(tokens[k])) return 'other';
  }
  return null;
}

/** Clauses about another body part only: it is named, and no foot or leg place is. */
function otherPartClauses(tokens: readonly Token[], ctx: readonly TokenContext[]): Set<number> {
  const other = new Set<number>();
  const foot = new Set<number>();
  tokens.forEach((t, i) => {
    const c = ctx[i]?.clause;
    if (c === undefined) return;
    if (isOther(t)) other.add(c);
    if (isFoot(t)) foot.add(c);
  });
  return new Set([...other].filter((c) => !foot.has(c)));
}

/** Tenderness of muscle, or along a stretch rather than at one spot. */
const SOFT = /\b(?:muscles?|muscly|muscular|belly|meaty|fleshy|bulky part)\b|\b(?:in|middle of|bulk of) (?:the |my )?(?:calf|calves)\b|\b(?:not|isn'?t|rather than)\s+(?:on\s+|in\s+)?the\s+bone\b|\bbone itself (?:is|was|feels|seems) (?:fine|ok|okay|not sore|not tender|normal)/;
const BONE_SAID = /\b(?:on|of|along) the (?:shin ?)?bone\b|\bbone (?:is|was|feels) (?:sore|tender|painful)|\bbony\b/;
const NOT_BONE = /\b(?:not|isn'?t|rather than)\s+(?:on\s+|in\s+)?the\s+bone\b|\bbone itself (?:is|was|feels|seems) (?:fine|ok|okay|not sore|not tender|normal)/;
const DIFFUSE = /\b(?:long (?:stretch|strip|section|line|area|bit)|stretch of (?:it|the bone)|(?:tender|sore) strip|(?:rather than|not|instead of) (?:in |at |just )?(?:one|a single|a particular) (?:spot|point|place)|no (?:single|one|particular) (?:spot|point)|all (?:the way )?along|\d+\s*(?:-\s*\d+\s*)?cm (?:long|of it|of the bone|stretch)|spread out|diffuse)\b/;
const FOCAL_STILL = /\b(?:pinpoint|one (?:spot|point|place) (?:is|that'?s|that is) (?:much |really |a lot |way )?(?:worse|sorer|more tender|more sore|the worst))\b/;
const TENDER_CUE = stems(['tender', 'press', 'pressed', 'pressing', 'prod', 'prodded', 'poke', 'poked', 'touch', 'spot', 'pinpoint']);

/** Sentence text around a finding (press stories span a sentence; phrases only their words). */
function sentenceOf(text: string, tokens: readonly Token[], f: TextFinding): string {
  const first = tokens.find((t) => t.end > f.span[0]);
  const inSentence = tokens.filter((t) => t.sentence === first?.sentence);
  const a = inSentence[0]?.start ?? f.span[0];
  const b = inSentence[inSentence.length - 1]?.end ?? f.span[1];
  return text.slice(Math.min(a, f.span[0]), Math.max(b, f.span[1]));
}

/** Is this focal bony tenderness really soft tissue or a long stretch? */
function notFocalBone(text: string, tokens: readonly Token[], f: TextFinding): boolean {
  const said = sentenceOf(text, tokens, f);
  if (FOCAL_STILL.test(said) && !/\bno (?:single |one )?(?:spot|point)/.test(said)) return false;
  if (DIFFUSE.test(said)) return true;
  return SOFT.test(said) && (!BONE_SAID.test(said) || NOT_BONE.test(said));
}

/**
 * The findings without those read from another body part's clause, and without focal bony tenderness said of
 * muscle or of a long stretch.
 * @example dropElsewhere(kb, 'my neck is stiff in the mornings and my heel hurts', tokens, contexts, found)
 * // without pain-first-steps
 */
export function dropElsewhere(
  kb: KnowledgeBase, written: string, tokens: readonly Token[], ctx: readonly TokenContext[], found: readonly TextFinding[],
): TextFinding[] {
  const text = written.toLowerCase().replace(/[’]/g, "'");
  const elsewhere = otherPartClauses(tokens, ctx);
  return found.filter((f) => {
    const finding = kb.findingById.get(f.id);
    if (!finding || finding.redFlag === true) return true;
    const at = covered(tokens, f);
    if (f.id === 'bony-tenderness-focal' && f.value === true) {
      if (notFocalBone(text, tokens, f)) return false;
      // "My knee is tender in one spot and my arch aches": the tenderness is the knee's.
      const cueClauses = new Set(at.filter((i) => TENDER_CUE.has(tokens[i]?.norm ?? '') || (tokens[i]?.word ?? '').startsWith('tender')).map((i) => ctx[i]?.clause));
      if (cueClauses.size > 0 && [...cueClauses].every((c) => c !== undefined && elsewhere.has(c))) return false;
      return true;
    }
    if (!LOCAL.has(finding.category) || at.length === 0) return true;
    // A phrase naming a place itself ("knee is swollen", "arch aches") is about that place on purpose.
    if (at.some((i) => isOther(tokens[i]) || isFoot(tokens[i]))) return true;
    return !(aboutPart(tokens, ctx, at[0] ?? 0) === 'other');
  });
}
