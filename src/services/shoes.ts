/**
 * Shoe use-cases: list with wear, add (new or used), edit, retire (keeping the statistics), choose the default pair
 * per sport. The wear alert is a prompt to look at the shoe, never a rule to replace it.
 * @module
 */
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { authorize, authorizeRecord } from '../core/policy.ts';
import { formatDistance } from '../core/training/units.ts';
import type { Database } from '../db/database.ts';
import { shoesRepository, type ShoeRecord, type ShoeUsage } from '../db/repositories/shoes.ts';
import { parseInput } from './parse-input.ts';

export interface ShoeServiceDeps {
  readonly database: Database;
}

/** Sports a shoe can be the default for. */
export const SHOE_SPORTS = ['running', 'trail_running', 'treadmill_running', 'walking', 'hiking'] as const;

/** A shoe with its wear, ready to show. */
export interface ShoeView extends ShoeUsage {
  /** distance / alert distance (may pass 1). */
  readonly wearFraction: number;
  readonly wearAlert: boolean;
  /** Plain words for the prompt when `wearAlert` is true. */
  readonly wearMessage: string | null;
}

const meters = z.number().finite().min(0).max(100_000_000);
const addSchema = z.strictObject({
  name: z.string().trim().min(1, 'give the shoe a name').max(80),
  brand: z.string().trim().max(80).nullable().optional(),
  startDistanceMeters: meters.optional(),
  alertDistanceMeters: meters.min(1000, 'the wear alert must be at least 1 km').optional(),
  defaultFor: z.enum(SHOE_SPORTS).nullable().optional(),
});
const patchSchema = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  brand: z.string().trim().max(80).nullable().optional(),
  startDistanceMeters: meters.optional(),
  alertDistanceMeters: meters.min(1000, 'the wear alert must be at least 1 km').optional(),
  retired: z.boolean().optional(),
  defaultFor: z.enum(SHOE_SPORTS).nullable().optional(),
});

/** The wear view of a shoe, in the runner's unit. */
export function wearOf(s: ShoeUsage, unit: Actor['units']): ShoeView {
  const wearFraction = s.alertDistanceMeters > 0 ? s.distanceMeters / s.alertDistanceMeters : 0;
  const wearAlert = !s.retired && wearFraction >= 1;
  // Judgement: no study sets a replacement distance; a look at the shoe and the runner's legs decide.
  const wearMessage = wearAlert
    ? `${s.name} has done ${formatDistance(s.distanceMeters, unit, 0)}, past the ${formatDistance(s.alertDistanceMeters, unit, 0)} you set for a check. ` +
      'Have a look at it: a midsole that is creased or squashed flat, or tread worn through, suggests it is time for a new pair. The distance is a prompt, not a rule.'
    : null;
  return { ...s, wearFraction, wearAlert, wearMessage };
}

/** The acting runner's shoes with distance and wear, active first. */
export async function listShoes(actorIn: Actor | null, deps: ShoeServiceDeps): Promise<ShoeView[]> {
  const actor = authorize(actorIn, 'read', 'shoe');
  return (await shoesRepository(deps.database.db).listWithUsage(actor.id)).map((s) => wearOf(s, actor.units));
}

/** A shoe the acting runner owns (`action` is what they mean to do with it); anyone else's looks missing. */
export async function ownShoe(actorIn: Actor | null, deps: ShoeServiceDeps, id: string, action: 'read' | 'update' = 'read'): Promise<ShoeRecord> {
  const actor = authorize(actorIn, action, 'shoe');
  return authorizeRecord(actor, action, 'shoe', await shoesRepository(deps.database.db).findById(id));
}

/** Add a pair (distances in metres). A name already in use is a conflict. */
export async function addShoe(actorIn: Actor | null, deps: ShoeServiceDeps, body: unknown): Promise<ShoeView> {
  const actor = authorize(actorIn, 'create', 'shoe');
  const b = parseInput(addSchema, body);
  const repo = shoesRepository(deps.database.db);
  if (await repo.findByName(actor.id, b.name)) throw new AppError('conflict', `you already have a shoe called "${b.name}"`);
  const s = await repo.insert({ userId: actor.id, ...b });
  return wearOf({ ...s, distanceMeters: s.startDistanceMeters, activities: 0, lastUsed: null }, actor.units);
}

/** Edit, retire or un-retire a pair, or make it the default for a sport (null clears). */
export async function updateShoe(actorIn: Actor | null, deps: ShoeServiceDeps, id: string, body: unknown): Promise<ShoeView> {
  const actor = authorize(actorIn, 'update', 'shoe');
  const shoe = await ownShoe(actor, deps, id, 'update');
  const { defaultFor, ...patch } = parseInput(patchSchema, body);
  const repo = shoesRepository(deps.database.db);
  if (patch.name !== undefined && patch.name !== shoe.name && (await repo.findByName(actor.id, patch.name))) {
    throw new AppError('conflict', `you already have a shoe called "${patch.name}"`);
  }
  if (defaultFor !== undefined && defaultFor !== null && (patch.retired ?? shoe.retired)) {
    throw new AppError('bad_input', 'a retired shoe cannot be the default');
  }
  await repo.update(id, patch);
  if (defaultFor !== undefined) await repo.setDefault(actor.id, id, defaultFor);
  // Deleted in the meantime (another request) reads as missing, like any shoe that is not there.
  const after = authorizeRecord(actor, 'read', 'shoe', (await repo.listWithUsage(actor.id)).find((s) => s.id === id));
  return wearOf(after, actor.units);
}
