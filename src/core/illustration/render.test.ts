import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { poseSchema } from '../kb/schema.ts';
import { renderExerciseIllustration, renderPose } from './render.ts';
import { palette } from './svg.ts';
import { pose } from './fixtures.test-support.ts';

const raise = (ankle: number) => pose({ working: 'both-legs', leg: { hip: 0, knee: 0, ankle, toes: -ankle }, otherLeg: { hip: 0, knee: 0, ankle, toes: -ankle } });
const exercise = (start = raise(0), end = raise(-35)) => ({
  id: 'calf-raise-double',
  name: 'Calf raise <double> & "slow"',
  illustration: { start, end, props: [], alt: 'Standing on both feet, the person rises onto the balls of the feet.' },
});

const parse = (svg: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as { svg: Record<string, unknown> };

test('renders well-formed SVG with a viewBox, an escaped title and a description it is labelled by', () => {
  const { start, end } = renderExerciseIllustration(exercise());
  for (const [svg, which] of [[start, 'start'], [end, 'end']] as const) {
    assert.equal(XMLValidator.validate(svg), true);
    const root = parse(svg).svg;
    assert.match(String(root['viewBox']), /^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
    assert.equal(root['role'], 'img');
    assert.equal(root['aria-labelledby'], `calf-raise-double-${which}-title calf-raise-double-${which}-desc`);
    assert.ok(svg.includes(`<title id="calf-raise-double-${which}-title">Calf raise &lt;double&gt; &amp; &quot;slow&quot;: ${which} position</title>`));
    assert.ok(svg.includes('<desc id="calf-raise-double-'));
  }
});

test('start and end share one frame so the figure does not jump', () => {
  const { start, end } = renderExerciseIllustration(exercise());
  assert.equal(parse(start).svg['viewBox'], parse(end).svg['viewBox']);
});

test('is deterministic', () => {
  assert.equal(renderExerciseIllustration(exercise()).start, renderExerciseIllustration(exercise()).start);
  assert.equal(renderExerciseIllustration(exercise()).end, renderExerciseIllustration(exercise()).end);
});

test('draws with strokes only: every fill is none', () => {
  const { start } = renderExerciseIllustration(exercise());
  const fills = [...start.matchAll(/fill="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(fills.length > 0);
  assert.ok(fills.every((f) => f === 'none'));
});

test('marks the working limb with the accent colour, and nothing when no part is working', () => {
  assert.ok(renderPose(raise(0), { title: 'x', idPrefix: 'x' }).includes(`stroke="${palette.accent}"`));
  const none = renderPose(pose({ working: 'none' }), { title: 'x', idPrefix: 'x' });
  assert.ok(!none.includes(palette.accent));
});

test('adds a movement arrow when something moves and none for a still hold', () => {
  assert.ok(renderExerciseIllustration(exercise()).start.includes('movement-arrow'));
  const hold = renderExerciseIllustration(exercise(raise(-20), raise(-20)));
  assert.ok(!hold.start.includes('movement-arrow'));
});

test('the arrow points from where the heel starts toward where it ends (upward for a calf raise)', () => {
  const { start } = renderExerciseIllustration(exercise());
  const d = /<path d="M(-?[\d.]+),(-?[\d.]+) Q[^ ]+ (-?[\d.]+),(-?[\d.]+)"/.exec(start);
  assert.ok(d);
  assert.ok(Number(d[4]) < Number(d[2]), 'arrow ends higher than it starts');
});

test('draws props: a step under the forefoot, a band as a dashed line', () => {
  const stepped = renderPose(pose({ leg: { hip: 0, knee: 0, ankle: 15 }, props: [{ kind: 'step' }] }), { title: 's', idPrefix: 's' });
  assert.match(stepped, /<g class="props"><rect /);
  const banded = renderPose(
    pose({ position: 'long-sitting', leg: { hip: 90, knee: 0, ankle: 0 }, otherLeg: { hip: 90, knee: 0, ankle: 0 }, props: [{ kind: 'band', from: 'foot', to: 'front' }] }),
    { title: 'b', idPrefix: 'b' },
  );
  assert.ok(banded.includes('stroke-dasharray="5 3"'));
});

test('the pose schema rejects poses the renderer cannot draw sensibly', () => {
  const base = { position: 'standing', leg: { hip: 0, knee: 0, ankle: 0 }, otherLeg: { hip: 0, knee: 0, ankle: 0 }, arms: { shoulder: 0 } };
  assert.equal(poseSchema.safeParse(base).success, true);
  assert.equal(poseSchema.safeParse({ ...base, leg: { hip: 0, knee: -10, ankle: 0 } }).success, false, 'knee cannot hyperextend');
  assert.equal(poseSchema.safeParse({ ...base, wobble: 3 }).success, false, 'unknown keys fail');
  assert.equal(poseSchema.safeParse({ ...base, position: 'supine' }).success, false, 'supine must lie back');
  assert.equal(poseSchema.safeParse({ ...base, position: 'sitting' }).success, false, 'sitting needs a seat');
  assert.equal(poseSchema.safeParse({ ...base, position: 'side-lying', tilt: 90 }).success, false, 'side-lying is drawn from the front');
  assert.equal(poseSchema.safeParse({ ...base, props: [{ kind: 'rope' }] }).success, false, 'unknown props fail');
  assert.equal(poseSchema.safeParse({ ...base, props: [{ kind: 'band', from: 'foot' }] }).success, false, 'a band needs an anchor');
});
