/**
 * The red-flag rules, as data, split by body system. Each rule names a level of care, a time frame, a plain-language
 * action and its sources. They run before any ranking, so a rare but dangerous problem is never hidden by a low prior
 * (NHS Pathways ordering; Infermedica-style "triage tuples" for combinations; see clinical-anchors §5).
 * Finding ids come from the shared vocabulary (docs/kb-authoring.md); an id the KB lacks is simply never answered.
 * Where a rule is not taken from a source it says "judgement" in `basis`.
 * @module
 */
import { boneStressEnergy, boneStressFrontOfShin, boneStressHighRiskSite, boneStressSuspected, boneStressTopOfFoot } from './bone-stress.ts';
import { acuteCompartmentSyndrome, castCirculation, compartmentPressureWarning, exertionalCompartmentPattern, footDropWithExercise } from './compartment.ts';
import { cannotBearWeight, coldFootAfterInjury, deformityAfterInjury, heelAfterFall, midfootInjury, ottawaAnkle, ottawaMidfoot, ottawaWeightBearing } from './fracture.ts';
import { diabeticHotSwollenFoot, feverNotBearingWeight, feverWithPain, hotBigToeFlare, hotSwollenJoint, infectionLocal, infectionRacingWithFever, infectionSpreadingHighRisk, infectionWithFever, infectionWithSepsisSigns } from './infection.ts';
import { calfWeaknessWithBackPain, footDrop, footDropWithBackPain, nerveCaudaEquina, nerveNumbness, numbnessBackBothLegs } from './nerve.ts';
import { achillesRupture, cannotTiptoe, fluoroquinoloneTendon, plantarFasciaTear, tendonSlippingOuterAnkle } from './tendon.ts';
import { calfSwellingOneSide, clotToLungs, coldFootLongStanding, coldPaleFoot, dvtCluster, legsSwollenBothSides, limbBloodSupply, limbEmbolus, vascularClaudication } from './vascular.ts';
import type { RedFlagRule } from './shared.ts';

export type { RedFlagRule } from './shared.ts';
export { ACUTE_INJURY_FINDINGS, OTTAWA_CHECKS, OTTAWA_POINTS, TRAUMA } from './shared.ts';

/** Ordered most urgent first (the order is part of the output: keep it); all rules are evaluated, the most urgent decides the level. */
export const redFlagRules: readonly RedFlagRule[] = [
  nerveCaudaEquina,
  clotToLungs,
  acuteCompartmentSyndrome,
  castCirculation,
  limbBloodSupply,
  limbEmbolus,
  deformityAfterInjury,
  coldFootAfterInjury,
  compartmentPressureWarning,
  infectionSpreadingHighRisk,
  infectionWithSepsisSigns,
  infectionRacingWithFever,
  feverNotBearingWeight,
  infectionWithFever,
  dvtCluster,
  calfSwellingOneSide,
  legsSwollenBothSides,
  achillesRupture,
  ottawaAnkle,
  ottawaMidfoot,
  midfootInjury,
  ottawaWeightBearing,
  heelAfterFall,
  cannotBearWeight,
  infectionLocal,
  hotSwollenJoint,
  hotBigToeFlare,
  diabeticHotSwollenFoot,
  footDropWithBackPain,
  calfWeaknessWithBackPain,
  footDrop,
  exertionalCompartmentPattern,
  footDropWithExercise,
  numbnessBackBothLegs,
  coldPaleFoot,
  coldFootLongStanding,
  feverWithPain,
  boneStressHighRiskSite,
  boneStressFrontOfShin,
  boneStressTopOfFoot,
  boneStressSuspected,
  boneStressEnergy,
  vascularClaudication,
  nerveNumbness,
  cannotTiptoe,
  fluoroquinoloneTendon,
  plantarFasciaTear,
  tendonSlippingOuterAnkle,
];
