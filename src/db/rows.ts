/**
 * Read helpers that hide the two dialects' differences in returned values (JSON and booleans).
 * @module
 */

/** jsonb comes back parsed from PostgreSQL and as text from SQLite. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Always write JSON as a string: PostgreSQL casts it to jsonb, SQLite stores it as text. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** SQLite stores booleans as 0/1. */
export function fromBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** The current time as an ISO-8601 string, the one timestamp format both dialects store and read back. */
export function nowIso(): string {
  return new Date().toISOString();
}
