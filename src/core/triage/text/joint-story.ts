/**
 * An inflamed joint told as a story rather than named (the dev20 study: gout told as an inflamed bunion, a reactive
 * arthritis told as "runner's aches getting older", rheumatoid told as dead shoes). Each family is open-ended in its
 * wording, so it is read by a small grammar over a class of words, one sentence at a time:
 * - a joint described by a list of looks: "came up red, hot and huge", "went hot, shiny and fat": each look gives its
 *   finding (redness, warmth, swelling); a list of two or more, so "my foot is hot after the run" gives nothing;
 * - the lightest touch unbearable: "the bedsheet brushing it made me yell", "even the duvet resting on it was agony";
 * - the same attack before: "had something like this on the other foot years ago", "it's happened before and went
 *   by itself", only when the text tells a joint flare (red, hot, swollen);
 * - a stomach or urine infection in the weeks before: "a horrible stomach bug", "D&V", "a water infection";
 * - a toe swollen along its whole length ("puffed up the whole length, not just at a knuckle"): a sausage toe;
 * - other joints swollen or stiff: a knee that flared up, knuckles sore or stiff, a wedding ring gone tight;
 * - stiffness on getting up that lasts half an hour or more ("stiff as an old gate first thing for about an hour",
 *   "takes me the best part of an hour to walk normally"): long morning stiffness (aletaha-2010 weighs it).
 * understand.ts then drops what is about someone else or a worry, as for every reader. Judgement, from how people
 * write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';
import { readSentences, storyText } from './story-sentences.ts';

/** A joint or part that can flare. */
const PART = String.raw`(?:toes?|joints?|ankles?|foot|feet|knuckles?|knees?|heels?|instep|midfoot|wrists?)`;
const CHANGE = String.raw`(?:'s|came up|come up|comes up|went|gone|goes|turned|turns|is|was|are|were|looks?|looked|got|gets|getting|has gone|had gone|swelled up|blew up|flared up|flared|puffed up)`;
const LOOK = String.raw`(?:red|hot|huge|massive|swollen|puffy|fat|angry|shiny|warm|purple|throbbing|inflamed|enormous|twice the size|blown up(?: like a balloon)?|ballooned)`;
/** A part, a change, then a list of looks joined by commas or "and". */
const LOOKS = new RegExp(String.raw`\b${PART}\b[^.!?;]{0,40}?${CHANGE}\s+((?:(?:really|very|bright|so|all|a bit|quite)\s+)?${LOOK}(?:\s*(?:,|and|&|,\s*and)\s*(?:(?:really|very|bright|so|all|quite)\s+)?${LOOK})+)\b`);
const LOOK_FINDING: Readonly<Record<string, string>> = {
  red: 'redness', angry: 'redness', inflamed: 'redness', hot: 'warmth', warm: 'warmth',
  huge: 'swelling', blown: 'swelling', ballooned: 'swelling', massive: 'swelling', swollen: 'swelling', puffy: 'swelling', fat: 'swelling', enormous: 'swelling', twice: 'swelling',
};
/** A denial before the list ("never went red or hot"). */
const DENIED = /\b(?:not|no|never|didn'?t|hasn'?t|wasn'?t|isn'?t)\s+(?:\w+\s+){0,2}$/;

/** The lightest touch of bedding or a sock, and a reaction to it. */
const LIGHT_TOUCH = /\b(?:bed ?sheets?|sheets?|duvet|covers|blankets?|quilt|sock|breeze)\s+(?:just\s+|even\s+|lightly\s+)?(?:brushing|touching|resting|lying|rubbing|on|against|over)\b[^.!?;]{0,40}?\b(?:yell\w*|yelp\w*|scream\w*|jump\w*|winc\w*|cry|cried|agony|unbearable|excruciating|hurt|hurts|killed|kills|too much|through the roof|couldn'?t bear|can'?t bear)/;

/** The same kind of attack before. */
const BEFORE = /\b(?:had|got) (?:something|one|an attack|a flare|an episode|the same(?: thing)?|this)(?: (?:like (?:this|it|that)|similar|the same))?\b[^.!?;]{0,50}?\b(?:before|years ago|once before|last year|years back|ages ago|a while back)\b|\b(?:this|it|the same thing|something (?:like|similar to) this) (?:has )?happened\b[^.!?;]{0,30}?\b(?:before|years ago|once)\b/;
/** The text tells a joint flare. */
const FLARE_TEXT = /\b(?:red|hot|swollen|huge|flare\w*|inflamed|angry|throbbing)\b/;

/** A stomach, bowel or urine infection. */
const INFECTION = /\b(?:(?:stomach|tummy|gastric|gut|sickness) (?:bug|upset|virus|flu)|food poisoning|gastro(?:enteritis)?|norovirus|campylobacter|salmonella|shigella|diarrh\w*|d ?& ?v|d and v|(?:urine|water|bladder|urinary) infection|uti|cystitis|chlamydia|gonorrh\w*)\b/;
/** Too long ago for a reactive arthritis. */
const LONG_AGO = /\b(?:years?|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[3-9]|1[0-2]) months?) (?:ago|back)\b|\bin (?:19|20)\d\d\b|\bas a (?:kid|child)\b|\blast year\b/;

/** A lesser toe swollen along its length. */
const WHOLE_TOE = /\b(?:(?:second|2nd|third|3rd|fourth|4th|fifth|5th|little|middle|one|a) )?toe\b[^.!?;]{0,50}?\b(?:swollen|swelled|puffed|puffy|fat|fattened|blown up)\b[^.!?;]{0,30}?\b(?:(?:the )?whole (?:length|toe|way|thing)|all the way (?:along|down)|end to end|from (?:base|root|bottom) to tip|like a (?:sausage|chipolata)|not just (?:at )?(?:a|the|one) (?:knuckle|joint))\b/;

/** Other joints: hand joints sore, stiff or swollen; a big joint swollen or flared. */
const OTHER_JOINT = /\b(?:knuckles?|fingers?|finger joints|wrists?|hands?)\b[^.!?;]{0,25}?\b(?:sore|stiff|swollen|puffy|puffed|achy|aching|painful|tender)\b|\b(?:knees?|elbows?|shoulders?|wrists?)\b[^.!?;]{0,20}?\b(?:flared(?: up)?|swollen|swelled|puffy|puffed up|hot and)\b|\b(?:wedding )?ring\b[^.!?;]{0,20}?\b(?:tight|won'?t come off|stuck|doesn'?t fit)\b/;
/** An everyday cause for sore hands or a swollen knee. */
const OTHER_CAUSE = /\b(?:from|after|because of|since) (?:the |my |a )?(?:climbing|boxing|gym|punch\w*|typing|gardening|fall|fell|knock|bang|crash|surgery|op)\b/;

/** Stiff on getting up, for half an hour or more. */
const STIFF = /\b(?:stiff\w*|seized up|tin man|like a robot|like an old (?:man|woman|gate)|creak\w*|loosen\w*|walk (?:normally|properly|right)|get (?:going|moving)|limber up)\b/;
const MORNING = /\b(?:first thing|in the morning|mornings?|when i (?:get|wake|first get) up|on waking|getting up|out of bed|after (?:i )?wak\w*)\b/;
const LONG = /\b(?:(?:an|one|a) (?:good |full |whole )?hour|\d hours?|hours|(?:about|around|nearly|almost|over) (?:an|one) hour|half an hour|the best part of an hour|(?:[3-9]\d|1\d\d) ?(?:min|mins|minutes)|(?:till|until|til) (?:lunch\w*|mid-?morning|midday|noon|10|11)|all morning|half the morning|most of the morning)\b/;

/**
 * Every joint-story finding in the text.
 * @example readJointStory('My big toe came up red, hot and huge.').map((f) => f.id) // ['redness', 'warmth', 'swelling']
 */
export function readJointStory(raw: string): StoryFinding[] {
  const text = storyText(raw);
  const flare = FLARE_TEXT.test(text);
  return readSentences(raw, ({ sentence, push }) => {
    const looks = LOOKS.exec(sentence);
    if (looks && !DENIED.test(sentence.slice(0, looks.index + looks[0].length - (looks[1]?.length ?? 0)))) {
      const ids = new Set((looks[1] ?? '').split(/[^a-z]+/).map((w) => LOOK_FINDING[w]).filter((id) => id !== undefined));
      for (const id of ids) push(id, looks);
    }
    push('cannot-bear-touch', LIGHT_TOUCH.exec(sentence));
    if (flare) push('previous-similar-joint-attack', BEFORE.exec(sentence));
    if (!LONG_AGO.test(sentence)) push('recent-gut-or-urinary-infection', INFECTION.exec(sentence));
    const toe = WHOLE_TOE.exec(sentence);
    // The big toe swollen all round is the gout or bunion joint, not a sausage toe.
    if (toe && !/\bbig\s+$/.test(sentence.slice(0, toe.index))) push('sausage-toe', toe);
    if (!OTHER_CAUSE.test(sentence)) push('other-joints-swollen', OTHER_JOINT.exec(sentence));
    const stiff = STIFF.exec(sentence);
    if (stiff && MORNING.test(sentence) && LONG.test(sentence)) push('morning-stiffness-long', stiff);
  });
}
