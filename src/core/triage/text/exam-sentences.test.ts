import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { readExamSentences, placeDenied } from './exam-sentences.ts';
import { readPressTender } from './press-tender.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const read = (text: string, id: string): boolean | undefined => readExamSentences(text.toLowerCase()).find((s) => s.id === id)?.value;

test('calf girth told in words: equal girths are no swelling, a measured difference is (dev23)', () => {
  assert.equal(val('Aching low in the left calf for a week. Both calves measure the same in circumference.', 'calf-swelling-one-side'), false);
  assert.equal(val('Sore left calf. Calf girths were symmetrical when measured.', 'calf-swelling-one-side'), false);
  assert.equal(val('Sore left calf after a long drive. Her left calf measured 4 cm more in circumference than the right.', 'calf-swelling-one-side'), true);
  assert.equal(read('the girth of the leg is 1 cm greater', 'calf-swelling-one-side'), undefined);
});

test('manoeuvres told as what was done, with their result (dev23)', () => {
  assert.equal(read('Squeezing her calf made the foot point down normally.', 'test-calf-squeeze-no-movement'), false);
  assert.equal(read('Squeezing his calf produced normal plantarflexion.', 'test-calf-squeeze-no-movement'), false);
  assert.equal(read('On squeezing the calf there was no movement of the foot.', 'test-calf-squeeze-no-movement'), true);
  assert.equal(read('When the examiner squeezed the calf, the foot did not move.', 'test-calf-squeeze-no-movement'), true);
  assert.equal(read('Squeezing the heel from side to side was painful.', 'test-heel-squeeze-painful'), true);
  assert.equal(read('Mediolateral heel compression is pain-free.', 'test-heel-squeeze-painful'), false);
  assert.equal(read('Tapping over the tarsal tunnel sends tingling into the sole.', 'test-tinel-tarsal-tunnel'), true);
  assert.equal(read('Tapping just behind the medial malleolus gives no tingling.', 'test-tinel-tarsal-tunnel'), false);
});

test('resisted movements read by the movement and whether they hurt (dev23)', () => {
  assert.equal(read('Resisted eversion is sore.', 'pain-turning-foot-out'), true);
  assert.equal(read('Resisted inversion with the foot pointed brings on her pain.', 'pain-turning-foot-in'), true);
  assert.equal(read('Resisted inversion reproduces her symptoms.', 'pain-turning-foot-in'), true);
  assert.equal(read('Resisted dorsiflexion of the ankle is comfortable.', 'test-resisted-toe-lift-painful'), false);
  assert.equal(val('Top of foot aching. Resisted lifting of the toes is pain-free.', 'test-resisted-toe-lift-painful'), false);
});

test('a heel rise told in words: the heel that stays out, the pain, the too-many-toes view (dev23)', () => {
  assert.equal(read('He rises onto his toes on that side but the heel fails to turn inwards.', 'test-heel-raise-no-inversion'), true);
  assert.equal(read('Ten single heel rises, the heel swinging in normally.', 'test-heel-raise-no-inversion'), false);
  assert.equal(read('She can stand on tiptoe on the left, though it gets sore after six.', 'test-heel-raise-painful'), true);
  assert.equal(read('From behind, more of the little toes are seen on the flat side.', 'arch-flattening'), true);
});

test('sensation and power told in sentences (dev23)', () => {
  assert.equal(read('Pinprick is diminished over the outer sole.', 'character-numbness'), true);
  assert.equal(read('There is reduced light touch sensation on the top of the foot.', 'character-numbness'), true);
  assert.equal(read('Sensation is intact.', 'character-numbness'), undefined);
  assert.equal(read('Great toe extension scores 4/5 on the left.', 'weakness-foot-drop'), true);
  assert.equal(read('Dorsiflexion 5/5 both sides.', 'weakness-foot-drop'), undefined);
  assert.equal(read('There is weakness of ankle dorsiflexion.', 'weakness-foot-drop'), true);
});

test('a bump placed by its landmark on the inner midfoot; a tendon is not its bony landmark (dev23)', () => {
  assert.equal(read('A hard tender bump sits just in front of the inner ankle bone.', 'bony-bump-inner-midfoot'), true);
  const tendon = readPressTender('There is tenderness along the tendon just below the inner ankle bone, running towards the navicular.');
  assert.equal(tendon.some((p) => p.id === 'ottawa-tender-back-of-inner-ankle-bone' || p.id === 'ottawa-tender-navicular' || p.id === 'bony-tenderness-focal'), false);
  assert.equal(readPressTender('Tender just in front of the inner ankle bone.').some((p) => p.id === 'ottawa-tender-back-of-inner-ankle-bone'), false);
  assert.equal(readPressTender('Tender at the back edge of the inner ankle bone.').some((p) => p.id === 'ottawa-tender-back-of-inner-ankle-bone'), true);
});

test('a place said not to be tender gives no place (dev23)', () => {
  const t = 'the area behind the outer ankle bone is not tender';
  assert.equal(placeDenied(t, [9, 36]), true);
  assert.equal(placeDenied('pain behind the outer ankle bone when running', [5, 32]), false);
});

test('spread-out tenderness placed off the inner shin edge is not the shin-splints strip (dev23)', () => {
  assert.equal(val('Front of both shins ache. Diffuse tenderness over the muscle on the outer side of the shin.', 'tender-shin-inner-edge-long'), false);
  assert.equal(val('Shins ache. Diffuse tenderness along the lower inner border of the tibia.', 'tender-shin-inner-edge-long'), true);
});

test('tender between the two leg bones is the ligament binding them, not the fibula\'s Ottawa point (dev23)', () => {
  const p = readPressTender('Tender between the tibia and fibula a few centimetres above the ankle.');
  assert.equal(p.some((x) => x.id === 'ottawa-tender-back-of-outer-ankle-bone'), false);
  assert.equal(readPressTender('Tender at the back edge of the fibula.').some((x) => x.id === 'ottawa-tender-back-of-outer-ankle-bone'), true);
});

test('a red hot joint that is exquisitely tender is not a tender bone by that word alone (dev23)', () => {
  assert.equal(val('The top of his foot is hot and red and exquisitely tender.', 'bony-tenderness-focal'), undefined);
  assert.equal(val('Point tenderness over the second metatarsal shaft.', 'bony-tenderness-focal'), true);
});
