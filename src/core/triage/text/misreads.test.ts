/**
 * General misreadings of the text reader (issue #4), each on sentences written for this test: the misread wording and
 * a near one that must keep its meaning (real warning signs must still count).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readNumbers } from './numbers.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('feet slapping as tired running form is asked about; a foot that slaps and catches is still foot drop', () => {
  for (const text of [
    'By the last few miles of the marathon I was slapping my feet down and my shins were screaming.',
    'He goes flat and starts slapping his feet on the steep downhill, then the front of his shin aches.',
  ]) {
    assert.notEqual(val(text, 'weakness-foot-drop'), true, text);
    assert.ok(!flags(text).includes('foot-drop'), text);
  }
  for (const text of [
    'My right foot slaps down when I walk and the toes catch on the stairs.',
    'Foot keeps slapping on my runs and the top of it has gone numb.',
  ]) assert.equal(val(text, 'weakness-foot-drop'), true, text);
});

test('what the runner can still do answers the push-off question; "can\'t" still raises it', () => {
  const strain = 'Felt like a stone hit the middle of my calf on the hill, still can rise up on my toes, sore spot mid calf.';
  assert.equal(val(strain, 'cannot-push-off-or-tiptoe'), false);
  assert.equal(val(strain, 'pain-tiptoe'), undefined);
  assert.ok(!flags(strain).includes('achilles-rupture'));
  const rupture = 'Felt like someone threw a stone at the back of my ankle and now I cannot get up on my toes at all.';
  assert.equal(val(rupture, 'cannot-push-off-or-tiptoe'), true);
  assert.ok(flags(rupture).includes('achilles-rupture'));
  assert.equal(val('not able to go up on my toes since the twinge', 'cannot-push-off-or-tiptoe'), true);
  // An ability said to hurt tells of pain on tiptoe, not of what is possible.
  const painful = 'I can go up on my tiptoes but it really hurts the inside of my ankle.';
  assert.equal(val(painful, 'pain-tiptoe'), true);
  assert.equal(val(painful, 'cannot-push-off-or-tiptoe'), undefined);
  // A verdict after a "no" phrase confirms it.
  assert.equal(val('no swelling and I am able to walk normally', 'cannot-bear-weight'), false);
});

test('"carry on walking" is not "walk to the car": no claudication from a car park', () => {
  assert.equal(val('I can walk to the car but the top of my foot hurts when I run', 'pain-walking-relieved-standing'), undefined);
  assert.equal(val('My calf cramps after a few hundred metres, I stand still a minute and then I can carry on walking', 'pain-walking-relieved-standing'), true);
});

test('weight kept off one part of the foot is not an inability to bear weight', () => {
  assert.notEqual(val('Went over on it, cannot put weight through the outer edge of my foot', 'cannot-bear-weight'), true);
  assert.notEqual(val('I cannot put weight on the ball of my foot since the race', 'cannot-bear-weight'), true);
  assert.equal(val('Went over on it and cannot put weight on my foot at all', 'cannot-bear-weight'), true);
  assert.equal(val('I cannot put any weight on it', 'cannot-bear-weight'), true);
});

test('"not just first thing" still means first-step pain; "rather than" denies it', () => {
  assert.equal(val('The arch hurts not only first thing in the morning but all afternoon too', 'pain-first-steps'), true);
  assert.equal(val('Heel aches, and not just first thing in the morning', 'pain-first-steps'), true);
  assert.equal(val('It is the evenings rather than first thing', 'pain-first-steps'), false);
  assert.equal(val('Not first thing in the morning, only after long runs', 'pain-first-steps'), false);
});

test('"growing pains" is a name, not pain building by the hour', () => {
  assert.equal(val('My daughter has growing pains in her heels after netball', 'pain-getting-worse-by-hour'), undefined);
  assert.equal(val('My shin pain keeps growing, worse every hour since the race', 'pain-getting-worse-by-hour'), true);
});

test('a place said to be fine now is not where it hurts', () => {
  // Read as its own finding ("the ankle has settled, the foot is still sore"), never as ankle pain.
  assert.notEqual(val('Shin aches after runs; the ankle itself is fine now.', 'pain-ankle-area'), true);
  assert.equal(val('The ankle is fine now when I walk but sore when I run', 'pain-ankle-area'), true);
});

test('a correction after a comma does not negate the place before it', () => {
  assert.equal(val('The front of my shin is sore, not the bone.', 'pain-front-of-shin'), true);
  assert.equal(val('The front of my shin is sore, not the bone.', 'bony-tenderness-focal'), false);
  assert.equal(val('Front of my shin bone hurts', 'pain-front-of-shin'), true);
});

test('a comparison with old injuries is not denied by the "not" before it; a list under one verdict is', () => {
  assert.equal(val('It hurts on the inner side, not on the outside like my previous sprains', 'previous-ankle-sprains'), true);
  assert.equal(val('sore on the inside of the ankle, no previous sprains', 'previous-ankle-sprains'), false);
  // A bone point that is not tender is a "no" for that point (the place may still hurt elsewhere).
  assert.equal(val('Navicular and 5th MT base NTTP.', 'ottawa-tender-navicular'), false);
  assert.equal(val('Navicular and 5th MT base NTTP.', 'ottawa-tender-base-of-fifth-metatarsal'), false);
  assert.equal(val("Rolled it. The bony bump halfway along the outside of my foot isn't sore to press.", 'ottawa-tender-base-of-fifth-metatarsal'), false);
  assert.equal(val('TTP over the cuboid, 5th MT base NT.', 'ottawa-tender-base-of-fifth-metatarsal'), false);
  assert.equal(val('Rolled it. The bony bump halfway along the outside of my foot is sore to press.', 'ottawa-tender-base-of-fifth-metatarsal'), true);
  assert.ok(!flags('Inversion injury. Lateral malleolus and medial malleolus non-tender.').includes('bone-stress-suspected'));
  assert.ok(flags('Lateral malleolus tender, medial malleolus non-tender.').includes('bone-stress-suspected'));
  // A note's next item after a comma has its own verdict.
  assert.equal(val('Temp 38.4, HR 90.', 'fever-or-unwell'), true);
});

test('durations: "8-month history", "6-week hx"; a day named for something else is not when the pain began', () => {
  const weeks = (text: string): number[] => readNumbers(text, '2026-11-22').filter((n) => n.kind === 'duration-weeks').map((n) => Number(n.value));
  assert.deepEqual(weeks('an 8-month history of heel pain'), [34.8]);
  assert.deepEqual(weeks('6-week hx of shin pain'), [6]);
  assert.deepEqual(weeks('pain for 2-3 days'), [0.4]);
  assert.deepEqual(weeks('had a fever last week, now my heel hurts first steps'), []);
  assert.deepEqual(weeks('I was at a wedding last week. My heel hurts in the morning'), []);
  assert.deepEqual(weeks('rolled my ankle yesterday'), [0.1]);
  assert.deepEqual(weeks('did a parkrun yesterday and my calf popped'), [0.1]);
  assert.deepEqual(weeks('it started last week'), [1]);
});

test('how often is not how long: "4 times a week", "twice a week", "5 runs a week" give no duration', () => {
  const weeks = (text: string): number[] => readNumbers(text, '2026-11-22').filter((n) => n.kind === 'duration-weeks').map((n) => Number(n.value));
  assert.deepEqual(weeks('I run 4 times a week and my foot hurts'), []);
  assert.deepEqual(weeks('I only run twice a week'), []);
  assert.deepEqual(weeks('I do 5 runs a week, 4x a week on the road'), []);
  assert.deepEqual(weeks('it has hurt for a week'), [1]);
});

test('everyday words that are not findings: "at the start of runs", "wear heels", "hobble on my heel", "an easy 5k", "foot flat"', () => {
  assert.notEqual(val('my shins are tight at the start of runs then fine', 'new-to-running'), true);
  assert.equal(val('I only took up running in the spring', 'new-to-running'), true);
  assert.notEqual(val('tops of my feet ache after runs, only since the new trainers', 'new-to-running'), true);
  assert.notEqual(val('the ball of my foot is worse when I wear heels to the office', 'pain-heel-underside'), true);
  assert.notEqual(val('after the fall I can only hobble on my heel', 'pain-heel-underside'), true);
  assert.notEqual(val('did an easy 5k yesterday and it was sore the whole way', 'pain-eases-with-warm-up'), true);
  assert.equal(val('it eases once I warm up', 'pain-eases-with-warm-up'), true);
  assert.notEqual(val('I am limping about with the foot flat', 'flat-feet'), true);
  assert.equal(val('I have always had flat feet', 'flat-feet'), true);
});

test('tenderness: "fine to press" denies it, a sore bony landmark is tender, and a tender bone is not undone by another bone', () => {
  assert.equal(val('rolled it on a root; the ankle bones are fine to press', 'bony-tenderness-focal'), false);
  assert.notEqual(val('my heel is fine to press but hurts in the morning', 'pain-heel-underside'), false);
  assert.equal(val('went over on a drain cover and the knobbly bit halfway down the outside of my foot is the sore bit', 'ottawa-tender-base-of-fifth-metatarsal'), true);
  assert.equal(val('the knobbly bit on the outside of my foot is agony to touch. The ankle bones are fine to press.', 'bony-tenderness-focal'), true);
  assert.equal(val('if I press the top of her foot just in front of the ankle on the inner side she pulls her foot away', 'ottawa-tender-navicular'), true);
  assert.notEqual(val('it is sore to press along the muscle just to the outside of the bone', 'bony-tenderness-focal'), true);
  assert.equal(val('stepped off a kerb and the outer middle of my sole is sore to press', 'tender-outer-midfoot'), true);
  assert.equal(val('since I turned it on a camber something is not sitting right in the outside of my foot', 'midfoot-feels-out-of-place'), true);
});

test('a letter headed "Referral:" tells the history; "referral" later in a note is the plan', () => {
  assert.equal(val('Referral: 61M runner, 3/12 medial ankle pain behind the medial malleolus.', 'pain-inside-ankle'), true);
  assert.notEqual(val('Heel pain 3/12, first steps worst. Referral: neurology to exclude foot drop and numbness.', 'character-numbness'), true);
});

test('a person twisting round over a planted foot is the mechanism, not a foot twisted out of line (dev16)', () => {
  const r = assess(kb, { text: 'My boot caught in the turf and I twisted round over it, the foot was forced outwards. Hurts above the ankle between the leg bones.' });
  assert.ok(!r.redFlags.some((f) => f.id === 'deformity-after-injury'), r.redFlags.map((f) => f.id).join(', '));
  const bent = assess(kb, { text: 'Fell on the trail and my foot is twisted round, pointing the wrong way.' });
  assert.ok(bent.redFlags.some((f) => f.id === 'deformity-after-injury'));
});

test('"never had Achilles trouble in 20 years" is a clean history and does not deny the sore Achilles now (dev16)', () => {
  const found = understandText(kb, 'Both Achilles have been sore since the antibiotics. I have never had Achilles problems in 20 years of running.').findings;
  assert.equal(found.find((f) => f.id === 'pain-achilles')?.value, true);
  const now = understandText(kb, 'It is the front of my shin. Never had any achilles pain with it.').findings;
  assert.notEqual(now.find((f) => f.id === 'pain-achilles')?.value, true);
});

test('a place compared with an old injury ("not the front of the ankle like my sprains were") does not deny today\'s injury (dev16)', () => {
  const found = understandText(kb, 'I rolled my ankle on Saturday. The sore bit is not the front of the ankle like my old sprains, it is higher up.').findings;
  assert.equal(found.find((f) => f.id === 'injury-rolled-ankle')?.value, true);
});

test('"not my usual roll, the foot went outwards" leaves the outward twist without a rolled ankle (dev16)', () => {
  const found = understandText(kb, 'Went over on it at netball, not my normal sprain: my foot stuck and I twisted round over it so it got forced outwards.').findings;
  assert.notEqual(found.find((f) => f.id === 'injury-rolled-ankle')?.value, true);
});

test('"started running more" is more running, not a beginner; "only started running in May" still is (dev18)', () => {
  assert.notEqual(val('I started running more this spring and my shins hurt', 'new-to-running'), true);
  assert.equal(val('I only started running in May', 'new-to-running'), true);
});

test('a stress fracture guessed at today is not a past one; one had before still is (dev19)', () => {
  for (const text of [
    "I reckon I have a stress fracture in my shin, it's sore on runs.",
    'Convinced I have got a stress fracture in the top of my foot after reading online.',
  ]) assert.notEqual(val(text, 'previous-stress-fracture'), true, text);
  for (const text of [
    'I had a stress fracture in the same foot in 2022 and now it aches again.',
    'Previous stress fracture of my tibia; this time the pain is in the arch.',
  ]) assert.equal(val(text, 'previous-stress-fracture'), true, text);
});

test('a tender spot that is pinched or thickened is soft tissue, not a bony point; a spot on the bone still is (dev19)', () => {
  for (const text of [
    'There is a small knot in the tendon that is tender when I pinch it.',
    'A thickened spot in the Achilles is tender to squeeze.',
  ]) assert.notEqual(val(text, 'bony-tenderness-focal'), true, text);
  for (const text of [
    'There is one spot on the shin bone that is tender to press.',
    'Pressing one small spot on top of my foot hurts a lot.',
  ]) assert.equal(val(text, 'bony-tenderness-focal'), true, text);
});

test('years spent at a sport or living somewhere are not how long it has hurt (dev19)', () => {
  const weeks = (text: string): unknown => readNumbers(text).find((n) => n.kind === 'duration-weeks')?.value;
  for (const text of [
    'I played rugby for years and now my big toe is stiff.',
    'I have lived here since 3 years and the heel hurts in the morning.',
    'Been in the UK for 5 years, my shin aches after runs.',
    'Cycling for 20 years, new to running, calf sore.',
  ]) assert.equal(weeks(text), undefined, text);
  for (const text of [
    'Been playing through it for 3 weeks and the heel is sore.',
    'My heel has hurt walking for 2 weeks.',
  ]) assert.equal(typeof weeks(text), 'number', text);
});

test('a tendon named as a landmark beside a tender point leaves it a bony point (dev18, dev19)', () => {
  assert.equal(val('Pressing with a finger just outside the big tendon on top of my foot, one point is really painful.', 'bony-tenderness-focal'), true);
});

test('"never" before a sprain or a stress fracture is a clean history; a sprain years ago is still one (dev19)', () => {
  assert.equal(val('The outside of my ankle aches after long runs, and I have never sprained it.', 'previous-ankle-sprains'), false);
  assert.equal(val("I've never had a stress fracture but my shin aches.", 'previous-stress-fracture'), false);
  assert.equal(val('I sprained that ankle badly years ago and now it aches on trails.', 'previous-ankle-sprains'), true);
});

test('both feet flattening with age is flat feet; one arch dropping is still the tendon sign (dev19)', () => {
  for (const text of [
    'The balls of my feet ache on long runs. I think both feet have got flatter over the years.',
    "I'm 63 and my feet have spread and gone flat with age; the forefoot is sore.",
  ]) {
    assert.equal(val(text, 'flat-feet'), true, text);
    assert.notEqual(val(text, 'arch-flattening'), true, text);
  }
  assert.equal(val('The inside of my right ankle aches and my right foot is getting flatter than the other.', 'arch-flattening'), true);
});

test('flat feet with one of them now flatter is still the one-sided sign (dev19)', () => {
  assert.equal(val('Always had flat feet but my left one has gone flatter this year, and the inner ankle aches.', 'arch-flattening'), true);
});

test('fingers of the foot are toes; fingers of the hand are not (dev19)', () => {
  assert.equal(val('I get a burning in the 2nd and 3rd finger of my foot after 5 km.', 'pain-between-toes-forefoot'), true);
  assert.equal(val('Since the fall I cannot stand on the fingers of this foot, I walk flat.', 'cannot-push-off-or-tiptoe'), true);
  assert.notEqual(val('My fingers are stiff in the morning and the ball of my foot hurts.', 'pain-between-toes-forefoot'), true);
});
