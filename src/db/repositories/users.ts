/**
 * Accounts. The first start creates the owner; every service works on behalf of a user from here.
 * @module
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../schema.ts';
import type { UsersTable } from '../tables/users.ts';
import { newId } from '../ids.ts';
import { nowIso } from '../rows.ts';

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  email: string;
  name: string;
  role: UserRow['role'];
  units?: UserRow['units'];
  timeZone?: string;
}

/**
 * Accounts: look up by id, and make sure the owner account exists (the local owner acts until accounts exist).
 * @example const owner = await usersRepository(db).ensureOwner('owner@localhost');
 */
export function usersRepository(db: Kysely<DB>) {
  return {
    async findById(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async findByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    },

    async insert(user: NewUser): Promise<UserRow> {
      const now = nowIso();
      const row: UserRow = {
        id: newId(), email: user.email.toLowerCase(), name: user.name, role: user.role,
        units: user.units ?? 'km', time_zone: user.timeZone ?? 'UTC', created_at: now, updated_at: now,
      };
      await db.insertInto('users').values(row).execute();
      return row;
    },

    /**
     * Create the owner on first start; safe when several app servers start at once (the unique email decides).
     */
    async ensureOwner(email: string): Promise<UserRow> {
      const existing = await this.findByEmail(email);
      if (existing) return existing;
      const now = nowIso();
      await db
        .insertInto('users')
        .values({ id: newId(), email: email.toLowerCase(), name: 'Owner', role: 'owner', units: 'km', time_zone: 'UTC', created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('email').doNothing())
        .execute();
      const row = await this.findByEmail(email);
      if (!row) throw new Error('owner account could not be created');
      return row;
    },

    async setUnits(id: string, units: UserRow['units']): Promise<void> {
      await db.updateTable('users').set({ units, updated_at: nowIso() }).where('id', '=', id).execute();
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
