import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { readSide } from './side.ts';
import { readNumbers } from './numbers.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('the side an examiner compares against is not a second painful side (dev23)', () => {
  assert.equal(readSide('Her left ankle is swollen, more so than the right.')?.value, 'left');
  assert.equal(readSide('The right heel is tender. Hop test: 4 on the right and 15 on the left.')?.value, 'right');
  assert.equal(readSide('Grip the right foot; the arch sits lower compared with the left foot.')?.value, 'right');
  assert.equal(readSide('Pain in the left shin and in the right shin.')?.value, 'both');
  assert.equal(readSide('Sore right arch. Both arches are flat.')?.value, 'right');
});

test('"today" in an examination sentence is not when the pain began (dev23)', () => {
  const weeks = (t: string): unknown => readNumbers(t).find((n) => n.kind === 'duration-weeks')?.value;
  assert.equal(weeks('There is no bruising or swelling today.'), undefined);
  assert.equal(weeks('Today, hopping is painful at the ankle.'), undefined);
  assert.equal(weeks('It started hurting today on my run.'), 0);
});

test('a list denied with "pins and needles" inside it stays denied to its end (dev23)', () => {
  assert.equal(val('Heel pain. She denies pins and needles, burning or numbness.', 'character-numbness'), false);
  assert.equal(val('Heel pain. No pins and needles or numbness.', 'character-numbness'), false);
});

test('a faint mark is a slight one, not a faint (dev23)', () => {
  assert.equal(val('Calf sore since the race, with a faint bruise low down.', 'chest-pain-or-breathless'), undefined);
  assert.equal(val('Calf sore and I felt faint on the stairs.', 'chest-pain-or-breathless'), true);
});

test('the bone sticking out on the edge of the foot is a landmark; a bone sticking out after a fall is not (dev14, dev23)', () => {
  assert.equal(val('Rolled the foot on a root; the bone sticking out on the outer edge of my foot is tender.', 'deformity'), undefined);
  assert.equal(val('Came off the bike and a bone is sticking out near my ankle.', 'deformity'), true);
});
