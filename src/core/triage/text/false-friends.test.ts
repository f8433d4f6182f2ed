/**
 * False friends: everyday sentences whose words the lexicon would otherwise read as symptoms, injuries or history,
 * on the real KB, each next to the medical sentence that must still be read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('putting on body weight is neither a rolled ankle nor "cannot bear weight"', () => {
  assert.equal(val("I've put on a bit of weight since Christmas and my ankle aches", 'injury-rolled-ankle'), undefined);
  assert.equal(val("I've put on a bit of weight since Christmas and my ankle aches", 'cannot-bear-weight'), undefined);
  assert.equal(val("I can't seem to put on weight whatever I eat, and my shin is sore", 'cannot-bear-weight'), undefined);
  assert.notEqual(assess(kb, { text: "I can't seem to put on weight whatever I eat, and my shin is sore" }).triage.level, 'urgent');
  assert.equal(val("rolled my ankle and can't put weight on it", 'cannot-bear-weight'), true);
  assert.equal(val("rolled my ankle and can't put weight on it", 'injury-rolled-ankle'), true);
});

test('walking, football and hiking boots are footwear; a medical boot or cast is still immobilisation', () => {
  for (const t of ['bought new walking boots and my heel hurts', 'wore my football boots and now my arch aches', 'my hiking boot rubs my ankle', 'did a boot camp class, calf tight']) {
    assert.equal(val(t, 'recent-surgery-or-cast'), undefined, t);
  }
  for (const t of ['was in a boot after surgery for six weeks, calf sore', 'wearing an aircast', 'I was in a moon boot', "I'm in a walking boot", 'in a cast until last week']) {
    assert.equal(val(t, 'recent-surgery-or-cast'), true, t);
  }
  assert.equal(val('took a boot to the shin at football', 'injury-direct-blow'), true);
});

test('foam rolling is massage, not a rolled ankle', () => {
  assert.equal(val('I foam rolled my calf and it still aches', 'injury-rolled-ankle'), undefined);
  assert.equal(val('I rolled it out on a lacrosse ball and my arch still hurts', 'injury-rolled-ankle'), undefined);
  assert.equal(val('rolled it on a kerb and it swelled up', 'injury-rolled-ankle'), true);
});

test('"kicked off" and "kicked in" as a start are not a kick to the calf (no Achilles warning)', () => {
  for (const t of ['the race kicked off at 9 and my calf hurt', 'then the pain kicked in in my calf', 'the adrenaline kicked in and my calf was fine']) {
    assert.equal(val(t, 'injury-kicked-in-calf'), undefined, t);
    assert.ok(!assess(kb, { text: t }).redFlags.some((f) => f.id === 'achilles-rupture'), t);
  }
  assert.equal(val('felt like I was kicked in the calf', 'injury-kicked-in-calf'), true);
});

test('the GP surgery, an operations job and casting a vote are not an operation or a cast', () => {
  assert.equal(val("my GP surgery can't see me until next week, heel hurts", 'recent-surgery-or-cast'), undefined);
  assert.equal(val('rang the surgery about my heel', 'recent-surgery-or-cast'), undefined);
  assert.equal(val('I work as an operations manager, heel pain', 'recent-surgery-or-cast'), undefined);
  assert.equal(val('cast my vote then went for a run, heel sore', 'recent-surgery-or-cast'), undefined);
  assert.equal(val('had knee surgery in March and now my calf is swollen', 'recent-surgery-or-cast'), true);
});

test('a cold snap or snapping at someone is not a snapping tendon; a flu jab is not jabbing pain', () => {
  assert.equal(val('got caught in a cold snap, heel sore', 'character-clicking-or-catching'), undefined);
  assert.equal(val('snapped at my kids this morning, heel sore', 'character-clicking-or-catching'), undefined);
  assert.equal(val('snapped a photo at the finish, heel sore', 'character-clicking-or-catching'), undefined);
  assert.equal(val('felt something snap at the back of my leg', 'injury-pop-or-snap'), true);
  assert.equal(val('had my flu jab yesterday, shin sore', 'character-sharp'), undefined);
  assert.equal(val('a jab of pain in my heel', 'character-sharp'), true);
});

test('a trip someone took is a journey, not a stumble; "a trip on a root" is still a stumble', () => {
  assert.notEqual(val('My calf has been tight since before the trip.', 'injury-fall-or-jump'), true);
  assert.notEqual(val('Swollen calf after my work trip.', 'injury-fall-or-jump'), true);
  assert.equal(val('I had a trip on a root and went over on it.', 'injury-fall-or-jump'), true);
});

test('faint said of a sign means slight, not a collapse; feeling faint is still a faint (dev23)', () => {
  assert.notEqual(val('There is a faint purple bruise over the inner calf.', 'chest-pain-or-breathless'), true);
  assert.notEqual(val('Her foot pulses are faint on the left.', 'chest-pain-or-breathless'), true);
  assert.notEqual(val('The skin is faintly pink over the tendon.', 'chest-pain-or-breathless'), true);
  assert.equal(val('I felt faint and breathless climbing the stairs.', 'chest-pain-or-breathless'), true);
  assert.equal(val('He went faint when he got up from the sofa.', 'chest-pain-or-breathless'), true);
});

test('real words one slip from a lexicon word are left alone: seeking, medical, father (dev23)', () => {
  assert.notEqual(val('Seeking advice about a runner with heel pain.', 'pus-or-discharge'), true);
  assert.notEqual(val('Seeing her GP next week about the heel.', 'pus-or-discharge'), true);
  assert.equal(val('Wound is seeping a little yellow fluid.', 'pus-or-discharge'), true);
});

test('a quality wanted back is not the back, and a foot at its normal angle is not deformed (dev25)', () => {
  for (const s of ['Any exercises to get my strength back?', 'Desperate to have my speed back before the race.', 'How long until I get my confidence back on trails?']) {
    assert.equal(val(s, 'back-pain'), undefined, s);
  }
  assert.equal(val('My lower back is sore and I want my fitness back.', 'back-pain'), true);
  assert.equal(val('Kneeling down, the good foot sits at a normal angle.', 'deformity'), undefined);
  assert.equal(val('After the fall the foot was sitting at an angle it should not be.', 'deformity'), true);
  // "The knobbly outside bone" is the ankle bone as a landmark, not a lump.
  assert.equal(val('Pressing the knobbly outside bone hurts after I rolled it.', 'lump-or-thickening'), undefined);
});

test('the leg a hop or a stand is done on is how the test is done, not a leg that hurts (dev22)', () => {
  assert.equal(val('the front of my ankle twinges when I hop on the right leg', 'pain-lower-leg-area'), undefined);
  assert.equal(val('balancing on my bad leg makes the outside of my foot ache', 'pain-lower-leg-area'), undefined);
  assert.equal(val('my whole lower leg aches after the long run', 'pain-lower-leg-area'), true);
  // Hopping on the other leg spares the bad one: it still tells a leg that cannot take weight.
  assert.equal(val('I twisted it and had to hop home on the other leg', 'cannot-bear-weight'), true);
});
