import { buildActivity, cadenceToSpm } from './build.ts';
import type { DeviceTotals } from './build.ts';
import { isValidCoordinate } from './geo.ts';
import { labelLegs } from './legs.ts';
import type { Transitions } from './legs.ts';
import { normaliseSport } from './sport.ts';
import type { NormalisedActivity, TrackPoint } from './types.ts';
import { ActivityParseError } from './types.ts';
import { child, childText, children, numberOrNull, offsetOfTime, parseXml, text, timeOrNull } from './xml.ts';
import type { XmlNode } from './xml.ts';

/**
 * Parses Garmin Training Center (TCX) text into one normalised activity per `<Activity>`: a file with several, or a
 * `<MultiSportSession>` (first sport, then next sports each after an optional transition), gives one activity per
 * leg; transitions are left out. Lap totals are the device's own figures and win over the trackpoints (which are
 * sometimes an excerpt); `RunCadence` is per leg and is doubled; a trackpoint `<Cadence>` is used when there is none.
 * @example parseTcx(text)[0]?.sport // 'running'
 */
export function parseTcx(xml: string): NormalisedActivity[] {
  const root = parseXml(xml).TrainingCenterDatabase;
  if (root === undefined || typeof root !== 'object' || Array.isArray(root)) {
    throw new ActivityParseError('malformed', 'not a TCX file: the root element is not <TrainingCenterDatabase>');
  }
  const list = child(root as XmlNode, 'Activities');
  const activities = [...children(list, 'Activity')];
  const transitions: Transitions = { count: 0, seconds: 0 };
  for (const multi of children(list, 'MultiSportSession')) {
    activities.push(...children(child(multi, 'FirstSport'), 'Activity'));
    for (const next of children(multi, 'NextSport')) {
      for (const [i, t] of children(next, 'Transition').entries()) {
        transitions.count++;
        transitions.seconds += numberOrNull(childText(t, 'TotalTimeSeconds'), `the time of transition ${i + 1}`) ?? 0;
      }
      activities.push(...children(next, 'Activity'));
    }
  }
  if (activities.length === 0) {
    // Route planners export Courses in the same format: a plan, not something the runner did.
    const courses = children(child(root as XmlNode, 'Courses'), 'Course').length;
    const held = courses > 0 ? `, only ${courses} course(s) (a planned route, not a recording)` : '';
    throw new ActivityParseError('no-points', `the TCX file contains no activity${held}`);
  }
  const what = (i: number): string => (activities.length === 1 ? 'the TCX activity' : `activity ${i + 1} of the TCX file`);
  return labelLegs(activities.map((a, i) => parseOneActivity(a, what(i))), transitions);
}

function parseOneActivity(activity: XmlNode, what: string): NormalisedActivity {
  const warnings: string[] = [];
  const sportAttr = text(activity['@_Sport']);
  const sport = normaliseSport(sportAttr);
  const { laps, duplicates } = uniqueLaps(children(activity, 'Lap'));
  if (duplicates > 0) warnings.push(`${duplicates} repeated lap(s) with the same start time were counted once`);
  const points: TrackPoint[] = [];
  const runCadences: number[] = [];
  const cadences: number[] = [];
  let untimed = 0;
  let invalid = 0;
  for (const [li, lap] of laps.entries()) {
    for (const [ti, track] of children(lap, 'Track').entries()) {
      for (const [pi, tp] of children(track, 'Trackpoint').entries()) {
        const where = `trackpoint ${pi + 1} of lap ${li + 1}`;
        const time = timeOrNull(childText(tp, 'Time'), where);
        if (time === null) {
          untimed++;
          continue;
        }
        const pos = child(tp, 'Position');
        const lat = numberOrNull(childText(pos, 'LatitudeDegrees'), `the latitude of ${where}`);
        const lon = numberOrNull(childText(pos, 'LongitudeDegrees'), `the longitude of ${where}`);
        const ok = lat !== null && lon !== null && isValidCoordinate(lat, lon);
        if (pos !== undefined && !ok) invalid++;
        const tpx = child(child(tp, 'Extensions'), 'TPX');
        const runCad = numberOrNull(childText(tpx, 'RunCadence'), `the cadence of ${where}`);
        runCadences.push(runCad ?? 0);
        cadences.push(numberOrNull(childText(tp, 'Cadence'), `the cadence of ${where}`) ?? 0);
        points.push({
          time,
          lat: ok ? lat : null,
          lon: ok ? lon : null,
          distance: numberOrNull(childText(tp, 'DistanceMeters'), `the distance of ${where}`),
          heartRate: numberOrNull(childText(child(tp, 'HeartRateBpm'), 'Value'), `the heart rate of ${where}`),
          cadenceSpm: null,
          elevation: numberOrNull(childText(tp, 'AltitudeMeters'), `the altitude of ${where}`),
          segment: li * 1000 + ti,
        });
      }
    }
  }
  // Garmin's RunCadence is per leg. A writer without it may put the schema's own <Cadence> (meant for pedal rpm) on
  // running trackpoints, per leg or per minute, so its scale is judged from the values.
  const spm = runCadences.some((c) => c > 0) ? cadenceToSpm(runCadences, sport, true) : cadenceToSpm(cadences, sport, 'guess');
  const withCadence = points.map((p, i) => ({ ...p, cadenceSpm: (spm[i] ?? 0) > 0 ? (spm[i] ?? null) : null }));
  if (untimed > 0) warnings.push(`${untimed} trackpoint(s) without a time were left out`);
  if (invalid > 0) warnings.push(`${invalid} trackpoint(s) had no usable position`);
  const totals = lapTotals(laps, points);
  if (points.length === 0 && totals.startMs === undefined) {
    throw new ActivityParseError('no-points', `${what} has neither trackpoints nor lap totals`);
  }
  const startText = text(laps[0]?.['@_StartTime']) ?? childText(activity, 'Id');
  return { ...buildActivity('tcx', { sport: sportAttr }, withCadence, totals, warnings), utcOffsetMinutes: offsetOfTime(startText) };
}

function uniqueLaps(all: XmlNode[]): { laps: XmlNode[]; duplicates: number } {
  const seen = new Set<string>();
  const laps: XmlNode[] = [];
  for (const lap of all) {
    const key = `${text(lap['@_StartTime']) ?? ''}|${childText(lap, 'TotalTimeSeconds') ?? ''}|${childText(lap, 'DistanceMeters') ?? ''}`;
    if (text(lap['@_StartTime']) !== undefined && seen.has(key)) continue;
    seen.add(key);
    laps.push(lap);
  }
  return { laps, duplicates: all.length - laps.length };
}

function lapTotals(laps: XmlNode[], points: readonly TrackPoint[]): DeviceTotals {
  const totals: DeviceTotals = {};
  let distance = 0;
  let timer = 0;
  let allDistance = laps.length > 0;
  let allTimer = laps.length > 0;
  let start: number | undefined;
  let hrSum = 0;
  let hrWeight = 0;
  let maxHr: number | undefined;
  for (const [i, lap] of laps.entries()) {
    const t = timeOrNull(text(lap['@_StartTime']), `the start time of lap ${i + 1}`);
    if (t !== null) start = start === undefined ? t : Math.min(start, t);
    const d = numberOrNull(childText(lap, 'DistanceMeters'), `the distance of lap ${i + 1}`);
    const s = numberOrNull(childText(lap, 'TotalTimeSeconds'), `the time of lap ${i + 1}`);
    if (d === null) allDistance = false;
    else distance += d;
    if (s === null) allTimer = false;
    else timer += s;
    const avg = numberOrNull(childText(child(lap, 'AverageHeartRateBpm'), 'Value'), `the heart rate of lap ${i + 1}`);
    if (avg !== null && s !== null && s > 0) {
      hrSum += avg * s;
      hrWeight += s;
    }
    const max = numberOrNull(childText(child(lap, 'MaximumHeartRateBpm'), 'Value'), `the heart rate of lap ${i + 1}`);
    if (max !== null) maxHr = Math.max(maxHr ?? 0, max);
  }
  const firstPoint = points.reduce((m, p) => Math.min(m, p.time), Infinity);
  const lastPoint = points.reduce((m, p) => Math.max(m, p.time), -Infinity);
  if (start !== undefined) totals.startMs = Math.min(start, firstPoint);
  if (allDistance) totals.distanceMeters = distance;
  if (allTimer) totals.timerSeconds = timer;
  const span = totals.startMs !== undefined && Number.isFinite(lastPoint) ? (lastPoint - totals.startMs) / 1000 : 0;
  if (allTimer || span > 0) totals.elapsedSeconds = Math.max(span, allTimer ? timer : 0);
  if (hrWeight > 0) totals.avgHeartRate = hrSum / hrWeight;
  if (maxHr !== undefined) totals.maxHeartRate = maxHr;
  return totals;
}
