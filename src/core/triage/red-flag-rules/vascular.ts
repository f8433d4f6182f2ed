/**
 * Red flags of the blood vessels: a clot in a leg vein or the lungs, a foot losing its blood supply, swollen legs and narrowed arteries (wells-1997, nice-ng158, aboyans-2018).
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import type { Cond } from '../rule-logic.ts';
import { IN_CAST_LEG } from './compartment.ts';
import { any, TRAUMA, unless, yes, type RedFlagRule } from './shared.ts';

/** Both legs are affected: swelling of both legs is not the one-sided swelling of a clot (wells-1997). */
const BOTH_SIDES: Cond = { is: 'side', value: 'both' };
/**
 * A clear injury that explains calf pain: Wells scores "an alternative diagnosis at least as likely" against a clot.
 * Half its weight here (judgement): runners' injury stories are loose, and a clot can follow a strain.
 */
const CALF_INJURY = any('calf-pull-during-run', 'injury-pop-or-snap', 'injury-kicked-in-calf', 'injury-direct-blow');
/** Long-standing circulation trouble rather than a foot losing its blood supply now (aboyans-2018). */
const CHRONIC_CIRCULATION: Cond = { any: [{ num: 'duration-weeks', min: 4 }, yes('pain-walking-relieved-standing')] };
/**
 * Signs that a cold or pale foot is losing its blood supply now rather than showing long-standing poor circulation:
 * the other "Ps" of acute limb ischaemia (pain, paraesthesia, paralysis; aboyans-2018).
 */
const ISCHAEMIA_SIGNS = any(
  'numbness-persistent', 'character-numbness', 'toe-numbness-or-tingling', 'weakness-foot-drop', 'severe-pain-out-of-proportion',
  'cannot-bear-weight', 'pain-on-stretching-toes-severe',
);

/** Red flag `clot-to-lungs`. */
export const clotToLungs: RedFlagRule = {
  // The KB has no lung-clot condition: the clot starts in a leg vein, so that is the condition to keep on top.
  id: 'clot-to-lungs', suggests: 'deep-vein-thrombosis',
  level: 'emergency', timeframe: 'now',
  reason: 'Chest pain or sudden breathlessness, especially with a painful or swollen leg, can mean a clot has reached the lungs.',
  action: 'Call an ambulance now.',
  when: yes('chest-pain-or-breathless'), basis: 'published', sources: ['nice-ng158'],
};

/** Red flag `limb-blood-supply`. */
export const limbBloodSupply: RedFlagRule = {
  id: 'limb-blood-supply', suggests: 'vascular-claudication',
  level: 'emergency', timeframe: 'now',
  reason: 'A cold, pale leg or foot with no pulse, or a cold or pale foot that is also numb, weak or very painful, can mean its blood supply is blocked.',
  action: 'Call an ambulance or go to an emergency department now.',
  // A pale foot below a leg in a cast is the cast's swelling (cast-circulation, compartment.ts, same level), not an
  // artery blocked higher up, so this rule does not point the differential at narrowed arteries then (dev25).
  when: { all: [{ any: [yes('leg-cold-pale-pulseless'), { all: [yes('foot-cold-or-pale'), ISCHAEMIA_SIGNS] }] }, unless(IN_CAST_LEG)] },
  basis: 'published', sources: ['aboyans-2018'],
};

/**
 * A heart that beats irregularly (atrial fibrillation), or a blood thinner stopped, is the commonest source of a clot
 * that travels into a leg artery and blocks it suddenly (an embolus; aboyans-2018).
 */
const EMBOLUS_SOURCE = any('irregular-heartbeat', 'stopped-anticoagulant');
/**
 * A foot or leg that has turned cold or pale, or has suddenly gone numb, weak or very painful without an injury:
 * with a source of emboli this is acute limb ischaemia until shown otherwise, even without every classic sign.
 */
const SUDDEN_LIMB_CHANGE: Cond = {
  any: [
    { all: [any('foot-cold-or-pale', 'leg-cold-pale-pulseless'), unless(CHRONIC_CIRCULATION)] },
    { all: [yes('onset-sudden'), ISCHAEMIA_SIGNS, unless(TRAUMA)] },
  ],
};

/** Red flag `limb-embolus`. */
export const limbEmbolus: RedFlagRule = {
  id: 'limb-embolus', suggests: 'vascular-claudication',
  level: 'emergency', timeframe: 'now',
  reason: 'A foot or leg that suddenly turns cold, pale, numb or very painful in someone with an irregular heartbeat (or who has stopped a blood thinner) can mean a clot has blocked its artery.',
  action: 'Call an ambulance or go to an emergency department now; say you have an irregular heartbeat or have stopped your blood thinner.',
  when: { all: [EMBOLUS_SOURCE, SUDDEN_LIMB_CHANGE] }, basis: 'published', sources: ['aboyans-2018'],
};

/** Red flag `dvt-cluster`. */
export const dvtCluster: RedFlagRule = {
  id: 'dvt-cluster', suggests: 'deep-vein-thrombosis',
  level: 'urgent', timeframe: 'today',
  reason: 'Your answers add up to a pattern (Wells-style) where a clot in a deep leg vein has to be ruled out.',
  action: 'See a doctor today (urgent care, or call your doctor now); a clot needs a scan to rule it out. Do not massage the calf.',
  when: {
    all: [
      any('calf-swelling-one-side', 'whole-leg-swollen', 'calf-tender-deep', 'pitting-swelling', 'pain-calf'),
      {
        points: [
          [yes('calf-swelling-one-side'), 1], [{ all: [yes('whole-leg-swollen'), unless(BOTH_SIDES)] }, 1], [yes('calf-tender-deep'), 1],
          [yes('pitting-swelling'), 1], [yes('visible-surface-veins'), 1], [yes('previous-clot'), 1],
          [yes('active-cancer'), 1], [yes('recent-surgery-or-cast'), 1], [yes('long-travel-or-immobilisation'), 1],
          [yes('oestrogen-or-pregnancy'), 1], [yes('pain-calf'), 1], [CALF_INJURY, -1],
        ],
        min: 2,
      },
    ],
  },
  basis: 'published', sources: ['wells-1997', 'wells-2003', 'nice-ng158', 'seed-004'],
};

/** Red flag `calf-swelling-one-side`. */
export const calfSwellingOneSide: RedFlagRule = {
  id: 'calf-swelling-one-side',
  level: 'urgent', timeframe: 'today',
  reason: 'A calf or leg swollen on one side without a clear injury needs a clot ruled out.',
  action: 'See a doctor today (urgent care, or call your doctor now).',
  // "One side" is the point: both legs swollen is a different problem, which the rule below sends to a doctor.
  when: { any: [yes('calf-swelling-one-side'), { all: [yes('whole-leg-swollen'), unless(BOTH_SIDES)] }] },
  basis: 'published', sources: ['nice-ng158', 'goodacre-2005'],
};

/** Red flag `legs-swollen-both-sides`. */
export const legsSwollenBothSides: RedFlagRule = {
  id: 'legs-swollen-both-sides',
  level: 'doctor', timeframe: 'within a few days',
  reason: 'Both legs swelling up is not usually a running injury; the heart, kidneys, veins, medicines or joint inflammation can be the cause.',
  action: 'See a doctor within a few days; today if you are short of breath or one leg is much bigger than the other.',
  when: { all: [yes('whole-leg-swollen'), BOTH_SIDES] }, basis: 'judgement', sources: [],
};

/** Red flag `cold-pale-foot`. */
export const coldPaleFoot: RedFlagRule = {
  id: 'cold-pale-foot', suggests: 'vascular-claudication',
  level: 'urgent', timeframe: 'today',
  reason: 'A foot that turns cold or pale can mean its blood supply is reduced.',
  action: 'See a doctor today; if the foot stays cold, pale and numb, go to an emergency department now.',
  // A cold foot that has come with walking pain for weeks is long-standing narrowing (the rule below), not a foot
  // losing its blood supply now; without that history it is treated as new (safety first).
  when: { all: [yes('foot-cold-or-pale'), unless(CHRONIC_CIRCULATION)] }, basis: 'published', sources: ['aboyans-2018'],
};

/** Red flag `cold-foot-long-standing`. */
export const coldFootLongStanding: RedFlagRule = {
  id: 'cold-foot-long-standing', suggests: 'vascular-claudication',
  level: 'doctor', timeframe: 'within a few days',
  reason: 'A foot that has been cold or pale for weeks, with pain on walking that eases when you stand still, points to narrowed arteries, which need checking.',
  action: 'See a doctor within a few days to check the circulation; go the same day if the foot turns cold, white or numb at rest, or a sore will not heal.',
  when: { all: [yes('foot-cold-or-pale'), CHRONIC_CIRCULATION] }, basis: 'published', sources: ['aboyans-2018'],
};

/** Red flag `vascular-claudication`. */
export const vascularClaudication: RedFlagRule = {
  id: 'vascular-claudication', suggests: 'vascular-claudication',
  level: 'doctor', timeframe: 'within 1–2 weeks',
  reason: 'Leg or foot pain that comes on with walking and eases within minutes of standing still can be a sign of narrowed arteries.',
  action: 'See a doctor within 1–2 weeks to check the circulation; sooner if the foot is cold, pale or has sores.',
  when: yes('pain-walking-relieved-standing'), basis: 'published', sources: ['aboyans-2018', 'seed-004'],
};
