/**
 * Extra everyday phrases for the shared finding vocabulary (docs/kb-authoring.md), so common ways of saying
 * things are understood even where the KB lexicon is thin. Used only for findings the KB defines; a KB phrase
 * always wins over one of these. Our own wording (judgement), matched tolerantly (any order, nearby words).
 * @module
 */

/** Finding id → phrases meaning "yes". */
export const builtinLexicon: Readonly<Record<string, readonly string[]>> = {
  'pain-first-steps': ['first steps in the morning', 'first thing in the morning', 'getting out of bed', 'first few steps', 'first step'],
  'pain-after-sitting': ['after sitting', 'stand up after sitting', 'getting up from a chair', 'after sitting at my desk'],
  'pain-eases-with-warm-up': ['warms up during runs', 'warms up as i run', 'warms up after a mile', 'eases once warmed up', 'better once i warm up', 'goes away once i get going', 'eases as i run', 'better after a few minutes of running', 'once it warms up'],
  'pain-builds-during-run': ['worse as the run goes on', 'builds during the run', 'worse the longer i run', 'gets worse during runs'],
  'pain-after-run': ['after runs', 'after running', 'after a run', 'day after running', 'after my long run'],
  'pain-at-night-or-rest': ['hurts at night', 'wakes me up at night', 'awake at night', 'hurts at rest', 'even at rest', 'aches when resting', 'night pain'],
  'pain-stops-run-same-point': ['same point in every run', 'always at the same distance', 'same time every run', 'into every run', 'fine after i stop', 'fine minutes after i stop', 'gone minutes after i stop'],
  'pain-walking-relieved-standing': ['eases when i stand still', 'stand still and it goes'],
  'pain-with-walking': ['hurts to walk', 'painful to walk', 'limping', 'limp', 'walking hurts'],
  'onset-sudden': ['suddenly', 'all of a sudden', 'out of nowhere', 'sudden'],
  'onset-gradual': ['gradually', 'crept up', 'came on slowly', 'built up over', 'slowly got worse', 'gradual'],
  'injury-rolled-ankle': ['rolled my ankle', 'rolled it', 'turned my ankle', 'went over on my ankle', 'twisted my ankle', 'sprained my ankle', 'ankle rolled', 'rolled over on it'],
  'injury-pop-or-snap': ['popping sound', 'heard a crack', 'felt something pop', 'heard something pop', 'felt something snap', 'heard something snap', 'heard a crunch', 'felt a crunch'],
  'injury-kicked-in-calf': ['kicked in the calf', 'kicked in the back of my leg', 'hit in the back of the leg', 'shot in the calf'],
  'injury-fall-or-jump': ['fell', 'had a fall', 'landed awkwardly', 'jumped down', 'tripped'],
  'injury-direct-blow': ['dropped something on my foot', 'stubbed', 'banged my foot'],
  'character-sharp': ['sharp', 'stabbing', 'like a knife', 'shooting'],
  'character-dull-ache': ['dull', 'nagging', 'dull ache'],
  'character-burning': ['burning', 'burn'],
  'character-tingling': ['tingling', 'pins and needles', 'tingly', 'electric'],
  'character-numbness': ['numb', 'numbness'],
  'character-clicking-or-catching': ['clicking', 'click', 'catching', 'clunk'],
  'character-giving-way': ['gives way', 'giving way', 'gave way', 'unstable', 'wobbly'],
  'character-tight-cramping': ['tight', 'tightness', 'cramp', 'cramping'],
  'character-pebble-feeling': ['pebble', 'stone in my shoe', 'marble under', 'sock bunched up'],
  'worse-stairs': ['worse on stairs', 'stairs hurt', 'going up steps'],
  'worse-hills': ['worse on hills', 'hills hurt', 'worse uphill', 'running uphill hurts'],
  'pain-hopping': ['hopping hurts', 'hurts to hop'],
  'pain-tiptoe': ['tiptoe', 'tip toe', 'on my toes'],
  'pain-push-off': ['push off', 'pushing off', 'toe off'],
  'worse-tight-shoes': ['tight shoes', 'shoes are too tight', 'laces too tight', 'tight laces'],
  'worse-barefoot-hard-floor': ['worse barefoot', 'hurts barefoot', 'bare feet on hard floors', 'hard floor'],
  'pain-squatting-or-lunging': ['hurts to squat', 'squats hurt', 'lunges hurt'],
  'pain-pointing-toes': ['pointing my toes', 'point my toes'],
  'worse-uneven-ground': ['uneven ground', 'worse on trails', 'rough ground', 'camber'],
  swelling: ['swollen', 'swelling', 'puffy'],
  'swelling-ankle': ['ankle is massive', 'ankle is huge', 'ankle ballooned', 'swollen ankle', 'ankle swelling', 'ankle is swollen'],
  bruising: ['bruise', 'bruising', 'black and blue'],
  redness: ['red', 'redness'],
  warmth: ['warm to touch', 'hot to touch', 'feels hot', 'feels warm'],
  'lump-or-thickening': ['thick', 'lump', 'nodule', 'thickening', 'thickened'],
  deformity: ['deformed', 'out of shape', 'at a funny angle', 'looks wrong'],
  'bony-tenderness-focal': ['sore to press one spot', 'sore to press in one spot', 'tender in one spot', 'one spot on the bone', 'tender spot on the bone', 'pinpoint', 'bone is sore to press', 'press on the bone', 'sore spot on the bone'],
  'tender-to-squeeze-tendon': ['tendon is tender', 'squeezing the tendon hurts', 'tendon sore to touch', 'pinch the tendon'],
  'calf-swelling-one-side': ['calf is swollen', 'swollen calf', 'calf swelling', 'one calf bigger'],
  'foot-cold-or-pale': ['foot is cold', 'cold foot', 'pale foot', 'foot went white', 'toes went white'],
  'wound-or-broken-skin': ['cut my foot', 'wound', 'blister', 'broken skin', 'graze'],
  'spreading-redness': ['redness is spreading', 'red streak', 'spreading redness'],
  'gap-in-achilles': ['gap in the tendon', 'dent in the tendon', 'gap in my achilles'],
  'cannot-bear-weight': ['cant walk', 'cant put weight', 'cant bear weight', 'cant stand on it'],
  'severe-pain-out-of-proportion': ['pain is excruciating', 'in absolute agony', 'unbearable even at rest', 'agony even at rest'],
  'numbness-persistent': ['numb all the time', 'constantly numb', 'numb and it doesnt go away'],
  'weakness-foot-drop': ['foot drop', 'foot slapping', 'cant lift my foot', 'toes drag'],
  'fever-or-unwell': ['fever', 'temperature of', 'temp of', 'running a temperature', 'chills', 'feel unwell', 'feel ill', 'shivery', 'flu like'],
  'cannot-push-off-or-tiptoe': ['cant push off', 'cant stand on tiptoe', 'cant go up on my toes'],
  'leg-cold-pale-pulseless': ['no pulse in my foot', 'leg is cold and pale'],
  'chest-pain-or-breathless': ['chest pain', 'short of breath', 'breathless', 'cant breathe', 'shortness of breath'],
  'bladder-bowel-or-saddle-numbness': ['saddle numbness', 'cant pee', 'incontinence', 'lost control of my bladder', 'lost control of my bowels', 'cant control my bladder'],
  'recent-training-increase': ['increased my mileage', 'upped my mileage', 'ramped up', 'more miles', 'doubled my mileage', 'added miles', 'building up mileage', 'increased my distance', 'upped my training', 'increased training'],
  'new-shoes': ['new shoes', 'new pair', 'changed shoes', 'switched shoes'],
  'worn-shoes': ['old shoes', 'worn out shoes', 'shoes are worn'],
  'hard-surface': ['concrete', 'pavement', 'roads', 'tarmac', 'asphalt', 'sidewalk'],
  'surface-change': ['switched to trails', 'changed surface', 'moved to the track'],
  'recent-speed-or-hills': ['speed work', 'speedwork', 'intervals', 'track sessions', 'hill repeats', 'sprints', 'tempo runs'],
  'race-coming': ['race coming up', 'race next', 'upcoming race', 'race in a few weeks'],
  'new-to-running': ['new to running', 'just started running', 'couch to 5k', 'c25k', 'beginner', 'started running ago', 'only been running for', 'only been running a', 'been running only', 'running for only', 'first year of running', 'started running in'],
  'minimalist-shoes': ['minimalist', 'barefoot shoes', 'zero drop', 'vibram'],
  'previous-ankle-sprains': ['sprained it before', 'history of sprains', 'sprained many times', 'rolled it before', 'recurrent sprains'],
  'previous-injury-same-area': ['had this before', 'same injury before', 'happened before'],
  // Not "had a stress fracture": its small words drop out, so it read every "stress fracture" (a guess, a fear, "how
  // stress fractures start") as history (dev18). "Had" is read by the history lexicon below, which checks for it.
  'previous-stress-fracture': ['stress fracture before'],
  'flat-feet': ['flat feet', 'flat footed', 'fallen arches', 'overpronate', 'overpronation'],
  'high-arches': ['high arches', 'high arched'],
  'long-travel-or-immobilisation': ['long flight', 'flight', 'flew', 'long drive', 'long car journey', 'on a plane', 'plane ride', 'bed rest', 'hours in the car', 'hours on a plane', 'hours on a train'],
  'recent-surgery-or-cast': ['surgery', 'operation', 'in a cast', 'walking boot', 'in a boot'],
  'medication-fluoroquinolone': ['ciprofloxacin', 'cipro', 'levofloxacin', 'fluoroquinolone', 'moxifloxacin'],
  'medication-steroid': ['steroid', 'prednisolone', 'prednisone', 'cortisone injection'],
  diabetes: ['diabetes', 'diabetic'],
  'back-pain': ['back pain', 'lower back', 'back hurts', 'back is sore', 'back aches', 'my back'],
  'low-energy-availability': ['missed periods', 'lost my period', 'periods stopped', 'not eating enough', 'underweight', 'amenorrhea'],
  smoker: ['smoker', 'i smoke', 'cigarettes'],
  'history-of-gout': ['gout'],
  'other-joints-swollen': ['other joints', 'several joints', 'fingers are swollen'],
  'psoriasis-or-ibd': ['psoriasis', 'crohns', 'colitis'],
  'worse-thin-soled-shoes': ['thin soled', 'racing flats'],
  'cannot-bear-touch': ['cant bear the sheet', 'cant bear the duvet', 'cant bear the bed sheet', 'even the sheet hurts', 'even the duvet hurts'],
  'attack-peaked-within-a-day': ['overnight', 'swollen overnight'],
  'skin-tight-shiny': ['shiny', 'tense and shiny'],
  'pain-getting-worse-by-hour': ['keeps getting worse even resting', 'getting worse even resting', 'getting worse by the hour'],
  'exercise-numbness-resolves': ['goes numb into every run', 'numb during every run', 'goes numb on runs', 'goes numb when i run'],
  'arch-flattening': ['flatter', 'gone flat'],
  'morning-stiffness-long': ['stiff for hours', 'stiff for over an hour', 'stiff for ages every morning'],
  'bony-bump-inner-midfoot': ['lump on the inside of my midfoot', 'bump on the inside of my midfoot', 'lump on the inside of my foot'],
};

/** Zone id → extra phrases for "pain in this zone". */
export const builtinZoneLexicon: Readonly<Record<string, readonly string[]>> = {
  'heel-underside': ['heel'],
  arch: ['arch', 'arches', 'middle of my sole'],
  'ball-of-foot': ['ball of my foot', 'forefoot', 'under my toes'],
  'big-toe': ['big toe'],
  'lesser-toes': ['toes', 'second toe', 'little toe'],
  'top-of-foot': ['foot hurts on top', 'top of my foot', 'instep', 'midfoot', 'middle of my foot', 'top of my midfoot'],
  'inside-of-foot': ['inner midfoot', 'inside of my midfoot', 'inner side of my midfoot', 'inner top of my midfoot', 'inner side of my foot'],
  // The long bone behind the little toe is on the outer edge of the foot: its base is not the toe nor the ball of the foot.
  'outside-of-foot': ['outer midfoot', 'outside of my midfoot', 'outer side of my midfoot', 'outer edge of my midfoot', 'base of my little toe bone', 'base of the little toe bone', 'little toe bone'],
  'inside-ankle': ['inside of my ankle', 'inner side of my ankle', 'inside of the ankle'],
  'outside-ankle': ['outside of my ankle', 'outer side of my ankle', 'outside of the ankle'],
  'inner-shin': ['shin', 'shins', 'inside of my shin', 'shin splints'],
  calf: ['calf', 'calves'],
  achilles: ['achilles'],
};

/**
 * General places (finding id → words): "my ankle", "my foot", "my leg" say the region without the exact zone.
 * A longer place phrase ("outside of my ankle") wins over these, as usual.
 */
export const builtinAreaLexicon: Readonly<Record<string, readonly string[]>> = {
  'pain-ankle-area': ['ankle', 'ankles', 'ankle joint'],
  'pain-foot-area': ['foot', 'feet', 'whole foot'],
  'pain-lower-leg-area': ['leg', 'legs', 'lower leg', 'lower legs'],
};

/**
 * Phrases that only count as the runner's history when said of the past ("I had a stress fracture two years ago");
 * anywhere else (a worry, a question, a diagnosis someone suggested) they give no finding. An empty id marks a past
 * injury event with no history finding of its own ("I broke my ankle as a kid"): it still makes the clause history.
 */
export const builtinHistoryLexicon: Readonly<Record<string, readonly string[]>> = {
  'previous-stress-fracture': ['stress fracture', 'stress fractures', 'stress reaction', 'bone stress injury'],
  'previous-clot': ['dvt', 'blood clot', 'clot in my leg', 'pulmonary embolism'],
  'previous-ankle-sprains': ['sprain', 'bad sprain', 'ankle sprain'],
  // An operation told of the past is the clot risk factor itself (Wells), not only a past event.
  'recent-surgery-or-cast': ['surgery on my', 'operation on my'],
  '': ['broke my', 'broken', 'fractured', 'fracture', 'torn', 'tore my', 'ruptured', 'injured my'],
};

/**
 * Phrases that mean something else and so hide a shorter phrase inside them (the longer reading wins): "hay fever"
 * is not a fever, "suddenly got worse" is not a sudden onset, "discharged from physio" is not pus. They give no
 * finding themselves. Judgement, from how runners write.
 */
export const builtinBlockers: readonly string[] = [
  'hay fever', 'suddenly got worse', 'suddenly worse', 'suddenly much worse', 'suddenly flared', 'fell asleep',
  'discharged from physio', 'discharged from hospital', 'discharged from the clinic', 'discharged from care', 'discharged me',
  // A note's "discharged" sends the patient home: "ED discharge summary", "discharged as a sprain", "discharged with a
  // tubigrip" (dev8/dev9 wording) is not pus.
  'discharge summary', 'discharge letter', 'discharged as', 'discharged with', 'discharged home', 'hot and cold packs', 'hot and cold therapy', 'hot and cold water', 'hot and cold bath',
  'drink fluids', 'drinking fluids', 'enough fluids', 'fluid intake', 'red shoes', 'red trainers', 'first thing i noticed',
  'red flag', 'red flags', 'sharp turn', 'sharp bend', 'red light', 'other leg', 'other foot', 'other ankle', 'good leg',
  'good foot', 'good ankle', 'leg day', 'foot strike', 'forefoot strike', 'midfoot strike', 'feet tall', 'foot tall',
  'feet per', 'leg of the relay', 'first leg', 'second leg', 'thick socks', 'thick sole', 'thick soles', 'thick cushioning',
  'thick skin', 'jumped off the table', 'jumped off the couch', 'jumped off the bed', 'jumped out of my skin', 'nearly jumped',
  'hit the roof', 'off the charts',
  // More running, not a beginner: "started running more", "started running again" (dev18).
  'started running more', 'started running further', 'started running longer', 'started running faster',
  'started running hills', 'started running trails', 'started running twice', 'started running every',
  // Stopping the run and walking home is not claudication's "have to stop walking" (dev24, dev26: calf strains).
  'stopped and walked home', 'stopped and walked back', 'stopped running and walked', 'stopped and walked the rest',
  'stopped and walked it off', 'stopped straight away and walked', 'stopped immediately and walked',
  // Walking on level ground is not the rupture's flat-footed walk ("walking flat"; dev26).
  'walking on the flat', 'walking on flat ground', 'walking and flat running', 'walking and running on the flat', 'flat walking',
];

/**
 * Phrases saying there was no injury: the pain came on by itself. Each gives "no" for every acute-injury finding
 * (so the Ottawa checks and injury conditions are not pursued) and "yes" for a gradual start, unless the text says
 * otherwise (read-matches.ts). Matched in order and word for word, since "came on just after the race" is not "just
 * came on". British and American usage. Judgement, from how runners write.
 */
export const builtinNoInjury: readonly string[] = [
  'no injury', 'no injuries', 'no real injury', 'no specific injury', 'no particular injury', 'no obvious injury',
  'no actual injury', 'no trauma', 'no accident', 'no incident', 'not injured', "wasn't injured", "didn't injure",
  "haven't injured", "never injured it", "can't think of any injury", "can't recall any injury", "can't remember any injury",
  "don't remember injuring", "don't recall injuring", 'nothing happened', 'it just came on', 'just started hurting',
  'came on by itself', 'came on on its own', 'started on its own', 'started by itself', 'for no reason',
  'no apparent reason', 'no obvious reason', 'no reason', 'no fall or twist', 'no twist or fall', 'no knock',
  "didn't do anything to it", "didn't twist or roll it", 'nothing i can think of caused it',
  "don't remember any knock", "don't remember a knock", "don't remember any injury", "don't remember hurting it",
  "can't remember any knock", "didn't knock it", "didn't bang it", "no knock or fall", 'no fall', 'no twist', 'no blow',
  'no collision', "didn't fall", "didn't roll it", "didn't twist it", 'never rolled it', 'wasnt injured',
  // Told of someone else, or without remembering it (dev16: "he doesn't remember twisting it").
  "doesn't remember twisting it", "doesn't remember rolling it", "doesn't remember hurting it", "doesn't remember injuring it",
  "don't remember twisting it", "don't remember rolling it", "can't remember twisting it", "can't remember rolling it",
  "doesn't recall twisting it", "don't recall twisting it", "can't recall twisting it", "doesn't remember doing anything to it",
  "don't remember doing anything to it", 'no memory of twisting it',
];
