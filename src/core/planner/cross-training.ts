/**
 * Cross-training in place of a run when running is paused: same time, same effort (seed-001, seed-004;
 * matching time and effort is the team's judgement). Filtered by what the runner has access to.
 * @module
 */
import type { CrossTrainingMode, Protocol } from '../kb/protocol-schema.ts';
import { canCrossTrain } from './equipment.ts';
import type { CrossTrainingSession, EquipmentKind } from './types.ts';

const notes: Readonly<Record<CrossTrainingMode, string>> = {
  'pool-running': 'Run in deep water with a float belt, feet off the bottom, at the effort of an easy run.',
  cycling: 'Easy to steady riding, at the effort of an easy run; keep the saddle high enough that the knee is nearly straight.',
  swimming: 'Continuous easy swimming at the effort of an easy run; use a pull buoy if kicking hurts.',
  elliptical: 'Smooth, steady effort; stop if it brings on the pain.',
  'anti-gravity-treadmill': 'Run at reduced body weight, only at a level with no pain.',
};

/**
 * The cross-training session standing in for a run of `minutes` at `effort`, or null when no allowed mode is
 * available to the runner. `rotate` picks a different mode on different days for variety.
 * @example crossTrainingFor(protocol, 40, 4, undefined, 0)?.mode // 'cycling'
 */
export function crossTrainingFor(
  protocol: Protocol, minutes: number, effort: number, kit: ReadonlySet<EquipmentKind> | undefined, rotate: number,
): CrossTrainingSession | null {
  const modes = protocol.crossTraining.filter((m) => canCrossTrain(m, kit));
  if (modes.length === 0 || minutes <= 0) return null;
  const mode = modes[rotate % modes.length] ?? modes[0];
  if (mode === undefined) return null;
  return {
    mode,
    alternatives: modes.filter((m) => m !== mode),
    minutes: Math.round(minutes),
    effort,
    note: `${notes[mode]} Same time and effort as the run it replaces; it should not bring on your pain.`,
  };
}
