/** Inputs and outputs of the training metrics (pure; times are ISO strings, days are local `YYYY-MM-DD`). */
import type { Sport } from '../activities/types.ts';

/** The facts about one activity the metrics need. */
export interface TrainingActivity {
  startTime: string;
  sport: Sport;
  distanceMeters: number;
  movingSeconds: number;
  /** Session RPE on the CR-10 scale, when the runner gave one. */
  rpe: number | null;
  avgCadenceSpm: number | null;
  /** Local start date (YYYY-MM-DD) in the runner's time; when absent, the UTC date shifted by the options' offset. */
  localDate?: string;
}

/** A literature source a warning rests on. */
export interface Citation {
  /** Source id as used in kb/sources (e.g. `frandsen-2025`). */
  id: string;
  text: string;
}

/** How much a flag should catch the eye. `info` is context only; nothing here is a diagnosis. */
export type FlagLevel = 'info' | 'caution' | 'warning';

/** A flag that explains itself in plain words and says where the rule comes from. */
export interface TrainingFlag {
  rule: 'single-run-spike' | 'two-week-change' | 'ten-percent-rule' | 'acwr' | 'monotony';
  level: FlagLevel;
  /** The day (or week start) the flag is about. */
  date: string;
  title: string;
  explanation: string;
  source: Citation;
}
