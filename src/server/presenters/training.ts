/**
 * The training overview and the runner's preferences as the API shows them.
 * @module
 */
import type { Actor } from '../../core/actor.ts';
import type { TrainingFlag } from '../../core/training/types.ts';
import type { Preferences, TimelineWeek, TrainingOverview } from '../../services/activities.ts';

/** `GET /api/v1/training`: weekly totals with pain and spikes, this week's flags, in the runner's units. */
export interface TrainingOverviewJson {
  readonly units: Actor['units'];
  readonly today: string;
  readonly weeks: readonly TimelineWeek[];
  readonly flags: readonly TrainingFlag[];
  readonly spikes: readonly TrainingFlag[];
  readonly activityCount: number;
  readonly timeZone: string;
}

/**
 * Weeks and flags are already views the core computed (totals and cited explanations), so they pass as they are.
 * @example c.json(presentTrainingOverview(actor.units, overview))
 */
export function presentTrainingOverview(units: Actor['units'], o: TrainingOverview): TrainingOverviewJson {
  return { units, today: o.today, weeks: o.weeks, flags: o.flags, spikes: o.spikes, activityCount: o.activityCount, timeZone: o.timeZone };
}

/** @example c.json({ preferences: presentPreferences(p) }) */
export function presentPreferences(p: Preferences): Preferences {
  return { units: p.units, timeZone: p.timeZone };
}
