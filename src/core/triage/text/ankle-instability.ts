/**
 * An ankle that keeps going over, told by how often or how freely rather than named (the dev20 study: "my right ankle
 * just goes whenever it feels like it now", "maybe 6 or 7 little rolls since", "don't trust it on trails"). Read by a
 * small grammar, one sentence at a time:
 * - the ankle going, giving or rolling "whenever", "for no reason", "all the time", "on nothing": giving way again and
 *   again (chronic ankle instability);
 * - a count of rolls or sprains ("6 or 7 little rolls", "rolled it a dozen times", "loads of small sprains"):
 *   previous sprains;
 * - not trusting "it" in a text about the ankle: giving way again and again;
 * - the external-rotation stress test told plainly (dev28: "sitting with my knee bent, twisting the foot outwards hurts
 *   above the ankle"): the foot turned or twisted out and pain placed above the ankle or between the leg bones. It
 *   stresses the same ligament between the shin bones as the squeeze test, so it is read as that finding, as
 *   clinical-signs.ts reads the named test (williams-2007). Pain on the outside of the ankle is eversion, not this.
 * understand.ts then drops what is about someone else or a worry, as for every reader. Judgement, from how people
 * write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';
import { readSentences, storyText } from './story-sentences.ts';

const GOES = /\b(?:ankle|it)\b(?:'s| just| keeps?| still| now| always){0,3}\s*(?:goes|going|gives(?: way)?|giving(?: way)?|goes over|rolls|rolling|turns|collapses)\b[^.!?;]{0,25}?\b(?:whenever|any ?time|all the time|for no reason|out of nowhere|at random|randomly|constantly|on nothing|on the smallest|every (?:few|other) (?:weeks?|days?|runs?))\b/;
const NUMBER = String.raw`(?:\d+(?: or \d+)?|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|loads of|lots of|countless|several|a few|so many|many)`;
const COUNTED = new RegExp(String.raw`\b${NUMBER} (?:(?:more|little|small|minor|mini|bad|proper) )*(?:rolls|sprains|go-?overs|turns|twists)\b|\b(?:rolled|sprained|turned|twisted|gone over on) (?:it|my ankle|the ankle|that ankle) ${NUMBER} times\b`);
const NO_TRUST = /\b(?:don'?t|do not|never|can'?t) trust (?:it|the thing|that ankle|my ankle)\b/;
const ANKLE = /\bankles?\b/;
/** The foot turned, twisted or rotated outwards (by the runner or someone else). */
const TURNED_OUT = /\b(?:twist\w*|turn\w*|rotat\w*|swivel\w*)\s+(?:(?:the|my|his|her|their|that)\s+)?(?:foot|feet|ankle)\s+(?:out|outwards?|outward|away|externally)\b|\b(?:foot|feet)\s+(?:is\s+|being\s+|gets\s+)?(?:twisted|turned|rotated)\s+(?:out|outwards?)\b(?=[^.!?;]{0,20}\b(?:hurts?|pain|sore|agony|sharp)\b)/;
/** Pain placed above the ankle, between the two leg bones, not on the outside of the ankle. */
const HIGH = /\b(?:hurts?|pain\w*|sore|ach\w*|agony|sharp)\b[^.!?;]{0,30}?\b(?:(?:just |right |up )?above (?:the|my|his|her) ankle|between (?:the|my) (?:two )?(?:lower )?(?:leg|shin) bones|up (?:the|my) shin|higher up)\b|\b(?:(?:just |right |up )?above (?:the|my|his|her) ankle|between (?:the|my) (?:two )?(?:lower )?(?:leg|shin) bones)\b[^.!?;]{0,20}?\b(?:hurts?|pain\w*|sore|ach\w*|agony|sharp)\b/;

/**
 * Every instability finding in the text.
 * @example readAnkleInstability('My ankle just goes whenever it feels like it.')[0]?.id // 'ankle-gives-way-repeatedly'
 */
export function readAnkleInstability(raw: string): StoryFinding[] {
  const text = storyText(raw);
  const ankle = ANKLE.test(text);
  return readSentences(raw, ({ sentence, push }) => {
    if (ankle) push('ankle-gives-way-repeatedly', GOES.exec(sentence) ?? NO_TRUST.exec(sentence));
    if (ankle) push('previous-ankle-sprains', COUNTED.exec(sentence));
    const turned = TURNED_OUT.exec(sentence);
    if (turned && HIGH.test(sentence)) push('test-squeeze-shin-painful', turned);
  });
}
