/** Distance units a runner can choose. */
export type DistanceUnit = 'km' | 'mi';

/** Metres in one mile. */
export const METERS_PER_MILE = 1609.344;

/**
 * Metres to the runner's unit.
 * @example toUnit(1609.344, 'mi') // 1
 */
export function toUnit(meters: number, unit: DistanceUnit): number {
  return unit === 'km' ? meters / 1000 : meters / METERS_PER_MILE;
}

/**
 * The runner's unit to metres.
 * @example fromUnit(5, 'km') // 5000
 */
export function fromUnit(value: number, unit: DistanceUnit): number {
  return unit === 'km' ? value * 1000 : value * METERS_PER_MILE;
}

/**
 * A distance for display, e.g. "12.3 km" or "7.6 mi".
 * @example formatDistance(12345, 'km') // '12.3 km'
 */
export function formatDistance(meters: number, unit: DistanceUnit, digits = 1): string {
  return `${toUnit(meters, unit).toFixed(digits)} ${unit}`;
}

/**
 * Seconds as h:mm:ss (or m:ss under an hour).
 * @example formatDuration(3725) // '1:02:05'
 */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}
