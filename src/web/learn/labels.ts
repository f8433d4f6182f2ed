/**
 * Plain-word labels for the KB's enums, as the Learn pages show them. Kept in one place so the condition library,
 * the exercise library and the self-test pages speak the same way.
 * @module
 */
import type { Zone } from '../../core/kb/schema.ts';

export type Region = Zone['region'];

/**
 * The body-map regions in the words a runner would use; the assessment's body map and the Learn pages both use
 * these, so one place on the foot has one name everywhere.
 */
export const REGION_NAMES: Readonly<Record<Region, string>> = {
  heel: 'Heel and arch',
  'achilles-calf': 'Achilles and calf',
  shin: 'Shin and lower leg',
  inside: 'Inside of the ankle and foot',
  outside: 'Outside of the ankle and foot',
  'front-top': 'Front of the ankle and top of the foot',
  'back-of-ankle': 'Back of the ankle',
  forefoot: 'Ball of the foot and toes',
  whole: 'Whole foot or leg',
};

const REGION_ORDER: readonly Region[] = ['heel', 'achilles-calf', 'shin', 'inside', 'outside', 'front-top', 'back-of-ankle', 'forefoot', 'whole'];

/** Regions in heel-to-shin order, as the condition library lists them. */
export const REGIONS: readonly { id: Region; name: string }[] = REGION_ORDER.map((id) => ({ id, name: REGION_NAMES[id] }));

/** Exercise purposes, in the order a rehab plan usually meets them. */
export const PURPOSES: readonly { id: string; name: string; blurb: string }[] = [
  { id: 'mobility', name: 'Mobility and stretching', blurb: 'Loosen stiff joints and tight muscles.' },
  { id: 'stability', name: 'Foot and ankle control', blurb: 'Wake up the small muscles that steady the foot and ankle.' },
  { id: 'strength', name: 'Strength', blurb: 'Build the calf, shin and foot capacity running needs.' },
  { id: 'hip', name: 'Hip and trunk', blurb: 'Look above the foot: hip and trunk strength steadies every landing.' },
  { id: 'balance', name: 'Balance', blurb: 'Stand steady on one leg, then on harder surfaces and with eyes closed.' },
  { id: 'plyometric', name: 'Hopping and bounding', blurb: 'Springy loading that gets tendons and bones ready to run again.' },
  { id: 'running', name: 'Running drills', blurb: 'Form drills and strides for the return to running.' },
];

export const BODY_AREAS: readonly { id: string; name: string }[] = [
  { id: 'foot', name: 'Foot' },
  { id: 'ankle', name: 'Ankle' },
  { id: 'calf', name: 'Calf' },
  { id: 'shin', name: 'Shin' },
  { id: 'hip', name: 'Hip' },
  { id: 'core', name: 'Trunk' },
  { id: 'whole-body', name: 'Whole body' },
];

/** The seeds' five causes plus the literature's, in plain words. */
export const CAUSE_NAMES: Readonly<Record<string, string>> = {
  'muscle-imbalance': 'Muscle weakness or imbalance',
  overuse: 'Overuse',
  'previous-injury': 'A previous injury',
  'bony-problems': 'Bone shape or alignment',
  shoes: 'Shoes',
  'training-error': 'Training changes',
  biomechanics: 'How you move',
  'low-energy-availability': 'Not eating enough for your training',
  age: 'Age',
  medical: 'Medical conditions',
  trauma: 'An injury or accident',
  other: 'Other',
};

export const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  tendon: 'Tendon', 'bone-stress': 'Bone stress', fascia: 'Fascia', nerve: 'Nerve', joint: 'Joint',
  ligament: 'Ligament', muscle: 'Muscle', bursa: 'Bursa', 'fat-pad': 'Fat pad', vascular: 'Blood vessels',
  compartment: 'Muscle compartment', fracture: 'Broken bone', systemic: 'Whole-body condition',
  referred: 'Pain from elsewhere', infection: 'Infection', structural: 'Foot structure',
};

/** Name of a region, or its id if the list ever falls behind the schema. */
export function regionName(id: string): string {
  return REGIONS.find((r) => r.id === id)?.name ?? id;
}

/** Plain words for an exercise purpose. */
export function purposeName(id: string): string {
  return PURPOSES.find((p) => p.id === id)?.name ?? id;
}

/** Plain words for a body area. */
export function bodyAreaName(id: string): string {
  return BODY_AREAS.find((a) => a.id === id)?.name ?? id;
}
