/**
 * What adapters hand to services. Re-exported here so the web and HTTP layers depend on services, not on the
 * database layer, even for types.
 * @module
 */
export type { Database } from '../db/database.ts';
export type { ActivityRecord } from '../db/repositories/activities.ts';
export type { PainEntry } from '../db/repositories/pain-diary.ts';
