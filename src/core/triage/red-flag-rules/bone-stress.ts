/**
 * Red flags of bone stress: focal bone tenderness, above all at the high-risk sites, and bone pain with under-fuelling (kaeding-2005, warden-2014).
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import { any, OTTAWA_CHECKS, yes, type RedFlagRule } from './shared.ts';


/** Red flag `bone-stress-high-risk-site`. */
export const boneStressHighRiskSite: RedFlagRule = {
  id: 'bone-stress-high-risk-site', suggests: 'navicular-stress-fracture',
  level: 'doctor', timeframe: 'within 1–2 days',
  reason: 'Focal bone tenderness on the inner midfoot (the navicular) without an injury is a high-risk place for a stress fracture, which can fail to heal if loaded and is often missed on X-ray.',
  action: 'Stop running and cut down walking; see a doctor within 1–2 days and ask about imaging.',
  when: {
    any: [
      { all: [yes('ottawa-tender-navicular'), { any: [yes('onset-gradual'), yes('recent-training-increase')] }] },
      { all: [yes('bony-tenderness-focal'), yes('pain-inside-of-foot')] },
      { all: [yes('ottawa-tender-navicular'), { any: [yes('pain-builds-during-run'), yes('pain-after-run'), yes('pain-with-walking'), yes('test-hop-painful')] }] },
    ],
  },
  basis: 'published', sources: ['kaeding-2005', 'torg-2010', 'warden-2014'],
};

/** Red flag `bone-stress-front-of-shin`. */
export const boneStressFrontOfShin: RedFlagRule = {
  id: 'bone-stress-front-of-shin', suggests: 'tibial-stress-fracture',
  level: 'doctor', timeframe: 'within 1–2 days',
  reason: 'Focal bone tenderness on the front of the shin bone is a high-risk place for a stress fracture: that side of the bone heals slowly and can break through if it keeps being loaded.',
  action: 'Stop running and jumping; see a doctor within 1–2 days and ask about imaging.',
  when: { all: [yes('bony-tenderness-focal'), yes('pain-front-of-shin')] },
  basis: 'published', sources: ['kaeding-2005', 'warden-2014'],
};

/** Red flag `bone-stress-top-of-foot`. */
export const boneStressTopOfFoot: RedFlagRule = {
  id: 'bone-stress-top-of-foot',
  level: 'doctor', timeframe: 'within 1–2 days',
  reason: 'Focal bone tenderness on the top or outer edge of the foot can be a stress fracture of a foot bone (a metatarsal or the navicular), some of which heal poorly if loaded.',
  action: 'Stop running and cut down walking; see a doctor within 1–2 days and ask about imaging.',
  when: { all: [yes('bony-tenderness-focal'), any('pain-top-of-foot', 'pain-outside-of-foot')] },
  basis: 'published', sources: ['kaeding-2005', 'warden-2014'],
};

/** Red flag `bone-stress-suspected`. */
export const boneStressSuspected: RedFlagRule = {
  id: 'bone-stress-suspected',
  level: 'doctor', timeframe: 'within a few days',
  reason: 'A sore spot on the bone, a painful heel squeeze, or pain on hopping together with pain at rest or at night can be a bone stress injury in a runner.',
  action: 'Stop running for now and see a doctor or sports physio within a few days; imaging may be needed.',
  when: {
    any: [
      yes('bony-tenderness-focal'),
      // Tender bone at an Ottawa point, or a positive Ottawa check, without an injury is bone stress until shown
      // otherwise (with an injury the Ottawa rules above set a higher level); a painful heel squeeze too.
      any('ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone', 'ottawa-tender-base-of-fifth-metatarsal', 'test-heel-squeeze-painful', ...OTTAWA_CHECKS),
      { all: [any('test-hop-painful', 'pain-hopping'), any('pain-at-night-or-rest', 'previous-stress-fracture', 'low-energy-availability', 'bony-tenderness-focal')] },
      // A bony lump on the shin that hurts on hopping or jumping: the thickening a healing stress fracture makes.
      { all: [any('test-hop-painful', 'pain-hopping'), yes('lump-or-thickening'), any('pain-front-of-shin', 'pain-inner-shin', 'pain-outer-leg')] },
    ],
  },
  basis: 'published', sources: ['warden-2014', 'warden-2021', 'nattiv-2013', 'seed-002', 'seed-004'],
};

/** Red flag `bone-stress-energy`. */
export const boneStressEnergy: RedFlagRule = {
  id: 'bone-stress-energy',
  level: 'doctor', timeframe: 'within a week',
  reason: 'Bone pain together with signs of under-fuelling (missed periods, low weight) raises the chance of a bone stress injury and needs a wider health check.',
  action: 'Stop running for now; see a doctor within a week about the bone pain and about energy availability.',
  when: { all: [yes('low-energy-availability'), any('bony-tenderness-focal', 'test-hop-painful', 'pain-hopping', 'pain-at-night-or-rest')] },
  basis: 'published', sources: ['mountjoy-2023', 'warden-2021'],
};
