/**
 * A toilet accident the person only found out about afterwards, told across sentences and inside another question
 * (dev25: "Runner's trots question … I had an accident on a slow jog and here's the thing - I genuinely didn't know
 * until I got home and saw it. No urgency, no warning, nothing."). Losing control without feeling it happen is lost
 * bladder or bowel sensation, a cauda equina sign (nice-ng59); the felt urgency of runner's diarrhoea is not.
 * warning-stories.ts reads the same when the leak and the not-noticing sit within a few words; this reader lets them
 * be a sentence or two apart:
 * - the accident: "had an accident", "wet myself", "soiled my shorts", "pooed myself", "leaked", "messed myself";
 * - then, within about two sentences, an unawareness: "didn't know / notice / realise / feel", "no idea", "only
 *   noticed / found out / saw", "until I got home / saw it / looked", "no urgency", "no warning", "never felt it".
 * "Accident" also means a fall or a crash, so the bare word counts only when the text speaks of the gut, the bowels,
 * the bladder or the toilet and nothing of an injury sits beside it ("had an accident on my bike", "didn't know I'd
 * cut my knee"). Judgement, from how people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** A toilet accident, plainly (own clothes, own body) or by the ambiguous "accident". */
const LEAK = /\b(?:wet|soiled|soil|pooed|pooped|peed|weed|messed|dirtied|leaked|leaking|leak)\s+(?:myself|himself|herself|themselves|my|his|her|their|the bed)\b|\b(?:leaked|leaking|dribbled|dribbling)\b/g;
const ACCIDENT = /\b(?:had|have had|'ve had|has had|having)\s+(?:an?|another|a little|a small|a bit of an?)\s+(?:little |small |tiny |bit of an? )?accidents?\b|\ban accident in (?:my|his|her|their) (?:shorts|pants|underwear|knickers|trousers|tights|leggings)\b/g;
/** Not knowing it happened: the unawareness that makes it a lost sensation. */
const UNAWARE = /\b(?:(?:didn'?t|did not|never|hadn'?t|had not|wouldn'?t have)\s+(?:\w+\s+)?(?:know|knew|notice|noticed|realise|realised|realize|realized|feel|felt|sense|sensed)(?! (?:what|whether|how|who|where|why|which|if i should))|no idea(?! (?:what|why|how|where|whether))|not aware|wasn'?t aware|unaware|only (?:noticed|found out|realised|realized|saw|knew|discovered)|until (?:i|he|she|they) (?:got home|got back|saw|looked|changed|took|undressed|went to)|no (?:urgency|urge|warning|sensation|feeling)|without (?:any )?(?:urgency|warning|feeling|noticing|realising|realizing|knowing))\b/;
/** Words of the gut, the bowels, the bladder or the toilet: "accident" means an accident of that kind. */
const TOILET = /\b(?:trots|gut|bowels?|bladder|loo|toilet|poo\w*|wee|pee|stool|diarrh\w*|runs|incontinen\w*|urgency|urge|nappy|pad|pads)\b/;
/** An injury beside the accident or after the unawareness: a fall, a crash, a wound. */
const INJURY = /\b(?:fell|fall|falling|tripped|trip|crash\w*|car|bike|cycling|skiing|road|collid\w*|knocked|hit by|cut|graze\w*|bleed\w*|blood|sprain\w*|twist\w*|rolled|broke\w*|fractur\w*|bruis\w*)\b/;

/** The felt leak of a cough, a jump or a weak pelvic floor: stress incontinence, not lost sensation. */
const STRESS = /\b(?:cough\w*|sneez\w*|laugh\w*|jump\w*|skipping|trampolin\w*|pelvic floor|bab(?:y|ies)|childbirth|pregnan\w*|kids|prostate)\b/;

/**
 * Toilet accidents that went unfelt, each as a saddle-or-bladder finding spanning the accident.
 * @example readUnfeltAccident('Had an accident on my run. Honestly didn\'t know until I got home. No urgency at all, just my gut.')[0]?.id
 * // 'bladder-bowel-or-saddle-numbness'
 */
export function readUnfeltAccident(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const toilet = TOILET.test(text);
  if (STRESS.test(text)) return [];
  const out: StoryFinding[] = [];
  const found = [...[...text.matchAll(LEAK)].map((m) => ({ m, plain: true })), ...(toilet ? [...text.matchAll(ACCIDENT)].map((m) => ({ m, plain: false })) : [])];
  for (const { m, plain } of found) {
    const end = m.index + m[0].length;
    const after = twoSentences(text, end);
    const unaware = UNAWARE.exec(after);
    if (!unaware) continue;
    // "Had an accident on my bike", "didn't know I'd cut my knee": an injury, not the toilet.
    if (!plain && (INJURY.test(text.slice(end, end + 40)) || INJURY.test(after.slice(unaware.index, unaware.index + unaware[0].length + 30)))) continue;
    // Leaking shoes, a leaking bottle: only a leak of the body counts.
    if (plain && /^(?:leak|dribbl)/.test(m[0]) && !toilet) continue;
    out.push({ id: 'bladder-bowel-or-saddle-numbness', span: [m.index, end] });
  }
  return out;
}

/** The rest of the sentence after `from` and the two sentences that follow. */
function twoSentences(text: string, from: number): string {
  let end = from;
  for (let n = 0; n < 3; n++) {
    const next = text.slice(end).search(/[.!?\n]/);
    if (next < 0) return text.slice(from);
    end += next + 1;
  }
  return text.slice(from, end);
}
