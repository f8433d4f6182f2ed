/**
 * Phrase families: the everyday ways runners say one thing, grouped by what is said, added to the built-in lexicon
 * (builtin-lexicon.ts) and matched the same tolerant way (content words, any order, nearby). Each family was found
 * by studying how narratives written blind by a colleague were misread (dev2 set), then written out broadly in our
 * own words so that the wording family is understood, not one sentence. Judgement, from how people describe these
 * symptoms; the clinical meaning of each finding is in the KB.
 *
 * Safety first: understated wording of the emergency signs ("a bit puffed out on the stairs", "numb down there",
 * "foot's gone cold and white") must reach the red-flag findings.
 * @module
 */

/** Finding id → extra phrases meaning "yes". */
export const phraseFamilies: Readonly<Record<string, readonly string[]>> = {
  // Numbness said as sleep, as non-native writers and older runners often put it ("toes feel like sleeping").
  'character-numbness': ['feel like sleeping', 'feels like sleeping', 'feel like they are sleeping', 'feels like it is sleeping', 'feels asleep', 'feel asleep', 'gone to sleep', 'fallen asleep'],
  // One leg bigger than the other, however it is compared ("puffier than the left", "the sock leaves a deep mark").
  // Only for the leg or calf: "the tendon feels fatter than the left" is a thickened tendon, not a swollen leg.
  'calf-swelling-one-side': ['leg is puffier than the', 'lower leg is puffier', 'leg puffier than the other', 'calf is puffier', 'calf puffier than the other', 'calf is fatter than the'],
  'lump-or-thickening': ['tendon feels fatter', 'tendon is fatter', 'tendon looks fatter', 'tendon feels thicker', 'tendon looks thicker'],
  'whole-leg-swollen': ['whole lower leg is puffier', 'whole lower leg is swollen', 'whole lower leg is puffy', 'whole lower leg has swollen', 'whole shin and calf are swollen'],
  'pitting-swelling': ['sock leaves a deep mark', 'sock leaves a mark', 'socks leave a mark', 'sock leaves a dent', 'socks leave a dent', 'deep sock marks', 'leaves a dent when i press', 'finger leaves a dent',
    // The dent said as a "dip" or a bare "sock dent" (dev13: a clot told as a tight calf).
    'sock dent', 'sock dents', 'leaves a dip', 'left a dip', 'pressing leaves a dip', 'press leaves a dip'],
  // Heat told by comparing feet ("noticeably hotter than the left"), the way a Charcot foot is noticed (dev16).
  warmth: ['bit warm', 'a little warm', 'slightly warm', 'feels warm to touch', 'feels warmer', 'hotter than the other', 'hotter than the left', 'hotter than the right', 'warmer than the left', 'warmer than the right', 'foot is hotter', 'feels hotter'],
  // Diabetes told by its type, its gadgets or its sugars (dev16: "Type 1 for 30 years ... sugars a bit up").
  diabetes: ['type 1 for', 'type one for', 'type 2 for', 'type two for', 'type 1 diabetic', 'type 2 diabetic', 't1d', 't2d', 'insulin pump', 'libre sensor', 'my sugars', 'sugars are up', 'sugars a bit up', 'sugars have been high'],
  // Operations said the everyday way ("had my knee replaced", "my foot op").
  'recent-surgery-or-cast': ['knee replaced', 'hip replaced', 'ankle replaced', 'knee done', 'hip done', 'bunion done', 'foot op', 'knee op', 'hip op', 'ankle op',
    // Just out of a walking boot after a fracture (dev13): weeks in a boot are a Wells clot risk like a cast.
    'out of the boot', 'out of my boot', 'came out of the boot', 'boot came off', 'boot off as of'],
  // Travel said as "the trip" or "back from" somewhere, with no plane named (dev13).
  'long-travel-or-immobilisation': ['before the trip', 'since the trip', 'after the trip', 'back from the trip', 'back from my trip', 'back from holiday', 'back from abroad'],
  // New surface veins, said as veins never noticed before (a Wells criterion).
  'visible-surface-veins': ['veins i have never noticed', 'veins ive never noticed', 'veins never noticed before', 'veins i hadnt noticed', 'new veins on my'],
  // A jump down from a height, said as a hop or a drop (dev13: a heel fracture told as a stone bruise).
  'injury-fall-or-jump': ['hopped down off', 'hopped down from', 'hopped off a wall', 'jumped off a wall', 'dropped off a wall', 'dropped down off', 'jumped down from'],
  // Breathlessness and chest symptoms, the clot-to-the-lungs signs (NICE NG158 lists breathlessness, pleuritic chest
  // pain, coughing blood and a fast heart rate), said the way people say them.
  'chest-pain-or-breathless': [
    'puffed out walking', 'puffed out on the stairs', 'puffed out just walking', 'out of puff', 'hard to get my breath',
    'cant get my breath', 'cant get my breath back', 'struggling for breath', 'gasping for breath', 'breathing is hard',
    'hard to breathe', 'difficult to breathe', 'trouble breathing', 'breathing feels tight', 'winded walking',
    'breathless walking', 'out of breath walking', 'out of breath on the stairs', 'heart is racing', 'heart racing',
    'heart pounding', 'racing heart', 'palpitations', 'chest feels heavy', 'heavy chest', 'chest hurts when i breathe',
    'sharp pain when i breathe in', 'pain breathing in', 'coughed up blood', 'blood when i cough', 'blood in my phlegm',
    'passed out', 'fainted', 'blacked out',
    // Coughing blood said loosely, and faintness (dev3 understatements): both are lung-clot warning signs.
    'coughed up pink', 'coughing up pink', 'pink phlegm', 'pinkish phlegm', 'blood in my spit', 'bloody cough',
    'felt lightheaded', 'feel lightheaded', 'lightheaded', 'light headed', 'nearly fainted', 'nearly passed out',
    'almost fainted', 'almost passed out', 'breathless after', 'out of breath after a few', 'cant catch a breath',
    // Non-native and plain wording (dev5): stopping "for the air" on a flight of stairs, the heart "going very fast",
    // and a cough "with some red" are the breathlessness, fast pulse and blood-stained cough of a lung clot.
    'stopping for the air', 'stop for the air', 'walk without stopping for air', 'stairs without stopping for breath',
    'heart goes very fast', 'heart is going very fast', 'heart beats very fast', 'heart beating very fast',
    'cough with some red', 'cough with red', 'coughing some red', 'red when i cough', 'red in my cough',
  ],
  // A visibly broken or dislocated limb: bent, angled, bone showing (open fracture).
  deformity: [
    'looks bent', 'looks a bit bent', 'is bent', 'bent out of shape', 'at an angle', 'wrong angle', 'angle thats not right',
    'angle that isnt right', 'facing outwards', 'facing the wrong way', 'pointing outwards', 'twisted round', 'bone poking out',
    'bone sticking out', 'something poking out', 'something sticking out', 'poking through the skin', 'sticking through the skin',
    'lump of bone showing', 'can see bone',
  ],
  'wound-or-broken-skin': [
    'small cut', 'a cut on', 'cut on my', 'gash', 'bleeding', 'skin is split', 'split the skin', 'open wound', 'poking through the skin',
  ],
  // Redness that is growing, however it is said ("crept up past my ankle", "past the pen line").
  'spreading-redness': [
    // "the red is going up to the ankle": the red moving, in plain or non-native wording.
    'red is going up', 'redness is going up', 'red going up', 'red goes up', 'red is coming up', 'red is getting bigger', 'redness going up my', 'red moving up',
    'red has crept', 'redness has crept', 'crept up', 'creeping up my', 'past the line', 'past the pen line', 'beyond the line',
    'outside the line i drew', 'red has spread', 'red is spreading', 'redness is moving up', 'red is moving up',
    // Redness said by how far it reaches ("red and fat up to the ankle", "red all the way up"): dev5.
    'red up to the ankle', 'red up to my ankle', 'red up to the knee', 'red up to my knee', 'red all the way up',
    'red and swollen up to', 'whole forefoot is red', 'whole foot is red', 'whole foot has gone red',
  ],

  // Cauda equina: bladder, bowel and saddle changes, said plainly or shyly.
  'bladder-bowel-or-saddle-numbness': [
    'numb down there', 'numb in my private parts', 'numb privates', 'numb genitals', 'numbness in my groin',
    'tingling in my groin', 'numb backside', 'numb buttocks', 'cant feel my bum', 'cant feel my bottom',
    'cant feel the saddle', 'numb saddle', 'trouble getting my wee started', 'cant wee', 'cant pass water',
    'struggling to pee', 'struggling to wee', 'peeing myself', 'wet the bed', 'leaking wee', 'cant hold my wee',
    'cant feel when i need the toilet', 'cant feel when i need to pee', 'bladder isnt working', 'bowels arent working',
    'pooed myself', 'cant control my poo',
  ],
  // Acute limb ischaemia and its cold, pale, mottled look.
  'leg-cold-pale-pulseless': [
    'leg is mottled', 'mottled leg', 'leg has gone blue', 'leg gone blue', 'leg looks blue', 'no pulse at my ankle',
    'cant feel a pulse at my ankle', 'cant feel the pulse in my foot', 'pulse in my foot has gone', 'no pulse in my ankle',
  ],
  'foot-cold-or-pale': [
    'foot feels colder', 'foot is colder', 'colder than the other', 'colder than the left', 'colder than the right',
    'foot always cold', 'foot gone cold', 'foot went cold', 'foot is mottled', 'mottled foot', 'toes are mottled',
    'foot has gone a funny colour', 'foot has gone a funny color', 'foot gone pale', 'toes gone pale', 'toes gone blue',
    'foot looks grey', 'toes look grey', 'foot is like ice', 'toes are like ice', 'foot feels like ice',
  ],
  // Compartment syndrome: pain beyond what the injury explains, said loosely.
  'severe-pain-out-of-proportion': [
    'worse than you would expect', 'worse than youd expect', 'worse than i would expect', 'worse than id expect',
    'way worse than it should be', 'far worse than it should be', 'much worse than it should be', 'pain is way out of proportion',
    'worst pain ive had', 'worst pain i have had', 'worst pain in my life', 'never felt pain like it', 'never had pain like this',
    'pain is through the roof', 'painkillers havent helped', 'painkillers havent touched it',
    'painkillers arent helping', 'painkillers not helping', 'nothing helps the pain', 'beside myself with pain', 'in tears with the pain',
    'way more than a bruise', 'more than a bruise should', 'didnt touch the pain', 'tablets didnt touch', 'painkillers didnt touch',
    'codeine didnt touch',
  ],
  'pain-on-stretching-toes-severe': [
    // Someone else moving the toes, and plain words for the pain ("terrible").
    'push my toes down terrible', 'pushes my toes down terrible', 'push my toes down agony', 'pull my toes down kills', 'pulls my toes down kills', 'toes pushed down terrible', 'toes down is terrible pain', 'move my toes terrible pain',
    'moving my toes kills', 'moving my toes is killing', 'moving my toes hurts like hell', 'moving my toes hurts like crazy', 'moving my toes is horrendous',
    'bending my toes kills', 'pulling my toes up kills', 'toes moving is agony', 'cant bear to move my toes',
    'cant bear moving my toes', 'wiggling my toes kills', 'moving my foot is agony', 'moving my ankle is agony',
  ],
  'leg-rock-hard': [
    'like a drum', 'tight as a drum', 'tight like a drum', 'hard as a drum', 'tense like a drum', 'hard as wood', 'hard as a board',
    'like a board', 'rock solid', 'solid as a rock', 'leg is really hard', 'shin is really hard', 'calf is really hard',
    'muscle is really hard',
  ],
  'pain-getting-worse-by-hour': [
    'pain is getting bigger', 'pain getting bigger', 'pain gets bigger and bigger', 'pain is growing', 'pain keeps growing', 'hurts more and more each hour',
    'more and more painful through the night', 'more and more painful overnight', 'more painful through the night', 'worse and worse overnight', 'getting worse by the hour', 'worse every hour', 'worse by the minute',
    'getting worse even resting', 'worse through the night',
    'escalating', 'pain is escalating', 'building and building', 'pain keeps building', 'pain is still building',
  ],
  // Toes that cannot be felt, said plainly ("cant feel toes properly"): a nerve or blood-supply sign (dev5).
  'toe-numbness-or-tingling': ['cant feel toes', 'cant feel my toes', 'cant feel the toes', 'toes have no feeling', 'no feeling in my toes'],
  // Leg pain that keeps building after a race or run has ended: the acute (not the run-and-settle) compartment pattern.
  'exercise-pain-not-settling': [
    'worse every hour since the finish', 'worse since the finish', 'worse and worse since the race', 'worse since i finished',
    'worse every hour since the race', 'worse every hour since i stopped', 'getting worse since the race ended',
  ],
  'numbness-persistent': ['numb patch', 'patch of numbness', 'numb spot', 'numb area', 'numb ever since', 'still numb'],
  'cannot-bear-weight': [
    'only walk a couple of steps', 'only walk a few steps', 'only manage a few steps', 'only manage a couple of steps',
    'a couple of steps before i have to stop', 'few steps before i have to stop', 'can barely walk', 'can hardly walk',
    'barely walk', 'hardly walk', 'barely put weight', 'hardly put weight', 'cant put my weight',
    'cant take weight', 'cant weight bear', 'non weight bearing', 'on crutches', 'had to use crutches', 'carried off',
    'helped off', 'hopped home', 'couldnt get home',
  ],
  // Achilles rupture: the snap, the dip, the calf squeeze done by someone else, the flat-footed walk.
  'injury-pop-or-snap': [
    'loud snap', 'big snap', 'there was a snap', 'snap in my calf', 'snap at the back of my leg', 'snap at the back of my ankle',
    'loud pop', 'there was a pop', 'pop in my calf', 'pop at the back of my leg', 'bang at the back of my leg',
    'heard a bang', 'loud bang', 'gunshot', 'like a gunshot', 'whip crack', 'like an elastic band snapping',
  ],
  'gap-in-achilles': [
    'dip above the heel', 'dip above my heel', 'dent above my heel', 'dent above the heel', 'gap above my heel',
    'gap above the heel', 'hollow above my heel', 'hollow above the heel', 'feel a gap', 'can feel a dip', 'can feel a dent',
    'tendon feels empty', 'tendon feels hollow', 'step in the tendon', 'groove in the tendon',
  ],
  'test-calf-squeeze-no-movement': [
    'squeezed my calf and the foot didnt move', 'squeezed my calf and my foot didnt move', 'squeezed my calf foot didnt move',
    'squeezing my calf doesnt move my foot', 'squeezing the calf doesnt move the foot', 'squeeze my calf nothing happens',
    'squeezed my calf nothing happened', 'foot didnt move when squeezed', 'foot doesnt move when i squeeze my calf',
    'foot didnt move when he squeezed', 'foot didnt move when she squeezed', 'thompson test positive', 'positive thompson',
    'squeeze test was positive', 'calf squeeze test positive',
  ],
  'cannot-push-off-or-tiptoe': [
    'walking flat', 'cant get onto my toes', 'no spring at all', 'no power pushing off',
    'cant do a single heel raise', 'cant do a heel raise', 'cant go onto my toes', 'cant rise on my toes',
  ],
  // Claudication: pain on walking that makes you stand still for a moment, then you carry on.
  'pain-walking-relieved-standing': [
    'have to stand still', 'have to stop and stand', 'stand still for a minute', 'stand still for a bit',
    'then i can carry on walking', 'then i can walk again', 'can walk again after a rest', 'same distance every time i walk',
    'walk a certain distance', 'after walking a few hundred', 'window shopping',
    'calf cramps walking', 'calf cramps up walking', 'cramps walking up', 'cramp when i walk',
  ],
  // High ankle sprain: the squeeze test said loosely.
  'test-squeeze-shin-painful': [
    'squeezing my shins together', 'squeeze my shins together', 'squeezing the shin bones together', 'squeezing my leg bones together',
    'squeeze my lower leg hurts ankle', 'squeezing my lower leg hurts', 'squeeze my shin bones together', 'squeeze my leg halfway up',
    'squeezing my calf hurts at the ankle', 'squeeze my calf it hurts at the ankle', 'squeeze the leg bones together',
  ],
  // A tendon or bone that is sore to press, said loosely (where is read from the place words).
  'bony-tenderness-focal': [
    'spot that really hurts when i press', 'press there is a spot', 'one spot that hurts', 'one spot really hurts',
    'specific spot on the bone', 'tender on the bone itself', 'can put my finger on it', 'finger on the exact spot',
  ],
  'recent-training-increase': [
    'upped mileage', 'upped the mileage', 'upped my volume', 'upped the volume', 'upped training', 'bumped up my mileage',
    'bumped up the mileage', 'increased my kms', 'added kms', 'more kms', 'more mileage', 'bigger weeks', 'big jump in mileage',
    'jumped up my mileage', 'mileage jumped', 'doubled my kms',
  ],
  'injury-direct-blow': [
    'took a boot to', 'boot to the shin', 'kicked in the shin', 'got kicked in the shin', 'kick to the shin', 'studs in my shin',
    'collided with', 'collision with', 'took a whack', 'took a hit', 'hit my leg', 'smashed my shin', 'cracked my shin',
    'banged my shin', 'whacked my shin', 'bashed my', 'clattered',
  ],
  // Weakness lifting the foot, and paralysis (not being able to move the toes or foot at all).
  'weakness-foot-drop': [
    'barely lift my foot', 'hardly lift my foot', 'barely lift my toes', 'cant lift my foot up', 'feet feel floppy', 'foot feels floppy',
    'foot is floppy', 'cant lift my toes properly', 'cant wiggle my toes', 'cant really wiggle', 'cant move my toes', 'cant move my foot',
    'toes wont move', 'foot wont move', 'foot flaps', 'flaps down', 'smacks the floor', 'slaps the floor', 'slaps down',
    'foot wont lift', 'wont lift my foot', 'cant walk on my heels', 'cant heel walk', 'cant walk on my heel',
  ],
  // Pins and needles said loosely.
  'character-tingling': ['prickly feeling', 'prickling', 'prickly', 'fizzy feeling', 'fizzing', 'feels asleep', 'gone to sleep', 'a bit asleep'],
  // The Achilles "someone hit me" feeling, said many ways (a stone, a ball, a shot; turning round to look).
  'injury-kicked-in-calf': [
    'lobbed a stone', 'threw a stone', 'thrown a stone', 'flicked a stone', 'hit with a stone', 'hit by a ball', 'like a gunshot',
    'like being shot', 'looked round nobody there', 'looked round and nobody',
    // "Looked behind me" only with its purpose: the tolerant matcher would read "looking from behind" (a viewpoint) as
    // it (dev27).
    'looked behind me to see', 'looked behind me and nobody', 'turned round to see',
    'turned around to see', 'thought someone hit me', 'someone had hit me', 'someone hit me from behind', 'kicked from behind',
  ],
  // The chronic exertional pattern: symptoms at a set time or distance into a run, gone soon after stopping.
  'pain-stops-run-same-point': [
    'minutes into a run', 'min into a run', 'minutes into my run', 'min into my run', 'minute mark', 'km mark', 'mile mark',
    'km into every run', 'miles into every run', 'mile into every run', 'at the same point every', 'same distance every run',
    'gone by the time', 'completely gone', 'gone within minutes', 'settles within minutes', 'settles within a few minutes',
    'disappears after i stop', 'goes as soon as i stop', 'fine again after a few minutes', 'goes away when i stop',
  ],
  'pain-hopping': ['hopping is a no', 'cant hop', 'cannot hop', 'hopping is sore', 'hopping hurts', 'hop and it hurts'],
  'pain-after-run': ['after each session', 'after every session', 'lingers for hours after', 'hangs around afterwards'],
  'pain-with-walking': ['walking is painful', 'walking is sore', 'sore walking', 'painful walking', 'hobbling'],
};

/** Zone id → extra place phrases, including the reversed order ("shin at the front", "ankle on the outside"). */
export const placeFamilies: Readonly<Record<string, readonly string[]>> = {
  'front-of-shin': ['shins front', 'shin front', 'front shins', 'front shin', 'shin at the front', 'shins at the front', 'shin on the front', 'front of the shin', 'front of my shins', 'front of my lower leg', 'lower leg at the front'],
  'inner-shin': ['shin on the inside', 'inside of the shin', 'inner shin', 'inner edge of my shin', 'inside edge of the shin bone'],
  'outer-leg': ['shin on the outside', 'leg on the outside', 'outer shin', 'outside of the shin', 'outside of my lower leg', 'outer side of my lower leg'],
  // The back edge of an ankle bone is a place on that side of the ankle (the Ottawa point), not the back of the
  // ankle where the Achilles runs (dev16: read as the back of the ankle, then a "crunch" as an Achilles snap).
  'outside-ankle': ['ankle on the outside', 'outer ankle', 'outside ankle', 'back edge of the outer ankle', 'back edge of the outside ankle', 'back of the outer ankle bone', 'back of the outer ankle knob', 'back of the outside ankle bone'],
  'inside-ankle': ['ankle on the inside', 'inner ankle', 'inside ankle', 'back edge of the inner ankle', 'back edge of the inside ankle', 'back of the inner ankle bone', 'back of the inner ankle knob', 'back of the inside ankle bone'],
  'front-of-ankle': ['ankle at the front', 'ankle on the front', 'front of ankle'],
  'back-of-ankle': ['ankle at the back', 'back of ankle'],
  achilles: ['above my heel', 'above the heel', 'just above the heel', 'back of my leg above the heel', 'tendon at the back', 'heel cord'],
  'top-of-foot': ['foot on top', 'top of foot', 'middle of the top of my foot'],
  'inside-of-foot': ['foot on the inside', 'inner foot', 'inside of my foot', 'inner side of the foot', 'inner midfoot', 'top of my foot on the inner side', 'just in front of my ankle on the inside', 'in front of my ankle on the inner side', 'in front of the ankle on the inner side', 'in front of the ankle on the inside'],
  'outside-of-foot': ['foot on the outside', 'outer foot', 'outside of the foot', 'outer edge of the foot', 'little toe side of my foot'],
};
