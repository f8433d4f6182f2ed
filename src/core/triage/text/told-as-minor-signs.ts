/**
 * Doctor-level signs told in passing by someone who thinks the problem is minor (the dev16 study: a stress fracture
 * told as shin splints or a tight tendon, RED-S told as "race weight", a hot diabetic foot told as a twist). Each
 * family is open-ended in its wording, so it is read by a small grammar over a class of words rather than by a list
 * of phrases, one sentence at a time:
 * - a hop tried and failed, or hopping and bounding drills sat out: a painful hop test (bone stress; warden-2014);
 * - an ache while sitting still (in a lecture, at a desk, on the sofa): pain at rest, not the stiffness on getting up;
 * - a sore spot on the shin or foot bone small enough to cover with a fingertip: focal bony tenderness;
 * - the heel pinched or squeezed from side to side and sore: a painful heel squeeze;
 * - a child or adult who will not put the foot down, or who hops or crawls instead: not bearing weight;
 * - a measured temperature of 38 °C or more: fever;
 * - a foot hotter or warmer than the other one: warmth;
 * - diabetes said in shorthand ("type 1 for 30 years", "T1D", "my sugars are up");
 * - a joint that flares red and hot "every few months", or "4 flares this year": previous similar attacks (gout);
 * - a tear felt as it happened ("felt something rip under my arch"): a pop or snap;
 * - weight lost in kilos or pounds, a lost libido, periods not back: low energy availability (mountjoy-2023).
 * understand.ts then drops what is about the past, someone else or a worry, as for every reader. Judgement, from how
 * people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';
import { readSentences } from './story-sentences.ts';

/** A hop or a jump tried ("tried a test hop", "had a go at hopping"). */
const HOP_TRIED = /\b(?:tried|try|trying|attempted|had a go at|gave it|did)\b[^.!?;]{0,25}?\b(?:hop|hops|hopping|jump|jumps|jumping)\b/;
/** How the try went, when it went badly. */
const HOP_FAILED = /\b(?:nope|no chance|no way|not happening|no go|no-go|forget it|not a chance|couldn'?t|could not|can'?t|cannot|ouch|ow+|agony|hurt|hurts|painful|sore|yelp(?:ed)?|winced?|big mistake|bad idea|regretted it|nearly fell)\b/;
/** Drills that load the bone, avoided or sat out. */
const HOP_AVOIDED = /\b(?:sits?|sat|sitting) out\b[^.!?;]{0,25}?\b(?:hop\w*|bound\w*|jump\w*|plyo\w*)|\b(?:can'?t|cannot|couldn'?t|won'?t|skips?|skipping|skipped|avoids?|avoiding|avoided|excused from|pulled out of)\b\s+(?:\w+\s+){0,2}?(?:hopping|bounding|jumping|plyo\w*)(?:\s+and\s+\w+)?\s+(?:drills?|exercises?|work|sessions?)\b/;
/** The hop went fine: no finding. */
const HOP_FINE = /\b(?:fine|ok|okay|no problem|no bother|pain[- ]free|without (?:any )?pain|no pain|didn'?t hurt|doesn'?t hurt|not sore|not painful)\b/;

/** An ache while sitting still, or where one sits. */
const SITTING_ACHE = /\b(?:aches?|aching|achy|throbs?|throbbing|hurts?|sore|niggles?|niggling|nags?|nagging)\b\s+(?:\w+\s+){0,2}?(?:(?:sitting|sat)\s+(?:in|at|on|down|still|around|watching|reading)\b|(?:in|during) (?:lectures?|class(?:es)?|meetings?|church|the cinema)\b|at (?:my|her|his|the) desk\b|on the (?:sofa|couch)\b|watching (?:tv|telly|the telly|a film)\b)/;
/** Getting up after sitting is the stiffness of a tendon or fascia, not pain at rest. */
const AFTER_SITTING = /\b(?:after|getting up|get up|gets up|stand(?:ing)? up|first (?:few )?steps)\b/;

/**
 * Woken in the night by the pain, told by the clock or by the nights counted ("3rd night in a row I've woken at 3am
 * with a throb in my shin"; dev20): night pain, the bone-stress sign. A baby, a dog or an alarm that woke them is not.
 */
const WOKEN = /\b(?:woke|woken|waking|wakes?|kept awake|keeps? me awake|awake)\b/;
const NIGHT = /\b(?:(?:[1-5]|12)(?::\d\d)?\s*(?:am|a\.m\.)|(?:[1-5]|12) in the morning|in the (?:middle of the )?night|the early hours|the small hours|during the night|nights? (?:in a row|running)|every night|at night|(?:\d+|two|three|four|five|several|few|couple of)(?:st|nd|rd|th)? nights?)\b/;
const NIGHT_PAIN = /\b(?:pain|painful|aches?|aching|achy|throb\w*|sore\w*|hurts?|hurting|burn\w*|stab\w*|niggle|niggling|pounding)\b/;
const WOKEN_BY_OTHER = /\b(?:by|from) (?:the |my |our |a )?(?:baby|kids?|children|dog|cat|alarm|noise|neighbours?|partner|husband|wife|storm)\b/;

/** The pain now comes with walking too, not only running ("now it's there walking to the shops too"; dev20). */
const WALKING_TOO = /\b(?:walk(?:ing|s)?|when i walk|on walks|walking (?:to|round|around) the \w+)\b[^.!?;]{0,40}?\b(?:too|as well|also|now|not just (?:on |when |while |with )?(?:running|runs?|jogging))\b|\bnot (?:just|only) (?:on |when |while |with )?(?:running|runs?|jogging)\b[^.!?;]{0,30}?\bwalk\w*/;
const WALKING_FINE = /\b(?:walk\w*) (?:is |are |was )?(?:fine|ok|okay|no problem|pain[- ]free|easy|comfortable)|\b(?:doesn'?t|don'?t|didn'?t|does not|never) (?:hurt|bother me|ache) (?:when |while |on )?walk/;

/** A spot the size of a fingertip or a coin. */
const FINGERTIP = /\bcover(?:s|ed|ing)?\b[^.!?;]{0,20}?\b(?:fingertip|finger ?tip|finger|thumb(?:nail)?|thumbprint|coin|penny|(?:5|10|20)p)\b|\b(?:size of|as big as|no bigger than) (?:a |my |one |her |his )?(?:fingertip|finger ?tip|thumb(?:nail)?|thumbprint|coin|penny|(?:5|10|20)p|pea)\b/;
/** The spot is on a bone of the shin or foot. */
const BONY_PLACE = /\b(?:shin|shins|shinbone|tibia|bone|bony|metatarsals?|top of (?:my|the|her|his) foot|midfoot)\b/;
/** Any body place named: a sentence that names none takes its place from the sentence before. */
const BODY_WORD = /\b(?:shins?|shinbone|tibia|bones?|bony|foot|feet|leg|heel|ankle|toes?|calf|arch|tendon|achilles|metatarsals?|midfoot|knee|hip)\b/;
/** A soft-tissue place: a spot there is a tendon's or the fascia's, not a bone's. */
const SOFT_PLACE = /\b(?:tendon|achilles|fascia|arch|heel|calf|muscle|ball of|nerve)\b/;

/** The heel squeezed or pinched across its sides. */
const HEEL_SQUEEZE = /\b(?:squeez\w*|pinch\w*|press\w* in|compress\w*)\b[^.!?;]{0,30}?\bheel\b[^.!?;]{0,30}?\b(?:from (?:both sides|side to side|either side)|side to side|both sides|either side|like a sandwich)\b/;
const PAINFUL = /\b(?:sore|hurts?|painful|tender|agony|kills|ouch|no go|a no)\b/;

/** Not putting the foot down, by refusal or by hopping or crawling instead. */
const NO_WEIGHT = /\b(?:won'?t|wont|will not|refuses? to|refusing to|refused to|wouldn'?t|would not)\s+(?:\w+\s+){0,2}?(?:put|take|bear)\s+(?:any\s+|much\s+)?(?:weight|(?:her|his|my|the|their|that) (?:\w+ )?(?:foot|leg) down)\b|\b(?:hops?|hopping|crawls?|crawling|bum[- ]shuffl\w*)\s+(?:or|and)\s+(?:crawls?|crawling|hops?|hopping|bum[- ]shuffl\w*)\b/;
/** Keeping weight off as a precaution, not because it cannot be borne. */
const PRECAUTION = /\b(?:until|till|til|before|just in case|to be safe|to rest it)\b/;

/** A measured temperature: 38–41.9 °C with a decimal or a degree sign, beside a word about temperature. */
const TEMPERATURE = /\b(?:3[89]|4[01])(?:\.\d)?\s*(?:°|degrees\b|c\b)|\b(?:3[89]|4[01])\.\d\b(?!\s*(?:km|k|mi|miles?|kg|min|mins|minutes|%))/;
const TEMPERATURE_WORD = /\b(?:temp|temperature|fever|feverish|thermometer|checked|measured|took (?:her|his|my|their) temp\w*|reading|hot to touch|burning up)\b|°/;

/** A foot hotter or warmer than the other one. */
const HOTTER = /\b(?:hotter|warmer)\b[^.!?;]{0,25}?\bthan (?:the |my |her |his )?(?:other|left|right)\b/;

/** Diabetes in shorthand: the type with a span of years or the word itself, T1D, sugars running high. */
const DIABETES = /\btype (?:1|one|2|two|i|ii)\b(?!\s+fun\b)(?=\s+(?:diabet\w*|for\b|since\b|\(|and\b|on\b)|\s*[,.;])|\bt[12]d\b|\b(?:my |blood |her |his )?sugars\b(?=\s+(?:are|is|a bit|have been|been|up|high|running|all over|all up))|\bhba1c\b|\b(?:libre|dexcom|cgm|insulin pump)\b/;

/** A tear felt as it happened: "felt something rip", "a tearing feeling", "felt it give". */
const TEAR_FELT = /\bfelt (?:something|it|a bit|the \w+) (?:rip|tear|give|snap|ping|twang|go pop|pop)\b|\b(?:a |that )?(?:ripping|tearing) (?:feeling|sensation)\b/;

/** Joint attacks that come back: a count or a rhythm of flares, with the flare itself said in the same sentence. */
const REPEATS = /\bevery (?:few|couple of|other|\d+|two|three|four|six) (?:weeks|months|years)\b|\b(?:\d+|several|a few|a couple of|two|three|four|five|six) (?:flares?|flare-ups?|attacks?|episodes?)\b|\b(?:keeps?|kept) (?:flaring|coming back)\b/;
const FLARE = /\b(?:flares?|flared|flaring|flare-ups?|attacks?|red|hot|swollen|swells)\b/;

/** Low energy availability told by its signs: weight lost in units, libido gone, periods not back. */
const LOW_ENERGY = /\blost\s+(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+|like\s+)?\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|stone|st)\b|\b(?:zero|no|low|non-?existent|lost (?:my|all|her|his) )\s*libido\b|\bperiods? (?:still )?(?:haven'?t|hasn'?t|have not|has not|never) (?:come back|returned|started again)\b|\bhaven'?t had a period\b/;

/**
 * Every doctor-level sign told in passing in the text.
 * @example readToldAsMinorSigns('Tried a test hop in the hallway and no chance.')[0]?.id // 'test-hop-painful'
 */
export function readToldAsMinorSigns(raw: string): StoryFinding[] {
  let previous = '';
  return readSentences(raw, ({ sentence, push }) => {
    const tried = HOP_TRIED.exec(sentence);
    if (tried && HOP_FAILED.test(sentence.slice(tried.index)) && !HOP_FINE.test(sentence)) push('test-hop-painful', tried);
    else push('test-hop-painful', HOP_AVOIDED.exec(sentence));
    const sitting = SITTING_ACHE.exec(sentence);
    if (sitting && !AFTER_SITTING.test(sitting[0])) push('pain-at-night-or-rest', sitting);
    // "A throb in my shin. It's one spot, I can cover it with a fingertip": the place may be in the sentence before.
    const place = BODY_WORD.test(sentence) ? sentence : `${previous} ${sentence}`;
    if (BONY_PLACE.test(place) && !SOFT_PLACE.test(place)) push('bony-tenderness-focal', FINGERTIP.exec(sentence));
    previous = sentence;
    const woken = WOKEN.exec(sentence);
    if (woken && NIGHT.test(sentence) && NIGHT_PAIN.test(sentence) && !WOKEN_BY_OTHER.test(sentence)) push('pain-at-night-or-rest', woken);
    if (!WALKING_FINE.test(sentence)) push('pain-with-walking', WALKING_TOO.exec(sentence));
    const squeeze = HEEL_SQUEEZE.exec(sentence);
    if (squeeze && PAINFUL.test(sentence.slice(squeeze.index)) && !HOP_FINE.test(sentence)) push('test-heel-squeeze-painful', squeeze);
    const weight = NO_WEIGHT.exec(sentence);
    if (weight && !PRECAUTION.test(sentence.slice(weight.index))) push('cannot-bear-weight', weight);
    const temp = TEMPERATURE.exec(sentence);
    if (temp && TEMPERATURE_WORD.test(sentence)) push('fever-or-unwell', temp);
    push('warmth', HOTTER.exec(sentence));
    push('diabetes', DIABETES.exec(sentence));
    push('injury-pop-or-snap', TEAR_FELT.exec(sentence));
    if (FLARE.test(sentence)) push('previous-similar-joint-attack', REPEATS.exec(sentence));
    push('low-energy-availability', LOW_ENERGY.exec(sentence));
  });
}
