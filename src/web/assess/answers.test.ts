import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NextQuestion } from '../../core/triage/index.ts';
import { readAnswer } from './answers.ts';

const base = { why: 'because', findingId: 'x' } as const;
const form = (answer: string, nav = 'answer', flags: string[] = []) => ({ answer, nav, flags });

test('yes/no, and "Not sure" is unknown, never no', () => {
  const q: NextQuestion = { ...base, kind: 'finding', text: 'Swollen?', type: 'boolean' };
  assert.deepEqual(readAnswer(q, form('yes')), { changes: [['x', true]] });
  assert.deepEqual(readAnswer(q, form('no')), { changes: [['x', false]] });
  assert.deepEqual(readAnswer(q, form('', 'unsure')), { changes: [['x', 'unknown']] });
  assert.ok('error' in readAnswer(q, form('maybe')));
});

test('numbers are checked against the range and unit', () => {
  const q: NextQuestion = { ...base, kind: 'finding', text: 'How many weeks?', type: 'number', min: 0, max: 104, unit: 'weeks' };
  assert.deepEqual(readAnswer(q, form(' 3,5 ')), { changes: [['x', 3.5]] });
  const bad = readAnswer(q, form('200'));
  assert.ok('error' in bad && /from 0 to 104 \(weeks\)/.test(bad.error));
  assert.ok('error' in readAnswer(q, form('')));
});

test('choices and sides must be one of the options', () => {
  const q: NextQuestion = { ...base, kind: 'finding', text: 'Which side?', type: 'side', options: [{ value: 'left', label: 'Left' }, { value: 'right', label: 'Right' }] };
  assert.deepEqual(readAnswer(q, form('left')), { changes: [['x', 'left']] });
  assert.ok('error' in readAnswer(q, form('up')));
});

test('the red-flag screen: ticked is yes, unticked is no, and stray ids are ignored', () => {
  const q: NextQuestion = {
    kind: 'red-flag-screen', findingId: null, text: 'Any of these?', type: 'multi', why: 'safety',
    items: [{ findingId: 'a', label: 'A', question: 'A?' }, { findingId: 'b', label: 'B', question: 'B?' }],
  };
  assert.deepEqual(readAnswer(q, form('', 'answer', ['b', 'zzz'])), { changes: [['a', false], ['b', true]] });
});
