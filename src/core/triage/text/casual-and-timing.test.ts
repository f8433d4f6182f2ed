/**
 * Casual typing and signs told in everyday grammar (issue #4, the dev21 study of short phone messages), each on
 * sentences written for this test with a near one that must stay harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { stem } from './tokens.ts';
import { understandText } from './understand.ts';
import { readSkinSigns } from './skin-signs.ts';
import { readExertionalTiming } from './exertional-timing.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('a dropped g reads as "-ing" for runners\' verbs only, never for "skin", "shin" or "within"', () => {
  assert.equal(stem('walkin'), stem('walking'));
  assert.equal(stem('limpin'), stem('limping'));
  assert.equal(stem('runnin'), stem('running'));
  for (const w of ['skin', 'shin', 'within', 'begin', 'sprain']) assert.notEqual(stem(w), stem(`${w}g`), w);
  assert.equal(val('been limpin since the weekend', 'pain-with-walking'), true);
});

test('redness reaching up the limb and a named skin break are infection signs; a place or a sore heel is not', () => {
  assert.deepEqual(readSkinSigns('the red is now up past my ankle').map((f) => f.id), ['spreading-redness']);
  assert.deepEqual(readSkinSigns('redness creeping up to the shin since lunch').map((f) => f.id), ['spreading-redness']);
  assert.deepEqual(readSkinSigns('a bit of redness over the outer ankle'), []);
  assert.deepEqual(readSkinSigns('there is a small ulcer under the ball of my foot').map((f) => f.id), ['wound-or-broken-skin']);
  assert.deepEqual(readSkinSigns('I have a sore heel and a sore arch'), []);
  const r = assess(kb, { text: 'type 2 diabetic, got a little sore between my toes, now the foot is red up to my shin and I am shivery hot and cold' });
  assert.equal(r.triage.level, 'emergency');
});

test('redness past a pen mark, grown from a small start, or up the back of the calf spreads; a mark it stays inside does not (dev27)', () => {
  const ids = (text: string): string[] => readSkinSigns(text).map((f) => f.id);
  assert.deepEqual(ids('The pink patch began on my heel. I marked round it with a sharpie last night. By lunch it had gone past the line.'), ['spreading-redness']);
  assert.deepEqual(ids('I outlined the red bit in pen before bed and this morning it is well beyond that'), ['spreading-redness']);
  assert.deepEqual(ids('the redness was only on the knuckle at first but now it covers half the foot'), ['spreading-redness']);
  assert.deepEqual(ids('faint red streaks heading up the front of my shin'), ['spreading-redness']);
  // Near misses: a mark with no redness, redness still inside the mark, redness that started small and is now fading.
  assert.deepEqual(ids('The physio drew a circle round the sore spot so I could find it, and the ache is a bit past that now.'), []);
  assert.deepEqual(ids('I traced round the red area with a biro and it is still inside the line today.'), []);
  assert.deepEqual(ids('The redness started around the blister but now it is paler and smaller.'), []);
});

test('symptoms at a stated point of every run, or gone minutes after stopping, are the exertional pattern', () => {
  assert.equal(readExertionalTiming('shins go rock tight at exactly 2 km every run')[0]?.id, 'pain-stops-run-same-point');
  assert.equal(readExertionalTiming('I stop and it is gone within five minutes')[0]?.id, 'pain-stops-run-same-point');
  assert.deepEqual(readExertionalTiming('I run at 6 every morning'), []);
  assert.deepEqual(readExertionalTiming('I stopped running for 3 weeks and it is no better'), []);
});

test('a place phrase and its reverse are both places: "shins front" as well as "front shins"', () => {
  assert.equal(val('both shins front go tight', 'pain-front-of-shin'), true);
  assert.equal(val('front shins ache after runs', 'pain-front-of-shin'), true);
});

test('how an X-ray was taken or a foot examined is not a foot that cannot bear weight ("XR (non-WB)", "flexible on non-WB")', () => {
  assert.notEqual(val('XR ankle (non-WB): no fracture seen.', 'cannot-bear-weight'), true);
  assert.notEqual(val('Arch flexible on non-WB.', 'cannot-bear-weight'), true);
  assert.equal(val('Pt non-WB since the fall, on crutches.', 'long-travel-or-immobilisation'), true);
});
