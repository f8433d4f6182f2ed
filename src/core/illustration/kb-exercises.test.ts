/**
 * Checks the knowledge base's exercises and self-tests against what the planner, triage and the
 * illustration renderer rely on. Reads `kb/` directly (tests may do I/O; the renderer itself does not).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { exerciseSchema, findingSchema, selfTestSchema, type Exercise } from '../kb/schema.ts';
import { renderExerciseIllustration } from './render.ts';

const kbDir = fileURLToPath(new URL('../../../kb/', import.meta.url));
const readDir = (sub: string): unknown[] =>
  readdirSync(kbDir + sub).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(`${kbDir}${sub}/${f}`, 'utf8')) as unknown);

const exercises: Exercise[] = readDir('exercises').map((x) => exerciseSchema.parse(x));
const byId = new Map(exercises.map((e) => [e.id, e]));
const selfTests = readDir('self-tests').map((x) => selfTestSchema.parse(x));
const testFindings = (JSON.parse(readFileSync(`${kbDir}findings/self-tests.json`, 'utf8')) as unknown[]).map((x) => findingSchema.parse(x));

/** Exercise ids the planner relies on, as listed in docs/kb-authoring.md. */
function documentedExerciseIds(): string[] {
  const doc = readFileSync(fileURLToPath(new URL('../../../docs/kb-authoring.md', import.meta.url)), 'utf8');
  const section = doc.split('## Exercise ids')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? '').filter((id) => id !== '' && !id.includes('/'));
}

test('every exercise id the planner relies on exists, and there are at least 55', () => {
  const ids = documentedExerciseIds();
  assert.ok(ids.length >= 50, 'the id list was found in the authoring guide');
  for (const id of ids) assert.ok(byId.has(id), `missing exercise ${id}`);
  assert.ok(exercises.length >= 55);
});

test('file names match ids, and progressions and regressions name real, different exercises', () => {
  const files = readdirSync(`${kbDir}exercises`).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(files, exercises.map((e) => `${e.id}.json`));
  for (const e of exercises) {
    for (const ref of [e.progression, e.regression]) {
      if (ref === undefined) continue;
      assert.ok(byId.has(ref), `${e.id} → ${ref}`);
      assert.notEqual(ref, e.id);
    }
  }
});

test('every KB exercise renders to valid, titled start and end SVGs', () => {
  for (const e of exercises) {
    const { start, end } = renderExerciseIllustration(e);
    for (const svg of [start, end]) {
      assert.equal(XMLValidator.validate(svg), true, e.id);
      assert.ok(svg.includes('<title'), e.id);
      assert.ok(!svg.includes('NaN'), `${e.id} has NaN coordinates`);
    }
    const figure = (svg: string) => svg.slice(svg.indexOf('<g class="figure"'), svg.indexOf('</g>', svg.indexOf('<g class="figure"')));
    assert.notEqual(figure(start), figure(end), `${e.id}: start and end figures are identical`);
  }
});

test('illustration.props lists exactly the props drawn in the poses', () => {
  for (const e of exercises) {
    const drawn = new Set([...e.illustration.start.props, ...e.illustration.end.props].map((p) => p.kind));
    assert.deepEqual(new Set(e.illustration.props), drawn, e.id);
  }
});

test('evidence-based dosages match their trials', () => {
  for (const id of ['eccentric-heel-drop-straight-knee', 'eccentric-heel-drop-bent-knee']) {
    const d = byId.get(id)?.dosage;
    assert.deepEqual([d?.sets, d?.reps, d?.timesPerDay, d?.daysPerWeek], [3, 15, 2, 7], id);
    assert.ok(d?.sources.includes('alfredson-1998'));
  }
  const towel = byId.get('towel-heel-raise')?.dosage;
  assert.deepEqual([towel?.sets, towel?.reps], [3, 12]);
  assert.match(towel?.tempo ?? '', /3 s up, 2 s hold, 3 s down/);
  assert.match(towel?.load ?? '', /8RM/);
  for (const id of ['seated-calf-raise-weighted', 'standing-calf-raise-weighted', 'leg-press-calf-raise']) {
    const d = byId.get(id)?.dosage;
    assert.equal(d?.daysPerWeek, 3, id);
    assert.match(d?.load ?? '', /15RM.*6RM/, id);
    assert.ok(d?.sources.includes('beyer-2015'), id);
  }
  assert.ok(byId.get('single-leg-balance')?.dosage.sources.includes('mckeon-2008'));
});

test('at least 12 self-tests, each answering self-test findings that point back to it', () => {
  assert.ok(selfTests.length >= 12);
  const findingById = new Map(testFindings.map((f) => [f.id, f]));
  const answered = new Set<string>();
  for (const t of selfTests) {
    for (const id of t.findings) {
      answered.add(id);
      const f = findingById.get(id);
      if (f === undefined) continue; // a shared finding (e.g. cannot-bear-weight) defined elsewhere
      assert.equal(f.selfTest, t.id, `${id} should name ${t.id}`);
    }
  }
  for (const f of testFindings) {
    assert.equal(f.category, 'self-test', f.id);
    assert.ok(f.type === 'boolean' || f.type === 'number', f.id);
    assert.ok(answered.has(f.id), `${f.id} is not produced by any self-test`);
  }
});

test('load-bearing tests are withheld when a fracture or rupture is suspected', () => {
  const t = new Map(selfTests.map((s) => [s.id, s]));
  for (const id of ['single-leg-hop', 'single-leg-heel-raise']) {
    const c = t.get(id)?.contraindicatedBy ?? [];
    for (const f of ['cannot-bear-weight', 'bony-tenderness-focal', 'injury-pop-or-snap']) assert.ok(c.includes(f), `${id} needs ${f}`);
  }
  assert.equal(t.get('calf-squeeze')?.needsHelper, true);
});
