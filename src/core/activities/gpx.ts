import { buildActivity, cadenceToSpm, requireTimedPoints } from './build.ts';
import { isValidCoordinate } from './geo.ts';
import { normaliseSport } from './sport.ts';
import type { NormalisedActivity, TrackPoint } from './types.ts';
import { ActivityParseError } from './types.ts';
import { childText, children, numberOrNull, offsetOfTime, parseXml, text, timeOrNull } from './xml.ts';
import type { XmlNode } from './xml.ts';

/** Strava writes a numeric activity type into GPX `<type>` (judgement from observed exports: 1 ride, 9 run). */
const STRAVA_GPX_TYPES: Record<string, string> = { '1': 'cycling', '9': 'running', '10': 'walking', '11': 'hiking' };

/**
 * Parses GPX 1.0 or 1.1 text into a normalised activity. Reads track points only (routes and waypoints are plans,
 * not recordings); heart rate and cadence from Garmin's TrackPointExtension.
 * @example parseGpx(text).distanceMeters
 */
export function parseGpx(xml: string): NormalisedActivity {
  const root = parseXml(xml).gpx;
  if (root === undefined || typeof root !== 'object' || Array.isArray(root)) {
    throw new ActivityParseError('malformed', 'not a GPX file: the root element is not <gpx>');
  }
  const gpx: XmlNode = root;
  const tracks = children(gpx, 'trk');
  const raw: TrackPoint[] = [];
  const cadences: number[] = [];
  let untimed = 0;
  let invalid = 0;
  let segment = 0;
  let typeName: string | undefined;
  let firstTime: string | undefined;
  for (const trk of tracks) {
    typeName ??= childText(trk, 'type');
    for (const seg of children(trk, 'trkseg')) {
      for (const [i, pt] of children(seg, 'trkpt').entries()) {
        const where = `trkpt ${i + 1} of segment ${segment + 1}`;
        const lat = numberOrNull(text(pt['@_lat']), `the lat of ${where}`);
        const lon = numberOrNull(text(pt['@_lon']), `the lon of ${where}`);
        const timeText = childText(pt, 'time');
        const time = timeOrNull(timeText, where);
        if (time !== null && firstTime === undefined) firstTime = timeText;
        if (time === null) {
          untimed++;
          continue;
        }
        const ok = lat !== null && lon !== null && isValidCoordinate(lat, lon);
        if (!ok) invalid++;
        const cad = numberOrNull(extensionText(pt, CADENCE_NAMES), `the cadence of ${where}`);
        raw.push({
          time,
          lat: ok ? lat : null,
          lon: ok ? lon : null,
          distance: null,
          heartRate: numberOrNull(extensionText(pt, HEART_RATE_NAMES), `the heart rate of ${where}`),
          cadenceSpm: cad,
          elevation: numberOrNull(childText(pt, 'ele'), `the elevation of ${where}`),
          segment,
        });
        cadences.push(cad ?? 0);
      }
      segment++;
    }
  }
  if (raw.length === 0 && untimed === 0) throw noTrack(gpx);
  const points = requireTimedPoints(raw, untimed, 'the GPX file');
  const sportName = typeName === undefined ? undefined : (STRAVA_GPX_TYPES[typeName] ?? typeName);
  const spm = cadenceToSpm(cadences, normaliseSport(sportName ?? 'running'), 'guess');
  const withCadence = points.map((p, i) => ({ ...p, cadenceSpm: spm.length > 0 && (spm[i] ?? 0) > 0 ? (spm[i] ?? null) : null }));
  const warnings: string[] = [];
  if (untimed > 0) warnings.push(`${untimed} point(s) without a time were left out`);
  if (invalid > 0) warnings.push(`${invalid} point(s) had no usable position`);
  if (invalid === points.length) {
    throw new ActivityParseError('no-points', 'the GPX file has no track points with a usable position');
  }
  return { ...buildActivity('gpx', { sport: sportName }, withCadence, {}, warnings), utcOffsetMinutes: offsetOfTime(firstTime) };
}

/** Names a point's heart rate goes by: Garmin's TrackPointExtension `hr`, cluetrust gpxdata `hr`, a bare `heartrate`. */
const HEART_RATE_NAMES = ['hr', 'heartrate'];
/** Cadence: TrackPointExtension `cad`, cluetrust gpxdata `cadence`. */
const CADENCE_NAMES = ['cad', 'cadence'];

/**
 * The first value named one of `names` in a point's extensions. Garmin's TrackPointExtension (any prefix: gpxtpx,
 * ns3, none) is searched first, then values written straight under `<extensions>` as the cluetrust gpxdata schema
 * and some apps do. Apple and others sometimes put several `<extensions>` blocks on one point, so all are searched.
 */
function extensionText(pt: XmlNode, names: readonly string[]): string | undefined {
  const blocks = children(pt, 'extensions');
  for (const ext of blocks) {
    for (const tpx of children(ext, 'TrackPointExtension')) {
      for (const name of names) {
        const v = childText(tpx, name);
        if (v !== undefined) return v;
      }
    }
  }
  for (const ext of blocks) {
    for (const name of names) {
      const v = childText(ext, name);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** A file without track points: say what it holds instead (a planned route, waypoints), so the user knows why. */
function noTrack(gpx: XmlNode): ActivityParseError {
  const routePoints = children(gpx, 'rte').reduce((n, r) => n + children(r, 'rtept').length, 0);
  const waypoints = children(gpx, 'wpt').length;
  const held = routePoints > 0 ? `, only a planned route of ${routePoints} point(s) (a route is a plan, not a recording)`
    : waypoints > 0 ? `, only ${waypoints} waypoint(s)` : '';
  return new ActivityParseError('no-points', `the GPX file contains no track points${held}`);
}
