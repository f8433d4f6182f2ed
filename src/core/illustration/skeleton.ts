/**
 * Forward kinematics: turns a typed pose into 3-D joint positions of a simple line figure.
 * Segment lengths are in SVG units for a figure about 180 units tall.
 * @module
 */
import type { ArmPose, LegPose, Pose } from '../kb/schema.ts';
import { along, turnToward, type Vec3 } from './vector.ts';

/** Segment lengths (roughly adult proportions). */
export const body = {
  trunk: 54,
  neck: 7,
  headRadius: 11,
  hipHalfWidth: 9,
  shoulderHalfWidth: 17,
  thigh: 44,
  shank: 42,
  ankleHeight: 7,
  heelBack: 6,
  foot: 19,
  toe: 8,
  upperArm: 30,
  forearm: 28,
} as const;

/** The joints of one leg, proximal to distal. */
export interface LegJoints {
  readonly hip: Vec3;
  readonly knee: Vec3;
  readonly ankle: Vec3;
  readonly heel: Vec3;
  readonly ball: Vec3;
  readonly toe: Vec3;
  /** Direction of the shin (knee → ankle), used to orient a footplate. */
  readonly shinDir: Vec3;
}

/** The joints of one arm. */
export interface ArmJoints {
  readonly shoulder: Vec3;
  readonly elbow: Vec3;
  readonly hand: Vec3;
}

/** The whole figure in body space; `working`/`other` are the right/left sides. */
export interface Skeleton {
  readonly pelvis: Vec3;
  readonly neck: Vec3;
  readonly head: Vec3;
  /** Unit vectors of the trunk after lean and tilt. */
  readonly up: Vec3;
  readonly forward: Vec3;
  readonly right: Vec3;
  readonly leg: LegJoints;
  readonly otherLeg: LegJoints;
  readonly arm: ArmJoints;
  readonly otherArm: ArmJoints;
}

function legJoints(hip: Vec3, up: Vec3, forward: Vec3, outward: Vec3, p: LegPose): LegJoints {
  // Thigh frame: starts hanging down with its front facing forward.
  let dir: Vec3 = [-up[0], -up[1], -up[2]];
  let fwd: Vec3 = forward;
  let out: Vec3 = outward;
  [dir, fwd] = turnToward(dir, fwd, p.hip);
  [dir, out] = turnToward(dir, out, p.abduction);
  [fwd, out] = turnToward(fwd, out, p.rotation);
  const knee = along(hip, dir, body.thigh);
  // Knee flexion swings the shin backward, behind the thigh.
  const [shinDir, shinFwd] = turnToward(dir, [-fwd[0], -fwd[1], -fwd[2]], p.knee);
  const shinFront: Vec3 = [-shinFwd[0], -shinFwd[1], -shinFwd[2]];
  const ankle = along(knee, shinDir, body.shank);
  // Foot: at 0° it points along the front of the shin; dorsiflexion lifts it toward the shin.
  let [footFwd, sole] = turnToward(shinFront, [-shinDir[0], -shinDir[1], -shinDir[2]], p.ankle);
  sole = [-sole[0], -sole[1], -sole[2]];
  [footFwd] = turnToward(footFwd, [-out[0], -out[1], -out[2]], p.turn);
  const base = along(ankle, sole, body.ankleHeight);
  const heel = along(base, footFwd, -body.heelBack);
  const ball = along(base, footFwd, body.foot);
  const [toeDir] = turnToward(footFwd, [-sole[0], -sole[1], -sole[2]], p.toes);
  return { hip, knee, ankle, heel, ball, toe: along(ball, toeDir, body.toe), shinDir };
}

function armJoints(shoulder: Vec3, up: Vec3, forward: Vec3, outward: Vec3, p: ArmPose): ArmJoints {
  let dir: Vec3 = [-up[0], -up[1], -up[2]];
  let fwd: Vec3 = forward;
  [dir, fwd] = turnToward(dir, fwd, p.shoulder);
  [dir] = turnToward(dir, outward, p.abduction);
  const elbow = along(shoulder, dir, body.upperArm);
  // Elbow flexion brings the forearm toward the front of the upper arm.
  const [foreDir] = turnToward(dir, fwd, p.elbow);
  return { shoulder, elbow, hand: along(elbow, foreDir, body.forearm) };
}

/**
 * Computes joint positions for a pose, pelvis at the origin.
 * @example
 * const s = buildSkeleton(pose); // s.leg.ball is the working forefoot
 */
export function buildSkeleton(pose: Pose): Skeleton {
  let up: Vec3 = [0, 1, 0];
  let forward: Vec3 = [1, 0, 0];
  let right: Vec3 = [0, 0, 1];
  [up, forward] = turnToward(up, forward, pose.lean);
  // Positive tilt rolls the body toward its left side, so the working (right) side faces up.
  [up, right] = turnToward(up, [-right[0], -right[1], -right[2]], pose.tilt);
  right = [-right[0], -right[1], -right[2]];
  const left: Vec3 = [-right[0], -right[1], -right[2]];
  const pelvis: Vec3 = [0, 0, 0];
  const neck = along(pelvis, up, body.trunk);
  const head = along(neck, up, body.neck + body.headRadius);
  const shoulderMid = along(neck, up, -4);
  const otherArmPose = pose.otherArm ?? pose.arms;
  return {
    pelvis,
    neck,
    head,
    up,
    forward,
    right,
    leg: legJoints(along(pelvis, right, body.hipHalfWidth), up, forward, right, pose.leg),
    otherLeg: legJoints(along(pelvis, left, body.hipHalfWidth), up, forward, left, pose.otherLeg),
    arm: armJoints(along(shoulderMid, right, body.shoulderHalfWidth), up, forward, right, pose.arms),
    otherArm: armJoints(along(shoulderMid, left, body.shoulderHalfWidth), up, forward, left, otherArmPose),
  };
}
