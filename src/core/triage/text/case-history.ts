/**
 * An injury told in a case history's own words (dev23): "she turned her left foot inwards stepping off a kerb", "he
 * went over on the outside of his foot landing from a jump", "rolled his ankle under him". The lexicon reads "turned
 * her foot inwards" as pain when turning the foot in (a symptom of a tendon); told in the past tense as something
 * that happened, with the foot or ankle as the object and a direction, it is the inversion injury itself, and an
 * injury of a moment is a sudden onset. An operation is named by the procedure ("an arthroscopic partial
 * meniscectomy", "an anterior cruciate reconstruction", "a caesarean section") with how long ago it was: recent surgery
 * is a clot risk (wells-2003). Judgement, from how clinicians write a case history.
 * @module
 */
import type { SignFinding } from './sign-finding.ts';

// Third person only: a runner's own "went over on my ankle" is read by the lexicon, which knows its many forms.
const OWNER = String.raw`(?:her|his|their|the)`;
const INVERSION = new RegExp(String.raw`\b(?:turned|twisted|rolled|inverted|went over on|went over|caught)\s+(?:on\s+)?${OWNER}\s+(?:(?:left|right)\s+)?(?:foot|ankle)\s+(?:(?:sharply|awkwardly|suddenly|badly)\s+)?(?:inwards?|in\b|under(?:neath)?(?:\s+(?:him|her|them))?|over)|\bwent over on ${OWNER}\s+(?:(?:left|right)\s+)?(?:foot|ankle)\b`, 'g');

/** A procedure named by its kind: the suffixes and words surgeons use for an operation. */
const PROCEDURE = /\b(?:had|underwent|undergone|after|following|since|post)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:\w+ectomy|\w+otomy|\w+plasty|arthroscop\w*|\w+scopy|reconstruction|(?:surgical |tendon |ligament |cartilage )?repair|fixation|orif|caesarean(?: section)?|c-section|(?:joint |hip |knee |ankle )?replacement|bunion(?:ectomy)? surgery)\b/g;
/** How long ago, when it is recent: days or weeks, "recently", "post-operative". */
const RECENT = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|half)\s+(?:and a half\s+)?(?:days?|weeks?)\s+(?:ago|after|since|post)|\brecent(?:ly)?\b|\bpost-?op(?:erative(?:ly)?)?\b|\blast (?:week|month)\b/;

/**
 * Inversion injuries told as events, each a rolled ankle of sudden onset, and recent operations named by procedure.
 * @example readCaseHistory('she turned her foot inwards stepping off a kerb').map((f) => f.id) // ['injury-rolled-ankle', 'onset-sudden']
 */
export function readCaseHistory(text: string): SignFinding[] {
  const out: SignFinding[] = [];
  for (const m of text.matchAll(INVERSION)) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    out.push({ id: 'injury-rolled-ankle', value: true, span }, { id: 'onset-sudden', value: true, span });
  }
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    if (!RECENT.test(s[0])) continue;
    for (const m of s[0].matchAll(PROCEDURE)) out.push({ id: 'recent-surgery-or-cast', value: true, span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
