import type { Sport } from './types.ts';

/** Names seen in FIT (`sport`/`sub_sport`), GPX `<type>`, TCX `Sport` and Strava "Activity Type", lower-cased. */
const ALIASES: Record<string, Sport> = {
  running: 'running', run: 'running', street_running: 'running', road: 'running', track: 'running',
  virtual_activity: 'treadmill_running', virtualrun: 'treadmill_running', 'virtual run': 'treadmill_running',
  treadmill: 'treadmill_running', indoor_running: 'treadmill_running', treadmill_running: 'treadmill_running',
  trail: 'trail_running', trail_running: 'trail_running', trailrun: 'trail_running', 'trail run': 'trail_running',
  walking: 'walking', walk: 'walking', hiking: 'hiking', hike: 'hiking',
  cycling: 'cycling', biking: 'cycling', ride: 'cycling', bike: 'cycling', 'virtual ride': 'cycling',
  virtualride: 'cycling', ebikeride: 'cycling', 'e-bike ride': 'cycling', mountain_biking: 'cycling',
  swimming: 'swimming', swim: 'swimming', lap_swimming: 'swimming', open_water: 'swimming',
  training: 'strength', strength_training: 'strength', weighttraining: 'strength', 'weight training': 'strength',
  crossfit: 'cross_training', workout: 'cross_training', elliptical: 'cross_training', rowing: 'cross_training',
  yoga: 'cross_training', 'stair-stepper': 'cross_training', stairstepper: 'cross_training',
  fitness_equipment: 'cross_training', cross_training: 'cross_training', other: 'other',
  // FIT sub-sports and Garmin Connect type keys that name a sport on their own
  indoor_walking: 'walking', indoor_cycling: 'cycling', e_biking: 'cycling', cardio_training: 'cross_training',
  indoor_cardio: 'cross_training', flexibility_training: 'cross_training', pilates: 'cross_training', hiit: 'cross_training',
  indoor_rowing: 'cross_training', stair_climbing: 'cross_training',
  // German Strava exports
  lauf: 'running', laufen: 'running', traillauf: 'trail_running', spaziergang: 'walking', wanderung: 'hiking',
  radfahrt: 'cycling', schwimmen: 'swimming',
  // Chinese-language phone health apps write their own names, even into TCX's Sport attribute
  // (seen: Sport="户外跑步", outdoor run, in test/fixtures/devices/health-app-outdoor-run.tcx)
  跑步: 'running', 户外跑步: 'running', 室内跑步: 'treadmill_running', 跑步机: 'treadmill_running', 越野跑: 'trail_running',
  步行: 'walking', 户外步行: 'walking', 健走: 'walking', 徒步: 'hiking', 登山: 'hiking',
  骑行: 'cycling', 户外骑行: 'cycling', 室内骑行: 'cycling', 游泳: 'swimming',
};

/**
 * Umbrella names whose sub-sport says what was done: the FIT profile files treadmill, indoor walking and indoor
 * cycling under both their own sport and `fitness_equipment` (sub_sport comments "Run/Fitness Equipment",
 * "Cycling/Fitness Equipment"), and Garmin's `training` covers strength, cardio, yoga and pilates alike.
 */
const UMBRELLAS = new Set(['', 'other', 'generic', 'fitness_equipment', 'training']);

/**
 * Maps a sport name (and optional sub-sport) from any source onto Footing's vocabulary. Names not in the alias list
 * are read by their words ("track_running", "TrailRun", "road_biking", "open_water_swimming"), as Garmin Connect and
 * Strava write compound type names.
 * @example normaliseSport('running', 'trail') // 'trail_running'
 */
export function normaliseSport(sport: string | null | undefined, subSport?: string | null): Sport {
  const name = (sport ?? '').trim().toLowerCase();
  const main = lookup(sport ?? '') ?? 'other';
  const sub = lookup(subSport ?? '');
  if (main === 'running' && (sub === 'trail_running' || sub === 'treadmill_running')) return sub;
  if (main === 'cycling' || main === 'swimming') return main;
  if (UMBRELLAS.has(name) && sub !== undefined && sub !== 'other') return sub;
  return main;
}

/**
 * True when a file's sport name is one Footing recognises (or is plainly "other"), so storing it as `other` is a
 * faithful reading rather than a gap in the alias list worth telling the user about.
 * @example isKnownSportName('Running') // true
 */
export function isKnownSportName(name: string): boolean {
  return lookup(name) !== undefined;
}

/**
 * True for a name that says no more than "some sport": FIT's `generic` (sport 0), written by apps and custom
 * activity profiles that do not pick one. The sport is then judged like a file that names none.
 * @example isUnspecifiedSport('generic') // true
 */
export function isUnspecifiedSport(name: string | null | undefined): boolean {
  const n = (name ?? '').trim().toLowerCase();
  return n === '' || n === 'generic';
}

function lookup(raw: string): Sport | undefined {
  const name = raw.trim();
  if (name === '') return undefined;
  return ALIASES[name.toLowerCase()] ?? byWords(name);
}

/** Words that make a compound name something other than the sport its other words suggest. */
const NOT_THE_SPORT = new Set(['wheelchair', 'transition', 'handcycle', 'hand', 'swimrun', 'duathlon', 'triathlon', 'multisport']);

/**
 * A compound name read word by word (snake_case, kebab, spaces or CamelCase): one family of words decides, several
 * or none give undefined.
 */
function byWords(name: string): Sport | undefined {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  if (words.length < 2 || words.some((w) => NOT_THE_SPORT.has(w))) return undefined;
  const has = (...list: string[]): boolean => words.some((w) => list.includes(w));
  const families: Sport[] = [];
  if (has('run', 'running', 'jog', 'jogging')) {
    families.push(has('trail') ? 'trail_running' : has('treadmill', 'indoor', 'virtual') ? 'treadmill_running' : 'running');
  }
  if (has('walk', 'walking')) families.push('walking');
  if (has('hike', 'hiking')) families.push('hiking');
  if (has('bike', 'biking', 'cycling', 'ride', 'riding')) families.push('cycling');
  if (has('swim', 'swimming')) families.push('swimming');
  return families.length === 1 ? families[0] : undefined;
}

/** Sports that load the foot like running does (for spike rules, cadence and shoes). */
export function isRunningSport(sport: Sport): boolean {
  return sport === 'running' || sport === 'trail_running' || sport === 'treadmill_running';
}

/** Sports done on foot, where cadence means steps per minute. */
export function isOnFootSport(sport: Sport): boolean {
  return isRunningSport(sport) || sport === 'walking' || sport === 'hiking';
}
