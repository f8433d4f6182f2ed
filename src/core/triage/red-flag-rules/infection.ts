/**
 * Red flags of infection: a spreading infection, with or without fever, and fever with bone or joint pain (nice-ng141, senneville-2024).
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import { any, TRAUMA, unless, yes, type RedFlagRule } from './shared.ts';


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
  reason: 'A fever with a fast pulse, fast breathing or low blood pressure alongside an infected-looking foot, joint or wound means the infection may be spreading into the blood (sepsis), or a joint may be infected.',
  action: 'Go to an emergency department now.',
  when: {
    all: [
      yes('fever-or-unwell'), yes('sepsis-signs'),
      any('spreading-redness', 'pus-or-discharge', 'redness', 'warmth', 'swelling', 'wound-or-broken-skin', 'puncture-wound'),
    ],
  },
  // Signs of sepsis with cellulitis call for admission (nice-ng141); a hot swollen joint with fever is treated as
  // septic until aspirated (margaretten-2007).
  basis: 'published', sources: ['nice-ng141', 'margaretten-2007'],
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

/** Red flag `fever-not-weight-bearing`. */
export const feverNotWeightBearing: RedFlagRule = {
  // Fever, not bearing weight and a warm or swollen joint are the signs that tell an infected joint or bone from a
  // harmless irritable joint in a child (kocher-1999), and a hot swollen joint with fever is treated as septic until
  // shown otherwise at any age (margaretten-2007). Told calmly as "growing pains" or "a limp" (dev16). After an
  // injury the same limp and swelling are the injury's, so a known injury stands the rule down.
  id: 'fever-not-weight-bearing', suggests: 'foot-infection',
  level: 'emergency', timeframe: 'now',
  reason: 'A fever together with not being able to put the foot down and a warm or swollen joint can be an infection in a joint or bone, which can damage it within hours, above all in a child.',
  action: 'Go to an emergency department now; do not wait to see whether paracetamol or rest helps.',
  when: { all: [yes('fever-or-unwell'), yes('cannot-bear-weight'), any('warmth', 'swelling', 'swelling-ankle', 'redness'), unless(TRAUMA)] },
  basis: 'published', sources: ['kocher-1999', 'margaretten-2007'],
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
