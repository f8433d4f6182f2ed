/**
 * The torn Achilles' "someone kicked me" feeling told as a small story (dev18: "felt exactly like one of the dads had
 * booted me in the back of the ankle, turned round and nobody was there"). The lexicon lists the common wordings; the
 * family is open (any person, any verb of hitting, any way of looking round), so this reads its grammar:
 * - a likeness ("like", "as if", "as though", "thought") then, within a few words, a verb of being struck (kicked,
 *   booted, whacked, smacked, thumped, struck, hit, shot, stamped, clipped) and the back of the leg, ankle, heel or
 *   calf, or "from behind", or a person and "me" ("as if someone had whacked me"; not "like a bus hit me");
 * - something thrown at the back of the leg ("like someone flicked a stone at the back of my ankle");
 * - turning or looking round and finding nobody there, or to confront whoever did it (dev27).
 * A real kick at football is told without a likeness and stays a direct blow (weak-alarms.ts). Judgement, from how
 * the sign is described (maffulli-1998).
 * @module
 */

/** Where the story is in a sentence (lower case). */
export interface KickMatch {
  readonly index: number;
  readonly length: number;
}

const STRUCK = String.raw`(?:kick\w*|boot(?:ed|s)|whack\w*|smack\w*|thump\w*|struck|strikes?|hit|hits|shot|stamp(?:ed|s)?(?: on)?|clipp?\w*|slapp?\w*|punch\w*|wallop\w*)`;
const BACK_OF_LEG = String.raw`(?:(?:in |on |at )?(?:the |my )?(?:back of (?:the |my )?(?:(?:left|right) )?(?:leg|ankle|heel|calf|lower leg)|calf|achilles|heel))`;
const LIKE = String.raw`\b(?:like|as if|as though|thought)\b`;
/** Something thrown at the leg: "as if somebody had lobbed a rock at the back of my heel" (dev17). */
const THROWN = String.raw`(?:threw|thrown|throw\w*|flick\w*|chuck\w*|lobb?\w*|ping\w*|fired|hurl\w*)`;
const LIKENESS = new RegExp(String.raw`${LIKE}[^.!?;]{0,40}?\b${STRUCK}\b(?:\s+me)?\s*${BACK_OF_LEG}|${LIKE}[^.!?;]{0,40}?\b${THROWN}\b[^.!?;]{0,30}?\bat\s+${BACK_OF_LEG}|${LIKE}\s+(?:someone|somebody|some ?one|a person|one of [\w' ]{1,20}?)\s+(?:had\s+|has\s+|just\s+)?${STRUCK}\s+me\b|${LIKE}[^.!?;]{0,40}?\b${STRUCK}\s+(?:me\s+)?from behind\b`);
/**
 * Turning round and finding nobody ("turned round and nobody was there", "spun round … and there was nobody within
 * two metres"), or turning round to confront whoever did it ("spun round to give out to whoever kicked me"; dev27).
 * Nobody there for a purpose ("no one was there to hand me a gel") is an empty aid station, not a phantom kick.
 */
const TURN = String.raw`\b(?:turned|looked|spun|glanced|whipped|swung|wheeled) (?:a?round|back|behind(?: me)?)\b`;
const NO_ONE = String.raw`(?:nobody|no one|no-one|noone|nothing|no body)`;
const NOBODY = new RegExp(String.raw`${TURN}[^.!?;]{0,60}?(?:\b${NO_ONE}\b(?: was)? (?:there|behind|near|nearby|around|within|close)(?! to )|\bthere (?:was|were|'s|is) ${NO_ONE}\b(?! to ))|${TURN} to (?:see|find|look for|shout at|yell at|swear at|give out to|have a go at|tell off|glare at|confront)\b[^.!?;]{0,20}?\bwho(?:ever)?(?:'d| had| just)? ${STRUCK} me\b`);

/**
 * The kick-feeling story in one sentence, or null.
 * @example readKickFeeling('felt like someone had booted me in the back of the ankle')?.index // 5
 */
export function readKickFeeling(sentence: string): KickMatch | null {
  const m = LIKENESS.exec(sentence) ?? NOBODY.exec(sentence);
  return m ? { index: m.index, length: m[0].length } : null;
}
