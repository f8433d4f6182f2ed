/**
 * Shoe as the API shows it: the pair, what it has done, and the wear prompt; never the owner's id.
 * @module
 */
import type { ShoeView } from '../../services/shoes.ts';

/** A shoe in `/api/v1` responses (distances in metres). */
export interface ShoeJson {
  readonly id: string;
  readonly name: string;
  readonly brand: string | null;
  readonly startDistanceMeters: number;
  readonly alertDistanceMeters: number;
  readonly defaultFor: string | null;
  readonly retired: boolean;
  readonly createdAt: string;
  /** Starting distance plus every activity logged in it. */
  readonly distanceMeters: number;
  readonly activities: number;
  readonly lastUsed: string | null;
  readonly wearFraction: number;
  readonly wearAlert: boolean;
  readonly wearMessage: string | null;
}

/**
 * @example c.json({ shoes: (await listShoes(actor, deps)).map(presentShoe) })
 */
export function presentShoe(s: ShoeView): ShoeJson {
  return {
    id: s.id, name: s.name, brand: s.brand, startDistanceMeters: s.startDistanceMeters, alertDistanceMeters: s.alertDistanceMeters,
    defaultFor: s.defaultFor, retired: s.retired, createdAt: s.createdAt, distanceMeters: s.distanceMeters, activities: s.activities,
    lastUsed: s.lastUsed, wearFraction: s.wearFraction, wearAlert: s.wearAlert, wearMessage: s.wearMessage,
  };
}

/** The OpenAPI schema of `ShoeJson`. */
export const shoeSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, brand: { type: ['string', 'null'] }, distanceMeters: { type: 'number' },
    startDistanceMeters: { type: 'number' }, alertDistanceMeters: { type: 'number', default: 800000 }, defaultFor: { type: ['string', 'null'] },
    retired: { type: 'boolean' }, createdAt: { type: 'string', format: 'date-time' }, activities: { type: 'integer' },
    lastUsed: { type: ['string', 'null'], format: 'date-time' }, wearFraction: { type: 'number' }, wearAlert: { type: 'boolean' },
    wearMessage: { type: ['string', 'null'], description: 'A prompt to inspect the shoe, not a rule' },
  },
} as const;
