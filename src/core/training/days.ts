/** Calendar helpers on `YYYY-MM-DD` day strings (UTC), so metrics never depend on the machine's time zone. */

const DAY_MS = 86_400_000;

/**
 * The day of an ISO time, shifted by the runner's UTC offset so an evening run stays on its local day.
 * @example dayOf('2024-01-01T23:30:00Z', 60) // '2024-01-02'
 */
export function dayOf(iso: string, utcOffsetMinutes = 0): string {
  return new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * The local day an activity belongs to: its stored local date, else its UTC time shifted by `utcOffsetMinutes`.
 * @example activityDay({ startTime: '2024-01-01T23:30:00Z', localDate: '2024-01-02' }) // '2024-01-02'
 */
export function activityDay(a: { startTime: string; localDate?: string | undefined }, utcOffsetMinutes = 0): string {
  return a.localDate ?? dayOf(a.startTime, utcOffsetMinutes);
}

/** Days since 1970-01-01 for a day string. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The day string for a day number. */
export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Adds days to a day string. */
export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/**
 * The Monday that starts the ISO week containing `day`.
 * @example weekStart('2024-01-07') // '2024-01-01'
 */
export function weekStart(day: string): string {
  const n = dayNumber(day);
  const weekday = (n + 3) % 7; // 1970-01-01 was a Thursday; 0 = Monday
  return dayFromNumber(n - weekday);
}

/** The first day of the month containing `day`. */
export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}
