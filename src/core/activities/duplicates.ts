/** The two facts duplicate detection compares. */
export interface DuplicateKey {
  startTime: string;
  distanceMeters: number;
}

/** Same activity when starts are within this many seconds… */
export const DUPLICATE_START_SECONDS = 60;
/** …and distances within this fraction of the longer one. */
export const DUPLICATE_DISTANCE_FRACTION = 0.02;

/**
 * True when two activities are the same run recorded or exported twice: start within 60 s and distance within 2%.
 * @example isDuplicate({ startTime: '2024-01-01T07:00:00Z', distanceMeters: 10000 }, { startTime: '2024-01-01T07:00:30Z', distanceMeters: 10150 }) // true
 */
export function isDuplicate(a: DuplicateKey, b: DuplicateKey): boolean {
  const dt = Math.abs(Date.parse(a.startTime) - Date.parse(b.startTime)) / 1000;
  if (!(dt <= DUPLICATE_START_SECONDS)) return false;
  const longer = Math.max(a.distanceMeters, b.distanceMeters);
  if (longer === 0) return true;
  return Math.abs(a.distanceMeters - b.distanceMeters) <= DUPLICATE_DISTANCE_FRACTION * longer;
}

/** An index of known activities for fast duplicate checks during a large import (bucketed by minute). */
export class DuplicateIndex<T extends DuplicateKey> {
  private readonly buckets = new Map<number, T[]>();

  /** Adds a known activity. */
  add(item: T): void {
    const b = bucket(item.startTime);
    const list = this.buckets.get(b);
    if (list === undefined) this.buckets.set(b, [item]);
    else list.push(item);
  }

  /** The first known activity that `key` duplicates, if any. */
  find(key: DuplicateKey): T | undefined {
    const b = bucket(key.startTime);
    for (const n of [b - 1, b, b + 1]) {
      for (const item of this.buckets.get(n) ?? []) if (isDuplicate(item, key)) return item;
    }
    return undefined;
  }
}

function bucket(iso: string): number {
  return Math.floor(Date.parse(iso) / 60_000);
}
