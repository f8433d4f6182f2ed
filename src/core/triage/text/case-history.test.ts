import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { readCaseHistory } from './case-history.ts';
import { readNumbers } from './numbers.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const ids = (text: string): string[] => readCaseHistory(text.toLowerCase()).map((f) => f.id);

test('an ankle turned in as an event is the inversion injury, of sudden onset (dev23)', () => {
  assert.deepEqual(ids('He twisted his right ankle under him landing from a jump.'), ['injury-rolled-ankle', 'onset-sudden']);
  assert.deepEqual(ids('She went over on her foot on a tree root.'), ['injury-rolled-ankle', 'onset-sudden']);
  assert.equal(val('She rolled her left ankle inwards on a kerb two days ago and the outside of the foot is bruised.', 'injury-rolled-ankle'), true);
  // Turning the foot in as a movement that hurts is a symptom, not an injury.
  assert.deepEqual(ids('Turning the foot inwards against resistance is painful.'), []);
});

test('a recent operation named by its procedure is recent surgery; an old one is not (dev23)', () => {
  assert.ok(ids('He underwent a right hip arthroscopy ten days ago.').includes('recent-surgery-or-cast'));
  assert.ok(ids('Three weeks after an anterior cruciate ligament reconstruction, her calf aches.').includes('recent-surgery-or-cast'));
  assert.deepEqual(ids('She had an appendicectomy as a child.'), []);
});

test('parts of the day counted per week are how often, not how long (dev23)', () => {
  assert.equal(readNumbers('She runs four evenings a week and her heel has hurt for 3 weeks.').find((n) => n.kind === 'duration-weeks')?.value, 3);
});
