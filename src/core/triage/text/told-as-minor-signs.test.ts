/**
 * Doctor-level signs told in passing (the dev16 study): a failed hop, an ache while sitting, a spot the size of a
 * fingertip, a child who will not put the foot down, a measured fever, a diabetic foot hotter than the other. Every
 * sentence was written for this test (none is a vignette's), each family with the everyday sentence that shares its
 * words and must stay harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readToldAsMinorSigns } from './told-as-minor-signs.ts';

const kb = await readKnowledgeBase();
const ids = (text: string): string[] => readToldAsMinorSigns(text).map((f) => f.id);
const result = (text: string): { level: string; flags: string[] } => {
  const r = assess(kb, { text });
  return { level: r.triage.level, flags: r.redFlags.map((f) => f.id) };
};

test('a hop tried and failed, or hopping drills sat out, is a painful hop test', () => {
  for (const text of [
    'Had a go at hopping on it in the hallway, no chance.',
    'I tried a single leg hop and ouch.',
    'He skips the bounding drills at training now.',
    'She sat out the plyo and jumping work on Tuesday.',
  ]) assert.ok(ids(text).includes('test-hop-painful'), text);
  for (const text of ['Tried hopping on it and it was fine.', 'I did some jumping jacks to warm up.', 'We did hopping drills at training.']) {
    assert.ok(!ids(text).includes('test-hop-painful'), text);
  }
});

test('an ache while sitting still is pain at rest, but stiffness on getting up after sitting is not', () => {
  for (const text of ['My shin throbs even sitting on the sofa.', 'It aches in meetings at work too.', 'The top of my foot is sore sat at my desk.']) {
    assert.ok(ids(text).includes('pain-at-night-or-rest'), text);
  }
  for (const text of ['It hurts when I stand up after sitting in the car.', 'Sitting is fine, it only hurts on runs.']) {
    assert.ok(!ids(text).includes('pain-at-night-or-rest'), text);
  }
});

test('a spot on the bone small enough to cover with a fingertip is focal bone tenderness, a tendon spot is not', () => {
  for (const text of ['The sore bit on my shin bone is tiny, I can cover it with one finger.', 'A spot on top of my foot the size of a 5p.']) {
    assert.ok(ids(text).includes('bony-tenderness-focal'), text);
  }
  assert.ok(!ids('A spot on my achilles I could cover with a thumb.').includes('bony-tenderness-focal'));
});

test('a fingertip spot on the shin with a bump and hopping avoided is a stress fracture to check', () => {
  const r = result('Front of my shin has hurt for six weeks, one place I can cover with my fingertip, and now a little lump. I skip the jumping drills.');
  assert.equal(r.level, 'doctor');
  assert.ok(r.flags.some((f) => f.startsWith('bone-stress')), r.flags.join(', '));
});

test('a heel pinched from side to side and sore is a painful heel squeeze', () => {
  assert.ok(ids('Squeezing my heel from either side is really sore.').includes('test-heel-squeeze-painful'));
  assert.ok(!ids('Squeezing my heel from side to side is fine.').includes('test-heel-squeeze-painful'));
});

test('weight lost in kilos, a lost libido or periods not back is low energy availability', () => {
  for (const text of ['Lost about 6 kilos since I started the ultra block.', 'My libido is non-existent lately, no libido at all.', 'Periods still have not come back since I stopped the pill.']) {
    assert.ok(ids(text).includes('low-energy-availability'), text);
  }
  assert.ok(!ids('I lost my keys on the run.').includes('low-energy-availability'));
});

test('a child who will not put the foot down, with a measured fever and a warm joint, is an emergency', () => {
  assert.ok(ids('He refuses to put his right foot down and bum-shuffles or crawls around.').includes('cannot-bear-weight'));
  assert.ok(!ids("I won't put weight on it until the physio has seen it.").includes('cannot-bear-weight'));
  assert.ok(ids('Her temperature was 38.9 this evening.').includes('fever-or-unwell'));
  assert.ok(!ids('Ran 38.5 km on Sunday.').includes('fever-or-unwell'));
  const r = result('My 6 year old is limping since this morning and now won\'t put any weight on the left leg. Her knee and ankle look puffy and warm and the thermometer said 38.4.');
  assert.equal(r.level, 'emergency', r.flags.join(', '));
  assert.ok(r.flags.includes('fever-not-bearing-weight'));
});

test('a diabetic foot hotter than the other, red or swollen, is never self-care even when it hardly hurts', () => {
  assert.ok(ids('Type 2 for ten years, on metformin.').includes('diabetes'));
  assert.ok(ids('I am T1D and my sugars are running high.').includes('diabetes'));
  assert.ok(!ids('That hill was type 2 fun.').includes('diabetes'));
  assert.ok(ids('My left foot feels a lot warmer than the right one.').includes('warmth'));
  for (const text of [
    'Type 1 since I was a kid and my feet are numb. The middle of my left foot is puffy and warmer than the other one, no pain really.',
    'Diabetic with neuropathy. My foot has gone red and swollen across the top after a long walk, probably twisted it.',
  ]) {
    const r = result(text);
    assert.equal(r.level, 'urgent', `${text} → ${r.flags.join(', ')}`);
    assert.ok(r.flags.includes('diabetic-hot-swollen-foot'), text);
  }
});

test('a tear felt under the heel or arch is a pop, and with the sole bruised or the arch aching it is a fascia tear to check', () => {
  assert.ok(ids('On the last rep I felt something give under my arch.').includes('injury-pop-or-snap'));
  assert.ok(ids('A tearing feeling in the bottom of my heel at mile 3.').includes('injury-pop-or-snap'));
  assert.ok(!ids('I felt great on the tempo run.').includes('injury-pop-or-snap'));
  const r = result('After two steroid shots for my heel I was back doing hill sprints and felt something rip under the arch, the sole is now bruised.');
  assert.equal(r.level, 'doctor');
  assert.ok(r.flags.includes('plantar-fascia-tear'), r.flags.join(', '));
});

test('the navicular placed as the high point on top of the foot in line with the big toe is tender bone there', () => {
  const r = result('Seven weeks of a dull midfoot ache. When I press on the highest bit of the top of my foot, just behind the big toe line, it really hurts. Tried hopping and no chance.');
  assert.ok(r.flags.includes('bone-stress-high-risk-site'), r.flags.join(', '));
});

test('a joint that flares red and hot again and again is previous similar attacks, an ordinary count is not', () => {
  assert.ok(ids('My big toe goes red and swollen every few months and settles in a week.').includes('previous-similar-joint-attack'));
  assert.ok(ids('Three flares since Christmas, each time the toe joint hot.').includes('previous-similar-joint-attack'));
  assert.ok(!ids('I run every few weeks with the club.').includes('previous-similar-joint-attack'));
});
