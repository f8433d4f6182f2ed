/**
 * Exercise illustrations drawn by the project: typed poses in, accessible SVG line figures out.
 * @module
 */
export { renderExerciseIllustration, renderFigure, renderPose, frameFor, movementArrow } from './render.ts';
export type { Arrow, ExerciseIllustration, Frame, RenderOptions } from './render.ts';
export { layoutPose } from './layout.ts';
export type { Figure, Shape, Stroke, StrokeRole } from './layout.ts';
export { buildSkeleton, body } from './skeleton.ts';
