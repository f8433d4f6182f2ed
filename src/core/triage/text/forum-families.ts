/**
 * Phrase families from forum posts, club chats, coach messages and booking forms (issue #4, the dev6 study): the
 * ways runners in those voices say things the lexicon missed, written out broadly in our own words so the family is
 * understood, not one sentence. Added to the built-in lexicon and matched the same tolerant way (lexicon.ts).
 * Judgement, from how people describe these things; the clinical meaning of each finding is in the KB.
 * @module
 */

/** Finding id → extra phrases meaning "yes". */
export const forumFamilies: Readonly<Record<string, readonly string[]>> = {
  // A clot in the lung told as lost fitness (NICE NG158: breathlessness, pleuritic chest pain, a fast heart): stairs
  // that stop you halfway, a heart "like the clappers", a chest that catches when you breathe in.
  'chest-pain-or-breathless': [
    'stopping halfway up the stairs', 'stop halfway up the stairs', 'have to stop halfway up the stairs', 'halfway up the stairs out of breath',
    'out of breath for no reason', 'breathless for no reason', 'out of breath doing nothing', 'breathless doing nothing',
    'out of breath sitting still', 'winded by the stairs', 'winded on the stairs', 'weirdly out of breath', 'strangely out of breath',
    'heart going like the clappers', 'heart like the clappers', 'heart going like mad', 'heart going mad', 'heart hammering',
    'heart is hammering', 'heart thumping', 'heart is thumping', 'heart fluttering', 'heart is fluttering',
    'chest when i breathe in', 'catches when i breathe in', 'catches when i take a breath', 'sharp when i breathe in',
    'stabs when i breathe in', 'hurts to take a deep breath', 'deep breath hurts', 'pain on a deep breath', 'pain when i take a deep breath',
    'side of my chest hurts', 'side of my chest when i breathe',
  ],
  // Risk factors for a clot said the way new parents and patients say them.
  'oestrogen-or-pregnancy': [
    'gave birth', 'giving birth', 'since the birth', 'postpartum', 'post partum', 'postnatal', 'post natal', 'had my baby',
    'baby is weeks old', 'baby weeks old', 'new baby', 'newborn', 'maternity leave', 'pregnant', 'weeks pregnant',
    'combined pill', 'contraceptive pill', 'hormone replacement',
  ],
  'recent-surgery-or-cast': [
    'c section', 'csection', 'caesarean', 'cesarean', 'bunion op', 'bunion operation', 'after the op', 'since the op',
    'my op', 'day case', 'had an operation', 'post op', 'surgical shoe',
  ],
  'visible-surface-veins': ['veins look more obvious', 'veins are more obvious', 'veins stand out more', 'veins more visible', 'veins showing more'],
  // Back trouble said as an event ("my back went lifting"): the back half of a sciatica story.
  'back-pain': ['back went', 'put my back out', 'did my back in', 'hurt my back', 'back gave out', 'back locked', 'tweaked my back', 'back spasm'],
  // Foot drop said as tripping: the toes catch the ground or a step.
  'weakness-foot-drop': ['catching my toes', 'catch my toes', 'toes keep catching', 'toes catch on', 'tripping over my toes', 'scuffing my toes', 'scuffing my foot'],
  // An ankle sprain told as a story about the landing.
  'injury-rolled-ankle': [
    'landed on someones foot', 'landed on someone elses foot', 'landed on his foot', 'landed on her foot', 'landed on their foot',
    'ankle went over', 'went over on it', 'ankle buckled under me', 'ankle turned under me',
  ],
  // Many old sprains said loosely ("sprained it loads as a footballer"): history, not today's injury.
  'previous-ankle-sprains': ['sprained it loads', 'sprained it lots', 'sprained it many times', 'sprained it plenty', 'loads of sprains', 'lots of sprains', 'sprained it loads of times'],
  // A foot rolling in as you walk is the arch giving way, not an injury ("my ankle rolling in when I walk").
  // (Each names the walking or the inward direction: the bare "ankle rolling" is the sprain's wording.)
  'flat-feet': [
    'ankle rolling in when i walk', 'ankles roll in when i walk', 'ankle rolls in when i walk', 'ankle rolling in when walking',
    'ankle rolls inwards', 'ankle rolling inwards', 'ankles roll inwards', 'foot rolls inwards', 'feet roll inwards', 'foot rolling inwards',
  ],
  // The attack that arrives overnight: woke up with it already hot, swollen or on fire.
  'attack-peaked-within-a-day': ['woke up on fire', 'woke up throbbing', 'woke up swollen', 'woke up red', 'woke up to find', 'woke up with it'],
  // Not even the bedclothes can touch it. The versions naming the toe hide a misreading as "can't stand on my toes".
  'cannot-bear-touch': [
    'cant stand the duvet', 'cant stand the sheet', 'cant stand the sheets', 'cant stand the bedsheet', 'cant stand the covers',
    'toe cant stand the duvet', 'toe cant stand the sheet', 'toe cant stand the sheets', 'toe cant stand the covers',
    'cant bear the covers', 'cant have the duvet on it', 'cant have the sheet on it',
  ],
  // Hallux rigidus: the big toe that will not bend back at push-off, and its bump on top.
  'big-toe-stiff': ['big toe wont bend back', 'toe wont bend back', 'big toe doesnt bend back', 'big toe cant bend back', 'big toe barely bends'],
  'bump-top-of-big-toe-joint': ['bony bump on top of the joint', 'bump on top of the joint', 'lump on top of the joint', 'bony lump on top of the joint'],
  // Lisfranc: the foot trapped in a hole with a fall forward over it, and bruising under the arch.
  'injury-midfoot-bent-or-crushed': [
    'foot down a rabbit hole', 'foot down a hole', 'foot in a rabbit hole', 'foot caught in a hole', 'fell forward over it',
    'fell forward over my foot', 'foot stuck and fell forward',
  ],
  'bruising-sole-of-midfoot': ['bruise on the sole', 'bruising on the sole', 'bruise in the arch', 'bruising in the arch', 'bruised sole', 'bruise under the arch'],
  // The navicular "N spot" runners read about, and a tender point named after the bone.
  'ottawa-tender-navicular': ['n spot', 'navicular is sore to press', 'navicular is tender', 'tender navicular'],
  // Peroneal tendons slipping, said without "something" ("a tendon flicks over the bone").
  'snapping-behind-outer-ankle': ['tendon flicks over', 'flicks over my ankle bone', 'flicks over the ankle bone', 'tendon snaps over', 'snaps over my ankle bone', 'snaps over the ankle bone', 'tendon slips out of place'],
  // The cuboid's "something is out of place", said without naming the foot.
  'midfoot-feels-out-of-place': ['feels like something is out of place', 'something is out of place or stuck', 'feels out of place', 'feels stuck and out of place', 'something feels stuck', 'feels like something is stuck',
    // A joint that does not sit or line up as it should (dev17): "something's not sitting right in there".
    'not sitting right', 'isnt sitting right', 'doesnt sit right', 'not sitting properly', 'not lined up', 'out of line', 'out of alignment', 'feels misaligned', 'something has slipped', 'something slipped in my foot', 'needs clicking back', 'needs to click back in', 'needs popping back'],
  // Resisted eversion, told as pushing the foot out against the other foot or a hand.
  'pain-turning-foot-out': ['push my foot outwards against', 'pushing my foot outwards', 'push my foot out against', 'pushing my foot out against'],
  // Hands stiff every morning: the joint stiffness of inflammatory arthritis, not first-step heel pain.
  'morning-stiffness-long': ['hands are stiff every morning', 'hands stiff every morning', 'hands are stiff in the morning', 'fingers stiff every morning', 'fingers are stiff in the morning'],
  'other-joints-swollen': ['knuckles look puffy', 'knuckles are puffy', 'knuckles look swollen'],
};

/** Zone id → extra place phrases. */
export const forumPlaceFamilies: Readonly<Record<string, readonly string[]>> = {
  // The Achilles insertion said by where the tendon meets the bone: the back of the heel, not its underside.
  'back-of-heel': [
    'where it goes into the heel bone', 'where it goes into the heel', 'where it joins the heel', 'where it attaches to the heel',
    'where the tendon joins the heel', 'where the tendon goes into the heel', 'where the achilles joins the heel',
    'where the achilles meets the heel', 'achilles insertion',
  ],
  // The top of the foot towards the inner side: the navicular's place.
  'inside-of-foot': ['top of my foot towards the inside', 'top of the foot towards the inside', 'top of my left foot towards the inside', 'top of my right foot towards the inside'],
  // Rolling onto the outer edge while running is a place that hurts, not a rolled ankle.
  'outside-of-foot': ['rolling onto the outside of my foot', 'roll onto the outside of my foot', 'rolling onto the outer edge of my foot'],
};
