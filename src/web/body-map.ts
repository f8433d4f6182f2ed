/**
 * The body map: six simple line drawings of the lower leg and foot (drawn by the project), each painful area a
 * region tied to one of the KB's zones. The drawing is an enhancement: the page always has one checkbox per zone,
 * and each region carries `data-zone` so CSS (`:has(:checked)`) and the small script can mirror the ticks.
 * Drawn as a right leg; the page mirrors it for the left.
 * @module
 */
import type { Zone } from '../core/kb/schema.ts';

/** One region of a drawing: the zone it stands for and its outline (SVG path data, may hold several shapes). */
export interface MapRegion {
  readonly zone: string;
  readonly d: string;
}

/** One view of the foot or leg. */
export interface MapPanel {
  readonly id: string;
  readonly caption: string;
  /** The silhouette (path data); regions are clipped to it. */
  readonly outline: string;
  /** Extra lines that help the eye (toe creases, ankle bones); decorative. */
  readonly details: string;
  readonly regions: readonly MapRegion[];
  /** Mirror the drawing horizontally (the inside view is the outside view turned round). */
  readonly mirror?: boolean;
}

const ellipse = (cx: number, cy: number, rx: number, ry: number): string =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
const rect = (x: number, y: number, w: number, h: number): string => `M${x} ${y}h${w}v${h}h${-w}Z`;

/** Side view of a right leg and foot with the toes to the right (the outside view). */
const PROFILE = 'M100 0L104 70L107 150C112 165 130 176 150 188C168 198 184 204 192 211C198 217 194 226 184 226L70 226C52 226 45 214 47 200C49 188 57 176 62 158L64 122C58 100 30 72 40 30L45 0Z';
/** Top view of a right foot, toes up, big toe on the left. */
const TOP = `M84 240L84 205C76 180 62 140 60 100C58 78 62 62 72 54L150 74C156 100 146 150 128 190C124 205 122 220 122 240Z${ellipse(74, 34, 15, 22)}${ellipse(100, 40, 9, 13)}${ellipse(118, 47, 8, 12)}${ellipse(133, 57, 7, 11)}${ellipse(146, 69, 7, 10)}`;
/** The sole of a right foot before mirroring (big toe on the left, heel at the bottom). */
const SOLE = `M100 236C76 236 68 215 70 190C72 160 62 130 60 100C58 78 62 62 72 54L150 74C156 100 146 140 132 175C128 200 128 236 100 236Z${ellipse(74, 34, 15, 22)}${ellipse(100, 40, 9, 13)}${ellipse(118, 47, 8, 12)}${ellipse(133, 57, 7, 11)}${ellipse(146, 69, 7, 10)}`;
/** Back view of the right lower leg and heel (the inside of the leg on the left). */
const BACK = `M62 0C52 50 60 100 86 145L84 160C74 168 72 185 76 200C78 225 90 234 100 234C110 234 122 225 124 200C128 185 126 170 116 162L114 145C140 100 148 50 138 0Z${ellipse(80, 158, 9, 11)}${ellipse(121, 166, 8, 11)}`;
/** Front view of the right lower leg and the top of the foot (the inside of the leg on the left). */
const FRONT = 'M65 0C60 60 70 120 82 170L80 190C70 200 62 215 66 234L140 234C142 215 132 200 122 190L120 170C132 120 140 60 135 0Z';

/** The six views, in the order the page shows them. The first region for a zone is its main (focusable) one. */
export const MAP_PANELS: readonly MapPanel[] = [
  {
    id: 'inside', caption: 'Inside of the foot', outline: PROFILE, mirror: true,
    details: 'M78 148a10 12 0 1 0 1 0M176 212v12',
    regions: [
      { zone: 'inside-ankle', d: ellipse(80, 158, 13, 13) },
      { zone: 'inside-of-foot', d: ellipse(118, 192, 17, 11) },
      { zone: 'arch', d: rect(92, 204, 64, 24) },
      { zone: 'heel-underside', d: rect(40, 212, 52, 20) },
      { zone: 'back-of-heel', d: rect(40, 172, 32, 40) },
      { zone: 'achilles', d: rect(54, 118, 28, 54) },
      { zone: 'calf', d: rect(20, 0, 60, 118) },
      { zone: 'inner-shin', d: rect(80, 30, 40, 112) },
      { zone: 'front-of-ankle', d: ellipse(106, 160, 9, 10) },
      { zone: 'big-toe', d: rect(160, 190, 40, 40) },
    ],
  },
  {
    id: 'outside', caption: 'Outside of the foot', outline: PROFILE,
    details: 'M80 160a10 12 0 1 0 1 0M176 212v12',
    regions: [
      { zone: 'outside-ankle', d: ellipse(82, 170, 13, 13) },
      { zone: 'outside-of-foot', d: rect(96, 208, 66, 22) },
      { zone: 'top-of-foot', d: 'M118 172L166 192L160 208L112 190Z' },
      { zone: 'front-of-ankle', d: ellipse(106, 160, 9, 10) },
      { zone: 'lesser-toes', d: rect(162, 190, 40, 40) },
      { zone: 'outer-leg', d: rect(66, 10, 28, 136) },
      { zone: 'front-of-shin', d: rect(94, 0, 20, 148) },
      { zone: 'calf', d: rect(20, 0, 50, 118) },
      { zone: 'achilles', d: rect(54, 118, 26, 50) },
      { zone: 'back-of-heel', d: rect(40, 172, 32, 40) },
      { zone: 'heel-underside', d: rect(40, 212, 56, 20) },
    ],
  },
  {
    id: 'top', caption: 'Top of the foot', outline: TOP,
    details: 'M74 56v8M100 53v6M118 59v5',
    regions: [
      { zone: 'top-of-foot', d: rect(56, 70, 100, 128) },
      { zone: 'front-of-ankle', d: rect(76, 198, 52, 44) },
      { zone: 'big-toe', d: ellipse(74, 34, 17, 24) },
      { zone: 'lesser-toes', d: `${ellipse(100, 40, 10, 14)}${ellipse(118, 47, 9, 13)}${ellipse(133, 57, 8, 12)}${ellipse(146, 69, 8, 11)}` },
    ],
  },
  {
    id: 'sole', caption: 'Sole of the foot', outline: SOLE, mirror: true,
    details: 'M66 80C90 88 130 96 152 100',
    regions: [
      { zone: 'ball-of-foot', d: rect(54, 58, 104, 42) },
      { zone: 'arch', d: rect(56, 100, 44, 84) },
      { zone: 'outside-of-foot', d: rect(112, 100, 48, 86) },
      { zone: 'heel-underside', d: ellipse(100, 206, 34, 32) },
      { zone: 'big-toe', d: ellipse(74, 34, 17, 24) },
      { zone: 'lesser-toes', d: `${ellipse(100, 40, 10, 14)}${ellipse(118, 47, 9, 13)}${ellipse(133, 57, 8, 12)}${ellipse(146, 69, 8, 11)}` },
    ],
  },
  {
    id: 'back', caption: 'Back of the leg and heel', outline: BACK,
    details: 'M100 110v44',
    regions: [
      { zone: 'back-of-ankle', d: rect(86, 150, 28, 30) },
      { zone: 'back-of-heel', d: rect(70, 180, 60, 60) },
      { zone: 'achilles', d: rect(86, 104, 28, 46) },
      { zone: 'calf', d: rect(40, 0, 120, 104) },
      { zone: 'inside-ankle', d: ellipse(78, 158, 10, 12) },
      { zone: 'outside-ankle', d: ellipse(123, 166, 9, 12) },
    ],
  },
  {
    id: 'front', caption: 'Front of the lower leg', outline: FRONT,
    details: 'M101 10C99 70 100 130 101 170',
    regions: [
      { zone: 'front-of-shin', d: rect(90, 0, 22, 174) },
      { zone: 'inner-shin', d: rect(56, 0, 34, 174) },
      { zone: 'outer-leg', d: rect(112, 0, 36, 174) },
      { zone: 'front-of-ankle', d: rect(72, 174, 60, 24) },
      { zone: 'top-of-foot', d: rect(60, 198, 84, 40) },
    ],
  },
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Render one panel as an SVG string. Without the script it is a labelled picture; the script turns each main
 * region into a keyboard-operable checkbox tied to the form's `zone-<id>` checkbox.
 * @example renderPanel(MAP_PANELS[0], zoneNames, new Set(['arch']), new Set())
 */
export function renderPanel(panel: MapPanel, names: ReadonlyMap<string, string>, selected: ReadonlySet<string>, seen: Set<string>): string {
  const clip = `clip-${panel.id}`;
  const flip = panel.mirror ? ' transform="translate(200 0) scale(-1 1)"' : '';
  const regions = panel.regions
    .filter((r) => names.has(r.zone))
    .map((r) => {
      const main = !seen.has(r.zone);
      seen.add(r.zone);
      const name = names.get(r.zone) ?? r.zone;
      const cls = `map-region${selected.has(r.zone) ? ' is-selected' : ''}`;
      return `<path class="${cls}" data-zone="${esc(r.zone)}"${main ? ' data-main="true"' : ''} d="${r.d}"><title>${esc(name)}</title></path>`;
    })
    .join('');
  return `<svg class="map-svg" viewBox="0 0 200 240" width="200" height="240" role="img" aria-labelledby="cap-${panel.id}" focusable="false">`
    + `<defs><clipPath id="${clip}"><path d="${panel.outline}"/></clipPath></defs>`
    + `<g${flip}><path class="map-outline" d="${panel.outline}"/>`
    + `<g clip-path="url(#${clip})">${regions}</g>`
    + `<path class="map-detail" d="${panel.details}"/></g></svg>`;
}

/**
 * Render every panel (figure + caption) for the zones the KB defines.
 * @example renderBodyMap(kb.zones, new Set(['heel-underside']))
 */
export function renderBodyMap(zones: readonly Zone[], selected: ReadonlySet<string>): string {
  const names = new Map(zones.map((z) => [z.id, z.name]));
  const seen = new Set<string>();
  return MAP_PANELS.map((p) => `<figure class="map-panel">${renderPanel(p, names, selected, seen)}<figcaption id="cap-${p.id}">${esc(p.caption)}</figcaption></figure>`).join('');
}

/**
 * CSS that shades a region when its checkbox is ticked, so the drawing follows the form even without the script.
 * @example zoneHighlightCss(['arch']) // '.assess-where:has(#zone-arch:checked) [data-zone="arch"]{…}'
 */
export function zoneHighlightCss(zoneIds: readonly string[]): string {
  return zoneIds
    .filter((id) => /^[a-z0-9-]+$/.test(id))
    .map((id) => `.assess-where:has(#zone-${id}:checked) [data-zone="${id}"]`)
    .join(',') + '{fill:var(--map-selected);fill-opacity:.85}';
}
