/**
 * The timing of chronic exertional compartment syndrome told with numbers rather than the lexicon's phrases (the
 * dev21 study: "both shins front get rock tight at exactly 3 km every run … stop n it's gone in 10 mins"):
 * - symptoms at a stated distance or time "every run" ("at 3 km every run", "about 20 minutes into each run",
 *   "by mile 2 every time");
 * - symptoms gone within minutes of stopping ("stop and it's gone in 10 mins", "stopped and within five minutes it
 *   was fine").
 * Either is the pattern that comes on at a set point and goes soon after stopping (pain-stops-run-same-point), the
 * history that points to the syndrome (aweid-2012). A time of day ("at 6 am every run") is not a point in the run.
 * Judgement, from how runners write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty)`;
/** A stated point in the run, then "every run" or "each time". */
const SET_POINT = new RegExp(String.raw`\b(?:at|after|around|about|by|from)\s+(?:exactly\s+|about\s+|around\s+|roughly\s+|precisely\s+|the\s+)?(?:${AMOUNT}\s*(?:km|k|kms|mi|miles?|mins?|minutes)\b(?:\s+(?:in|into))?|mile\s+${AMOUNT}\b|(?:${AMOUNT}|the)\s*(?:km|k|mile)\s+mark)[^.!?;]{0,25}?\b(?:every|each)\s+(?:single\s+)?(?:run|time|session|race|outing)\b`);
/** Stopping, then gone or fine within minutes. */
const GONE_ON_STOPPING = new RegExp(String.raw`\bstop(?:s|ped|ping)?\b[^.!?;]{0,25}?\b(?:gone|goes|go away|settles?|settled|eases?|eased|disappears?|fades?|fine|back to normal|normal again)\b[^.!?;]{0,15}?\b(?:in|within|after)\s+(?:about\s+|around\s+|like\s+)?(?:${AMOUNT}|a few|few|a couple of)\s*(?:mins?|minutes)\b`);

/**
 * The exertional timing pattern in the text, one sentence at a time.
 * @example readExertionalTiming('shins go tight at exactly 3 km every run')[0]?.id // 'pain-stops-run-same-point'
 */
export function readExertionalTiming(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const m = SET_POINT.exec(s[0]) ?? GONE_ON_STOPPING.exec(s[0]);
    if (m) out.push({ id: 'pain-stops-run-same-point', span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
