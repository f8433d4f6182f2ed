/** A calf measured against the other side is read by its result, not by the name of the measurement (dev23). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCalfGirth } from './calf-girth.ts';
import { readClinicalSigns } from './clinical-signs.ts';

const girth = (text: string): boolean | undefined => readClinicalSigns(text).find((s) => s.id === 'calf-swelling-one-side')?.value;

test('a bigger calf by measurement is the swollen calf, in either word order and with a decimal', () => {
  assert.equal(girth('Left calf girth 2 cm greater than the right.'), true);
  assert.equal(girth('His left calf measures 2.5 cm more in circumference than the right.'), true);
  assert.equal(girth('Calf circumference R > L.'), true);
});

test('calves measured the same, or a measurement with no result, are not the swollen calf', () => {
  assert.equal(girth('Both calves measure the same circumference.'), false);
  assert.equal(girth('Calf girths symmetrical at 10 cm below the knee.'), false);
  assert.equal(girth('No difference in calf circumference between the legs.'), false);
  assert.equal(readCalfGirth('calf circumference to be measured at review', 0), null);
  assert.equal(readCalfGirth('the heel is 2 cm wider than the other', 0), null);
});
