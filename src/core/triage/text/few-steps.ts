/**
 * Not bearing weight told as a count of steps: "couldn't manage more than a couple of steps", "could only take two
 * or three steps before I had to sit down", "managed a few steps and had to stop", "no more than a few paces"
 * (dev26: a fracture after a pothole twist, told as not getting more than a couple of steps). The Ottawa rules ask
 * whether the runner could take four steps; a handful of steps and no more is that "no". The lexicon's fixed phrases
 * ("only manage a few steps", phrase-families.ts) cover a few wordings; this small grammar reads the open family: a
 * limit (couldn't … more than, only, just, no more than, barely), a walking verb or none, and a small count of steps.
 * Running steps are not walking ("couldn't run more than a few steps" is a run stopped, not weight refused).
 * Judgement, from how people tell the minutes after an injury.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** A small number of steps: the Ottawa rule's four, told loosely. */
const FEW_OF = String.raw`(?:a (?:couple|few|handful)(?: of)?|one|two|three|four|1|2|3|4|two or three|2 or 3|a single|one or two)`;
/** The count with its steps: "a couple of steps", "two paces", "a step or two". */
const STEPS = String.raw`(?:${FEW_OF}\s+(?:steps?|paces?|strides?|hobbles?)|a (?:step|pace) or two)`;
/** Walking verbs, or none ("couldn't manage more than…"). */
const WALK = String.raw`(?:manage|take|walk|do|hobble|limp|get|make|go|put weight on it for)`;
const CANT = String.raw`(?:can'?t|cannot|couldn'?t|could not|unable to|not able to|wasn'?t able to|was not able to)`;
const LIMIT = new RegExp(String.raw`\b${CANT}\s+(?:even\s+|really\s+)?${WALK}\s+(?:more than|beyond|past|over)\s+${STEPS}\b`
  + String.raw`|\b(?:could|can|was able to|managed to)\s+(?:only|just|barely|hardly)\s+${WALK}\s+${STEPS}\b`
  + String.raw`|\b(?:only|just|barely|hardly)\s+(?:managed|took|walked|got|made|hobbled|limped)\s+${STEPS}\b`
  + String.raw`|\bmanaged\s+${STEPS}\s+(?:and|before|then)\b`
  + String.raw`|\bno more than\s+${STEPS}\b`
  + String.raw`|\b(?:after|within)\s+${STEPS}\s+(?:i|he|she|they)\s+(?:had to|couldn'?t|could not|collapsed|went down|sat down)\b`);
/** Steps of running, or steps in a plan or an exercise, are not weight refused. */
const NOT_WALKING = /\b(?:run|running|jog|jogging|sprint\w*|strides? of|drills?|exercises?|rehab|stairs? at a time)\b/;

/**
 * Every "only a few steps" story in the text, as `cannot-bear-weight`.
 * @example readFewSteps("He couldn't manage more than a couple of steps.")[0]?.id // 'cannot-bear-weight'
 */
export function readFewSteps(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const m = LIMIT.exec(s[0]);
    if (!m || NOT_WALKING.test(m[0])) continue;
    out.push({ id: 'cannot-bear-weight', span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
