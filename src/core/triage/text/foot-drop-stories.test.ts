/**
 * A dropped foot told by what it does (dev25): a foot that will not obey or lift, a front that stays down, toes that
 * hit the ground when walking, a slapping foot, the knee lifted high to clear the kerb. Every sentence was written for
 * this test; each family sits next to everyday sentences that share its words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('a dropped foot told by its consequence is read as foot drop', () => {
  for (const s of [
    'Since Monday my left foot will not obey when I try to raise it.',
    'I cannot lift my foot to get a sock on any more.',
    'The tip of my foot just hangs down when I step.',
    'I keep scraping my toes on the carpet when I walk.',
    'Walking down the hallway my foot slaps like a flipper.',
    'I cannot walk fast without it flapping.',
    'I have to lift my knee really high to clear the step.',
    // dev27: a lift that cannot be made to happen, a foot dragged along.
    "I can't make my foot come up when I step off the kerb.",
    'He could not get the front of his foot to lift, so he was dragging it across the yard.',
    "My foot won't behave, I'm dragging it behind me like a bad leg.",
  ]) assert.equal(val(s, 'weakness-foot-drop'), true, s);
});

test('a lift that hurts, tired legs, a denial or one stub on a root is not foot drop', () => {
  for (const s of [
    "My toes won't come up without it hurting across the top of my foot.",
    'The front of my foot stays down on the pedal when I cycle.',
    'My toes will not lift off the ground when I try a calf raise.',
    'At the end of the marathon I could barely lift my feet.',
    "My foot doesn't slap or drag and I never catch my toes.",
    'I caught my toe on a tree root and went flying.',
    'I can walk without it slapping now.',
    "I can't get my foot to come up onto the top step without it hurting.",
    'My foot sank in the bog and I spent ages dragging it out.',
    "I'm dragging it out, the recovery from my foot op.",
  ]) assert.notEqual(val(s, 'weakness-foot-drop'), true, s);
});

test('foot drop after a back episode, told with a trainer who blames a tired muscle, is seen today', () => {
  const r = assess(kb, { text: 'Low back pain going down my left leg for ten days. For two days the front of my foot will not come up, '
    + 'I keep hitting my toes on the floor when I walk and I nearly fell on the stairs. My coach says a tired shin muscle. Massage?' });
  assert.ok(r.redFlags.some((f) => f.id === 'foot-drop-with-back-pain'));
  assert.equal(r.differential[0]?.conditionId, 'lumbar-radiculopathy');
});
