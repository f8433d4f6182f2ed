/**
 * Renders exercise illustrations: a pure function from typed poses to accessible SVG line figures.
 * Start and end images share one frame so the figure does not jump between them, and both carry an
 * arrow from where the most-moving point starts to where it ends.
 * @module
 */
import type { Exercise, Pose } from '../kb/schema.ts';
import { layoutPose, type Figure, type Shape } from './layout.ts';
import { escapeXml, num, palette, pointList, roleColour, shapeElement } from './svg.ts';
import { distance, type Point } from './vector.ts';

/** A rectangle in SVG user units. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A movement arrow from one image point to another. */
export interface Arrow {
  readonly from: Point;
  readonly to: Point;
}

/** Options for one rendered image. */
export interface RenderOptions {
  /** Accessible name, e.g. "Calf raise: start position". */
  readonly title: string;
  /** Longer description (the exercise's alt text). */
  readonly description?: string;
  /** Prefix for element ids, unique on the page (the exercise id and "start"/"end"). */
  readonly idPrefix: string;
  readonly frame?: Frame;
  readonly arrow?: Arrow;
}

/** Movement smaller than this (units) is treated as a hold: no arrow. */
const MIN_MOVE = 6;
const WORKING_KEYS = ['knee', 'heel', 'toe', 'ankle', 'ball'];
/** Arrows are drawn at least this long. */
const MIN_ARROW = 18;
const PAD = 14;

function shapePoints(s: Shape): Point[] {
  if (s.kind === 'circle') return [{ x: s.c.x - s.r, y: s.c.y - s.r }, { x: s.c.x + s.r, y: s.c.y + s.r }];
  if (s.kind === 'rect') return [{ x: s.x, y: s.y }, { x: s.x + s.w, y: s.y + s.h }];
  return [...s.points];
}

function figurePoints(fig: Figure): Point[] {
  const { c, r } = fig.head;
  return [
    ...fig.strokes.flatMap((s) => s.points),
    { x: c.x - r, y: c.y - r },
    { x: c.x + r, y: c.y + r },
    ...fig.props.flatMap(shapePoints),
    { x: 0, y: 0 },
  ];
}

/** Smallest frame holding every given figure (and any arrow), padded, with the floor in view. */
export function frameFor(figures: readonly Figure[], arrow?: Arrow): Frame {
  const pts = figures.flatMap(figurePoints);
  if (arrow) pts.push(arrow.from, arrow.to);
  const minX = Math.min(...pts.map((p) => p.x)) - PAD;
  const maxX = Math.max(...pts.map((p) => p.x)) + PAD;
  const minY = Math.min(...pts.map((p) => p.y)) - PAD;
  const maxY = Math.max(...pts.map((p) => p.y), 0) + PAD / 2;
  // Keep a landscape-ish minimum so narrow standing figures are not squeezed.
  const w = Math.max(maxX - minX, 160);
  const h = Math.max(maxY - minY, 120);
  return { x: minX - (w - (maxX - minX)) / 2, y: minY - (h - (maxY - minY)), w, h };
}

/**
 * The arrow for a movement: the key point that travels furthest between the two figures, offset
 * slightly away from the body so it does not sit on the line. Undefined for holds.
 */
export function movementArrow(start: Figure, end: Figure): Arrow | undefined {
  let best: { name: string; d: number } | undefined;
  for (const [name, p] of Object.entries(start.keys)) {
    const q = end.keys[name];
    if (q === undefined) continue;
    const d = distance(p, q);
    if (best === undefined || d > best.d + 0.5) best = { name, d };
  }
  if (best === undefined || best.d < MIN_MOVE) return undefined;
  // Prefer the working leg's joints when they move nearly as far: that is the movement being taught.
  for (const name of WORKING_KEYS) {
    const p = start.keys[name];
    const q = end.keys[name];
    if (p !== undefined && q !== undefined && distance(p, q) >= best.d * 0.6 && (best.name.startsWith('other') || !WORKING_KEYS.includes(best.name))) {
      best = { name, d: distance(p, q) };
    }
  }
  const from = start.keys[best.name];
  const to = end.keys[best.name];
  if (from === undefined || to === undefined) return undefined;
  const centre = start.keys['pelvis'] ?? from;
  // Offset the arrow sideways from its path, on the side away from the body, so it never sits on the limb.
  let dx = to.x - from.x;
  let dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  let nx = -dy / len;
  let ny = dx / len;
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  if (nx * (mid.x - centre.x) + ny * (mid.y - centre.y) < 0) {
    nx = -nx;
    ny = -ny;
  }
  // Short movements still get a readable arrow.
  const grow = len < MIN_ARROW ? (MIN_ARROW - len) / 2 / len : 0;
  dx *= grow;
  dy *= grow;
  return {
    from: { x: from.x - dx + nx * 9, y: from.y - dy + ny * 9 },
    to: { x: to.x + dx + nx * 9, y: to.y + dy + ny * 9 },
  };
}

function arrowElement(a: Arrow): string {
  const dx = a.to.x - a.from.x;
  const dy = a.to.y - a.from.y;
  const len = Math.hypot(dx, dy);
  // Shorten the shaft a little so the head does not touch the limb; bow it gently outward.
  const ux = dx / len;
  const uy = dy / len;
  const tip = { x: a.to.x - ux * 2, y: a.to.y - uy * 2 };
  const ctrl = { x: (a.from.x + tip.x) / 2 - uy * len * 0.2, y: (a.from.y + tip.y) / 2 + ux * len * 0.2 };
  // Head direction follows the curve's end tangent.
  const tx = tip.x - ctrl.x;
  const ty = tip.y - ctrl.y;
  const tl = Math.hypot(tx, ty) || 1;
  const hx = tx / tl;
  const hy = ty / tl;
  const size = 7;
  const left = { x: tip.x - hx * size - hy * size * 0.6, y: tip.y - hy * size + hx * size * 0.6 };
  const right = { x: tip.x - hx * size + hy * size * 0.6, y: tip.y - hy * size - hx * size * 0.6 };
  const stroke = `fill="none" stroke="${palette.accent}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"`;
  return (
    `<g class="movement-arrow">` +
    `<path d="M${num(a.from.x)},${num(a.from.y)} Q${num(ctrl.x)},${num(ctrl.y)} ${num(tip.x)},${num(tip.y)}" ${stroke} stroke-dasharray="4 3"/>` +
    `<polyline points="${pointList([left, tip, right])}" ${stroke}/></g>`
  );
}

/**
 * Renders one laid-out figure as a standalone, accessible SVG string.
 * @example
 * const svg = renderFigure(layoutPose(pose), { title: 'Calf raise: start', idPrefix: 'calf-start' });
 */
export function renderFigure(fig: Figure, options: RenderOptions): string {
  const frame = options.frame ?? frameFor([fig], options.arrow);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const labelled = options.description === undefined ? titleId : `${titleId} ${descId}`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(frame.x)} ${num(frame.y)} ${num(frame.w)} ${num(frame.h)}" role="img" aria-labelledby="${labelled}">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
  ];
  if (options.description !== undefined) parts.push(`<desc id="${descId}">${escapeXml(options.description)}</desc>`);
  parts.push(
    `<line x1="${num(frame.x)}" y1="1.5" x2="${num(frame.x + frame.w)}" y2="1.5" stroke="${palette.floor}" stroke-width="2"/>`,
    `<g class="props">${fig.props.map(shapeElement).join('')}</g>`,
    `<g class="figure" fill="none" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">`,
  );
  const headDepth = 0;
  let headDrawn = false;
  const head = `<circle cx="${num(fig.head.c.x)}" cy="${num(fig.head.c.y)}" r="${num(fig.head.r)}" stroke="${roleColour(fig.head.role)}"/>`;
  for (const s of fig.strokes) {
    if (!headDrawn && s.depth > headDepth) {
      parts.push(head);
      headDrawn = true;
    }
    parts.push(`<polyline points="${pointList(s.points)}" stroke="${roleColour(s.role)}"/>`);
  }
  if (!headDrawn) parts.push(head);
  parts.push('</g>');
  if (options.arrow) parts.push(arrowElement(options.arrow));
  parts.push('</svg>');
  return parts.join('');
}

/** Start and end SVGs of one exercise. */
export interface ExerciseIllustration {
  readonly start: string;
  readonly end: string;
}

/**
 * Draws an exercise's start and end positions as SVG strings sharing one frame, each with the
 * movement arrow and an accessible title and description.
 * @example
 * const { start, end } = renderExerciseIllustration(exercise);
 */
export function renderExerciseIllustration(exercise: Pick<Exercise, 'id' | 'name' | 'illustration'>): ExerciseIllustration {
  const a = layoutPose(exercise.illustration.start);
  const b = layoutPose(exercise.illustration.end);
  const arrow = movementArrow(a, b);
  const frame = frameFor([a, b], arrow);
  const common = { description: exercise.illustration.alt, frame, ...(arrow ? { arrow } : {}) };
  return {
    start: renderFigure(a, { ...common, title: `${exercise.name}: start position`, idPrefix: `${exercise.id}-start` }),
    end: renderFigure(b, { ...common, title: `${exercise.name}: end position`, idPrefix: `${exercise.id}-end` }),
  };
}

/**
 * Renders a single pose on its own (e.g. a self-test position).
 * @example renderPose(pose, { title: 'Single-leg balance', idPrefix: 'balance' }).startsWith('<svg') // true
 */
export function renderPose(pose: Pose, options: RenderOptions): string {
  return renderFigure(layoutPose(pose), options);
}
