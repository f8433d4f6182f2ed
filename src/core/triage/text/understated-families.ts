/**
 * Red flags told as a niggle (issue #4, the dev14 study): a limb out of line, an infection racing up the leg with
 * the shakes, a keyhole operation before a swollen calf, a foot that has gone down a hole, said in the calm words of
 * someone who hopes it is nothing. Written out broadly in our own words so the family is understood, not one sentence,
 * and matched the same tolerant way as the other families (lexicon.ts). Judgement, from how people describe these
 * signs; the clinical meaning of each finding, and its source, is on its KB entry.
 *
 * Word order is free in matching, so each phrase names its thing as well as its state ("foot … sideways … leg", not a
 * bare "sideways"); the blockers below hide the everyday sayings that share their words.
 * @module
 */

/** Finding id → extra phrases meaning "yes". */
export const understatedFamilies: Readonly<Record<string, readonly string[]>> = {
  // A foot no longer lined up under the leg: a fracture-dislocation said by where the foot now sits.
  deformity: [
    'foot sitting sideways off my leg', 'foot sitting sideways on my leg', 'foot sitting sideways from my leg',
    'foot pointing sideways off my leg', 'foot sticking out sideways from my leg', 'foot off to one side of my leg',
    'foot not in line with my leg', 'foot isnt in line with my leg', 'foot not lined up with my leg',
    'foot isnt lined up with my leg', 'foot out of line with my leg', 'ankle out of line', 'ankle is out of line',
    'foot hanging off my leg', 'foot dangling off my leg', 'foot at right angles to my leg', 'ankle looks dislocated',
    'ankle is dislocated', 'dislocated my ankle', 'ankle looks out of joint', 'ankle is out of joint',
    'foot looks out of joint', 'foot is skewed', 'ankle is skewed', 'foot looks skew whiff', 'ankle looks skew whiff',
  ],
  // Stepping into a hole is how an ankle goes over, whichever verb carries the foot in.
  'injury-rolled-ankle': [
    'went down a pothole', 'foot went down a pothole', 'foot went into a pothole', 'foot dropped into a pothole',
    'went down a hole', 'foot went down a hole', 'foot went into a hole', 'foot dropped into a hole',
    'stepped into a hole', 'stepped in a hole', 'foot went down a rabbit hole', 'foot went down a rut',
  ],
  // The midfoot bent under the body's weight: landing on the toes and the foot folding over itself (Lisfranc).
  'injury-midfoot-bent-or-crushed': [
    'foot rolled over itself', 'foot folded over itself', 'foot folded under itself', 'foot bent under itself',
    'foot buckled under itself', 'landed on my tiptoes and the foot rolled', 'landed on my tiptoes and my foot buckled',
    'landed on my toes and the foot folded',
  ],
  // A bruise under the arch told by its colour as a patch or a mark (plantar bruising of a Lisfranc injury).
  'bruising-sole-of-midfoot': [
    'purple patch in the arch', 'purple patch under my arch', 'purple patch under the arch', 'purple mark in my arch',
    'purple mark under my arch', 'dark bruise in the arch', 'blue patch in my arch', 'blue patch under my arch',
    'purple underneath in the arch', 'purple patch on the bottom of my foot',
  ],
  // Toes caught again and again (the front of the foot not lifting), told as a count rather than as a fall.
  'weakness-foot-drop': [
    'caught my toe three times', 'caught my toe twice', 'caught my toe a few times', 'caught my toe several times',
    'caught my toes three times', 'caught my toes a few times', 'keep catching my toe', 'keeps catching my toe',
    'kept catching my toe', 'keep catching my toes', 'kept catching my toes', 'toe keeps catching',
  ],
  // Heel pain that travels outward under the foot, said with a verb of creeping or drifting (the nerve under the
  // heel, not the fascia).
  'heel-pain-spreads-to-outer-sole': [
    'creeps toward the outside of the sole', 'creeps towards the outside of the sole', 'creeps to the outside of my sole',
    'drifts toward the outside of the sole', 'drifts to the outside of my sole', 'spreads to the outside of the sole',
    'spreads to the outside of my sole',
  ],
  // Redness said by how far it has travelled, with a verb of marching or climbing or a landmark passed.
  'spreading-redness': [
    'red has marched past', 'redness has marched past', 'red has marched up my leg', 'red marching up my leg',
    'red has travelled up',
    'redness has travelled up', 'red climbing up my leg', 'redness climbing up my leg', 'red has climbed up my leg',
    'red past my knee', 'redness past my knee', 'red past my ankle', 'redness past my ankle', 'red past my shin',
    'red has reached my knee', 'redness has reached my knee', 'red has reached my shin', 'red streak up my leg',
    'red streaks up my leg', 'red line up my leg', 'red line up my shin', 'red tracking up my leg',
    'redness tracking up my leg', 'red is racing up', 'redness is racing up',
  ],
  // Shaking with cold under the covers: rigors, the chill of a fever, however it is told.
  'fever-or-unwell': [
    'shaking under the duvet', 'shaking under two duvets', 'shaking under the covers', 'shaking under the blankets',
    'shivering under the duvet', 'shivering under two duvets', 'shivering under the covers', 'shivering under blankets',
    'freezing cold but sweating', 'shaking in bed with a temperature',
  ],
  // Pain beyond any injury the runner has known: pain out of proportion, compared with their own past.
  'severe-pain-out-of-proportion': [
    'hurts more than any injury', 'worse than any injury', 'more pain than any injury', 'worse than when i broke',
    'worse than breaking my', 'worse than childbirth',
  ],
  // A keyhole knee or ankle operation, said by its nickname or by the weeks since it.
  'recent-surgery-or-cast': [
    'knee scope', 'ankle scope', 'hip scope', 'had a scope', 'scoped my knee', 'knee scoped', 'ankle scoped',
    'arthroscopy', 'keyhole op', 'meniscus trim', 'meniscus repair', 'acl reconstruction', 'acl repair',
    'weeks post op', 'days post op', 'weeks out from surgery', 'weeks out from an op',
  ],
};

/**
 * Everyday sayings that share those words: hidden, they give no finding. A foot that slid sideways is how a sprain
 * starts, not a foot left out of line; a face red from a climb is exertion; a runner shaking with nerves or cold
 * after a race is not feverish.
 */
export const understatedBlockers: readonly string[] = [
  'foot slid sideways', 'foot went sideways', 'foot slipped sideways', 'foot rolled sideways', 'foot turned sideways',
  'red faced', 'face went red', 'face was red', 'shaking with nerves', 'shaking from nerves', 'legs were shaking',
  'legs shaking', 'shaking after the race', 'shivering after the race', 'shivering at the start',
];
