/**
 * SVG string helpers: number formatting, escaping and the stroke palette.
 * @module
 */
import type { Shape, StrokeRole } from './layout.ts';
import type { Point } from './vector.ts';

/** The palette: dark body lines, lighter far limbs, one accent for the working part. */
export const palette = {
  body: '#1f2933',
  far: '#7b8794',
  accent: '#0b6e99',
  farAccent: '#6fa9c4',
  prop: '#8a94a0',
  floor: '#b8c0c8',
} as const;

/** Formats a coordinate to one decimal place, so output is stable and compact. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * Escapes text for use in SVG element content and attribute values.
 * @example escapeXml('Heel <raise> & "hold"') // 'Heel &lt;raise&gt; &amp; &quot;hold&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Space-separated "x,y" list for a polyline. */
export function pointList(points: readonly Point[]): string {
  return points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
}

/** Stroke colour for a figure role. */
export function roleColour(role: StrokeRole): string {
  switch (role) {
    case 'accent':
      return palette.accent;
    case 'far-accent':
      return palette.farAccent;
    case 'far':
      return palette.far;
    default:
      return palette.body;
  }
}

/** One prop outline as an SVG element (stroke only). */
export function shapeElement(shape: Shape): string {
  const style = `fill="none" stroke="${palette.prop}" stroke-width="2.5"`;
  switch (shape.kind) {
    case 'circle':
      return `<circle cx="${num(shape.c.x)}" cy="${num(shape.c.y)}" r="${num(shape.r)}" ${style}/>`;
    case 'rect':
      return `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.w)}" height="${num(shape.h)}"${shape.rx === undefined ? '' : ` rx="${num(shape.rx)}"`} ${style}/>`;
    default:
      return `<polyline points="${pointList(shape.points)}" ${style}${shape.dashed === true ? ' stroke-dasharray="5 3"' : ''}/>`;
  }
}
