/**
 * Warning signs told in unusual words (issue #4, the dev11 study): the ways runners, partners on the phone and
 * out-of-hours notes say a compartment under pressure, a saddle gone numb, a bone out of place or a foot that cannot
 * take weight, without the textbook words. Written out broadly in our own words so the family is understood, not one
 * sentence, and matched the same tolerant way as the other families (lexicon.ts). Judgement, from how people
 * describe these signs; the clinical meaning of each finding, and its source, is on its KB entry.
 *
 * Word order is free in matching, so each phrase names its thing as well as its state ("toes … fuzzy", not a bare
 * "fuzzy"); the blockers below hide the everyday sayings that share their words. Signs whose meaning needs word order
 * or carries its own "not" ("not sure I'm emptying fully", "not eased by codeine") are read by warning-stories.ts.
 * @module
 */

/** Finding id → extra phrases meaning "yes". */
export const warningFamilies: Readonly<Record<string, readonly string[]>> = {
  // Skin stretched by the swelling under it, said as a skin about to give way (a tense compartment; not a wound).
  'skin-tight-shiny': [
    'skin is going to split', 'skin going to split', 'skin feels like it will split', 'skin is going to burst',
    'skin going to burst', 'skin will burst', 'skin about to burst', 'skin feels like it will burst', 'skin could burst',
    'skin fit to burst', 'skin stretched tight', 'skin pulled tight', 'skin is taut', 'skin feels taut',
    'skin tight as a drum', 'skin looks glossy', 'skin is glossy',
  ],
  // Numbness in plainer or odder words: fuzzy, furry, muffled, wooden, like it is someone else's.
  'character-numbness': [
    'toes are fuzzy', 'toes feel fuzzy', 'toe is fuzzy', 'foot is fuzzy', 'foot feels fuzzy', 'fuzzy feeling in my toes',
    'fuzzy feeling on top of my foot', 'is sort of fuzzy', 'feels sort of fuzzy', 'gone fuzzy', 'a bit fuzzy',
    'kind of fuzzy', 'toes feel furry', 'foot feels furry', 'furry feeling', 'feels muffled', 'feeling is muffled',
    'foot feels wooden', 'toes feel wooden', 'feels like someone elses foot', 'cant feel the top of my foot',
    'cant feel the top of the foot', 'lost feeling on top of my foot',
  ],
  // Saddle numbness told shyly (wiping, the toilet seat, "down below") and a bladder that does not empty or tell
  // you it is full: the cauda equina warning signs (nice-ng59 lists them), in everyday words.
  'bladder-bowel-or-saddle-numbness': [
    'cant feel down below', 'numb down below', 'down below is numb', 'down below feels numb', 'lost feeling down below',
    'feeling down below is gone', 'feels odd down below', 'feels strange down below', 'feels different down below',
    'look at the paper to know', 'looking at the paper to know', 'check the paper to know', 'checking the paper to know',
    'cant tell if ive wiped', 'cant tell if i have wiped', 'cant tell when ive wiped', 'cant feel myself wiping',
    'cant feel myself wipe', 'cant feel the paper', 'couldnt feel the paper', 'cant feel the toilet seat',
    'toilet seat feels numb', 'numb on the toilet seat', 'numb sitting on the toilet', 'wiping feels odd',
    'wiping feels weird', 'wiping feels different', 'wiping feels numb', 'cant empty my bladder',
    'cant fully empty my bladder', 'still feel full after weeing', 'still feel full after peeing',
    'still need to go after weeing', 'still need to go after peeing', 'have to strain to wee', 'have to strain to pee',
    'straining to wee', 'straining to pee', 'cant tell when i need to wee', 'cant tell when i need to pee',
    'cant feel myself weeing', 'cant feel myself peeing', 'cant feel the wee coming', 'cant feel when i need a poo',
    'cant tell if i need the loo',
  ],
  // Tripping that keeps happening, on stairs or nothing at all: the toes not lifting (a weak foot), not a fall. Only
  // the repeated or causeless forms: "tripped on a kerb" (once) is how an injury is told, and "trip" folds both.
  'weakness-foot-drop': [
    'keep tripping', 'kept tripping', 'keep tripping up', 'keeps tripping', 'tripping over nothing',
    'tripped over nothing', 'tripped twice', 'tripped three times', 'tripped a few times', 'tripped several times',
    'tripping a lot', 'tripping all the time', 'catching my foot on the stairs', 'catching my toes on the stairs',
    'foot catches on the stairs', 'toes catch on the stairs', 'keep stumbling', 'stumbling a lot',
    'stumbling over nothing',
  ],
  // A bone out of place, said by the angle or by the skin over it (an open or nearly open fracture).
  deformity: [
    'weird angle', 'strange angle', 'unnatural angle', 'horrible angle', 'crazy angle', 'funky angle', 'nasty angle',
    'bad angle', 'angle it shouldnt be', 'sitting at an angle', 'foot is facing sideways', 'tenting the skin',
    'bone tenting', 'skin is tented', 'skin tenting', 'bone pushing against the skin', 'bone pushing up the skin',
    'bone pushing the skin', 'bone pressing against the skin', 'bone pressing on the skin',
    'bone nearly through the skin', 'bone almost through the skin', 'bone through the skin', 'ankle popped out of place',
    'looks obviously broken', 'clearly broken',
  ],
  // Not walking without someone holding you up: an Ottawa "cannot take four steps" (assisted steps do not count).
  'cannot-bear-weight': [
    'arm round me', 'arm around me', 'arm round my mates shoulder', 'arm over my mates shoulder',
    'arm round his shoulder', 'arm round her shoulder', 'arm over his shoulder', 'arm over her shoulder',
    'arm around his shoulder', 'arm around her shoulder', 'leaning on my mate', 'leaning on a friend',
    'leaning on my friend', 'leaning on my husband', 'leaning on my wife', 'leaning on my partner', 'had to lean on',
    'helped to the car', 'helped off the pitch', 'helped off the field', 'helped off the course', 'helped off the track',
    'carried off', 'carried to the car', 'piggyback', 'piggy back', 'fireman lift', 'needed help to walk',
    'need help to walk', 'cant walk without help', 'cant walk unaided', 'couldnt walk unaided',
    'walk without someone holding me', 'used my mate as a crutch', 'using my mate as a crutch',
    'used a friend as a crutch',
    // Refusing to walk, or moving about only by hopping or crawling, the way a child (or a parent for them) tells it
    // (dev16); "won't put weight on it" is read in order by weight-refusal.ts, since "won't" folds into "not".
    'refuses to walk', 'refusing to walk', 'refused to walk', 'refuses to put weight', 'refusing to put weight',
    'refuses to stand', 'refusing to stand', 'hops or crawls', 'crawling around', 'crawling everywhere', 'crawls everywhere',
    'crawling to the toilet', 'crawled to the loo',
  ],
  // The midfoot loaded with the foot pointed or trapped, then the body going over it (the Lisfranc mechanism).
  'injury-midfoot-bent-or-crushed': [
    'foot got jammed', 'foot was jammed', 'jammed my foot', 'foot got wedged', 'foot got trapped', 'foot was trapped',
    'foot got pinned', 'fell backwards over my foot', 'fell backwards over it', 'fell forwards over my foot',
    'toes pointed and i fell', 'toes pointed and fell', 'foot pointed and i fell', 'on my tiptoes and fell',
    'wheel went over my foot', 'stamped on my foot',
  ],
  // Bruising under the arch (the plantar ecchymosis of a Lisfranc injury), by any name for the sole.
  'bruising-sole-of-midfoot': [
    'bruise on the bottom of my arch', 'bruising on the bottom of my arch', 'bruise in my arch', 'bruising in my arch',
    'bruise on my arch', 'bruised arch', 'arch is bruised', 'bruise under the arch', 'bruise on the underside of my foot',
    'underside of my foot is bruised', 'bruise on my sole', 'bruising on the sole', 'sole is bruised',
    'sole has gone purple', 'arch has gone purple', 'arch is black and blue', 'black and blue under my foot',
    'purple on the bottom of my foot',
  ],
  // A blow to the leg in a contact sport, told as the tackle or the kick (the usual cause of acute compartment syndrome).
  'injury-direct-blow': [
    'got tackled', 'was tackled', 'late tackle', 'bad tackle', 'hard tackle', 'tackled from behind',
    'tackle caught my shin', 'took a kick', 'got a kick', 'kicked in the leg', 'kicked on the leg', 'kicked on the shin',
    'hit by a hockey ball', 'hit by a hockey stick', 'hockey stick to the shin', 'ball to the shin', 'struck on the shin',
    'struck on the leg',
  ],
  // A foot that balloons after a twist says swelling, however it is put.
  swelling: ['has ballooned', 'ballooned up', 'blown up like a balloon', 'foot is huge', 'foot has blown up', 'twice the size',
    // "Heel went massive straight away" (dev27, a heel fracture after a fall).
    'went massive', 'gone massive', 'swelled up massively'],
};

/**
 * Everyday sayings that share those words: hidden, they give no finding. A mechanism ("landed at a funny angle") is
 * not a deformity; a foot jammed into a tight shoe is not a crushed midfoot; fuzzy socks are not numb toes; nearly
 * passing out with the pain is pain, not the faint of a clot in the lung.
 */
export const warningBlockers: readonly string[] = [
  'landed at a weird angle', 'landed at an odd angle', 'landed at a funny angle', 'landed at a strange angle',
  'landed at an awkward angle', 'landed at a bad angle', 'landed at an angle', 'came down at a weird angle',
  'came down at an odd angle', 'came down at a funny angle', 'came down at an angle', 'came down at a bad angle',
  'went in at a weird angle', 'went in at an odd angle', 'went in at a funny angle', 'went in at an angle',
  'hit the ground at an angle', 'hit the ground at a weird angle', 'hit the ground at an odd angle',
  'twisted at a weird angle', 'twisted at an odd angle', 'stepped at a weird angle', 'stepped at a funny angle',
  'planted at an angle',
  // A foot compared with its healthy neighbour "at a normal angle" is the normal one, not a deformity (dev25).
  ...['normal', 'usual', 'natural', 'same', 'right'].flatMap((kind) => [`sitting at a ${kind} angle`, `sat at a ${kind} angle`,
    `sitting at its ${kind} angle`, `at a ${kind} angle`]),
  'nearly passed out with the pain', 'nearly passed out from the pain',
  'passed out with the pain', 'passed out from the pain', 'nearly fainted with the pain',
  'nearly fainted from the pain', 'fuzzy socks', 'fuzzy slippers', 'head is fuzzy', 'head feels fuzzy', 'fuzzy headed',
  'fuzzy head', 'memory is fuzzy', 'carried off the pace', 'clearly broken down', 'foot jammed into my shoe',
  'foot jammed in my shoe', 'foot gets jammed in the shoe', 'foot got jammed in the toe box',
  'foot jammed in the toe box', 'jammed my foot into my shoe', 'jammed my foot into the shoe',
  'foot jammed into the front of the shoe', 'foot trapped in the pedal', 'foot got trapped in the pedal',
];
