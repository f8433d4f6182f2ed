/**
 * Pose fixtures shared by the illustration tests.
 * @module
 */
import { poseSchema, type Pose } from '../kb/schema.ts';

/** Parses a partial pose through the schema so defaults are filled exactly as at KB load. */
export function pose(input: Record<string, unknown>): Pose {
  return poseSchema.parse({
    position: 'standing',
    leg: { hip: 0, knee: 0, ankle: 0 },
    otherLeg: { hip: 0, knee: 0, ankle: 0 },
    arms: { shoulder: 0, elbow: 10 },
    ...input,
  });
}
