import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyStep, decodeState, editEvidence, encodeState, evidenceOf, newState, undoStep } from './state.ts';
import { mergeSpans } from './highlight.ts';

test('state survives the hidden field round trip; anything else is rejected', () => {
  const s = newState('left heel', [{ id: 'pain-heel-underside', value: true, source: 'text', span: [5, 9] }]);
  assert.deepEqual(decodeState(encodeState(s)), s);
  assert.equal(decodeState(''), null);
  assert.equal(decodeState('{'), null);
  assert.equal(decodeState('{"v":2,"text":"","evidence":[],"history":[]}'), null);
  assert.equal(decodeState(JSON.stringify({ ...s, extra: 1 })), null);
  assert.equal(decodeState(JSON.stringify({ ...s, evidence: [{ id: 'x', value: {}, source: 'text' }] })), null);
});

test('a step records what it changed, and undo restores it exactly, with the words it came from', () => {
  const s0 = newState('sore heel', [{ id: 'swelling', value: true, source: 'text', span: [0, 4] }]);
  const s1 = applyStep(s0, 'question', [['swelling', false], ['fever-or-unwell', 'unknown']]);
  assert.deepEqual(evidenceOf(s1), [{ id: 'swelling', value: false, source: 'answer' }, { id: 'fever-or-unwell', value: 'unknown', source: 'answer' }]);
  const { state, step, given } = undoStep(s1);
  assert.equal(step?.kind, 'question');
  assert.equal(given.get('swelling'), false);
  assert.equal(given.get('fever-or-unwell'), 'unknown');
  assert.deepEqual(state, s0);
  assert.equal(undoStep(s0).step, null);
});

test('an unchanged value keeps its source; removing is possible without a step', () => {
  const s0 = newState('x', [{ id: 'swelling', value: true, source: 'text', span: [0, 1] }]);
  assert.deepEqual(applyStep(s0, 'where', [['swelling', true]]).evidence, s0.evidence);
  const s1 = editEvidence(s0, [['swelling', null]]);
  assert.deepEqual(s1.evidence, []);
  assert.deepEqual(s1.history, []);
});

test('overlapping highlight spans merge; out-of-range spans are clamped', () => {
  assert.deepEqual(mergeSpans([[0, 12], [0, 21], [30, 35], [34, 40]], 38), [[0, 21], [30, 38]]);
  assert.deepEqual(mergeSpans([[5, 5], [50, 60]], 10), []);
});
