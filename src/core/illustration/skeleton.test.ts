import { test } from 'node:test';
import assert from 'node:assert/strict';
import { body, buildSkeleton } from './skeleton.ts';
import { layoutPose, supports } from './layout.ts';
import { pose } from './fixtures.test-support.ts';

const close = (a: number, b: number, tol = 0.01) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

test('standing: knee straight below the hip, foot pointing forward', () => {
  const s = buildSkeleton(pose({}));
  close(s.leg.knee[0], s.leg.hip[0]);
  close(s.leg.knee[1], -body.thigh);
  assert.ok(s.leg.ball[0] > s.leg.ankle[0] + 10, 'forefoot is in front of the ankle');
  assert.ok(s.leg.heel[0] < s.leg.ankle[0], 'heel is behind the ankle');
});

test('hip flexion 90 brings the knee forward at hip height; knee flexion 90 drops the shin', () => {
  const s = buildSkeleton(pose({ leg: { hip: 90, knee: 90, ankle: 0 } }));
  close(s.leg.knee[0], body.thigh);
  close(s.leg.knee[1], 0);
  close(s.leg.ankle[0], body.thigh);
  close(s.leg.ankle[1], -body.shank);
});

test('plantarflexion lifts the heel above the forefoot; dorsiflexion does the opposite', () => {
  const up = buildSkeleton(pose({ leg: { hip: 0, knee: 0, ankle: -35 } }));
  assert.ok(up.leg.heel[1] > up.leg.ball[1] + 5);
  const down = buildSkeleton(pose({ leg: { hip: 0, knee: 0, ankle: 20 } }));
  assert.ok(down.leg.heel[1] < down.leg.ball[1]);
});

test('supine lies the trunk flat with the head behind; prone faces the toes down', () => {
  const s = buildSkeleton(pose({ position: 'supine', lean: -90 }));
  close(s.neck[1], 0);
  assert.ok(s.head[0] < -body.trunk);
  const p = buildSkeleton(pose({ position: 'prone', lean: 90 }));
  assert.ok(p.leg.ball[1] < p.leg.ankle[1], 'prone foot points down to the floor');
});

test('side-lying with positive tilt puts the working leg on top', () => {
  const s = buildSkeleton(pose({ position: 'side-lying', view: 'front', tilt: 90 }));
  assert.ok(s.leg.hip[1] > s.otherLeg.hip[1]);
  const lifted = buildSkeleton(pose({ position: 'side-lying', view: 'front', tilt: 90, leg: { hip: 0, knee: 0, ankle: 0, abduction: 30 } }));
  assert.ok(lifted.leg.ankle[1] > s.leg.ankle[1] + 10, 'abduction lifts the top leg');
});

test('layout rests a standing figure on the floor and a heel-drop figure on the step edge', () => {
  const floor = layoutPose(pose({}));
  const lowest = Math.max(...floor.strokes.flatMap((s) => s.points.map((p) => p.y)));
  close(lowest, 0, 0.001);
  const step = layoutPose(pose({ leg: { hip: 0, knee: 0, ankle: 20 }, props: [{ kind: 'step' }] }));
  close(step.keys['ball']?.y ?? NaN, -supports.step, 0.001);
  assert.ok((step.keys['heel']?.y ?? 0) > -supports.step, 'the heel hangs below the step top');
});

test('sitting puts the pelvis just above the seat', () => {
  const fig = layoutPose(pose({ position: 'sitting', leg: { hip: 90, knee: 90, ankle: 0 }, otherLeg: { hip: 90, knee: 90, ankle: 0 }, props: [{ kind: 'chair' }] }));
  close(fig.keys['pelvis']?.y ?? NaN, -supports.seat - 5, 0.001);
});

test('airborne and shift move the whole figure', () => {
  const a = layoutPose(pose({}));
  const b = layoutPose(pose({ airborne: 10, shift: 30 }));
  close((b.keys['head']?.y ?? 0) - (a.keys['head']?.y ?? 0), -10, 0.001);
  close((b.keys['head']?.x ?? 0) - (a.keys['head']?.x ?? 0), 30, 0.001);
});
