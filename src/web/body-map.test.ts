import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MAP_PANELS, renderBodyMap, zoneHighlightCss } from './body-map.ts';
import type { Zone } from '../core/kb/schema.ts';

const zones: Zone[] = JSON.parse(readFileSync(new URL('../../kb/zones.json', import.meta.url), 'utf8'));

test('every KB zone is drawn, and exactly one of its regions is the main (focusable) one', () => {
  const svg = renderBodyMap(zones, new Set());
  assert.equal(zones.length, 18);
  for (const z of zones) {
    const main = svg.match(new RegExp(`data-zone="${z.id}" data-main="true"`, 'g')) ?? [];
    assert.equal(main.length, 1, z.id);
    assert.ok(svg.includes(`<title>${z.name}</title>`), `${z.id} is labelled`);
  }
});

test('the six views are the inside, outside, top, sole and back of the foot, and the lower leg', () => {
  assert.deepEqual(MAP_PANELS.map((p) => p.id), ['inside', 'outside', 'top', 'sole', 'back', 'front']);
  const svg = renderBodyMap(zones, new Set());
  assert.equal((svg.match(/<svg /g) ?? []).length, 6);
  for (const p of MAP_PANELS) assert.match(svg, new RegExp(`<figcaption id="cap-${p.id}">`));
  assert.match(svg, /role="img" aria-labelledby="cap-inside"/);
});

test('regions only refer to zones the KB defines, and are left out when the KB lacks one', () => {
  const ids = new Set(zones.map((z) => z.id));
  for (const p of MAP_PANELS) for (const r of p.regions) assert.ok(ids.has(r.zone), `${p.id}: ${r.zone}`);
  const svg = renderBodyMap(zones.filter((z) => z.id !== 'calf'), new Set());
  assert.doesNotMatch(svg, /data-zone="calf"/);
});

test('selected zones are drawn selected; the CSS follows ticked boxes without a script', () => {
  const svg = renderBodyMap(zones, new Set(['arch']));
  assert.match(svg, /class="map-region is-selected" data-zone="arch"/);
  assert.doesNotMatch(svg, /is-selected" data-zone="calf"/);
  const css = zoneHighlightCss(['arch', 'calf', 'bad"id']);
  assert.match(css, /:has\(#zone-arch:checked\) \[data-zone="arch"\]/);
  assert.doesNotMatch(css, /bad/);
});

test('zone names are escaped inside the SVG', () => {
  const odd: Zone = { id: 'arch', name: 'Arch <&> "x"', lexicon: ['arch'], region: 'heel', description: 'The arch.' };
  const svg = renderBodyMap([odd], new Set());
  assert.match(svg, /<title>Arch &lt;&amp;&gt; &quot;x&quot;<\/title>/);
});

test('the middle of every region lies inside its drawing, so a tap on what you see hits it', () => {
  // Sample the region's bounding-box centre against the outline with a crude polygon test on the path's points.
  const points = (d: string): [number, number][] => {
    const nums = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    const out: [number, number][] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i] ?? 0, nums[i + 1] ?? 0]);
    return out;
  };
  const inside = (poly: [number, number][], x: number, y: number): boolean => {
    let hit = false;
    for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      const [xi, yi] = poly[i] ?? [0, 0];
      const [xj, yj] = poly[j] ?? [0, 0];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
    return hit;
  };
  for (const p of MAP_PANELS) {
    // Only the first (absolute-coordinate) subpath of the outline is the body; toes are ellipses drawn on top.
    const body = points(p.outline.split('Z')[0] ?? '');
    for (const r of p.regions) {
      if (!r.d.startsWith('M') || r.d.includes('a')) continue; // ellipses sit on landmarks by construction
      const pts = points(r.d.replace(/h(-?\d+)v(-?\d+)h(-?\d+)/, (_m, w, h) => `L${Number(points(r.d)[0]?.[0]) + Number(w)} ${Number(points(r.d)[0]?.[1]) + Number(h)}`));
      const xs = pts.map((q) => q[0]);
      const ys = pts.map((q) => q[1]);
      const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      assert.ok(inside(body, cx, cy), `${p.id}/${r.zone}: centre ${cx},${cy} is outside the drawing`);
    }
  }
});
