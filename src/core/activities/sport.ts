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
 * Maps a sport name (and optional sub-sport) from any source onto Footing's vocabulary.
 * @example normaliseSport('running', 'trail') // 'trail_running'
 */
export function normaliseSport(sport: string | null | undefined, subSport?: string | null): Sport {
  const main = ALIASES[(sport ?? '').trim().toLowerCase()] ?? 'other';
  const sub = ALIASES[(subSport ?? '').trim().toLowerCase()];
  if (main === 'running' && (sub === 'trail_running' || sub === 'treadmill_running')) return sub;
  if (main === 'cycling' || main === 'swimming') return main;
  if (main === 'other' && sub !== undefined) return sub;
  return main;
}

/**
 * True when a file's sport name is one Footing recognises (or is plainly "other"), so storing it as `other` is a
 * faithful reading rather than a gap in the alias list worth telling the user about.
 * @example isKnownSportName('Running') // true
 */
export function isKnownSportName(name: string): boolean {
  return ALIASES[name.trim().toLowerCase()] !== undefined;
}

/** Sports that load the foot like running does (for spike rules, cadence and shoes). */
export function isRunningSport(sport: Sport): boolean {
  return sport === 'running' || sport === 'trail_running' || sport === 'treadmill_running';
}

/** Sports done on foot, where cadence means steps per minute. */
export function isOnFootSport(sport: Sport): boolean {
  return isRunningSport(sport) || sport === 'walking' || sport === 'hiking';
}
