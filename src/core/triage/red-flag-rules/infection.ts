/**
 * Red flags of infection: a spreading infection, with or without fever, fever with bone or joint pain, a feverish
 * limb that will not take weight and a hot swollen joint (nice-ng141, senneville-2024, kocher-1999, coakley-2006).
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import { any, HOT_BIG_TOE, TRAUMA, unless, yes, type RedFlagRule } from './shared.ts';


/** Red flag `infection-spreading-high-risk`. */
export const infectionSpreadingHighRisk: RedFlagRule = {
  id: 'infection-spreading-high-risk', suggests: 'foot-infection',
  level: 'emergency', timeframe: 'now',
  reason: 'A spreading infection with fever or feeling unwell in someone with diabetes or a weakened immune system can become a severe (limb- or life-threatening) infection within hours.',
  action: 'Go to an emergency department now. Take your diabetes readings and medicines with you.',
  when: {
    all: [
      yes('fever-or-unwell'),
      {
        any: [
          any('spreading-redness', 'pus-or-discharge'),
          // A diabetic foot wound that is red, swollen or hot is itself an infection; with fever or shivering it is a
          // severe one (IWGDF/IDSA grading in senneville-2024), and neuropathy can hide the pain (judgement; dev5).
          { all: [any('wound-or-broken-skin', 'puncture-wound'), any('redness', 'swelling', 'warmth')] },
        ],
      },
      any('diabetes', 'weakened-immunity'),
    ],
  },
  basis: 'published', sources: ['senneville-2024', 'nice-ng141'],
};

/** Red flag `infection-with-sepsis-signs`. */
export const infectionWithSepsisSigns: RedFlagRule = {
  id: 'infection-with-sepsis-signs', suggests: 'foot-infection',
  level: 'emergency', timeframe: 'now',
  reason: 'A fever (or a weakened immune system, which can hide one) with a fast pulse at rest, fast breathing, low blood pressure, new confusion, faintness on standing or mottled skin, alongside an infected-looking foot, joint or wound, means the infection may be spreading into the blood (sepsis), or a joint may be infected.',
  action: 'Go to an emergency department now.',
  when: {
    any: [
      { all: [yes('fever-or-unwell'), yes('sepsis-signs'), any('spreading-redness', 'pus-or-discharge', 'redness', 'warmth', 'swelling', 'wound-or-broken-skin', 'puncture-wound')] },
      // Immune-suppressing drugs blunt the fever, so with them a sepsis sign beside an infected-looking wound or red,
      // hot skin is enough (NICE NG51 counts suspected infection plus one high-risk sign, no fever needed); swelling
      // alone is not an infection sign there (dev25: a transplant patient's thorn wound, pulse 124, mottled knees).
      { all: [yes('weakened-immunity'), yes('sepsis-signs'), any('spreading-redness', 'pus-or-discharge', 'redness', 'warmth', 'wound-or-broken-skin', 'puncture-wound')] },
    ],
  },
  // Signs of sepsis with cellulitis call for admission (nice-ng141); a hot swollen joint with fever is treated as
  // septic until aspirated (margaretten-2007).
  basis: 'published', sources: ['nice-ng141', 'margaretten-2007', 'nice-ng51'],
};

/** Red flag `infection-racing-with-fever`. */
export const infectionRacingWithFever: RedFlagRule = {
  id: 'infection-racing-with-fever', suggests: 'foot-infection',
  level: 'emergency', timeframe: 'now',
  reason: 'Redness that keeps spreading, with fever or shivering and pain far worse than the skin looks, can be a severe infection of the deeper tissues that worsens within hours.',
  action: 'Go to an emergency department now; do not wait to see how it looks in the morning.',
  // Spreading cellulitis in someone who is unwell calls for hospital care, and pain out of proportion to what is seen
  // is the warning of a necrotising infection (nice-ng141): together they are not a wait-and-see infection.
  when: { all: [yes('fever-or-unwell'), yes('spreading-redness'), yes('severe-pain-out-of-proportion')] },
  basis: 'published', sources: ['nice-ng141'],
};

/** Red flag `infection-with-fever`. */
export const infectionWithFever: RedFlagRule = {
  id: 'infection-with-fever', suggests: 'foot-infection',
  level: 'urgent', timeframe: 'within a few hours',
  reason: 'Fever or feeling unwell together with a red, hot or swollen area or a wound can mean an infection that is spreading.',
  action: 'See a doctor within a few hours (urgent care or emergency department).',
  when: { all: [yes('fever-or-unwell'), any('spreading-redness', 'redness', 'warmth', 'wound-or-broken-skin', 'pus-or-discharge', 'swelling', 'puncture-wound')] },
  basis: 'published', sources: ['nice-ng141', 'margaretten-2007'],
};

/** Red flag `infection-local`. */
export const infectionLocal: RedFlagRule = {
  id: 'infection-local', suggests: 'foot-infection',
  level: 'urgent', timeframe: 'today',
  reason: 'Redness that is spreading, pus, or a wound that is red, hot or swollen can be an infection that needs treatment.',
  action: 'See a doctor today. Mark the edge of the redness with a pen; if it spreads fast or you get a fever, go to urgent care at once.',
  when: {
    any: [
      yes('spreading-redness'), yes('pus-or-discharge'),
      { all: [any('wound-or-broken-skin', 'puncture-wound'), any('redness', 'warmth', 'swelling')] },
      { all: [any('diabetes', 'weakened-immunity'), any('wound-or-broken-skin', 'puncture-wound')] },
    ],
  },
  basis: 'published', sources: ['nice-ng141', 'senneville-2024'],
};

/** Red flag `fever-with-pain`. */
export const feverWithPain: RedFlagRule = {
  id: 'fever-with-pain',
  level: 'urgent', timeframe: 'within 24 hours',
  reason: 'Fever or feeling unwell together with bone or joint pain, especially pain at night, needs a doctor to rule out infection.',
  action: 'See a doctor within 24 hours.',
  when: yes('fever-or-unwell'), basis: 'judgement', sources: [],
};

/** Swelling of a joint, however the place was told. */
const SWOLLEN = any('swelling', 'swelling-ankle', 'swelling-top-of-foot');

/** Red flag `fever-not-bearing-weight`. */
export const feverNotBearingWeight: RedFlagRule = {
  // Refusing to bear weight with a fever is the strongest pair of Kocher's criteria for an infected joint in a child
  // (kocher-1999), and an adult's hot joint with fever is septic until aspirated (margaretten-2007): both need
  // hospital the same hour, not a GP slot (dev16: a feverish 8-year-old who would only hop or crawl). An injury
  // explains not walking, so it stands the rule down; a child needs no local sign, since a deep bone infection shows
  // little at first.
  id: 'fever-not-bearing-weight', suggests: 'foot-infection',
  level: 'emergency', timeframe: 'now',
  reason: 'A fever together with not being able to put weight on the leg, without an injury, can mean an infected joint or bone, which needs hospital treatment quickly.',
  action: "Go to an emergency department now (a children's emergency department for a child); do not wait to see whether fever medicine helps.",
  when: {
    all: [
      yes('fever-or-unwell'), yes('cannot-bear-weight'), unless(TRAUMA),
      { any: [any('warmth', 'redness'), SWOLLEN, { num: 'age-years', max: 15 }] },
    ],
  },
  basis: 'published', sources: ['kocher-1999', 'margaretten-2007'],
};

/**
 * The ankle and midfoot joints, by the places people name. Not the big toe: a first attack there with the classic story
 * is the one place a clinical diagnosis of gout is reliable enough for a GP to make (janssens-2010's rule weighs it
 * most), and earlier sets (dev2, dev10) keep that at doctor level; at the ankle or midfoot gout is less typical and an
 * infected joint, pseudogout or a reactive arthritis are all in play, so the joint is examined that day.
 */
const JOINT = any('pain-ankle-area', 'pain-inside-ankle', 'pain-outside-ankle', 'pain-front-of-ankle', 'pain-top-of-foot', 'swelling-ankle', 'swelling-top-of-foot');

/** Red flag `hot-swollen-joint`. */
export const hotSwollenJoint: RedFlagRule = {
  // A joint that turns hot, red (or too tender to touch) and swollen without an injury is treated as septic until
  // proven otherwise and assessed the same day (coakley-2006); gout is the usual answer, but only an examination,
  // and often a joint aspirate, tells them apart, and no fever does not settle it: nearly half of septic joints
  // come without one (margaretten-2007). (dev16: a first gout attack at the ankle told as a sprain.) A known gout
  // patient's usual flare, a swelling that has lasted a week or more, or the big toe (JOINT above) stays doctor-level.
  id: 'hot-swollen-joint',
  level: 'urgent', timeframe: 'today',
  reason: 'A joint that turns hot, red and swollen within a day without an injury is often gout, but an infected joint looks the same at first and can be damaged within days, so it is checked the same day.',
  action: 'See a doctor today (an on-the-day GP appointment or urgent care); go to an emergency department if a fever or shivers come on. Do not run on it.',
  when: {
    all: [
      yes('warmth'), any('redness', 'cannot-bear-touch'), SWOLLEN, JOINT, unless(TRAUMA), unless(any('pain-big-toe', 'pain-under-big-toe-joint')),
      unless(any('history-of-gout', 'previous-similar-joint-attack', 'onset-gradual')), unless({ num: 'duration-weeks', min: 1 }),
    ],
  },
  basis: 'published', sources: ['coakley-2006', 'margaretten-2007'],
};

/** Red flag `hot-big-toe-flare`. */
export const hotBigToeFlare: RedFlagRule = {
  // The agony of a big toe that flared hot and red overnight is the classic gout attack (janssens-2010), and the
  // big toe stays doctor-level (see JOINT above); without this rule "severe pain out of proportion" alone would
  // send it to urgent care as a compartment warning (dev19). A fever is left to the infection rules.
  id: 'hot-big-toe-flare', suggests: 'gout',
  level: 'doctor', timeframe: 'within 1–2 days',
  reason: 'A big toe joint that turns hot, red and exquisitely painful within hours, without an injury, is most often gout, which a doctor can confirm and treat.',
  action: 'See a doctor within a day or two; go the same day if a fever or shivers come on or the redness spreads up the foot. Do not run on it.',
  when: { all: [HOT_BIG_TOE, yes('severe-pain-out-of-proportion'), unless(yes('fever-or-unwell'))] },
  basis: 'published', sources: ['janssens-2010'],
};

/** Red flag `diabetic-hot-swollen-foot`. */
export const diabeticHotSwollenFoot: RedFlagRule = {
  // In diabetes a red, hot, swollen foot, with or without pain, is an active Charcot foot (bones and joints breaking
  // down under a numb foot) or an infection until shown otherwise, and needs the foot team within one working day
  // (nice-ng19); numbness hides the pain, so "it doesn't really hurt" is no comfort. Told as a twist (dev16).
  id: 'diabetic-hot-swollen-foot',
  level: 'urgent', timeframe: 'within 24 hours',
  reason: 'A foot that is hot, red or swollen in someone with diabetes can be a Charcot foot (the bones and joints breaking down under a numb foot) or an infection, even when it hardly hurts.',
  action: 'See your diabetes foot team or a doctor within 24 hours; keep weight off the foot until then and do not keep walking on it to reach a step count.',
  when: { all: [yes('diabetes'), any('warmth', 'redness'), any('swelling', 'swelling-top-of-foot', 'swelling-ankle', 'warmth')] },
  basis: 'published', sources: ['nice-ng19', 'senneville-2024'],
};
