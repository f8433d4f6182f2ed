/**
 * Red flags of the nerves: pressure on the nerves at the base of the spine, foot drop and numbness that does not go away.
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import { any, EXERTIONAL, unless, yes, type RedFlagRule } from './shared.ts';

/** Any numbness or pins and needles. */
const NUMB = any('numbness-persistent', 'character-numbness', 'character-tingling');

/** Red flag `nerve-cauda-equina`. */
export const nerveCaudaEquina: RedFlagRule = {
  id: 'nerve-cauda-equina', suggests: 'lumbar-radiculopathy',
  level: 'emergency', timeframe: 'now',
  reason: 'Numbness around the saddle area or new bladder or bowel trouble can mean pressure on the nerves at the base of the spine.',
  action: 'Go to an emergency department now, or call an ambulance.',
  when: yes('bladder-bowel-or-saddle-numbness'), basis: 'judgement', sources: [],
};

/** Red flag `foot-drop`. */
export const footDrop: RedFlagRule = {
  id: 'foot-drop',
  level: 'urgent', timeframe: 'today',
  reason: 'New weakness lifting the foot (the foot slaps or drags) means a nerve is not working properly.',
  action: 'See a doctor today.',
  // Weakness that comes only with running and wears off within minutes is the exertional pattern (below).
  when: { all: [yes('weakness-foot-drop'), unless(EXERTIONAL)] }, basis: 'judgement', sources: [],
};

/** Red flag `foot-drop-with-back-pain`. */
export const footDropWithBackPain: RedFlagRule = {
  id: 'foot-drop-with-back-pain', suggests: 'lumbar-radiculopathy',
  level: 'urgent', timeframe: 'today',
  reason: 'New weakness lifting the foot together with back pain or pain down the leg points to a nerve root being pressed in the lower back.',
  action: 'See a doctor today; go to an emergency department at once if bladder, bowel or saddle feeling changes, or both legs weaken.',
  // The combination names the cause: a trapped L5 root is the usual reason a foot drops after a back injury
  // (nice-ng59 lists a new motor deficit with sciatica as needing prompt assessment). Judgement on the level.
  when: { all: [yes('weakness-foot-drop'), any('back-pain', 'pain-radiates-down-leg'), unless(EXERTIONAL)] },
  basis: 'judgement', sources: ['nice-ng59'],
};

/** Red flag `calf-weakness-with-back-pain`. */
export const calfWeaknessWithBackPain: RedFlagRule = {
  id: 'calf-weakness-with-back-pain', suggests: 'lumbar-radiculopathy',
  level: 'urgent', timeframe: 'today',
  reason: 'Losing the push-off or the tiptoe on one side, with back pain and numbness in the foot, points to a nerve root in the lower back that is not working properly.',
  action: 'See a doctor today; go to an emergency department at once if bladder, bowel or saddle feeling changes, or both legs weaken.',
  // The S1 root's counterpart of a dropped foot: weak calf push-off with numbness on the outer foot after back pain
  // is a new motor deficit with sciatica, which nice-ng59 says needs prompt assessment. A snap or a kick at the heel
  // is an Achilles rupture, whose own rule speaks for it. Judgement on the level.
  when: { all: [yes('cannot-push-off-or-tiptoe'), yes('back-pain'), NUMB, unless(any('injury-pop-or-snap', 'injury-kicked-in-calf'))] },
  basis: 'judgement', sources: ['nice-ng59'],
};

/** Red flag `numbness-back-both-legs`. */
export const numbnessBackBothLegs: RedFlagRule = {
  id: 'numbness-back-both-legs',
  level: 'urgent', timeframe: 'today',
  reason: 'Numbness in both legs together with back pain can mean pressure on several nerve roots.',
  action: 'See a doctor today; go to an emergency department at once if bladder, bowel or saddle feeling changes.',
  when: { all: [NUMB, any('back-pain', 'pain-radiates-down-leg'), { is: 'side', value: 'both' }] }, basis: 'judgement', sources: [],
};

/** Red flag `nerve-numbness`. */
export const nerveNumbness: RedFlagRule = {
  id: 'nerve-numbness',
  level: 'doctor', timeframe: 'within a few days',
  reason: 'Numbness that does not go away means a nerve is involved.',
  action: 'See a doctor within a few days; sooner if weakness appears.',
  when: yes('numbness-persistent'), basis: 'judgement', sources: ['seed-004'],
};
