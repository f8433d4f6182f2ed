import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSentences } from './story-sentences.ts';

test('story sentences: spans point into the whole text, a decimal point does not end a sentence', () => {
  const found = readSentences('Not sure. Toes NUMB! Temp 38.5 tonight.', ({ sentence, push }) => {
    push('numb', /numb/.exec(sentence));
    push('temp', /38\.5 tonight/.exec(sentence));
    push('never', null);
  });
  assert.deepEqual(found, [{ id: 'numb', span: [15, 19] }, { id: 'temp', span: [26, 38] }]);
});
