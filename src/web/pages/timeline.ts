/**
 * The training timeline: weekly running distance as bars, the week's highest pain as a line on a 0–10 scale, and
 * run-spike markers — an SVG drawn on the server (no script), described for screen readers, with the same data
 * as a table. Spikes are shown by shape and label, pain by a dashed line with dots: never by colour alone.
 * @module
 */
import { html, raw } from 'hono/html';
import type { DistanceUnit } from '../../core/training/units.ts';
import { toUnit } from '../../core/training/units.ts';
import type { TimelineWeek } from '../../services/activities.ts';
import type { Html } from '../layout.ts';

const W = 720;
const H = 280;
const PAD = { left: 48, right: 44, top: 24, bottom: 40 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Apr" for a YYYY-MM-DD day. */
export function shortDate(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''}`;
}

/** A round axis maximum at or above `v` (1, 2, 5 × 10ⁿ steps). */
function niceMax(v: number): number {
  if (v <= 0) return 10;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p);
}

const f1 = (n: number): string => n.toFixed(1);

/** The chart as inline SVG markup (numbers only, so nothing needs escaping). */
export function timelineSvg(weeks: readonly TimelineWeek[], unit: DistanceUnit): string {
  const values = weeks.map((w) => toUnit(w.runDistanceMeters, unit));
  const max = niceMax(Math.max(0, ...values));
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const step = iw / Math.max(1, weeks.length);
  const x = (i: number): number => PAD.left + i * step;
  const y = (v: number): number => PAD.top + ih - (v / max) * ih;
  const yp = (p: number): number => PAD.top + ih - (p / 10) * ih;
  const parts: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${f1(y(v))}" y2="${f1(y(v))}"/>`, `<text class="axis" x="${PAD.left - 6}" y="${f1(y(v) + 4)}" text-anchor="end">${Math.round(v * 10) / 10}</text>`);
    parts.push(`<text class="axis pain-axis" x="${W - PAD.right + 6}" y="${f1(yp((10 * k) / 4) + 4)}">${(10 * k) / 4}</text>`);
  }
  parts.push(`<text class="axis" x="${PAD.left - 6}" y="${PAD.top - 8}" text-anchor="end">${unit}</text>`, `<text class="axis pain-axis" x="${W - PAD.right + 6}" y="${PAD.top - 8}">pain</text>`);
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  weeks.forEach((w, i) => {
    const v = values[i] ?? 0;
    const bw = Math.max(2, step * 0.7);
    parts.push(`<rect class="bar${w.spike ? ` spike-${w.spike}` : ''}" x="${f1(x(i) + (step - bw) / 2)}" y="${f1(y(v))}" width="${f1(bw)}" height="${f1(PAD.top + ih - y(v))}"/>`);
    if (w.spike) {
      const cx = x(i) + step / 2;
      const top = y(v) - 6;
      const shape = w.spike === 'warning' ? 'marker-warning' : 'marker-caution';
      parts.push(`<path class="${shape}" d="M${f1(cx)} ${f1(top)} l-6 -10 h12 z"/><text class="marker-label" x="${f1(cx)}" y="${f1(top - 12)}" text-anchor="middle">${w.spike === 'warning' ? '!!' : '!'}</text>`);
    }
    if (i % labelEvery === 0) parts.push(`<text class="axis" x="${f1(x(i) + step / 2)}" y="${H - PAD.bottom + 18}" text-anchor="middle">${shortDate(w.start)}</text>`);
  });
  const pts = weeks.map((w, i) => (w.maxPain === null ? null : `${f1(x(i) + step / 2)},${f1(yp(w.maxPain))}`));
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) parts.push(`<polyline class="pain-line" points="${run.join(' ')}"/>`);
    run = [];
  };
  for (const p of pts) (p === null ? flush() : run.push(p));
  flush();
  for (const p of pts) if (p !== null) parts.push(`<circle class="pain-dot" cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="4"/>`);
  return `<svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="tl-title tl-desc" focusable="false"><title id="tl-title">Weekly running distance with pain</title><desc id="tl-desc">${describe(weeks, unit)}</desc>${parts.join('')}</svg>`;
}

/** One or two sentences a screen reader can use instead of the picture. */
export function describe(weeks: readonly TimelineWeek[], unit: DistanceUnit): string {
  if (weeks.length === 0) return 'No weeks to show.';
  const peak = weeks.reduce((a, b) => (b.runDistanceMeters > a.runDistanceMeters ? b : a));
  const spikes = weeks.filter((w) => w.spike !== null).length;
  const pained = weeks.filter((w) => w.maxPain !== null);
  return `Bars for ${weeks.length} weeks from ${shortDate(weeks[0]?.start ?? '')}; the longest week was ${f1(toUnit(peak.runDistanceMeters, unit))} ${unit} (week of ${shortDate(peak.start)}). ` +
    `${spikes === 0 ? 'No run spikes.' : `${spikes} week${spikes === 1 ? '' : 's'} with a run spike.`} ` +
    `${pained.length === 0 ? 'No pain logged.' : `Pain logged in ${pained.length} week${pained.length === 1 ? '' : 's'}, highest ${Math.max(...pained.map((w) => w.maxPain ?? 0))} out of 10.`} The table below has every value.`;
}

/** The chart with its legend and its data table. */
export function timelineFigure(weeks: readonly TimelineWeek[], unit: DistanceUnit): Html {
  return html`<figure class="timeline-figure">
  ${raw(timelineSvg(weeks, unit))}
  <figcaption>
    <ul class="legend">
      <li><span class="key key-bar" aria-hidden="true"></span> running distance per week (${unit})</li>
      <li><span class="key key-pain" aria-hidden="true"></span> highest pain that week (0–10, right-hand scale)</li>
      <li><span aria-hidden="true">▼!</span> a run more than 10% longer than your longest in the previous 30 days; <span aria-hidden="true">▼!!</span> more than 30% longer</li>
    </ul>
  </figcaption>
</figure>
<details class="timeline-table">
  <summary>Show the numbers as a table</summary>
  <table>
    <caption>Week by week</caption>
    <thead><tr><th scope="col">Week of</th><th scope="col">Running (${unit})</th><th scope="col">All sports (${unit})</th><th scope="col">Activities</th><th scope="col">Highest pain</th><th scope="col">Run spike</th></tr></thead>
    <tbody>${[...weeks].reverse().map((w) => html`<tr><th scope="row">${w.start}</th><td>${f1(toUnit(w.runDistanceMeters, unit))}</td><td>${f1(toUnit(w.distanceMeters, unit))}</td><td>${w.activities}</td><td>${w.maxPain === null ? '–' : `${w.maxPain}/10`}</td><td>${w.spike === 'warning' ? 'over 30% longer' : w.spike === 'caution' ? '10–30% longer' : '–'}</td></tr>`)}</tbody>
  </table>
</details>`;
}
