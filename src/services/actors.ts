/**
 * The acting user as services see it, made from an account row in one place.
 * @module
 */
import type { Actor } from '../core/actor.ts';
import type { UserRow } from '../db/repositories/users.ts';

/**
 * @example actorFromUser(await users.findById(id))
 */
export function actorFromUser(row: UserRow): Actor {
  return { id: row.id, email: row.email, role: row.role, units: row.units, timeZone: row.time_zone };
}
