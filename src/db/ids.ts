/**
 * Time-ordered UUIDs (version 7) made by the app, so ids sort by creation and need no database sequence
 * (portable to any PostgreSQL-compatible engine).
 * @module
 */
import { randomBytes } from 'node:crypto';

/**
 * @example
 * newId(); // '0193a1c2-7f3e-7abc-9def-0123456789ab'
 */
export function newId(now: number = Date.now()): string {
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | ((b[6] ?? 0) & 0x0f);
  b[8] = 0x80 | ((b[8] ?? 0) & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
