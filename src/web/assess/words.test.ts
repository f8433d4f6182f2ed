import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { valueWords } from '../../core/kb/finding-words.ts';
import { likelihoodWords } from './words.ts';

const kb = await readKnowledgeBase();

test('short durations are shown in days, longer ones in weeks, without false precision', () => {
  assert.equal(valueWords(kb, 'duration-weeks', 1 / 7), '1 day');
  assert.equal(valueWords(kb, 'duration-weeks', 0.43), '3 days');
  assert.match(valueWords(kb, 'duration-weeks', 3), /^3 week/);
  assert.match(valueWords(kb, 'duration-weeks', 2.857142), /^2\.9 /);
});

test('yes/no/unknown read as words and likelihood as bands, never percentages', () => {
  assert.equal(valueWords(kb, 'swelling', true), 'yes');
  assert.equal(valueWords(kb, 'swelling', 'unknown'), 'not sure');
  assert.equal(likelihoodWords(0.7), 'Most likely');
  assert.equal(likelihoodWords(0.05), 'Less likely');
});
