/**
 * Lays a pose out in image space: projects the skeleton for the chosen view, rests the figure on the
 * floor (or on its step, box, pad or chair), and places the props around it.
 * @module
 */
import type { Pose, PoseProp } from '../kb/schema.ts';
import { body, buildSkeleton, type LegJoints, type Skeleton } from './skeleton.ts';
import type { Point, Vec3 } from './vector.ts';

/** Heights of supports, in SVG units (figure ≈ 180 tall). */
export const supports = { step: 22, box: 30, pad: 9, seat: 44 } as const;

/** How a stroke is drawn: `accent` for the working part, `far` for the limb further from the viewer. */
export type StrokeRole = 'body' | 'far' | 'accent' | 'far-accent';

/** A polyline of the figure. */
export interface Stroke {
  readonly points: readonly Point[];
  readonly role: StrokeRole;
  /** Larger is nearer the viewer; strokes are painted far to near. */
  readonly depth: number;
}

/** A prop outline (stroke only). */
export type Shape =
  | { readonly kind: 'polyline'; readonly points: readonly Point[]; readonly dashed?: boolean }
  | { readonly kind: 'circle'; readonly c: Point; readonly r: number }
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly rx?: number };

/** Named image points of a laid-out figure (used for the movement arrow). */
export type KeyPoints = Readonly<Record<string, Point>>;

/** A pose laid out in image space; the floor is the line y = 0. */
export interface Figure {
  readonly strokes: readonly Stroke[];
  readonly head: { readonly c: Point; readonly r: number; readonly role: StrokeRole };
  readonly props: readonly Shape[];
  readonly keys: KeyPoints;
}

type Projector = (v: Vec3) => Point;

function projector(pose: Pose, dx: number, dy: number): Projector {
  // A raised camera tips points nearer the viewer downward in the image.
  const c = Math.cos((pose.elevation * Math.PI) / 180);
  const s = Math.sin((pose.elevation * Math.PI) / 180);
  return pose.view === 'side'
    ? (v) => ({ x: v[0] + dx, y: -(v[1] * c - v[2] * s) + dy })
    : (v) => ({ x: -v[2] + dx, y: -(v[1] * c - v[0] * s) + dy });
}

function depthOf(pose: Pose, v: Vec3): number {
  return pose.view === 'side' ? v[2] : v[0];
}

function legPoints(l: LegJoints): Vec3[] {
  return [l.hip, l.knee, l.ankle, l.heel, l.ball, l.toe];
}

function lowest(points: readonly Point[]): number {
  return Math.max(...points.map((p) => p.y));
}

function has(pose: Pose, kind: PoseProp['kind']): boolean {
  return pose.props.some((p) => p.kind === kind);
}

/** Vertical offset that rests the figure on its support (floor at y = 0). */
function restingOffset(pose: Pose, s: Skeleton): number {
  const raw = projector(pose, 0, 0);
  const foot = (l: LegJoints) => [l.heel, l.ball, l.toe].map(raw);
  const all = [
    ...legPoints(s.leg), ...legPoints(s.otherLeg), s.pelvis, s.neck,
    s.arm.elbow, s.arm.hand, s.otherArm.elbow, s.otherArm.hand,
  ].map(raw);
  const headC = raw(s.head);
  all.push({ x: headC.x, y: headC.y + body.headRadius });
  // The kneecap sits a few units in front of the knee joint line, so a kneeling knee rests on it.
  for (const k of [s.leg.knee, s.otherLeg.knee]) all.push({ x: raw(k).x, y: raw(k).y + 4 });
  if (has(pose, 'step')) return -supports.step - raw(s.leg.ball).y;
  if (has(pose, 'foam-pad')) return -supports.pad - lowest(foot(s.leg));
  if (has(pose, 'box')) {
    const working = lowest(foot(s.leg));
    const other = lowest(foot(s.otherLeg));
    return other > working + 2 ? -other : -supports.box - working;
  }
  if (pose.position === 'sitting') return -supports.seat - 5 - raw(s.pelvis).y;
  return -lowest(all);
}

function segmentStrokes(pts: readonly Point[], role: StrokeRole, depth: number): Stroke {
  return { points: pts, role, depth };
}

/**
 * Lays out a pose: figure strokes, head, props and key points, all in image space.
 * @example
 * const fig = layoutPose(pose); // fig.keys.ball is the working forefoot
 */
export function layoutPose(pose: Pose): Figure {
  const s = buildSkeleton(pose);
  const dy = restingOffset(pose, s) - pose.airborne;
  const P = projector(pose, pose.shift, dy);
  const legAccent = pose.working === 'leg' || pose.working === 'both-legs';
  const otherAccent = pose.working === 'both-legs';
  const trunkAccent = pose.working === 'trunk';
  const armAccent = pose.working === 'arms';
  const sideRole = (near: boolean, accent: boolean): StrokeRole =>
    accent ? (near ? 'accent' : 'far-accent') : near ? 'body' : 'far';
  const legNear = depthOf(pose, s.leg.hip) >= depthOf(pose, s.otherLeg.hip);
  const armNear = depthOf(pose, s.arm.shoulder) >= depthOf(pose, s.otherArm.shoulder);
  const legStroke = (l: LegJoints, near: boolean, accent: boolean): Stroke =>
    segmentStrokes([l.hip, l.knee, l.ankle, l.heel, l.ball, l.toe, l.ball, l.ankle].map(P), sideRole(near, accent), depthOf(pose, l.knee));
  const strokes: Stroke[] = [
    legStroke(s.leg, legNear, legAccent),
    legStroke(s.otherLeg, !legNear, otherAccent),
    segmentStrokes([s.otherLeg.hip, s.pelvis, s.leg.hip].map(P), trunkAccent ? 'accent' : 'body', 0),
    segmentStrokes([s.pelvis, s.neck].map(P), trunkAccent ? 'accent' : 'body', 0),
    segmentStrokes([s.otherArm.shoulder, s.neck, s.arm.shoulder].map(P), trunkAccent ? 'accent' : 'body', 0),
    segmentStrokes([s.arm.shoulder, s.arm.elbow, s.arm.hand].map(P), sideRole(armNear, armAccent), depthOf(pose, s.arm.elbow) + 0.5),
    segmentStrokes(
      [s.otherArm.shoulder, s.otherArm.elbow, s.otherArm.hand].map(P),
      sideRole(!armNear, armAccent),
      depthOf(pose, s.otherArm.elbow) + 0.5,
    ),
  ];
  const keys: Record<string, Point> = {
    head: P(s.head), neck: P(s.neck), pelvis: P(s.pelvis),
    knee: P(s.leg.knee), ankle: P(s.leg.ankle), heel: P(s.leg.heel), ball: P(s.leg.ball), toe: P(s.leg.toe),
    otherKnee: P(s.otherLeg.knee), otherAnkle: P(s.otherLeg.ankle), otherHeel: P(s.otherLeg.heel),
    otherToe: P(s.otherLeg.toe), hand: P(s.arm.hand), otherHand: P(s.otherArm.hand), elbow: P(s.arm.elbow),
    otherHip: P(s.otherLeg.hip), hip: P(s.leg.hip), otherBall: P(s.otherLeg.ball),
  };
  const fig = { strokes, keys, s, P, pose };
  return {
    strokes: [...strokes].sort((a, b) => a.depth - b.depth),
    head: { c: P(s.head), r: body.headRadius, role: trunkAccent ? 'accent' : 'body' },
    props: pose.props.flatMap((prop) => propShapes(prop, fig)),
    keys,
  };
}

interface Placed {
  readonly strokes: readonly Stroke[];
  readonly keys: Record<string, Point>;
  readonly s: Skeleton;
  readonly P: Projector;
  readonly pose: Pose;
}

function pt(k: Record<string, Point>, name: string): Point {
  const p = k[name];
  if (p === undefined) throw new Error(`unknown key point ${name}`);
  return p;
}

function extent(f: Placed): { minX: number; maxX: number } {
  const xs = f.strokes.flatMap((st) => st.points.map((p) => p.x));
  const h = pt(f.keys, 'head');
  xs.push(h.x - body.headRadius, h.x + body.headRadius);
  return { minX: Math.min(...xs), maxX: Math.max(...xs) };
}

function box(x: number, y: number, w: number, h: number, rx?: number): Shape {
  return rx === undefined ? { kind: 'rect', x, y, w, h } : { kind: 'rect', x, y, w, h, rx };
}

function line(points: Point[], dashed = false): Shape {
  return dashed ? { kind: 'polyline', points, dashed } : { kind: 'polyline', points };
}

/** Lowest point of the working foot and its horizontal span. */
function footSpan(f: Placed): { x0: number; x1: number; bottom: number } {
  const pts = ['heel', 'ball', 'toe', 'ankle'].map((n) => pt(f.keys, n));
  const xs = pts.map((p) => p.x);
  return { x0: Math.min(...xs), x1: Math.max(...xs), bottom: lowest(pts) };
}

function chairShapes(f: Placed): Shape[] {
  const side = f.pose.view === 'side';
  if (f.pose.position === 'sitting') {
    const pelvis = pt(f.keys, 'pelvis');
    const y = -supports.seat;
    const back = side ? pelvis.x - 16 : pelvis.x - 24;
    const front = side ? pelvis.x + 26 : pelvis.x + 24;
    const shapes: Shape[] = [line([{ x: back, y }, { x: front, y }]), line([{ x: back + 3, y }, { x: back + 3, y: 0 }]), line([{ x: front - 3, y }, { x: front - 3, y: 0 }])];
    if (side) shapes.push(line([{ x: back, y: 0 }, { x: back, y: y - 52 }]));
    return shapes;
  }
  // Standing: a chair back to hold, its top at the hand.
  const hand = pt(f.keys, 'hand');
  const top = hand.y + 2;
  const x = hand.x + 2;
  return [
    line([{ x, y: top }, { x, y: 0 }]),
    line([{ x, y: -supports.seat }, { x: x + 40, y: -supports.seat }, { x: x + 40, y: 0 }]),
  ];
}

function bandTarget(f: Placed, from: Point, to: string): Point {
  const side = f.pose.view === 'side';
  // In front view the working (right) side is on the image's left.
  const outward = side ? 1 : -1;
  switch (to) {
    case 'hands':
      return pt(f.keys, 'hand');
    case 'front':
      return { x: from.x + 60, y: from.y };
    case 'behind':
      return { x: from.x - 60, y: from.y };
    case 'outside':
      return { x: from.x + 55 * outward, y: from.y };
    default:
      return { x: from.x - 55 * outward, y: from.y };
  }
}

function propShapes(prop: PoseProp, f: Placed): Shape[] {
  const side = f.pose.view === 'side';
  switch (prop.kind) {
    case 'step': {
      const ball = pt(f.keys, 'ball');
      const x = side ? ball.x - 3 : ball.x - 22;
      return [box(x, -supports.step, side ? 58 : 44, supports.step)];
    }
    case 'box': {
      const foot = footSpan(f);
      return [box(foot.x0 - 8, foot.bottom, Math.max(44, foot.x1 - foot.x0 + 16), -foot.bottom)];
    }
    case 'foam-pad': {
      const foot = footSpan(f);
      return [box(foot.x0 - 10, -supports.pad, foot.x1 - foot.x0 + 20, supports.pad, 3)];
    }
    case 'mat': {
      const { minX, maxX } = extent(f);
      return [box(minX - 10, 0, maxX - minX + 20, 3, 1.5)];
    }
    case 'wall': {
      const { minX, maxX } = extent(f);
      const x = prop.side === 'front' ? maxX + 1 : minX - 1;
      return [line([{ x, y: 0 }, { x, y: -175 }])];
    }
    case 'chair':
      return chairShapes(f);
    case 'bench': {
      const pelvis = pt(f.keys, 'pelvis');
      const neck = pt(f.keys, 'neck');
      const y = Math.max(pelvis.y, neck.y) + 8;
      const x0 = Math.min(pelvis.x, neck.x) - 10;
      const x1 = Math.max(pelvis.x, neck.x) + 10;
      if (f.pose.position === 'sitting') {
        const seat = -supports.seat;
        const shapes: Shape[] = [line([{ x: pelvis.x - 20, y: seat }, { x: pelvis.x + 24, y: seat }]), line([{ x: pelvis.x, y: seat }, { x: pelvis.x, y: 0 }])];
        // A reclined trunk (leg press) leans on a backrest drawn just behind it.
        if (f.pose.lean < -20) shapes.push(line([{ x: pelvis.x - 20, y: seat }, { x: neck.x - 8, y: neck.y + 6 }]));
        return shapes;
      }
      return [line([{ x: x0, y }, { x: x1, y }]), line([{ x: x0 + 6, y }, { x: x0 + 6, y: 0 }]), line([{ x: x1 - 6, y }, { x: x1 - 6, y: 0 }])];
    }
    case 'footplate': {
      const ball = pt(f.keys, 'ball');
      const d = f.P(f.s.leg.shinDir);
      const o = f.P([0, 0, 0]);
      const dx = d.x - o.x;
      const dyv = d.y - o.y;
      const n = Math.hypot(dx, dyv) || 1;
      // The plate lies across the shin line, through the forefoot.
      const px = (-dyv / n) * 24;
      const py = (dx / n) * 24;
      const push = { x: ball.x + (dx / n) * 3, y: ball.y + (dyv / n) * 3 };
      return [line([{ x: push.x - px, y: push.y - py }, { x: push.x + px, y: push.y + py }])];
    }
    case 'band': {
      if (prop.from !== 'foot' && prop.to === 'loop') {
        const a = pt(f.keys, prop.from === 'knees' ? 'knee' : 'ankle');
        const b = pt(f.keys, prop.from === 'knees' ? 'otherKnee' : 'otherAnkle');
        return [line([a, b], true)];
      }
      const from = prop.from === 'foot' ? pt(f.keys, 'ball') : pt(f.keys, prop.from === 'knees' ? 'knee' : 'ankle');
      const to = bandTarget(f, from, prop.to);
      const shapes: Shape[] = [line([from, to], true)];
      if (prop.to !== 'hands') shapes.push({ kind: 'circle', c: to, r: 3 }, line([{ x: to.x, y: to.y }, { x: to.x, y: 0 }]));
      return shapes;
    }
    case 'towel': {
      const ball = pt(f.keys, 'ball');
      const toe = pt(f.keys, 'toe');
      const heel = pt(f.keys, 'heel');
      if (prop.at === 'under-toes') return [{ kind: 'circle', c: { x: toe.x - 1, y: toe.y + 4.5 }, r: 4 }];
      if (prop.at === 'under-foot') {
        const y = Math.min(0, lowest([heel, ball, toe]) + 3);
        return [line([{ x: heel.x - 8, y }, { x: toe.x + 4, y }, { x: toe.x + 12, y: y - 3 }, { x: toe.x + 18, y }])];
      }
      return [line([ball, pt(f.keys, 'hand')]), line([toe, pt(f.keys, 'hand')])];
    }
    case 'ball': {
      if (prop.at === 'between-ankles') {
        const a = pt(f.keys, 'ankle');
        const b = pt(f.keys, 'otherAnkle');
        return [{ kind: 'circle', c: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 2 }, r: 6 }];
      }
      const heel = pt(f.keys, 'heel');
      const ball = pt(f.keys, 'ball');
      return [{ kind: 'circle', c: { x: (heel.x + ball.x) / 2, y: -5 }, r: 5 }];
    }
    case 'weight':
      return weightShapes(prop.at, f);
    case 'marbles': {
      const toe = pt(f.keys, 'toe');
      const balls: Shape[] = [10, 17, 24].map((dx) => ({ kind: 'circle', c: { x: toe.x + dx, y: -2.5 }, r: 2.5 }));
      return [...balls, line([{ x: toe.x + 32, y: -12 }, { x: toe.x + 34, y: 0 }, { x: toe.x + 48, y: 0 }, { x: toe.x + 50, y: -12 }])];
    }
  }
}

function weightShapes(at: 'hands' | 'shoulders' | 'knee' | 'back', f: Placed): Shape[] {
  if (at === 'hands') {
    const h = pt(f.keys, 'hand');
    return [line([{ x: h.x - 7, y: h.y + 2 }, { x: h.x + 7, y: h.y + 2 }]), box(h.x - 11, h.y - 3, 5, 10, 1), box(h.x + 6, h.y - 3, 5, 10, 1)];
  }
  if (at === 'shoulders') {
    const n = pt(f.keys, 'neck');
    return [{ kind: 'circle', c: { x: n.x - 2, y: n.y + 4 }, r: 13 }];
  }
  if (at === 'knee') {
    const k = pt(f.keys, 'knee');
    return [box(k.x - 14, k.y - 12, 18, 9, 2)];
  }
  const n = pt(f.keys, 'neck');
  const p = pt(f.keys, 'pelvis');
  const mx = (n.x * 2 + p.x) / 3;
  const my = (n.y * 2 + p.y) / 3;
  const side = f.pose.view === 'side';
  // A backpack sits behind the upper trunk; in front view it shows as a strap outline.
  const back = side ? f.P(f.s.forward) : { x: 0, y: 0 };
  const o = f.P([0, 0, 0]);
  const bx = side ? -(back.x - o.x) * 10 : 0;
  const by = side ? -(back.y - o.y) * 10 : 0;
  return [box(mx + bx - 7, my + by - 10, 14, 20, 4)];
}
