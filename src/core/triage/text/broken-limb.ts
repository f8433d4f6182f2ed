/**
 * A broken limb told calmly (dev16: a fracture-dislocation described as "a bit bent just above the ankle" with
 * "something whitish showing" in a cut). Two stories, read one sentence at a time:
 * - the lower leg, shin or ankle said to be bent, kinked or bowed, or to have a bend or kink in it: a limb out of
 *   line. A foot "bent under me" is how a midfoot injury happens (its own finding), and a knee or a leg held bent is
 *   a posture, so neither counts;
 * - something white or bony seen in a cut, gash or split after a fall: bone (or the tissue over it) in an open wound,
 *   an open fracture until seen. A blister's white skin is not a wound here.
 * Both give `deformity`; the red-flag rule still needs an injury or a wound with it (red-flag-rules/fracture.ts).
 * Judgement, from how people describe what they see.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** The long bones and joints of the lower limb, as people name them (not the knee or thigh: "knee bent" is a pose). */
const LIMB = String.raw`(?:lower leg|leg|shin ?bone|shin|ankle|tibia|fibula)`;
/** Softeners people put before the alarming word. */
const SOFT = String.raw`(?:a (?:bit|little|touch|tad) |slightly |kind of |sort of |kinda |visibly |noticeably |definitely |clearly |a bit of a )?`;
/** "Lower leg's a bit bent", "shin looks kinked", "ankle has gone crooked just above the joint". */
const BENT = new RegExp(String.raw`\b${LIMB}(?:'s| is| looks| has gone| went| seems| was| now looks| looked)(?: (?:now|all|really))? ${SOFT}(?:bent|kinked|bowed|crooked|wonky|out of line)\b(?! (?:under|over|back|forwards?|up|down|double|at the knee|round|around))`);
/** "A bend in my shin", "there's a kink in the lower leg", "a step in the bone above the ankle". */
const BEND_IN = new RegExp(String.raw`\b(?:bend|kink|angle|step|dogleg) in (?:my |the |his |her |their )?${LIMB}\b|\b(?:bent|kinked) (?:just |right |slightly )?(?:above|below) (?:my |the |his |her )?ankle\b`);
/**
 * The foot out of line with the leg: "the foot's sitting out to the side of her leg", "foot pointing sideways", "the
 * ankle looks like it's been put on a quarter turn" (dev20: a fracture-dislocation told as a bad sprain). A state of
 * the foot (sitting, pointing, facing, set), not a movement ("I turn my foot out and it hurts").
 */
const OUT_OF_LINE = /\bfoot(?:'s| is| was| looks| now)? (?:sitting|pointing|facing|set|sticking out|lying|stuck) (?:out )?(?:to the side|sideways|the wrong way|(?:off )?at (?:a|an) (?:right )?angle|round the wrong way)\b|\b(?:put|turned|twisted|set) (?:on|through|by|at) (?:a )?(?:quarter|half|90 degree|ninety degree)[- ]turn\b/;

/** A wound, and something white, bony or hard seen in it. */
const WOUND = String.raw`(?:cut|gash|wound|split|laceration|tear in the skin|hole in (?:my|the|his|her) (?:leg|shin|skin|ankle))`;
const SEEN = String.raw`(?:(?:something|stuff|a bit|bits|a piece) (?:of )?(?:white|whitish|bony|hard|pale)|white(?:ish)? (?:stuff|bits?|something|thing)|(?:the )?bone)`;
/**
 * Also told by looking into the cut first, or by naming what is seen as bone (dev27: "a cut on the inside of the
 * ankle, and if you look in it there's something white and shiny which I think is bone").
 */
const BONE_IN_WOUND = new RegExp([
  String.raw`\b${WOUND}\b[^.!?;]{0,60}?\b${SEEN}\b[^.!?;]{0,20}?\b(?:showing|visible|poking|sticking|in (?:it|there|the (?:cut|gash|wound|middle)))`,
  String.raw`\b(?:can|could) see ${SEEN}\b[^.!?;]{0,30}?\b(?:in|through) (?:the |my |his |her |that )?${WOUND}`,
  String.raw`\b${WOUND}\b[^.!?;]{0,60}?\b(?:look|looks|looking|looked|see|peer|peering|peek) in(?:to|side)? (?:it|there|the (?:cut|gash|wound))\b[^.!?;]{0,30}?\b${SEEN}\b`,
  String.raw`\b${WOUND}\b[^.!?;]{0,80}?\b${SEEN}\b[^.!?;]{0,30}?\b(?:(?:which|that) (?:i|we|he|she) (?:think|thought|reckon) (?:is|was|it'?s)|(?:which|that) (?:looks|looked|might be|could be|must be|is)|looks like|might be|could be|must be) (?:the |a |his |her |my )?bone\b`,
].join('|'));
/** A denial just before ("no bend in my shin", "nothing like a kink"). */
const DENIED = /\b(?:no|not|isn'?t|wasn'?t|doesn'?t|nothing|without|never)\s+(?:\w+\s+){0,3}$/;
/** A denial inside the story ("a cut but no bone showing", "the cut has nothing white in it"). */
const DENIED_INSIDE = /\b(?:no|not|nothing|never|without|isnt|wasnt|doesnt|cant|couldnt|dont|didnt)\b|n't\b/;

/**
 * Every broken-limb story in the text, as `deformity`.
 * @example readBrokenLimb('Went down a hole and my lower leg is a bit bent above the ankle.')[0]?.id // 'deformity'
 */
export function readBrokenLimb(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    for (const re of [BENT, BEND_IN, BONE_IN_WOUND, OUT_OF_LINE]) {
      const m = re.exec(sentence);
      if (!m || DENIED.test(sentence.slice(Math.max(0, m.index - 30), m.index)) || DENIED_INSIDE.test(m[0])) continue;
      out.push({ id: 'deformity', span: [s.index + m.index, s.index + m.index + m[0].length] });
      break;
    }
  }
  return out;
}
