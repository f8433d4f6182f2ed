/**
 * Everyday ways runners describe each warning sign, British and American, for the lexicon tests: each sentence must
 * be read as that red-flag finding "yes". Written for the tests (judgement, from how people describe these signs),
 * not taken from the KB lexicon, so they check that the wording is understood rather than listed.
 * @module
 */

/** Red-flag finding id → sentences that say it. */
export const PHRASINGS: Readonly<Record<string, readonly string[]>> = {
  'calf-swelling-one-side': [
    'my left calf has swollen up', 'one calf is much bigger than the other', 'right calf is noticeably fatter than the left',
    'my calf has ballooned', 'the calf on my left leg is puffed up', 'swelling in my calf since yesterday',
    'my lower leg is swollen', 'calf looks swollen compared to the other side', 'my calf has blown up',
    'one of my calves is swollen', 'calf is all swollen and tight', 'noticed my calf is puffy and tight',
  ],
  'foot-cold-or-pale': [
    'my foot has gone cold', 'my foot is ice cold', 'my toes have gone white', 'foot feels freezing compared to the other',
    'my toes look bluish', 'foot has turned a pale colour', 'my foot looks really pale', 'toes are cold and pale',
    'my foot is colder than the other one', 'my toes turned purple and cold', 'foot has gone a weird white color',
    'foot is stone cold',
  ],
  'spreading-redness': [
    'the redness is getting bigger', 'red area is spreading up my ankle', 'there is a red streak going up my leg',
    'the red patch keeps growing', 'redness has spread since this morning', 'red line running up from my foot',
    'the red bit is spreading', 'redness spreading up my shin', 'the redness is getting wider',
    'red skin is creeping up my leg', 'the red area has doubled in size', 'redness keeps spreading',
  ],
  'cannot-bear-weight': [
    "I can't walk on it at all", 'cannot put my foot down', "can't put any weight through it", 'unable to weight bear',
    "couldn't take a single step", 'had to crawl to the bathroom', 'I have to hop everywhere', "can't stand on that foot",
    'impossible to walk on it', 'cannot bear any weight on my foot', 'had to be helped home', 'could not walk afterwards',
  ],
  'severe-pain-out-of-proportion': [
    'the pain is unbearable', 'worst pain I have ever had', 'the pain is excruciating', 'I am in absolute agony',
    "painkillers aren't doing anything", 'ibuprofen is not touching the pain', 'pain is 10 out of 10', 'the pain is off the charts',
    'I was screaming in pain', 'pain is so bad I was crying', 'agonizing pain in my shin', 'this is the worst pain I have ever felt',
  ],
  'pain-on-stretching-toes-severe': [
    'pulling my toes back is agony', 'moving my toes is excruciating', 'if I bend my toes up it is unbearable',
    'stretching my toes is agony', 'pointing my toes is agony', 'wiggling my toes is unbearable',
    'agony when I pull my toes up', 'when the doctor moved my toes I screamed', 'bending my toes back makes the pain unbearable',
    'even moving my toes a little is agonising', 'pulling my foot up is agony', 'I cannot bear anyone moving my toes',
  ],
  'numbness-persistent': [
    'my foot has been numb for days', 'the numbness is not going away', 'my toes are numb all the time',
    'the numb patch keeps getting bigger', 'constant numbness in my foot', 'my foot is still numb after a week',
    'numbness has spread up my leg', 'my toes have stayed numb since sunday', 'permanently numb toes',
    "the top of my foot has been numb for weeks", 'the numbness never goes away', 'my foot is numb even at rest',
  ],
  'weakness-foot-drop': [
    'my foot slaps the ground', "I can't lift the front of my foot", 'my toes keep catching on the ground', 'I keep tripping over my foot',
    'my foot drags when I walk', 'foot flops down when I walk', 'I have lost strength in my foot', 'my foot feels weak and floppy',
    'I cannot raise my toes', 'my foot has gone weak', "can't pull my foot up towards me", 'my ankle feels weak and my foot drops',
  ],
  'fever-or-unwell': [
    'I have a temperature', 'running a fever', 'I feel feverish', 'I have the chills', 'I feel really unwell',
    'I feel sick and shivery', 'had the sweats last night', 'I feel like I have the flu', 'my temperature is 38.5',
    'I have been shivering', 'feeling poorly and hot', 'I feel rough and have a high temperature',
  ],
  'cannot-push-off-or-tiptoe': [
    "I can't go up on my toes", "I can't stand on tiptoes on that side", 'cannot push off when I walk',
    'I am walking flat footed', 'unable to rise onto my toes', "can't do a calf raise on that leg", 'no push off at all',
    "I can't tiptoe", 'cannot stand on my tiptoes', 'I have lost my push off', 'can not get up on my toes',
    "can't push off with that foot",
  ],
  'leg-cold-pale-pulseless': [
    'my leg is cold and pale', 'my whole leg has gone white', 'I cannot feel a pulse in my foot', "can't find a pulse in my foot",
    'my leg is ice cold', 'my leg has gone pale and cold', 'my lower leg feels freezing', 'my leg has turned white',
    'there is no pulse in my foot', 'my leg went pale', 'the leg is cold to the touch', 'my whole leg feels cold',
  ],
  'chest-pain-or-breathless': [
    'I have chest pain', 'I am short of breath', 'I get breathless just sitting', 'my chest hurts', 'I can\'t catch my breath',
    'it hurts to take a deep breath', 'I coughed up blood', 'my chest feels tight', 'I am struggling to breathe',
    'out of breath at rest', 'sharp pain in my chest when breathing', 'I feel breathless',
  ],
  'bladder-bowel-or-saddle-numbness': [
    "I can't pee properly", 'I have wet myself', 'numb around my bottom', 'I lost control of my bladder', 'trouble peeing',
    'numb between my legs', 'I have had an accident with my bowels', 'I cannot feel the toilet paper when I wipe', 'numb groin',
    'difficulty passing urine', 'I have been leaking urine', 'I cannot control my bowels',
    'some difficulty starting his stream since yesterday', 'urinary hesitancy', 'a strange feeling when wiping',
  ],
  'exercise-pain-not-settling': [
    "the pain didn't go away after I stopped", 'still in agony an hour after my run', 'the pain keeps building even after I stopped',
    'the pain got worse after I stopped running', 'the pain has not settled since the race', 'hours after the run it is still getting worse',
    'the pain is still getting worse after stopping', 'the pain did not ease after stopping', 'it kept hurting more after I stopped',
    'pain is not going away after the run', 'still getting worse two hours after running', 'pain won\'t settle after the run',
  ],
  'leg-rock-hard': [
    'my shin is rock hard', 'my calf feels hard as a rock', 'the muscle is rock solid', 'my leg feels tight as a drum',
    'my shin feels like wood', 'front of my leg is really hard and tense', 'the muscle is hard and swollen', 'my calf is tense and hard',
    'leg feels hard to touch', 'the front of my shin is solid', 'my calf has gone rock hard', 'the muscle feels like a brick',
  ],
  'whole-leg-swollen': [
    'my whole leg is swollen', 'my entire leg has swelled up', 'leg is swollen up to the thigh', 'the whole leg has ballooned',
    'my leg is swollen all the way up', 'swelling from my foot to my knee', 'whole leg is puffy', 'all of my leg is swollen',
    'my leg is swollen from the ankle to the thigh', 'the entire leg is swollen', 'my whole left leg is puffy and swollen',
    'swollen right up to my knee',
  ],
  'pus-or-discharge': [
    'there is pus coming out', 'the cut is oozing', 'yellow stuff is coming out of the blister', 'the wound is weeping',
    'it is leaking pus', 'green discharge from the cut', 'the blister is full of pus', 'gunk coming out of the wound',
    'the toe is oozing', 'there is discharge from the wound', 'my blister is weeping yellow fluid', 'the sore is seeping',
  ],
};
