/**
 * Phrase families from second-language writers (dev22): everyday English a learner builds from their own language's
 * pattern, where the native phrasing is already in the lexicon. Written out broadly in our own words, added to the
 * built-in lexicon and matched the same tolerant way (lexicon.ts). The words themselves (toes as "leg fingers", a heel
 * called a talon) are rewritten earlier, in learner-words.ts. Judgement, from how learners build these sentences.
 * @module
 */

/** Finding id → extra phrases meaning "yes". */
export const learnerFamilies: Readonly<Record<string, readonly string[]>> = {
  // "After 15 minutes of running it disappears": the pain goes as the runner warms up (a tendon pattern), not pain
  // after the run, which the bare "after … running" would say.
  'pain-eases-with-warm-up': [
    'after minutes of running it disappears', 'after minutes of running it goes away', 'after minutes of running it passes',
    'after minutes of running it is gone', 'after minutes of running it vanishes', 'disappears after minutes of running',
    'passes after minutes of running', 'after a few km it disappears', 'after a few km it goes away', 'after a few km it passes',
    'after the first km it disappears', 'after the first minutes it disappears',
  ],
  // "The foot went inside" (read as inwards in learner-words.ts): the ankle rolled, told by where the foot went. Past
  // tense only, since a foot that "goes inwards when I run" is the arch rolling in, not an injury.
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
  // A bunion told by its shape: the joint "coming out" to the side, the big toe leaning onto its neighbour.
  'bump-big-toe-joint-side': [
    'big toe joint is coming out sideways', 'big toe joint comes out to the side', 'big toe joint sticks out sideways',
    'big toe joint is growing out to the side', 'big toe joint is going out to the side', 'joint of the big toe comes out',
    'big toe is leaning onto the second toe', 'big toe leans onto the other toes', 'big toe is pushing against the second toe',
    'big toe is crossing over the second toe', 'big toe goes over the second toe', 'big toe bends towards the other toes',
  ],
  // Stiff or swollen hands said alongside sore feet: other joints are involved (the forum families read the morning
  // stiffness; this reads the hands as joints).
  'other-joints-swollen': [
    'fingers on my hands are stiff', 'fingers of my hands are stiff', 'fingers on hands are stiff', 'fingers of the hands are stiff',
    'fingers on my hands are swollen', 'fingers of my hands are swollen', 'hands and fingers are stiff', 'joints of my hands are stiff',
  ],
};
