import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { readEarlierOpinions } from './earlier-opinions.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const opinions = (text: string): string[] => readEarlierOpinions(text).map((s) => text.slice(s.start, s.end));

test('an earlier opinion told in passing gives no findings; what happened still does (dev23)', () => {
  assert.equal(val('Her GP thought she had pulled a calf muscle on a run. The calf has been swollen and warm for four days.', 'calf-pull-during-run'), undefined);
  assert.equal(val('It was initially put down to tight laces. The top of the foot aches on every run.', 'worse-tight-shoes'), undefined);
  assert.equal(val('He had been told it was only a sprain, but he still cannot put weight on it.', 'cannot-bear-weight'), true);
  assert.equal(val('He had been told it was only a sprain, but he still cannot put weight on it.', 'injury-rolled-ankle'), undefined);
});

test('who gave the opinion, and where it ends (dev23)', () => {
  assert.deepEqual(opinions('A physiotherapist labelled it shin splints, and the pain is now at night.'), ['physiotherapist labelled it shin splints']);
  assert.deepEqual(opinions('She puts it down to new shoes.'), ['She puts it down to new shoes.']);
  // A touch, a record and a result are findings, not opinions; shoes called trainers are not people.
  assert.deepEqual(opinions('The physio felt a gap in the tendon.'), []);
  assert.deepEqual(opinions('The nurse recorded a temperature of 38.6.'), []);
  assert.deepEqual(opinions('The doctor said the X-ray showed a fracture.'), []);
  assert.deepEqual(opinions('My trainers felt tight at the toes.'), []);
  assert.deepEqual(opinions('The nurse line was shut so I thought I would ask here.'), []);
});
