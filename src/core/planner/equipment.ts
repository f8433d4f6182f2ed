/**
 * Which kit an exercise needs, read from the free-text `equipment` list in the exercise KB, and whether the
 * runner has it. Household items (towel, wall, chair, a step or stair, a backpack of books, a tennis ball) are
 * assumed to be at hand.
 * @module
 */
import type { CrossTrainingMode } from '../kb/protocol-schema.ts';
import type { Exercise } from '../kb/schema.ts';
import type { EquipmentKind } from './types.ts';

const rules: readonly (readonly [RegExp, EquipmentKind])[] = [
  [/band|tubing|theraband/i, 'band'],
  [/foam|wobble|balance (pad|board)|cushion|bosu/i, 'foam-pad'],
  [/machine|leg press|smith|barbell|cable|gym/i, 'gym'],
  [/dumbbell|kettlebell|weight plate|\bweights?\b/i, 'weights'],
  [/swiss|stability ball|exercise ball|gym ball/i, 'ball'],
];

/** The kinds of kit an exercise needs (empty: household items only). */
export function kitFor(exercise: Exercise): EquipmentKind[] {
  const kinds = new Set<EquipmentKind>();
  for (const item of exercise.equipment) {
    if (/optional|backpack|book/i.test(item)) continue;
    for (const [re, kind] of rules) if (re.test(item)) { kinds.add(kind); break; }
  }
  return [...kinds];
}

/** What a gym membership brings with it. */
const gymIncludes: readonly EquipmentKind[] = ['weights', 'foam-pad', 'ball', 'band', 'bike', 'elliptical'];

/** Expand the runner's kit list (a gym implies weights, bikes…). `undefined` means not asked: everything counts. */
export function expandKit(kit: readonly EquipmentKind[] | undefined): ReadonlySet<EquipmentKind> | undefined {
  if (kit === undefined) return undefined;
  const out = new Set<EquipmentKind>(kit);
  if (out.has('gym')) for (const k of gymIncludes) out.add(k);
  return out;
}

/** Whether the runner can do this exercise with their kit. */
export function hasKit(exercise: Exercise, kit: ReadonlySet<EquipmentKind> | undefined): boolean {
  if (kit === undefined) return true;
  return kitFor(exercise).every((k) => kit.has(k));
}

const crossKit: Readonly<Record<CrossTrainingMode, readonly EquipmentKind[]>> = {
  'pool-running': ['pool'],
  swimming: ['pool'],
  cycling: ['bike'],
  elliptical: ['elliptical'],
  'anti-gravity-treadmill': ['anti-gravity-treadmill'],
};

/** Whether the runner has access to a cross-training mode. */
export function canCrossTrain(mode: CrossTrainingMode, kit: ReadonlySet<EquipmentKind> | undefined): boolean {
  return kit === undefined || crossKit[mode].some((k) => kit.has(k));
}
