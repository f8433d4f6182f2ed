/**
 * Self-care already tried without improvement, told with the treatment as the subject: "stretching hasn't done a
 * thing", "the insoles haven't made any difference", "rest didn't do anything", "icing it has made zero difference"
 * (dev19: a trapped heel nerve told as "stretching hasn't done a thing"). The tokeniser folds "hasn't" into "not", so
 * phrase matching reads "hasn't done a thing" as a denial; this reader keeps the word order instead: a home treatment,
 * then a denied helping verb or a "nothing"/"no difference". Painkillers are left out on purpose: "painkillers aren't
 * helping" tells how bad the pain is (phrase-families.ts), not that self-care has run its course. Gives
 * `self-care-not-helping`. Only a tried-over-time tense counts: in the present simple, "stretching the arch does
 * nothing" is a manoeuvre that does not provoke the pain (dev18), not a treatment that failed. Judgement, from how
 * runners tell what they have tried.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const TREATMENT = String.raw`(?:stretch(?:es|ing)?|insoles?|orthotics?|arch supports?|heel (?:cups?|pads?|raises?|lifts?)|rest(?:ing)?(?! of)|time off|ic(?:e|ing)|massag(?:e|es|ing)|foam roll(?:er|ing)?|rolling (?:it|my foot)|(?:golf|tennis|spiky|lacrosse|massage) ball|exercises|strengthening|calf raises|eccentrics?|new (?:shoes|trainers|runners)|taping|tape|strapping|night splint|splint|brace|compression sleeves?|physio|rehab)`;
const DENIED = String.raw`(?:hasn'?t|haven'?t|hadn'?t|has not|have not|had not|didn'?t|did not|isn'?t|aren'?t|is not|are not|wasn'?t|weren'?t|not)`;
const HELP = String.raw`(?:done|do|doing|made|make|making|helped|help|helping|worked|work|working|changed|change|shifted|touched|touch|improved|fixed|sorted|eased)`;
const NOTHING = String.raw`(?:(?:has|have|had|did|is|are|was|were|made|done)\s+(?:\w+\s+){0,2}?(?:nothing|zero difference|no difference|no good|little difference|sod all|zilch|f ?all))`;
const TRIED = new RegExp(String.raw`\b${TREATMENT}\b[^.!?;,]{0,40}?\b(?:${DENIED}\s+(?:really\s+|actually\s+|even\s+)?${HELP}\b|${NOTHING}\b)`);
/** "Rest hasn't made it worse", "ice doesn't do it any harm": no harm is not no help. */
const HARMLESS = /^\s+(?:\w+\s+){0,2}?(?:worse|harm|damage)\b/;

/**
 * Every account of home treatment that has not helped, as `self-care-not-helping`.
 * @example readSelfCareTried("Stretching hasn't done a thing.")[0]?.id // 'self-care-not-helping'
 */
export function readSelfCareTried(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    const m = TRIED.exec(sentence);
    if (!m || HARMLESS.test(sentence.slice(m.index + m[0].length))) continue;
    out.push({ id: 'self-care-not-helping', span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
