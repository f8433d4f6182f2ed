/** Row types for the training log (activities, shoes, pain diary). Timestamps are ISO strings; dates YYYY-MM-DD. */

export interface ShoesTable {
  id: string;
  user_id: string;
  name: string;
  brand: string | null;
  /** Distance the shoe had already done before Footing knew it (used shoes). */
  start_distance_m: number;
  /** Distance at which Footing suggests inspecting the shoe (a prompt, not a rule). */
  alert_distance_m: number;
  /** The sport this shoe is the default for, if any. */
  default_for: string | null;
  /** 0/1 on SQLite, boolean on PostgreSQL: read with `fromBool`. */
  retired: boolean | number;
  created_at: string;
  updated_at: string;
}

export interface ActivitiesTable {
  id: string;
  user_id: string;
  start_time: string;
  sport: string;
  format: 'fit' | 'gpx' | 'tcx' | 'manual';
  /** File or export entry it came from, or `manual`. */
  source: string;
  name: string | null;
  distance_m: number;
  elapsed_s: number;
  moving_s: number;
  points: number;
  avg_hr: number | null;
  max_hr: number | null;
  avg_cadence_spm: number | null;
  elevation_gain_m: number | null;
  rpe: number | null;
  shoe_id: string | null;
  notes: string | null;
  external_id: string | null;
  /** The import job that stored it (null for manual entries). */
  job_id: string | null;
  /** Minutes ahead of UTC the file recorded at the start (null when the file does not say; 0004). */
  utc_offset_min: number | null;
  /** Local start date, YYYY-MM-DD: from the file's offset, else the runner's time zone (0004). */
  local_date: string | null;
  created_at: string;
  updated_at: string;
}

export interface PainEntriesTable {
  id: string;
  user_id: string;
  date: string;
  pain_during: number | null;
  pain_after: number | null;
  pain_next_morning: number | null;
  stiffness: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingTables {
  shoes: ShoesTable;
  activities: ActivitiesTable;
  pain_entries: PainEntriesTable;
}
