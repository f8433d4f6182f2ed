/**
 * Phrase families found through second-language English (dev22), in plain words: what the writers meant, said the ways
 * any runner might say it once their words have been read (second-language.ts turns "the big finger of the foot" into
 * "the big toe", "the foot went inside" into a direction). The one family file for second-language writers; matched
 * like every built-in family (lexicon.ts). Judgement, from how people describe these signs.
 * @module
 */

/** Finding id → extra phrases meaning "yes". */
export const secondLanguageFamilies: Readonly<Record<string, readonly string[]>> = {
  // One arch lower than the other, said as a comparison ("the arch on that foot is lower than on the other one"): the
  // side-to-side difference is the sign of a failing tendon, so a bare "low arches" (a lifelong shape) is not here.
  'arch-flattening': [
    'arch is lower than the other', 'arch lower than on the other', 'arch is lower than before', 'arch is flatter than the other',
    'arch has dropped', 'arch has sunk', 'arch has gone down', 'arch is sinking', 'arch has collapsed', 'arch is collapsing',
    'arch has fallen on that side', 'arch is not as high as the other', 'lost the arch on that side',
  ],
  // Rising onto tiptoe said with "go up" ("cannot go up on the toes of that foot", once "… does not work" has been read
  // as an inability by second-language.ts).
  'cannot-push-off-or-tiptoe': ['cannot go up on my toes', 'cannot go up on tiptoe', 'cannot go up on the toes on that leg', 'cannot go onto my toes'],
  // The big toe drifting over its neighbour and its joint standing out to the side: a bunion told by its shape
  // ("the big finger is leaning onto the second finger", "the joint is coming out sideways").
  'bump-big-toe-joint-side': [
    'big toe leaning onto the second toe', 'big toe leans onto the second toe', 'big toe leans over the second toe', 'big toe pushing into the second toe',
    'big toe going under the second toe', 'big toe joint is coming out sideways', 'big toe joint sticks out to the side', 'big toe joint pokes out sideways',
    'joint of the big toe coming out to the side', 'big toe joint comes out to the side', 'big toe joint is growing out to the side',
    'big toe joint is going out to the side', 'joint of the big toe comes out', 'big toe leans onto the other toes', 'big toe is pushing against the second toe',
    'big toe is crossing over the second toe', 'big toe goes over the second toe', 'big toe bends towards the other toes',
  ],
  // "After 15 minutes of running it disappears": the pain goes as the runner warms up (a tendon pattern), not pain
  // after the run, which the bare "after … running" would say.
  'pain-eases-with-warm-up': [
    'after minutes of running it disappears', 'after minutes of running it goes away', 'after minutes of running it passes',
    'after minutes of running it is gone', 'after minutes of running it vanishes', 'disappears after minutes of running',
    'passes after minutes of running', 'after a few km it disappears', 'after a few km it goes away', 'after a few km it passes',
    'after the first km it disappears', 'after the first minutes it disappears',
  ],
  // The ankle rolled, told by where the foot went ("the foot went inside" is read as inwards in second-language.ts).
  // Past tense only: a foot that "goes inwards when I run" is the arch rolling in on every step, not an injury.
  'injury-rolled-ankle': [
    'foot went inwards', 'ankle went inwards', 'foot folded inwards', 'foot bent inwards', 'foot went over inwards',
    'foot went under inwards', 'sole went inwards',
  ],
  // The foot caught while the body turns over it and the foot is forced outwards: the twisting injury of a high ankle
  // sprain, not an ankle rolled inwards (whose "went over" the bare words would otherwise read).
  'injury-twisting-foot-planted': [
    'body turned over it the foot went outwards', 'body turned over the foot', 'body twisted over my foot', 'body turned over my foot',
    'foot went outwards', 'foot was forced outwards', 'foot twisted outwards', 'foot got stuck and my body turned',
    'foot stuck and my body turned', 'foot stuck between and my body turned',
  ],
  // Stiff or swollen hands said alongside sore feet: other joints are involved (the forum families read the morning
  // stiffness; this reads the hands as joints).
  'other-joints-swollen': [
    'fingers on my hands are stiff', 'fingers of my hands are stiff', 'fingers on hands are stiff', 'fingers of the hands are stiff',
    'fingers on my hands are swollen', 'fingers of my hands are swollen', 'hands and fingers are stiff', 'joints of my hands are stiff',
  ],
};
