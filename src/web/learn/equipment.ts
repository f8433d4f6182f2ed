/**
 * Groups the exercise KB's free-text equipment ("wall or rail", "resistance band (optional)") into a few kinds a
 * runner can filter by. An item marked optional still counts as that kind, and an exercise with nothing but
 * optional items also counts as needing no equipment.
 * @module
 */
import type { Exercise } from '../../core/kb/schema.ts';

export interface EquipmentKind {
  id: string;
  name: string;
}

export const NO_EQUIPMENT: EquipmentKind = { id: 'none', name: 'No equipment' };

/** First matching rule wins; order puts specific kit before household items mentioned alongside it. */
const RULES: readonly (readonly [RegExp, EquipmentKind])[] = [
  [/band|tubing/i, { id: 'band', name: 'Resistance band' }],
  [/machine|leg press/i, { id: 'gym-machine', name: 'Gym machine' }],
  [/weight|dumbbell|kettlebell|backpack/i, { id: 'weights', name: 'Weights or loaded backpack' }],
  [/foam|cushion/i, { id: 'foam-pad', name: 'Foam pad or cushion' }],
  [/step|box/i, { id: 'step', name: 'Step or box' }],
  [/ball|marble/i, { id: 'ball', name: 'Small ball or marbles' }],
  [/towel|strap/i, { id: 'towel', name: 'Towel or strap' }],
  [/\bmat\b/i, { id: 'mat', name: 'Mat' }],
  [/wall|rail/i, { id: 'wall', name: 'Wall or rail' }],
  [/chair/i, { id: 'chair', name: 'Chair' }],
];
const OTHER: EquipmentKind = { id: 'other', name: 'Other' };

/** The kind one free-text item belongs to. */
export function equipmentKind(item: string): EquipmentKind {
  return RULES.find(([re]) => re.test(item))?.[1] ?? OTHER;
}

/** Every kind an exercise uses, plus "none" when it needs nothing (or only optional items). */
export function equipmentKinds(exercise: Pick<Exercise, 'equipment'>): EquipmentKind[] {
  const kinds = new Map<string, EquipmentKind>();
  for (const item of exercise.equipment) {
    const k = equipmentKind(item);
    kinds.set(k.id, k);
  }
  if (exercise.equipment.every((item) => /optional/i.test(item))) kinds.set(NO_EQUIPMENT.id, NO_EQUIPMENT);
  return [...kinds.values()];
}

/** The kinds present in a set of exercises, "No equipment" first, then in rule order. */
export function equipmentOptions(exercises: readonly Pick<Exercise, 'equipment'>[]): EquipmentKind[] {
  const present = new Set(exercises.flatMap((x) => equipmentKinds(x).map((k) => k.id)));
  return [NO_EQUIPMENT, ...RULES.map(([, k]) => k), OTHER].filter((k) => present.has(k.id));
}
