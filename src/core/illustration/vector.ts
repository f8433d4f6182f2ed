/**
 * Tiny 3-D vector helpers for the illustration skeleton. Every joint rotation is expressed as
 * "turn vector a toward vector b by θ" in the plane the two (orthonormal) vectors span, which keeps
 * anatomical sign conventions readable and free of axis-handedness mistakes.
 * @module
 */

/** A point or direction in body space: x forward, y up, z toward the body's right (working) side. */
export type Vec3 = readonly [number, number, number];

/** A point in image space (SVG user units, y grows downward). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

const RAD = Math.PI / 180;

/** Sum of two vectors. */
export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

/** Vector scaled by `k`. */
export function scale(a: Vec3, k: number): Vec3 {
  return [a[0] * k, a[1] * k, a[2] * k];
}

/** Point `p` moved `k` units along direction `d`. */
export function along(p: Vec3, d: Vec3, k: number): Vec3 {
  return add(p, scale(d, k));
}

/**
 * Turns the orthonormal pair (a, b) by `deg` degrees so that `a` moves toward `b`.
 * @example
 * const [a] = turnToward([0, -1, 0], [1, 0, 0], 90); // a is now [1, 0, 0]
 */
export function turnToward(a: Vec3, b: Vec3, deg: number): [Vec3, Vec3] {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [add(scale(a, c), scale(b, s)), add(scale(b, c), scale(a, -s))];
}

/** Distance between two image points. */
export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
