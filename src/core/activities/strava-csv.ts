import { parse } from 'csv-parse/sync';

/** One row of a Strava `activities.csv`, reduced to what Footing uses. */
export interface StravaRow {
  row: number;
  activityId: string | null;
  /** ISO UTC, or null when the date could not be read. */
  startTime: string | null;
  name: string | null;
  type: string | null;
  elapsedSeconds: number | null;
  movingSeconds: number | null;
  distanceMeters: number | null;
  gear: string | null;
  /** e.g. `activities/12116271787.fit.gz`; empty for manual entries. */
  filename: string | null;
  avgHeartRate: number | null;
}

type Field = 'id' | 'date' | 'name' | 'type' | 'elapsed' | 'distance' | 'gear' | 'filename' | 'moving' | 'avgHr';

/** Header names by field, English and German (lower-case). Strava repeats some names; occurrence matters. */
const NAMES: Record<Field, string[]> = {
  id: ['activity id', 'aktivitäts-id'],
  date: ['activity date', 'aktivitätsdatum'],
  name: ['activity name', 'name der aktivität', 'aktivitätsname'],
  type: ['activity type', 'aktivitätsart', 'aktivitätstyp', 'sportart'],
  elapsed: ['elapsed time', 'verstrichene zeit', 'gesamtzeit'],
  distance: ['distance', 'distanz', 'entfernung', 'strecke'],
  gear: ['activity gear', 'aktivitätsausrüstung', 'ausrüstung für aktivität', 'ausrüstung'],
  filename: ['filename', 'dateiname'],
  moving: ['moving time', 'bewegungszeit', 'zeit in bewegung'],
  avgHr: ['average heart rate', 'durchschnittliche herzfrequenz', 'durchschn. herzfrequenz'],
};

/** Where the long-stable first columns sit, for headers in a language we do not know. */
const POSITION: Partial<Record<Field, number>> = { id: 0, date: 1, name: 2, type: 3, elapsed: 5, distance: 6, gear: 11, filename: 12 };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Parses Strava's `activities.csv` tolerantly: quoted fields with commas and newlines, a BOM, English or German
 * headers (else the first columns by position), duplicate column names (the second "Distance" is metres), both
 * date formats (before and after July 2019) and decimal commas.
 * @example parseStravaCsv(text)[0]?.filename // 'activities/123.fit.gz'
 */
export function parseStravaCsv(text: string): StravaRow[] {
  const records: string[][] = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, bom: true });
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const cols = locateColumns(header);
  return records.slice(1).map((r, i) => toRow(r, i + 2, cols));
}

interface Columns {
  index: Partial<Record<Field, number>>;
  /** Column of the second "Distance" (always metres), if the export has one. */
  metres: number | null;
}

function locateColumns(header: string[]): Columns {
  const index: Partial<Record<Field, number>> = {};
  let known = 0;
  for (const field of Object.keys(NAMES) as Field[]) {
    const at = header.findIndex((h) => NAMES[field].includes(h));
    if (at >= 0) {
      index[field] = at;
      known++;
    }
  }
  if (known < 3) Object.assign(index, POSITION);
  const d = index.distance;
  const metres = d === undefined ? null : header.findIndex((h, i) => i > d && h === header[d]);
  return { index, metres: metres === null || metres < 0 ? null : metres };
}

function toRow(r: string[], row: number, cols: Columns): StravaRow {
  const get = (f: Field): string | null => {
    const i = cols.index[f];
    const v = i === undefined ? undefined : r[i]?.trim();
    return v === undefined || v === '' ? null : v;
  };
  const date = get('date');
  const modernDate = date !== null && !/^\d{4}-\d\d-\d\d \d/.test(date);
  const metres = cols.metres === null ? null : num(r[cols.metres]);
  const first = num(get('distance'));
  // Before July 2019 the only Distance column was metres; afterwards the first one is in km (or miles).
  const distanceMeters = metres ?? (first === null ? null : modernDate ? first * 1000 : first);
  return {
    row,
    activityId: get('id'),
    startTime: date === null ? null : parseStravaDate(date),
    name: get('name'),
    type: get('type'),
    elapsedSeconds: num(get('elapsed')),
    movingSeconds: num(get('moving')),
    distanceMeters,
    gear: get('gear'),
    filename: get('filename'),
    avgHeartRate: num(get('avgHr')),
  };
}

/** Reads "1,234.5", "9,44" (decimal comma) and "9.44". */
function num(v: string | null | undefined): number | null {
  if (v === null || v === undefined || v.trim() === '') return null;
  let s = v.trim();
  if (s.includes(',') && s.includes('.')) s = s.indexOf(',') < s.indexOf('.') ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/**
 * Strava's "Activity Date" (UTC) in its known shapes: `2018-09-12 15:02:23`, `Sep 12, 2018, 3:02:23 PM`,
 * `09.12.2022, 15:24:49`. Returns ISO UTC or null.
 * @example parseStravaDate('Sep 12, 2018, 3:02:23 PM') // '2018-09-12T15:02:23.000Z'
 */
export function parseStravaDate(v: string): string | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)/.exec(v);
  if (m) return iso(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d\d):(\d\d)\s*([AP]M)?$/i.exec(v);
  if (m) {
    const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
    let hour = +(m[4] ?? 0);
    const ampm = m[7]?.toUpperCase();
    if (ampm === 'PM' && hour < 12) hour += 12;
    if (ampm === 'AM' && hour === 12) hour = 0;
    return month === 0 ? null : iso(+(m[3] ?? 0), month, +(m[2] ?? 0), hour, +(m[5] ?? 0), +(m[6] ?? 0));
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),? (\d{1,2}):(\d\d):(\d\d)$/.exec(v);
  if (m) return iso(+(m[3] ?? 0), +(m[2] ?? 0), +(m[1] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return null;
}

function iso(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return Number.isFinite(ms) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? new Date(ms).toISOString() : null;
}
