import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { runPlan } from './plan.ts';
import { runCheckin } from './checkin.ts';

const kb = fixtureKb();
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => { out.push(t); }, stderr: (t: string) => { err.push(t); } } };
}
const deps = { kb: async () => kb, now: () => '2026-03-01T08:00:00Z' };

test('footing plan --condition --json prints phases and days with exercises and runs', async () => {
  const c = capture();
  assert.equal(await runPlan(['--condition', 'achilles-tendinopathy', '--weeks', '8', '--json'], c.io, deps), 0);
  const plan = JSON.parse(c.out.join(''));
  assert.equal(plan.status, 'plan');
  assert.equal(plan.days.length, 56);
  assert.ok(plan.phases.length >= 2);
  const first = plan.days[0];
  assert.equal(first.day, 1);
  assert.ok(first.exercises.every((e: { exerciseId: string; sets: number; reps?: number; seconds?: number }) => e.exerciseId && e.sets > 0 && (e.reps ?? e.seconds)));
  assert.ok('run' in first && 'crossTraining' in first);
});

test('footing plan --assessment reads a triage result; red flags give see-clinician', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'footing-plan-'));
  const file = path.join(dir, 'result.json');
  await writeFile(file, JSON.stringify({ running: { advice: 'stop' }, redFlags: [], differential: [{ conditionId: 'tibial-stress' }], findings: [{ id: 'flat-feet', value: true }] }));
  const c = capture();
  assert.equal(await runPlan(['--assessment', file, '--json'], c.io, deps), 0);
  const plan = JSON.parse(c.out.join(''));
  assert.equal(plan.protocolId, 'bone-stress-low-risk');
  assert.ok(plan.tags.includes('hip-signs'));
  await writeFile(file, JSON.stringify({ running: { advice: 'stop' }, redFlags: [{ id: 'dvt' }], differential: [{ conditionId: 'clot' }], findings: [] }));
  const d = capture();
  assert.equal(await runPlan(['--assessment', file, '--json'], d.io, deps), 0);
  assert.equal(JSON.parse(d.out.join('')).status, 'see-clinician');
});

test('footing plan: bad input exits 2 with one error line', async () => {
  for (const args of [['--weeks', '8'], ['--condition', 'x', '--weeks', 'ten'], ['--condition', 'nope'], ['--condition', 'sprain', '--ics']]) {
    const c = capture();
    assert.equal(await runPlan(args, c.io, deps), 2, args.join(' '));
    assert.equal(c.err.length, 1);
    assert.match(c.err[0] ?? '', /^error: /);
  }
});

test('footing plan --ics prints a calendar', async () => {
  const c = capture();
  assert.equal(await runPlan(['--condition', 'sprain', '--start', '2026-03-02', '--ics'], c.io, deps), 0);
  const ics = c.out.join('');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20260302'));
});

test('footing checkin records check-ins in the state file and prints the decision', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'footing-checkin-'));
  const state = path.join(dir, 'state.json');
  const c = capture();
  assert.equal(await runPlan(['--condition', 'achilles-tendinopathy', '--start', '2026-03-02', '--save', state], c.io, deps), 0);
  const ck = capture();
  const cdeps = { kb: async () => kb, today: () => '2026-03-02' };
  assert.equal(await runCheckin(['--state', state, '--morning', '2', '--during', '3', '--after', '2'], ck.io, cdeps), 0);
  assert.match(ck.out.join(''), /^hold: /);
  const bad = capture();
  assert.equal(await runCheckin(['--state', state, '--morning', '3', '--during', '8', '--date', '2026-03-03', '--json'], bad.io, cdeps), 0);
  const d = JSON.parse(bad.out.join(''));
  assert.equal(d.decision, 'regress');
  assert.match(d.reason, /above the limit of 5/);
  const saved = JSON.parse(await readFile(state, 'utf8'));
  assert.equal(saved.history.length, 2);
  const missing = capture();
  assert.equal(await runCheckin(['--state', state], missing.io, cdeps), 2);
});
