/**
 * Local days in a runner's time zone (IANA names such as `Europe/Oslo`), through the platform's Intl time-zone
 * data: pure functions of their inputs, no clock. An activity's day is its local start date: from the offset the
 * file recorded when it has one, otherwise from the runner's time zone at that instant (so daylight saving counts).
 * @module
 */
import { dayOf } from './days.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Whether `tz` is a time zone this platform knows.
 * @example isTimeZone('Europe/Oslo') // true
 */
export function isTimeZone(tz: string): boolean {
  if (tz === '' || tz.length > 64) return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * Minutes the zone is ahead of UTC at an instant (ms since the epoch).
 * @example offsetMinutesAt(Date.parse('2024-07-01T12:00:00Z'), 'Europe/Oslo') // 120
 */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The local date (YYYY-MM-DD) of an ISO time in a time zone.
 * @example localDay('2024-01-15T23:30:00Z', 'Europe/Oslo') // '2024-01-16'
 */
export function localDay(iso: string, timeZone: string): string {
  return dayOf(iso, offsetMinutesAt(Date.parse(iso), timeZone));
}

/**
 * An activity's local start date: the file's own UTC offset wins (it is where the runner was), else the zone.
 * @example activityLocalDate('2024-01-15T22:30:00Z', -300, 'UTC') // '2024-01-15'
 */
export function activityLocalDate(startTime: string, fileOffsetMinutes: number | null, timeZone: string): string {
  return fileOffsetMinutes === null ? localDay(startTime, timeZone) : dayOf(startTime, fileOffsetMinutes);
}

/**
 * The UTC instant of a local date and time in a zone (for runs logged by hand). A time skipped by a daylight-saving
 * change resolves to the instant just after it.
 * @example zonedTimeToUtc('2024-07-01', '07:30', 'Europe/Oslo') // '2024-07-01T05:30:00.000Z'
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = wall - offsetMinutesAt(wall, timeZone) * 60_000;
  const offset = offsetMinutesAt(first, timeZone);
  const second = wall - offset * 60_000;
  // In a skipped hour no instant has this wall time: `second` then lands on the other side's offset; take `first`.
  return new Date(offsetMinutesAt(second, timeZone) === offset ? second : Math.max(first, second)).toISOString();
}

/**
 * Today's date for a runner: the local date in their time zone at the instant `nowMs` (the clock is passed in).
 * A runner in Auckland at 09:00 on the 2nd has "today" = the 2nd, while UTC still says the 1st.
 * @example localToday('Pacific/Auckland', Date.parse('2024-07-01T21:00:00Z')) // '2024-07-02'
 */
export function localToday(timeZone: string, nowMs: number): string {
  return localDay(new Date(nowMs).toISOString(), isTimeZone(timeZone) ? timeZone : 'UTC');
}
