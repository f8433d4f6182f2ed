/**
 * Red flags of pressure inside a lower-leg muscle compartment: the acute emergency and the exertional pattern (ulmer-2002, mcqueen-2000, pedowitz-1990).
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import type { Cond } from '../rule-logic.ts';
import { any, EXERTIONAL, HOT_BIG_TOE, LEG, unless, yes, type RedFlagRule } from './shared.ts';

/** Numbness or pins and needles anywhere below the knee, including the toes. */
const NUMB_FOOT = any('numbness-persistent', 'character-numbness', 'character-tingling', 'toe-numbness-or-tingling', 'tingling-sole');

/** Red flag `acute-compartment-syndrome`. */
export const acuteCompartmentSyndrome: RedFlagRule = {
  id: 'acute-compartment-syndrome', suggests: 'acute-compartment-syndrome',
  level: 'emergency', timeframe: 'now',
  reason: 'Severe pain out of proportion together with pain on stretching the toes, numbness, weakness or a rock-hard leg can mean pressure is building inside a muscle compartment.',
  action: 'Go to an emergency department now. Do not keep exercising or bandage the leg tightly.',
  when: {
    any: [
      // Pain on stretching the toes is the earliest sign; with pain or swelling in the leg it is enough (judgement).
      { all: [yes('pain-on-stretching-toes-severe'), LEG] },
      {
        all: [
          {
            any: [
              any('severe-pain-out-of-proportion', 'pain-on-stretching-toes-severe', 'exercise-pain-not-settling'),
              // A tense, hard or shiny-skinned compartment is itself a sign of the pressure (runners often play the
              // pain down); not when it is the run-and-settle pattern of the chronic kind (judgement, ulmer-2002).
              { all: [any('leg-rock-hard', 'skin-tight-shiny'), unless(EXERTIONAL)] },
              // Leg pain that keeps climbing hour by hour together with a new nerve deficit (a foot that cannot be lifted,
              // numb toes) is the pressure already harming the nerve, even when the pain itself is played down
              // ("hurts even lying still") and there was no blow: exertional acute compartment syndrome after a race
              // (judgement from mcqueen-2000 and boast-2016; dev5).
              { all: [yes('pain-getting-worse-by-hour'), { any: [yes('weakness-foot-drop'), NUMB_FOOT] }, LEG, unless(EXERTIONAL)] },
            ],
          },
          unless(HOT_BIG_TOE),
          {
        points: [
          [yes('severe-pain-out-of-proportion'), 1], [yes('pain-on-stretching-toes-severe'), 1],
          [yes('numbness-persistent'), 1], [yes('weakness-foot-drop'), 1], [yes('leg-rock-hard'), 1],
          [yes('skin-tight-shiny'), 1], [yes('exercise-pain-not-settling'), 1], [yes('pain-getting-worse-by-hour'), 1],
          // Pins and needles or numbness with pain in the leg is an early nerve sign of raised pressure, however it
          // is worded ("toes feel a bit tingly"; judgement from mcqueen-2000 and boast-2016).
          [{ all: [NUMB_FOOT, LEG] }, 1],
        ],
        min: 2,
      },
        ],
      },
    ],
  },
  basis: 'published', sources: ['ulmer-2002', 'mcqueen-2000', 'boast-2016', 'seed-004'],
};

/**
 * A leg in a cast or just operated on, with pain or swelling in it: a foot that then turns pale or dusky, or toes
 * that go numb, is the swelling trapped inside the plaster until shown otherwise (dev25: "the plaster has shrunk",
 * toes "a bit dusky next to her other foot"). Judgement from mcqueen-2000 and the usual plaster-care advice.
 */
export const IN_CAST_LEG: Cond = { all: [yes('recent-surgery-or-cast'), LEG] };

/** Red flag `cast-circulation`. */
export const castCirculation: RedFlagRule = {
  id: 'cast-circulation', suggests: 'acute-compartment-syndrome',
  level: 'emergency', timeframe: 'now',
  reason: 'Toes that turn pale, dusky or blue, or go numb, in a leg that is in a cast or has just been operated on can mean the swelling is squeezing the blood supply and nerves.',
  action: 'Go to an emergency department now; do not cut the cast yourself. Keep the leg raised only to the level of the heart on the way.',
  when: { all: [IN_CAST_LEG, { any: [yes('foot-cold-or-pale'), { all: [any('toe-numbness-or-tingling', 'numbness-persistent', 'character-numbness'), any('severe-pain-out-of-proportion', 'pain-getting-worse-by-hour', 'leg-rock-hard')] }] }] },
  basis: 'judgement', sources: ['mcqueen-2000'],
};

/** Red flag `compartment-pressure-warning`. */
export const compartmentPressureWarning: RedFlagRule = {
  id: 'compartment-pressure-warning',
  level: 'urgent', timeframe: 'within a few hours',
  reason: 'Pain far worse than the injury explains, pain on stretching the toes, or leg pain that keeps building after exercise can be an early sign of pressure in a muscle compartment.',
  action: 'Get seen at urgent care or an emergency department within a few hours; go at once if it worsens or the foot goes numb or weak.',
  when: {
    any: [
      { all: [any('severe-pain-out-of-proportion', 'pain-on-stretching-toes-severe', 'exercise-pain-not-settling'), unless(HOT_BIG_TOE)] },
      // A leg that goes hard at a set point in every run and settles within minutes of stopping is the chronic
      // exertional pattern (exertional-compartment-pattern below), not pressure building (judgement, pedowitz-1990).
      { all: [yes('leg-rock-hard'), unless(EXERTIONAL)] },
    ],
  },
  basis: 'published', sources: ['ulmer-2002', 'boast-2016'],
};

/** Red flag `exertional-compartment-pattern`. */
export const exertionalCompartmentPattern: RedFlagRule = {
  id: 'exertional-compartment-pattern', suggests: 'chronic-exertional-compartment-syndrome', running: 'modify',
  level: 'doctor', timeframe: 'within the next few weeks',
  reason: 'Leg tightness, numbness or tingling that comes on at a set time or distance into every run and settles within minutes of stopping is the pattern of chronic exertional compartment syndrome, which a clinician needs to confirm (usually by measuring the muscle pressure).',
  action: 'Book a sports doctor or sports physio within the next few weeks; stop the run when the symptoms start. Go to an emergency department if the pain ever keeps building after you stop, or numbness or weakness does not wear off.',
  when: {
    any: [
      // A leg that goes rock hard at a set point and settles within minutes of stopping says the same (pedowitz-1990).
      { all: [yes('leg-rock-hard'), EXERTIONAL] },
      { all: [
      yes('pain-stops-run-same-point'),
      any('character-tight-cramping', 'character-numbness', 'character-tingling', 'tingling-sole', 'toe-numbness-or-tingling', 'exercise-numbness-resolves', 'exercise-bulge-on-shin'),
      any('pain-front-of-shin', 'pain-outer-leg', 'pain-calf', 'pain-inner-shin', 'pain-lower-leg-area'),
      ] },
    ],
  },
  basis: 'published', sources: ['pedowitz-1990', 'seed-004'],
};

/** Red flag `foot-drop-with-exercise`. */
export const footDropWithExercise: RedFlagRule = {
  id: 'foot-drop-with-exercise', suggests: 'chronic-exertional-compartment-syndrome',
  level: 'doctor', timeframe: 'within 1–2 weeks',
  reason: 'A foot that goes weak or floppy during runs and recovers within minutes of stopping fits pressure building in a leg muscle compartment with exercise (chronic exertional compartment syndrome), which a clinician needs to confirm.',
  action: 'See a sports doctor or physio within 1–2 weeks; stop the run when the weakness starts. Go to an emergency department if the weakness or numbness does not wear off after stopping.',
  when: { all: [yes('weakness-foot-drop'), EXERTIONAL] }, basis: 'published', sources: ['pedowitz-1990', 'seed-004'],
};
