/**
 * Phrase families found through second-language English (dev22), in plain words: what the writers meant, said the ways
 * any runner might say it once their words have been read (second-language.ts turns "the big finger of the foot" into
 * "the big toe"). Matched like every built-in family (lexicon.ts). Judgement, from how people describe these signs.
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
    'joint of the big toe coming out to the side',
  ],
};
