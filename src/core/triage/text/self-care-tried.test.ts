/** Home treatment told as having failed (dev19), on sentences written for this test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSelfCareTried } from './self-care-tried.ts';

const found = (text: string): boolean => readSelfCareTried(text).some((f) => f.id === 'self-care-not-helping');

test('a treatment that has not helped is read, whatever the helping verb', () => {
  for (const text of [
    "The calf stretches haven't done a thing for it.",
    'Icing it every night has made zero difference.',
    "New insoles didn't make any difference at all.",
    "Two weeks of rest hasn't really changed anything.",
    'The physio exercises have done nothing, six weeks in.',
    "Rolling it on a golf ball isn't helping.",
  ]) assert.ok(found(text), text);
});

test('no harm, a manoeuvre that does not hurt, a question and the rest of the day are not a failed treatment', () => {
  for (const text of [
    "Resting it hasn't made it worse.",
    'Stretching the arch does nothing, it only hurts when I press the heel.',
    'Should I use ice or heat?',
    "The rest of the run didn't change much.",
    'I have been stretching every day and it feels looser.',
  ]) assert.ok(!found(text), text);
});
