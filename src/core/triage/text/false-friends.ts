/**
 * Everyday senses of words the lexicon reads as symptoms or history ("false friends"), decided from the neighbouring
 * words and rewritten to a form no phrase uses, so the medical phrase no longer matches:
 * - "boots" as footwear (walking boots, football boots, hiking boot) is not a cast or medical boot; "in a boot",
 *   "moon boot", "air cast boot" and a single "walking boot" still are.
 * - "put on weight" (body weight) is not "can't put weight on it".
 * - "foam rolled my calf", "rolled it out on a ball": massage, not a rolled ankle.
 * - "the race kicked off", "the pain kicked in": a start, not a kick to the calf.
 * - "GP surgery", "rang the surgery": the doctor's practice, not an operation; "operations manager": a job.
 * - "cast my vote", "cast iron": not a plaster cast.
 * - "cold snap", "snapped at my kids", "snapped a photo": not a snapping tendon.
 * - "flu jab", "covid jab": an injection, not jabbing pain.
 * - "heel raises", "heel drop", "heel weight bearing", "run on my heels", "higher than the heel", "squat with my heels
 *   on the floor", "hobble on my heel", "wear heels for work": the heel as an exercise, a shoe measure, a way of landing
 *   or walking, a posture, a shoe or a landmark, not the place that hurts; "heel slipping in the shoe",
 *   "slips out of my trainers": how the shoe fits, not a heel finding nor a slip and fall.
 * - "the bony knob on the outside of my ankle", "the knobbly bone at the base of the little toe": a bone named as a
 *   landmark, not a lump.
 * - "can't walk downhill without a sharp pain": a double negative that says walking hurts, not that walking is
 *   impossible nor that there is no pain; "can't walk without crutches" keeps its meaning.
 * - "getting cold feet about the race": nerves, not a cold foot (only with "about", so "cold feet over winter" stays).
 * - "can't put weight through the outside of my foot", "on the ball of my foot": one part of the foot that will not
 *   take load, not a foot that cannot bear weight at all (Ottawa asks for four steps, limping allowed).
 * - "growing pains": a name for aches in growing children, not pain growing by the hour ("a growing pain" stays).
 * - "a sharp catch", "it catches me when I push off", "catches sharply": a stab of pain, not a joint that clicks or
 *   locks (a plain "it catches" or "catching" keeps the mechanical sense).
 * - "a friend cracked it for me", "popped it back": a joint manipulated by someone, not a crack or pop at injury.
 * - "at the start of runs": a moment in the run, not starting to run; "shuffling with that foot flat", "walking
 *   flat-footed": a way of walking, not flat feet.
 * - "once it warms up", "easy runs", "spikes are very tight", "in wide shoes or barefoot": the warm-up, a gentle pace,
 *   a shoe's fit and no shoes, not warmth, easing, a tight leg or barefoot-style shoes (dev18).
 * - "a faint bruise", "the faint outline of a vein": slight, not a faint (dev23); "the bone sticking out on the outer
 *   edge of my foot": a landmark, not a deformity.
 * - "single-leg hop", "one leg heel raises": how a test is done, not the leg as the place that hurts ("one leg is
 *   swollen" keeps its place).
 * - "came down hard on a sharp rock", "banged my shin on a rock": a stone on the ground, not a rock-hard leg ("rock
 *   hard", "hard as a rock", "like a rock" keep the sense of a tense compartment) (dev19).
 * - "the 3rd and 4th finger of the foot", "I cannot stand on the fingers": toes, in the words of runners whose
 *   first language has one word for both (dev19); fingers of the hand keep their sense.
 * - "a faint bruise", "pulses are faint", "faintly red": faint as "slight" said of a sign, not a faint (a collapse,
 *   a lung-clot sign); "felt faint", "faint when I stand" keep the collapse (dev23's examination sentences).
 * - "to get my strength back", "want my speed back": something regained, not the back (dev25).
 * - "dropped a kettlebell on my foot": an object let fall onto the foot, not a dropped foot (dev27).
 * Applied to the text and to every lexicon phrase alike (senses.ts), so a phrase still matches itself.
 * Judgement, from how runners write.
 * @module
 */
import { stem, type Token } from './tokens.ts';

const stems = (words: readonly string[]): Set<string> => new Set(words.map(stem));
const FOOTWEAR_KIND = stems([
  'football', 'hiking', 'hike', 'rugby', 'ski', 'work', 'fell', 'trail', 'snow', 'wellington', 'welly', 'riding', 'climbing',
  'hill', 'cowboy', 'leather', 'ankle', 'heeled', 'winter', 'safety', 'steel', 'toe', 'capped', 'mountain', 'desert', 'chelsea',
  'army', 'combat', 'cycling', 'golf', 'muddy', 'new', 'old', 'heavy',
]);
/** Words before "boots" that keep the medical sense even in the plural. */
const MEDICAL_BOOT = stems(['moon', 'air', 'aircast', 'surgical', 'medical', 'protective', 'orthopaedic', 'orthopedic', 'cam', 'fracture']);
const PEOPLE = stems(['him', 'her', 'me', 'them', 'someone', 'somebody', 'people', 'everyone', 'everybody', 'us']);
const RELATIVES = stems(['kids', 'kid', 'children', 'partner', 'wife', 'husband', 'son', 'daughter', 'family', 'boss', 'coach', 'friend', 'friends', 'mum', 'dad', 'mom', 'colleague', 'colleagues']);
const PHOTO = stems(['photo', 'photos', 'pic', 'pics', 'picture', 'pictures', 'selfie', 'shot']);
const VACCINE = stems(['flu', 'covid', 'booster', 'tetanus', 'vaccine', 'vaccination', 'travel', 'steroid', 'cortisone', 'hydrocortisone', 'b12']);
const HAD = stems(['had', 'got', 'getting', 'get', 'booked', 'after']);
const PRACTICE_BEFORE = stems(['gp', 'gps', 'doctor', 'doctors', 'dental', 'dentist', 'dentists', 'vet', 'vets', 'local']);
const PRACTICE_VERB = stems(['at', 'rang', 'ring', 'called', 'call', 'phoned', 'phone', 'from', 'to', 'contacted', 'emailed', 'visited']);
const PRACTICE_AFTER = stems(['receptionist', 'reception', 'appointment', 'appointments', 'hours', 'nurse']);
const JOB_AFTER = stems(['manager', 'management', 'team', 'role', 'department', 'director', 'job', 'lead', 'analyst', 'research', 'centre', 'center', 'officer']);
const DETERMINERS = stems(['the', 'my', 'a', 'an', 'his', 'her', 'their', 'our', 'your']);
/** Words before "trip" that make it an outing someone had, not a stumble. */
const JOURNEY_OWNERS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'work', 'business', 'school', 'ski', 'road', 'long']);
const VOTE = stems(['vote', 'votes', 'ballot', 'eye', 'glance', 'spell', 'shadow', 'line', 'net', 'doubt', 'iron', 'list']);
/** After "heel": an exercise, a shoe measure or a way of landing ("heel raises", "heel drop", "heel striking"). */
const HEEL_USE = stems(['raise', 'raises', 'rise', 'rises', 'lift', 'lifts', 'drop', 'drops', 'dip', 'dips', 'strike', 'striking', 'striker', 'strikers', 'weight', 'weightbearing', 'toe', 'slip', 'slipping', 'slippage']);
/** Footwear a heel slips in: "my heel slips out of the shoe" is about fit, not a fall. */
const SHOE = stems(['shoe', 'shoes', 'trainer', 'trainers', 'boot', 'boots', 'sneaker', 'sneakers', 'sock', 'socks', 'spikes', 'flats']);
/** What a runner laces or pulls on: "tight" said of these is the fit, not a tight leg. */
const WORN = new Set([...SHOE, ...stems(['lace', 'laces', 'lacing', 'laced', 'racers', 'toebox', 'insole', 'insoles', 'sleeve', 'sleeves', 'compression'])]);
/** Before "on my heels": running, walking or landing on them is a way of moving (or a test), not where it hurts. */
const LAND_ON = stems(['run', 'running', 'ran', 'land', 'landing', 'landed', 'lands', 'jog', 'jogging', 'walk', 'walking', 'strike', 'striking', 'rock', 'rocking', 'sit', 'sitting', 'back',
  // "Can hobble on my heel": the heel takes the weight because the front of the foot cannot (dev17).
  'hobble', 'hobbling', 'hobbled', 'limp', 'limping', 'limped', 'shuffle', 'shuffling', 'shuffled']);
/** Before "heels": shoes worn, not the heel that hurts ("wear heels for work", "high heels", "in heels"). */
const HEELS_WORN = stems(['wear', 'wearing', 'wore', 'worn', 'high', 'kitten', 'stiletto', 'block']);
/** Before "(the|my) heel": a comparison or direction, the heel only a landmark ("higher up than the heel"). */
const LANDMARK_BEFORE = stems(['than', 'toward', 'towards']);
/** After "can't … without": help to move, so the "can't" still means can't ("can't walk without crutches"). */
const AIDS = stems(['crutches', 'crutch', 'help', 'support', 'stick', 'cane', 'poles', 'holding', 'hold', 'aid', 'assistance', 'someone', 'hopping']);
const CANT = new Set(['cant', 'cannot', 'couldnt']);
/** Before "catch": a pain word makes it a stab ("a sharp catch"); after "catches": whom or how it hurts. */
const PAIN_BEFORE_CATCH = stems(['sharp', 'painful', 'nasty', 'stabbing', 'sore', 'sudden']);
const PAIN_AFTER_CATCH = stems(['me', 'her', 'him', 'them', 'sharply', 'sharp', 'painfully']);
/** After "one leg": a test or exercise done on it. */
const LEG_TEST = stems(['hop', 'hops', 'hopping', 'heel', 'calf', 'raise', 'raises', 'squat', 'squats', 'balance', 'balancing', 'stand', 'standing', 'bridge', 'bridges', 'jump', 'jumps']);
/** After "cracked it" / "popped it": someone put it back, a manipulation. */
const PUT_BACK = stems(['back', 'for', 'into']);
/** Position of a "without" in the same stretch (no punctuation) within five words after token i, or -1. */
function withoutAfter(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 6; k++) {
    const t = tokens[k];
    if (!t || t.punct) return -1;
    if (t.word === 'without') return k;
  }
  return -1;
}
/** Is the "without" at j the second half of "can't X without (a) pain", not "without crutches"? */
function painfulWithout(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  const after = next !== undefined && DETERMINERS.has(norm(next)) ? tokens[j + 2] : next;
  return after !== undefined && !after.punct && !AIDS.has(after.norm) && !AIDS.has(after.word);
}
const BODY_AFTER_IN = stems(['the', 'my', 'his', 'her', 'a', 'behind', 'back', 'rear', 'calf', 'leg', 'shin']);

/**
 * "Dropped (a weight / it) on(to) my foot": an object between the verb and "on", then the foot or toes. "A dropped
 * foot on the left" has no object, so it keeps the weak-foot sense.
 */
function droppedOnto(at: At): boolean {
  if (STRUCK_PART.has(norm(at(1)))) return false;
  for (let k = 2; k <= 5; k++) {
    const w = at(k)?.word;
    if (w === undefined || at(k)?.punct) return false;
    if (w !== 'on' && w !== 'onto') continue;
    const part = DETERMINERS.has(norm(at(k + 1))) || ['my', 'his', 'her', 'their'].includes(at(k + 1)?.word ?? '') ? at(k + 2) : at(k + 1);
    return STRUCK_PART.has(norm(part));
  }
  return false;
}
const STRUCK_PART = stems(['foot', 'feet', 'toe', 'toes', 'instep']);

/** A false friend's canonical everyday form (no lexicon phrase contains these). */
export const EVERYDAY = {
  footwear: 'footwear', gain: 'gainweight', massage: 'foamroll', start: 'kickstart', practice: 'gppractice',
  job: 'opsjob', vote: 'castvote', weather: 'coldsnap', temper: 'snapat', photo: 'snapphoto', injection: 'vaccinejab',
  heel: 'heelmark', ankleBone: 'anklebonemark', canWithPain: 'canwithpain', withPain: 'withpain', nerves: 'coldfeetnerves',
  fit: 'shoeslip', growth: 'growingpains', partLoad: 'partweight', painCatch: 'painfulcatch', manipulated: 'manipulated',
  testLeg: 'singlelegtest', journey: 'journeytrip', startOf: 'startof', flatGait: 'flatgait', warmUp: 'warmingup', easyPace: 'easypace',
  shoeTight: 'shoetight', noFootwear: 'nofootwear', toesPulled: 'toespulled', heelDown: 'heeldown', shoeOff: 'shoeoff', lying: 'lyingposition', stone: 'groundstone', slight: 'slightfaint',
  regained: 'regainedback', droppedOn: 'droppedonto',
} as const;

/** Every everyday form, so later steps (spelling) leave them alone. */
export const EVERYDAY_FORMS: ReadonlySet<string> = new Set(Object.values(EVERYDAY));

type At = (k: number) => Token | undefined;
const norm = (t: Token | undefined): string => (t && !t.punct ? t.norm : '');
/** Tests done on one leg: "hop on that leg", "stand on the same bad leg"; "hopping on the other leg" spares the bad one. */
const TEST_ON = stems(['hop', 'hops', 'hopping', 'hopped', 'jump', 'jumps', 'jumping', 'jumped', 'stand', 'standing', 'stood', 'balance', 'balancing']);
const LEG_OWNER = stems(['the', 'my', 'this', 'that', 'her', 'his', 'your', 'one', 'left', 'right', 'same', 'bad', 'sore', 'injured']);
function legTestedOn(at: At): boolean {
  const k = LEG_OWNER.has(norm(at(-2))) ? -3 : -2;
  return LEG_OWNER.has(norm(at(-1))) && at(k)?.word === 'on' && TEST_ON.has(norm(at(k - 1)));
}

function bootSense(t: Token, at: At): string | null {
  if (norm(at(1)) === stem('camp') || norm(at(1)) === stem('sale')) return EVERYDAY.footwear;
  const prev = norm(at(-1));
  if (MEDICAL_BOOT.has(prev)) return null;
  if (t.word === 'boots') return EVERYDAY.footwear;
  return FOOTWEAR_KIND.has(prev) && !(prev === stem('walking')) ? EVERYDAY.footwear : null;
}

/** The everyday form of token i, or null when it keeps its own. */
function everyday(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  if (!t || t.punct) return null;
  const at: At = (k) => tokens[i + k];
  const w = t.word;
  if (w === 'boot' || w === 'boots') return bootSense(t, at);
  // "put on (a bit of) weight": only when "weight" comes within four words and "on" comes first.
  if (['put', 'putting', 'puts'].includes(w) && at(1)?.word === 'on') {
    for (let k = 2; k <= 5; k++) if (at(k)?.word === 'weight' || at(k)?.word === 'pounds' || at(k)?.word === 'kilos') return EVERYDAY.gain;
  }
  if (['rolled', 'roll', 'rolling', 'rolls'].includes(w)) {
    if (norm(at(-1)) === stem('foam')) return EVERYDAY.massage;
    // "rolled it out", "rolled my calf out on a ball".
    for (let k = 2; k <= 4; k++) if (at(k)?.word === 'out' && at(k + 1)?.word !== 'of') return EVERYDAY.massage;
  }
  if (['kicked', 'kick', 'kicks', 'kicking'].includes(w)) {
    if (at(1)?.word === 'off') return EVERYDAY.start;
    if (at(1)?.word === 'in' && !BODY_AFTER_IN.has(norm(at(2)))) return EVERYDAY.start;
  }
  if (w === 'surgery') {
    if (PRACTICE_BEFORE.has(norm(at(-1))) || PRACTICE_AFTER.has(norm(at(1)))) return EVERYDAY.practice;
    if (at(-1)?.word === 'the' && PRACTICE_VERB.has(norm(at(-2)))) return EVERYDAY.practice;
  }
  if ((w === 'operation' || w === 'operations') && JOB_AFTER.has(norm(at(1)))) return EVERYDAY.job;
  if (w === 'cast' || w === 'casting') {
    if (VOTE.has(norm(at(1))) || (DETERMINERS.has(norm(at(1))) && VOTE.has(norm(at(2))))) return EVERYDAY.vote;
  }
  if (['snap', 'snapped', 'snapping'].includes(w)) {
    if (norm(at(-1)) === stem('cold')) return EVERYDAY.weather;
    if (at(1)?.word === 'at' && (PEOPLE.has(norm(at(2))) || (DETERMINERS.has(norm(at(2))) && RELATIVES.has(norm(at(3)))))) return EVERYDAY.temper;
    if (PHOTO.has(norm(at(1))) || (DETERMINERS.has(norm(at(1))) && PHOTO.has(norm(at(2))))) return EVERYDAY.photo;
  }
  // "my flu jab", "had my jab": an injection; "a jab in my heel", "a jab of pain" stay pain.
  if ((w === 'jab' || w === 'jabs') && at(1)?.word !== 'of') {
    if (VACCINE.has(norm(at(-1))) || (at(-1)?.word === 'my' && HAD.has(norm(at(-2))))) return EVERYDAY.injection;
  }
  // "back from my trip", "since before the trip", "a trip abroad": a journey (a clot risk), not a stumble. "A trip on
  // a root" stays a stumble: "a" alone does not make it a journey.
  if ((w === 'trip' || w === 'trips') && (JOURNEY_OWNERS.has(at(-1)?.word ?? '') || ['abroad', 'away', 'home', 'to', 'overseas'].includes(at(1)?.word ?? ''))) return EVERYDAY.journey;
  if (w === 'heel' || w === 'heels') return heelSense(at);
  // "Hurts when I pull my toes up towards me": the foot moved to test the calf, not a pulled calf (dev20).
  if (['pull', 'pulls', 'pulled', 'pulling'].includes(w) && pulledPart(at)) return EVERYDAY.toesPulled;
  if ((w === 'finger' || w === 'fingers') && toeSense(at)) return stem(w === 'finger' ? 'toe' : 'toes');
  if ((w === 'rock' && stoneSense(at)) || (w === 'rocks' && !SIMILE_BEFORE.has(at(-1)?.word ?? ''))) return EVERYDAY.stone;
  // "Shuffling with that foot flat", "walking flat-footed": how the runner walks now, not the shape of the arch.
  // "Walking in flat shoes is ok" names the shoes (dev22).
  if (w === 'flat' && gaitBefore(tokens, i) && !SHOE.has(norm(at(1)))) return EVERYDAY.flatGait;
  // "At the start of runs": a moment in the run, not starting to run ("started running in May").
  if (t.norm === stem('start') && at(1)?.word === 'of') return EVERYDAY.startOf;
  if (w === 'cold' && at(1)?.word === 'feet' && at(2)?.word === 'about') return EVERYDAY.nerves;
  if (w === 'growing' && at(1)?.word === 'pains') return EVERYDAY.growth;
  if (w === 'weight' && onPartOfFoot(at)) return EVERYDAY.partLoad;
  // "Can't stand on the outer border of that foot": one edge spared, the foot still takes weight (dev20).
  if (['stand', 'standing', 'stood'].includes(w) && onPartOfFoot(at)) return EVERYDAY.partLoad;
  // "Dropped a kettlebell on my foot": something let fall onto the foot, not a dropped foot (dev27).
  if (['drop', 'drops', 'dropped', 'dropping'].includes(w) && droppedOnto(at)) return EVERYDAY.droppedOn;
  // "My slipper keeps falling off": footwear coming off the foot, not a fall (dev20).
  if (['fall', 'falls', 'falling', 'fell'].includes(w) && at(1)?.word === 'off' && footwearBefore(at)) return EVERYDAY.shoeOff;
  // "Lie on my front", "lying on his back": a position in bed, not the front of the foot or the back (dev20).
  if ((w === 'front' || w === 'back' || w === 'side' || w === 'tummy') && DETERMINERS.has(norm(at(-1))) && at(-2)?.word === 'on' && LIE.has(norm(at(-3)))) return EVERYDAY.lying;
  if (['catch', 'catches', 'caught'].includes(w) && (PAIN_BEFORE_CATCH.has(norm(at(-1))) || PAIN_AFTER_CATCH.has(norm(at(1))))) return EVERYDAY.painCatch;
  if (w === 'leg' && (at(-1)?.word === 'single' || (at(-1)?.word === 'one' && LEG_TEST.has(norm(at(1)))))) return EVERYDAY.testLeg;
  // "Hurts when I hop on that leg", "stand on the bad leg": the leg a test is done on, not a leg that hurts (dev22).
  if (w === 'leg' && legTestedOn(at)) return EVERYDAY.testLeg;
  if (['cracked', 'popped', 'clicked'].includes(w) && at(1)?.word === 'it' && PUT_BACK.has(norm(at(2)))) return EVERYDAY.manipulated;
  if (t.norm === stem('slipping') && slipInShoe(at)) return EVERYDAY.fit;
  if (CANT.has(w) || CANT.has(t.norm)) {
    const j = withoutAfter(tokens, i);
    if (j >= 0 && painfulWithout(tokens, j)) return EVERYDAY.canWithPain;
  }
  if (w === 'without') {
    for (let k = i - 1; k >= i - 6 && k >= 0; k--) {
      const b = tokens[k];
      if (!b || b.punct) break;
      if ((CANT.has(b.word) || CANT.has(b.norm)) && painfulWithout(tokens, i)) return EVERYDAY.withPain;
    }
  }
  // "Once it warms up", "after I've warmed up": the warm-up, not a warm skin (dev18).
  if (['warm', 'warms', 'warmed', 'warming'].includes(w) && at(1)?.word === 'up') return EVERYDAY.warmUp;
  // "Easy runs", "an easy pace": a gentle run, not pain that eases (the two share a stem; dev18).
  if (w === 'easy') return EVERYDAY.easyPace;
  // "My new spikes are very tight", "laces too tight": the fit of the shoe, not a tight leg (dev18).
  if (['tight', 'tighter', 'tightly'].includes(w) && wornNear(at)) return EVERYDAY.shoeTight;
  // "In wide shoes or barefoot": no shoes at all, not barefoot-style shoes, which name a shoe after the word (dev18).
  if (w === 'barefoot' && !SHOE.has(norm(at(1))) && !['running', 'style', 'type'].includes(at(1)?.word ?? '')) return EVERYDAY.noFootwear;
  if (w === 'faintly' || (w === 'faint' && slightSign(at))) return EVERYDAY.slight;
  // "The bone sticking out on the outer edge of my foot": a bony landmark pointed at, not a bone out of place. "A bone
  // sticking out" after an injury keeps its meaning (dev14, seen once a dev23 reading made the injury count).
  if (w === 'sticking' && at(-1)?.word === 'bone' && at(-2)?.word === 'the' && at(1)?.word === 'out' && ['on', 'at', 'along'].includes(at(2)?.word ?? '')) return EVERYDAY.ankleBone;
  // "Get my strength back", "want my fitness back": a quality regained, not the back that hurts (dev25).
  if (w === 'back' && REGAINED.has(norm(at(-1))) && OWNERS.has(at(-2)?.word ?? '')) return EVERYDAY.regained;
  if (w === 'knob' || w === 'knobs' || w === 'knobbly' || w === 'knobble' || w === 'knobbles') {
    for (let k = -3; k <= 6; k++) if (k !== 0 && (at(k)?.word === 'ankle' || at(k)?.word === 'ankles' || at(k)?.word === 'malleolus')) return EVERYDAY.ankleBone;
    // "the knobbly bone at the base of the little toe": a bone named as a landmark, not a lump.
    // "the knobbly bony bit halfway along the outside of the foot" is the same landmark.
    if (at(1)?.word === 'bone' || at(1)?.word === 'bones' || at(1)?.word === 'bony') return EVERYDAY.ankleBone;
    // "The knobbly outside bone": a side word between does not make it a lump (dev25).
    if (['outside', 'outer', 'inside', 'inner'].includes(at(1)?.word ?? '') && (at(2)?.word === 'bone' || at(2)?.word === 'bones')) return EVERYDAY.ankleBone;
  }
  return null;
}

/** Qualities a runner wants back after an injury. */
const REGAINED = stems(['strength', 'fitness', 'speed', 'confidence', 'form', 'pace', 'mileage', 'endurance', 'stamina', 'power',
  'spring', 'bounce', 'mojo', 'mobility', 'balance', 'flexibility', 'range', 'movement', 'motion', 'sharpness', 'legs', 'engine']);
const OWNERS = new Set(['my', 'his', 'her', 'their', 'your', 'our', 'the', 'some', 'full']);
const FOOT_WORDS = new Set(['foot', 'feet']);
const STAND_WORDS = stems(['stand', 'standing', 'stood', 'walk', 'walking', 'rise', 'rising', 'go', 'up', 'get', 'push', 'balance']);
/** "Finger of the foot", "foot fingers", "stand on the fingers": toes. */
function toeSense(at: At): boolean {
  if (FOOT_WORDS.has(at(-1)?.word ?? '')) return true;
  for (let k = 1; k <= 3; k++) if (FOOT_WORDS.has(at(k)?.word ?? '') && at(1)?.word === 'of') return true;
  return at(-1)?.word === 'the' && at(-2)?.word === 'on' && STAND_WORDS.has(norm(at(-3)));
}

/** After "rock": the leg is being likened to a rock ("rock hard", "rock solid"). */
const ROCK_LIKE_AFTER = new Set(['hard', 'solid', 'firm', 'tight', 'like']);
/** "A rock" after these is a simile for hardness ("hard as a rock", "feels like a rock"). */
const SIMILE_BEFORE = new Set(['as', 'like']);

/** "Rock" as a stone: after a determiner or a describing word, and not likened to the leg. */
function stoneSense(at: At): boolean {
  if (ROCK_LIKE_AFTER.has(at(1)?.word ?? '')) return false;
  for (let k = -1; k >= -3; k--) if (SIMILE_BEFORE.has(at(k)?.word ?? '')) return false;
  for (let k = -1; k >= -3; k--) {
    const w = at(k)?.word ?? '';
    if (DETERMINERS.has(norm(at(k))) || ['on', 'onto', 'off', 'over', 'into', 'against', 'some', 'loose', 'wet'].includes(w)) return true;
  }
  return false;
}

/** Words after "faint" that keep the collapse ("faint and sick", "faint when I stand", "faint feeling"). */
const FAINT_KEEPS = new Set(['and', 'when', 'with', 'on', 'after', 'from', 'at', 'or', 'if', 'while', 'as', 'in', 'for', 'feeling', 'again', 'twice', 'once', 'but', 'then', 'so']);
/** Signs an examiner calls faint ("pulses are faint", "the bruise is faint"). */
const FAINT_SIGNS = stems(['pulse', 'pulses', 'bruise', 'bruising', 'redness', 'line', 'lines', 'mark', 'marks', 'swelling', 'click', 'crepitus', 'rash', 'erythema', 'discoloration', 'discolouration', 'signal', 'oedema', 'edema']);
const FAINT_BEFORE = new Set(['a', 'an', 'very', 'only', 'some', 'slight', 'slightly', 'barely', 'just']);
/** Is "faint" at this token "slight", said of a sign? */
function slightSign(at: At): boolean {
  for (let k = -1; k >= -3; k--) if (FAINT_SIGNS.has(norm(at(k)))) return true;
  const next = at(1);
  const named = next !== undefined && !next.punct && !FAINT_KEEPS.has(next.word);
  return named || FAINT_BEFORE.has(at(-1)?.word ?? '');
}

/** Walking words: "flat" after them, within a few words, is a way of walking. */
const GAIT = stems(['walk', 'walking', 'walked', 'shuffle', 'shuffling', 'shuffled', 'hobble', 'hobbling', 'hobbled', 'limp', 'limping', 'limped', 'plod', 'plodding']);
function gaitBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k];
    if (!t || t.punct) return false;
    if (GAIT.has(t.norm) || GAIT.has(t.word)) return true;
  }
  return false;
}

/** A shoe, a lace or a sleeve just before "tight" in the same clause, or right after it ("tight shoes"). */
function wornNear(at: At): boolean {
  if (WORN.has(norm(at(1))) || WORN.has(norm(at(2)))) return true;
  for (let k = -1; k >= -4; k--) {
    const b = at(k);
    if (!b || b.punct) return false;
    if (WORN.has(b.norm)) return true;
  }
  return false;
}

/** "heel slipping", "slips out of my trainers": the foot moving in the shoe, not a slip and fall. */
function slipInShoe(at: At): boolean {
  if (at(-1)?.word === 'heel' || at(-1)?.word === 'heels') return true;
  if (!['in', 'out', 'inside', 'around'].includes(at(1)?.word ?? '')) return false;
  for (let k = 2; k <= 4; k++) if (SHOE.has(norm(at(k)))) return true;
  return false;
}

/** Parts of the foot that can be spared while the rest takes weight. */
const FOOT_PART = stems(['outside', 'inside', 'outer', 'inner', 'edge', 'edges', 'side', 'ball', 'balls', 'front', 'arch', 'toes', 'toe', 'tip', 'tips', 'forefoot', 'border', 'borders', 'rim']);

/** "weight (on|through) the outside of my foot": weight kept off one part, not the whole foot. */
function onPartOfFoot(at: At): boolean {
  if (!['on', 'through', 'onto', 'into', 'thru'].includes(at(1)?.word ?? '')) return false;
  const k = DETERMINERS.has(norm(at(2))) ? 3 : 2;
  return FOOT_PART.has(norm(at(k))) && (at(k + 1)?.word === 'of' || at(k + 1)?.word === 'edge' || FOOT_PART.has(norm(at(k + 1))));
}

/** After "heel(s) on (the)": the ground the heel rests on, so the heel is a posture ("squat with heels on the floor"). */
const GROUND = stems(['floor', 'ground']);

/** Footwear, and lying down: the words before "falling off" and "on my front". */
const FOOTWEAR = stems(['slipper', 'slippers', 'shoe', 'shoes', 'sandal', 'sandals', 'flip', 'flop', 'flops', 'trainer', 'trainers', 'sock', 'socks', 'boot', 'boots', 'clog', 'clogs', 'crocs', 'sliders']);
const LIE = stems(['lie', 'lies', 'lying', 'laying', 'lay', 'sleep', 'sleeping', 'slept', 'lain', 'roll', 'rolled', 'turn', 'turned']);
function footwearBefore(at: At): boolean {
  for (let k = -1; k >= -4; k--) if (FOOTWEAR.has(norm(at(k)))) return true;
  return false;
}

/** Moving the toes or foot up, back or towards you: a test movement. */
const PULLED_PART = stems(['toe', 'toes', 'foot', 'feet']);
const PULLED_WAY = stems(['up', 'back', 'towards', 'toward', 'upwards']);
function pulledPart(at: At): boolean {
  const k = DETERMINERS.has(norm(at(1))) ? 2 : 1;
  return PULLED_PART.has(norm(at(k))) && PULLED_WAY.has(norm(at(k + 1)));
}

/** Before "(the|my) heel down": putting or getting the heel to the ground, so it is about weight, not a place. */
const PUT_DOWN = stems(['put', 'putting', 'puts', 'get', 'getting', 'place', 'placing', 'lower', 'lowering']);

function heelSense(at: At): string | null {
  const next = norm(at(1));
  const self = at(0);
  // "Can't put the heel down": how far the heel reaches the ground (weight), not where it hurts (dev20).
  if (next === stem('down') && (PUT_DOWN.has(norm(at(-1))) || (DETERMINERS.has(norm(at(-1))) && PUT_DOWN.has(norm(at(-2)))))) return EVERYDAY.heelDown;
  if (self?.word === 'heels' && (HEELS_WORN.has(norm(at(-1))) || at(-1)?.word === 'in')) return EVERYDAY.heel;
  // "squatting with my heels on the floor", "lunge with the heel down": how the foot is held, not where it hurts.
  if (next === stem('on') && (GROUND.has(norm(at(2))) || (DETERMINERS.has(norm(at(2))) && GROUND.has(norm(at(3)))))) return EVERYDAY.heel;
  // "heel-toe" is a running style; "heel to toe" drop is a shoe measure.
  if (HEEL_USE.has(next) && !(next === stem('toe') && at(1)?.word !== 'toe')) return EVERYDAY.heel;
  const prev = norm(at(-1));
  const det = DETERMINERS.has(prev);
  const before = det ? norm(at(-2)) : prev;
  if (LANDMARK_BEFORE.has(before)) return EVERYDAY.heel;
  if (det && norm(at(-2)) === stem('on') && LAND_ON.has(norm(at(-3)))) return EVERYDAY.heel;
  return null;
}

/**
 * Rewrite false friends to their everyday form.
 * @example applyFalseFriends(tokenise('new walking boots'))[2]?.norm // 'footwear'
 */
export function applyFalseFriends(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    const n = everyday(tokens, i);
    return n === null ? t : { ...t, norm: n };
  });
}
