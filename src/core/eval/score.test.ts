import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeOutcome, makeVignette } from './fixtures.ts';
import { scoreVignette } from './score.ts';

test('gold first in the list is top-1, top-3 and covered', () => {
  const v = makeVignette('v001', 'plantar-fasciitis', 'selfcare', 'modify');
  const s = scoreVignette(v, { outcome: makeOutcome('selfcare', 'modify', ['plantar-fasciitis', 'fat-pad-syndrome']) });
  assert.equal(s.rank, 1);
  assert.equal(s.top1, true);
  assert.equal(s.inTop3, true);
  assert.equal(s.covered, true);
  assert.equal(s.safeTriage, true);
  assert.equal(s.underTriage, false);
  assert.equal(s.overTriage, false);
  assert.equal(s.runningAgrees, true);
  assert.equal(s.runningUnsafe, false);
});

test('gold third counts for top-3 but not top-1; gold fifth counts only for coverage', () => {
  const v = makeVignette('v002', 'plantar-fasciitis', 'selfcare', 'modify');
  const third = scoreVignette(v, { outcome: makeOutcome('selfcare', 'modify', ['a', 'b', 'plantar-fasciitis']) });
  assert.deepEqual([third.rank, third.top1, third.inTop3, third.covered], [3, false, true, true]);
  const fifth = scoreVignette(v, { outcome: makeOutcome('selfcare', 'modify', ['a', 'b', 'c', 'd', 'plantar-fasciitis']) });
  assert.deepEqual([fifth.rank, fifth.top1, fifth.inTop3, fifth.covered], [5, false, false, true]);
  assert.deepEqual(fifth.top3, ['a', 'b', 'c']);
  const absent = scoreVignette(v, { outcome: makeOutcome('selfcare', 'modify', ['a']) });
  assert.deepEqual([absent.rank, absent.covered], [null, false]);
});

test('an acceptable alternative counts as a hit', () => {
  const v = makeVignette('v003', 'fat-pad-syndrome', 'selfcare', 'modify', { acceptable: ['plantar-fasciitis'] });
  const s = scoreVignette(v, { outcome: makeOutcome('selfcare', 'modify', ['plantar-fasciitis', 'fat-pad-syndrome']) });
  assert.equal(s.top1, true);
  assert.equal(s.rank, 1);
});

test('a lower level than gold is under-triage; a higher one is safe over-triage', () => {
  const v = makeVignette('v004', 'deep-vein-thrombosis', 'urgent', 'stop', { redFlag: true });
  const low = scoreVignette(v, { outcome: makeOutcome('doctor', 'stop', ['deep-vein-thrombosis']) });
  assert.equal(low.underTriage, true);
  assert.equal(low.safeTriage, false);
  const high = scoreVignette(v, { outcome: makeOutcome('emergency', 'stop', ['deep-vein-thrombosis']) });
  assert.equal(high.underTriage, false);
  assert.equal(high.safeTriage, true);
  assert.equal(high.overTriage, true);
});

test('advising more running than gold is unsafe; less is disagreement but safe', () => {
  const v = makeVignette('v005', 'plantar-fasciitis', 'selfcare', 'modify');
  const more = scoreVignette(v, { outcome: makeOutcome('selfcare', 'continue', ['plantar-fasciitis']) });
  assert.equal(more.runningAgrees, false);
  assert.equal(more.runningUnsafe, true);
  const less = scoreVignette(v, { outcome: makeOutcome('selfcare', 'stop', ['plantar-fasciitis']) });
  assert.equal(less.runningAgrees, false);
  assert.equal(less.runningUnsafe, false);
});

test('an engine error is a miss and counts as under-triage', () => {
  const v = makeVignette('v006', 'achilles-rupture', 'urgent', 'stop', { redFlag: true });
  const s = scoreVignette(v, { error: 'boom' });
  assert.equal(s.error, 'boom');
  assert.equal(s.inTop3, false);
  assert.equal(s.underTriage, true);
  assert.equal(s.level, null);
});

test('the kind follows the input', () => {
  const v = makeVignette('v007', 'plantar-fasciitis', 'selfcare', 'modify', { evidence: true });
  assert.equal(scoreVignette(v, { error: 'x' }).kind, 'evidence');
});
