/**
 * A dropped foot told by what it does rather than named (dev25: "my right foot dont obey when I want to lift it, the
 * point of the foot stays down and I hit the toes on the ground when I walk"; a foot that cannot be lifted to put a
 * sock on; a trainer that slaps down on the pavement). The muscles that lift the front of the foot are supplied by
 * the L5 root and the peroneal nerve; when they fail, the front of the foot hangs, the toes catch and the foot slaps
 * (nice-ng59 treats a new motor deficit as needing prompt assessment). The family is open-ended, so it is read by a
 * small grammar over word classes, one sentence at a time:
 * - a lift that fails: the foot or its front will not obey, lift, come up or do what is wanted, or cannot be lifted,
 *   raised or pulled up ("can't lift the foot to put a sock on");
 * - a front that stays down: the point, tip or front of the foot (or the toes) stays, hangs, droops or drops down;
 * - toes that meet the ground while walking: hit, catch, clip, scrape, scuff or drag on the ground, floor, pavement,
 *   carpet, stairs or a kerb, said of walking or as a habit (one stubbed toe on a root is not);
 * - a foot that slaps or flaps down while walking (running form is running-form.ts's to set aside);
 * - the knee lifted high to clear the ground (the steppage gait);
 * - a lift that cannot be made to happen ("can't get the front of my foot to come up off the floor") and a foot
 *   dragged along ("I'm dragging it", said with the foot named in the sentence) (dev27: a soldier on a march).
 * Not a lift that hurts ("can't lift my foot because of the pain", "too sore to pull my toes up"), nor a foot that
 * hangs while kneeling or lying face down (the Achilles' Matles sign: achilles-told-by-feel.ts). Who it is about is
 * left to understand.ts as for every reader. Judgement, from how people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const FRONT = String.raw`(?:(?:my |the |his |her |that |this |right |left |injured |bad |sore )*(?:foot|feet|toes?|front of (?:my |the |his |her )?foot|point of (?:my |the |his |her )?foot|tip of (?:my |the |his |her )?foot|forefoot))`;
/** The foot or its front that will not obey or lift. */
const WONT_LIFT = new RegExp(String.raw`\b${FRONT}\s+(?:just |simply |really |still )?(?:won'?t|wont|will not|doesn'?t|dont|don'?t|does not|do not|refuses? to|can'?t|cannot)\s+(?:\w+\s+)?(?:obey|listen|respond|cooperate|co-operate|lift(?! off)|come up|pull up|flex up|do what i (?:want|tell it|ask))\b`);
/** "Can't lift my foot", "unable to pull my toes up", "no strength to raise the front of the foot". */
const CANT_LIFT = new RegExp(String.raw`\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to|no strength to|no power to|struggl\w* to|hardly|barely)\s+(?:\w+\s+)?(?:lift|raise|pull up|pull|cock|bring up|point up|flex up)\s+${FRONT}(?:\s+up)?\b`);
/** "Can't get the front of my foot to come up": the lift asked for and not obtained. */
const CANT_GET_UP = new RegExp(String.raw`\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to)\s+(?:seem to\s+)?(?:get|make)\s+${FRONT}\s+(?:to\s+)?(?:come up|lift|lift up|go up|rise|point up|pull up|move up)\b`);
/** A foot dragged along as the person walks: "I'm dragging it", "dragging my foot". */
const DRAGGING = /\b(?:(?:i'?m|i am|he'?s|she'?s|is|keep|keeps|kept|was|been)\s+)?(?:dragging|drags|dragged)\s+(?:it|my foot|the foot|his foot|her foot|that foot|my leg|the leg)\b(?!\s+(?:out|off|in|into|across|through|up|down|back|along|behind the|to the car))/;
const FOOT_NAMED = /\b(?:foot|feet|toes?|forefoot)\b/;
/** The front of the foot that stays or hangs down. */
const STAYS_DOWN = new RegExp(String.raw`\b${FRONT}\s+(?:just |still |always |keeps? |kind of |sort of )?(?:stays?|staying|hangs?|hanging|droops?|drooping|drops?|dropping|flops?|flopping|dangles?|dangling)\s+(?:\w+\s+)?down\b(?! on (?:the |my )?(?:pedals?|accelerator|gas|brake|clutch))`);
/** Toes that meet the ground as the person walks. */
const TOES_MEET = /\b(?:hit|hits|hitting|catch|catches|catching|caught|clip|clips|clipping|clipped|scrape|scrapes|scraping|scraped|scuff|scuffs|scuffing|scuffed|drag|drags|dragging|dragged|knock|knocks|knocking|knocked|bang|bangs|banging|banged)\s+(?:my |the |his |her |its |their )?(?:big )?(?:toes?|front of (?:my |the )?foot|tip of (?:my |the )?(?:shoe|trainer)|toe of (?:my |the )?(?:shoe|trainer|boot))\s+(?:on|against|along|in|into)\s+(?:the |a |each |every )?(?:ground|floor|pavement|carpet|stairs?|steps?|kerbs?|curbs?|road|path|rug|mat|edge)\b/;
/** Walking or a habit: the toes meet the ground more than once. */
const HABIT = /\b(?:when (?:i|he|she|they) walks?|when walking|while walking|as (?:i|he|she) walks?|walking|every (?:step|time|few steps)|keeps?|kept|all the time|constantly|again|twice|three times|several times|a few times|repeatedly|always|on the stairs|up the stairs|upstairs)\b/;
/** A foot that slaps or flaps down. */
const SLAPS = /\b(?:foot|feet|trainer|shoe|it)\b[^.!?;]{0,20}?\b(?:slap(?:s|ping)?|flap(?:s|ping)?|smack(?:s|ing)?|clap(?:s|ping)?|slaps? down|flops? down)\b|\bwithout (?:it|my foot|the foot) (?:slapping|flapping|smacking)\b/;
const WALKING = /\b(?:walk\w*|pavement|floor|stairs|steps?|kerb|hallway|corridor)\b/;
/** The knee lifted high to clear the ground. */
const HIGH_STEP = /\b(?:lift|lifting|raise|raising|bring|bringing)\s+(?:my |his |her )?(?:knee|leg)\s+(?:up\s+)?(?:higher|high|extra high|really high)\b[^.!?;]{0,40}?\b(?:clear|so (?:my|the) (?:foot|toes) (?:don'?t|doesn'?t) catch|not to (?:catch|trip))\b/;
/** The lift hurts rather than fails, or the failure is the Achilles hanging with the knee bent. */
const PAIN_LIMITED = /(?<!\b(?:not|no|doesn'?t|does not|isn'?t|never) (?:\w+ )?)\b(?:because|cos|'cause|too (?:sore|painful|stiff)|hurts?|hurting|pain\w*|agony|sore|tender)\b/;
/** Tired legs at the end of a long run: heavy feet, not a dropped one. */
const TIRED = /\b(?:tired|tiring|knackered|exhausted|fatigue\w*|end of (?:a |the |my )?(?:run|race|marathon|session)|last (?:few )?(?:miles?|km|k)|after (?:the|a|my) (?:race|marathon|ultra|long run))\b/;
const HANGING_POSE = /\b(?:kneel\w*|knelt|face ?down|prone|on (?:my|his|her) (?:front|tummy|belly|stomach))\b/;
/** The sign denied: "my foot doesn't slap or catch", "never catch my toes", "no trouble lifting my foot". */
const DENIED = /\b(?:not|no|never|nor|doesn'?t|does not|don'?t|do not|didn'?t|isn'?t|without|or)\b/;
/** A single stub on a root or a stone: a trip, not a foot that drops. */
const ONE_STUB = /\b(?:stub\w*|root|rock|stone|tree|branch|once)\b/;

/** A denial in the same clause just before a reading ("I never catch my toes", not "no pain, but my foot won't lift"). */
function deniedBefore(sentence: string, at: number): boolean {
  const clause = sentence.slice(Math.max(0, at - 25), at).split(/,|\bbut\b|\band\b/).pop() ?? '';
  return DENIED.test(clause);
}

/**
 * Every dropped foot told by what it does, one finding per sentence.
 * @example readFootDropStories('The front of my foot just stays down and I keep catching my toes on the carpet.')[0]?.id
 * // 'weakness-foot-drop'
 */
export function readFootDropStories(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    if (HANGING_POSE.test(sentence)) continue;
    const dragged = FOOT_NAMED.test(sentence) ? DRAGGING.exec(sentence) : null;
    const lift = WONT_LIFT.exec(sentence) ?? CANT_LIFT.exec(sentence) ?? CANT_GET_UP.exec(sentence) ?? STAYS_DOWN.exec(sentence) ?? dragged;
    const tired = TIRED.test(sentence);
    const liftOk = lift !== null && !tired && !deniedBefore(sentence, lift.index) && !PAIN_LIMITED.test(sentence.slice(lift.index, lift.index + lift[0].length + 40));
    const meet = TOES_MEET.exec(sentence);
    const meetOk = meet !== null && HABIT.test(sentence) && !ONE_STUB.test(sentence) && !deniedBefore(sentence, meet.index);
    const slap = SLAPS.exec(sentence);
    // "Can't walk quickly without it slapping" says it slaps; "I can walk without it slapping" says it does not.
    const slapOk = slap !== null && !tired && !DENIED.test(slap[0].replace(/^without\b/, '')) && WALKING.test(sentence) && (!slap[0].startsWith('without') || /\b(?:can'?t|cannot|couldn'?t|could not)\b/.test(sentence.slice(0, slap.index)));
    const found = (liftOk ? lift : null) ?? (meetOk ? meet : null) ?? (slapOk ? slap : null) ?? HIGH_STEP.exec(sentence);
    if (found) out.push({ id: 'weakness-foot-drop', span: [s.index + found.index, s.index + found.index + found[0].length] });
  }
  return out;
}
