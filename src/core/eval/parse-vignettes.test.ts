import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVignettes } from './parse-vignettes.ts';

const good = (id: string): string =>
  JSON.stringify({
    id,
    text: 'my left heel hurts first thing in the morning',
    gold: { condition: 'plantar-fasciitis', acceptable: ['fat-pad-syndrome'], level: 'selfcare', running: 'modify' },
    redFlag: false,
    notes: 'typical case',
  });

test('good lines parse; blank and comment lines are skipped', () => {
  const r = parseVignettes([good('v001'), '', '// a comment', good('v002')].join('\n'));
  assert.equal(r.vignettes.length, 2);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.vignettes[0]?.gold.acceptable, ['fat-pad-syndrome']);
});

test('a bad line is reported with its line number and id, and the rest continue', () => {
  const wrongCondition = good('v002').replace('plantar-fasciitis', 'knee-pain');
  const r = parseVignettes([good('v001'), '{not json', wrongCondition, good('v003')].join('\n'));
  assert.deepEqual(r.vignettes.map((v) => v.id), ['v001', 'v003']);
  assert.equal(r.errors.length, 2);
  assert.deepEqual(r.errors[0], { line: 2, message: 'not valid JSON' });
  assert.equal(r.errors[1]?.line, 3);
  assert.equal(r.errors[1]?.id, 'v002');
  assert.match(r.errors[1]?.message ?? '', /condition/);
});

test('duplicate ids are rejected', () => {
  const r = parseVignettes([good('v001'), good('v001')].join('\n'));
  assert.equal(r.vignettes.length, 1);
  assert.match(r.errors[0]?.message ?? '', /duplicate/);
});

test('a line with both text and evidence, or neither, is rejected', () => {
  const both = JSON.parse(good('v001'));
  both.evidence = [{ id: 'pain-heel-underside', value: true }, { id: 'side', value: 'left' }];
  const neither = JSON.parse(good('v002'));
  delete neither.text;
  const r = parseVignettes([JSON.stringify(both), JSON.stringify(neither)].join('\n'));
  assert.equal(r.vignettes.length, 0);
  assert.equal(r.errors.length, 2);
});

test('gold level, running advice and acceptable ids are validated', () => {
  const badLevel = good('v001').replace('"selfcare"', '"soon"');
  const badRun = good('v002').replace('"modify"', '"jog"');
  const repeat = good('v003').replace('"fat-pad-syndrome"', '"plantar-fasciitis"');
  const r = parseVignettes([badLevel, badRun, repeat].join('\n'));
  assert.equal(r.vignettes.length, 0);
  assert.equal(r.errors.length, 3);
});

test('Windows line endings are accepted', () => {
  assert.equal(parseVignettes(`${good('v001')}\r\n${good('v002')}\r\n`).vignettes.length, 2);
});

test("another team's file: extra columns are ignored, a missing redFlag follows the gold level, notes may be absent", () => {
  const theirs = (id: string, level: string, running: string): string => JSON.stringify({
    id, text: 'my calf went tight and swollen after the long flight home', age: 44, source: 'clinic',
    gold: { condition: 'deep-vein-thrombosis', level, running },
  });
  const r = parseVignettes([theirs('v901', 'urgent', 'stop'), theirs('v902', 'doctor', 'modify')].join('\n'));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.vignettes.map((v) => [v.redFlag, v.notes, 'age' in v]), [[true, '', false], [false, '', false]]);
});
