/**
 * What the dev6 study (forum, club-chat, coach and booking-form voices) taught the engine, checked on sentences
 * written for this test, not the set's own: each wording family or construction, and the trap it must not open.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));
const hints = (text: string): string[] => understandText(kb, text).hints.map((h) => h.conditionId);
const top = (text: string): string[] => assess(kb, { text }).differential.slice(0, 3).map((d) => d.conditionId);
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('a clot in the lung told as lost fitness after a birth is an emergency', () => {
  for (const text of [
    'Six weeks after my c-section my right calf went puffy, and now I have to stop halfway up the stairs and my heart is going like the clappers.',
    'Had the baby in March. Calf has been swollen for a week and since yesterday my chest catches when I breathe in.',
    'On the pill, calf swollen after a long drive, and I am weirdly out of breath doing nothing.',
  ]) {
    const r = assess(kb, { text });
    assert.equal(r.triage.level, 'emergency', `${text} → ${r.triage.level}`);
    assert.ok(r.redFlags.some((f) => f.id === 'clot-to-lungs'), text);
    assert.equal(r.differential[0]?.conditionId, 'deep-vein-thrombosis', text);
  }
  assert.notEqual(assess(kb, { text: 'Calf tight after the hill reps, out of breath at the top of each one as usual.' }).triage.level, 'emergency');
});

test('pregnancy, a birth and an operation are clot risk factors, not durations or places', () => {
  const f = read('I am 28 weeks pregnant and my heel hurts first thing in the morning.');
  assert.equal(f.get('oestrogen-or-pregnancy'), true);
  assert.notEqual(f.get('duration-weeks'), 28, 'weeks of pregnancy are not weeks of pain');
  assert.equal(read('Had a caesarean two months ago, now my calf aches.').get('recent-surgery-or-cast'), true);
  assert.equal(read('Ten days after my bunion op the calf on that side is swollen.').get('recent-surgery-or-cast'), true);
  const looked = read('My heel is sore in the mornings. I checked and both calves look the same.');
  assert.notEqual(looked.get('pain-calf'), true, 'calves that look alike are not calf pain');
  const veins = read('My calf is swollen and the veins on the front of my shin look more obvious.');
  assert.equal(veins.get('visible-surface-veins'), true);
  assert.notEqual(veins.get('pain-front-of-shin'), true, 'veins are looked at, not felt');
});

test('an ankle account that tells of no injury does not put the sprain first', () => {
  const text = 'The tendon at the front of my ankle aches and creaks since I started doing hill repeats with my laces tied tight.';
  const r = assess(kb, { text });
  assert.notEqual(r.differential[0]?.conditionId, 'lateral-ankle-sprain', top(text).join(', '));
  const sprain = r.differential.find((d) => d.conditionId === 'lateral-ankle-sprain');
  assert.ok(!sprain || sprain.against.some((c) => c.findingId === 'untold-injury'), 'the "why" says no injury was told');
  // The same place after a roll: the sprain is back on top, and the silence factor is gone.
  const rolled = assess(kb, { text: 'Rolled my ankle on a kerb yesterday, the front of the ankle is swollen and sore.' });
  assert.equal(rolled.differential[0]?.conditionId, 'lateral-ankle-sprain');
  assert.ok(!rolled.differential[0]?.against.some((c) => c.findingId === 'untold-injury'));
  // Structured answers alone are asked about the event, never judged on silence.
  const answered = assess(kb, { evidence: [{ id: 'pain-outside-ankle', value: true }] });
  assert.ok(answered.differential.every((d) => !d.against.some((c) => c.findingId === 'untold-injury')));
});

test('injuries told as stories, and old sprains or rolling feet that are not today\'s injury', () => {
  assert.equal(read('Went up for a header, landed on someone\'s foot and the ankle is puffy on the outside.').get('injury-rolled-ankle'), true);
  const old = read('The front of my ankle pinches in deep squats. Sprained it loads playing hockey as a teenager.');
  assert.notEqual(old.get('injury-rolled-ankle'), true);
  assert.equal(old.get('previous-ankle-sprains'), true);
  const rollingIn = read('My physio says my ankle rolls in when I walk and the inside of the ankle aches.');
  assert.notEqual(rollingIn.get('injury-rolled-ankle'), true);
  assert.equal(rollingIn.get('flat-feet'), true);
  const since = read('Ever since I sprained it two years ago there is a snapping on the outside of the ankle when I run on trails.');
  assert.equal(since.get('previous-ankle-sprains'), true);
  assert.notEqual(since.get('injury-rolled-ankle'), true);
  assert.equal(since.get('snapping-behind-outer-ankle'), true, 'what happens now, after the old sprain, is today\'s');
});

test('a verdict right after the thing named negates it; a verdict with a condition does not', () => {
  assert.equal(read('Outer midfoot aches. The bone at the base of my little toe isn\'t sore.').get('pain-lesser-toes'), false);
  assert.equal(read('Heel aches all day. My first steps in the morning aren\'t especially bad.').get('pain-first-steps'), false);
  assert.equal(read('Outside of the ankle is sore. The ankle doesn\'t give way.').get('character-giving-way'), false);
  assert.notEqual(read('My heel isn\'t sore until mile three, then it aches.').get('pain-heel-underside'), false);
});

test('"can\'t" reaches forwards only within its own clause', () => {
  const f = read('He can\'t get up on his toes and he is walking on his heel since the fall.');
  assert.notEqual(f.get('weakness-foot-drop'), true, 'walking on the heel is not failing to walk on it');
  assert.equal(f.get('cannot-push-off-or-tiptoe'), true);
  assert.equal(read('I tried to walk to the car and couldn\'t, my brother carried me.').get('cannot-bear-weight'), true);
});

test('"shin splints" as a label gives way to the place the runner describes', () => {
  const f = read('The muscle on the outer front of my shin aches after downhill runs. Is this shin splints?');
  assert.equal(f.get('pain-front-of-shin'), true);
  assert.notEqual(f.get('pain-inner-shin'), true);
  assert.equal(read('Shin splints again after upping my mileage.').get('pain-inner-shin'), true, 'the label alone still says where');
});

test('self-care that has not helped sends the runner to a clinician', () => {
  const text = 'Heel hurts first thing in the morning for five weeks. Calf stretches and new insoles haven\'t helped at all.';
  assert.equal(read(text).get('self-care-not-helping'), true);
  assert.equal(assess(kb, { text }).triage.level, 'doctor');
  assert.equal(assess(kb, { text: 'Heel hurts first thing in the morning for five weeks, easing once I get going.' }).triage.level, 'selfcare');
});

test('a foot that drops after a back injury points to the back', () => {
  const text = 'Hurt my back lifting a sofa last week and now my left foot slaps the floor when I walk.';
  assert.ok(flags(text).includes('foot-drop-with-back-pain'));
  assert.equal(assess(kb, { text }).triage.level, 'urgent');
  assert.equal(top(text)[0], 'lumbar-radiculopathy');
  assert.ok(!flags('My foot slaps the floor on runs after 5k and it is gone ten minutes after I stop.').includes('foot-drop-with-back-pain'));
});

test('a tendon slipping over the outer ankle bone is checked by a clinician, running within comfort', () => {
  const r = assess(kb, { text: 'No injury, but a tendon flicks over my outer ankle bone when I run and it aches behind the bone afterwards.' });
  assert.ok(r.redFlags.some((f) => f.id === 'tendon-slipping-outer-ankle'));
  assert.equal(r.triage.level, 'doctor');
  assert.equal(r.running.advice, 'modify');
});

test('names the runner contrasts or uses for something else give no hint', () => {
  assert.ok(!hints('Sore balls of both feet. Should I buy metatarsal pads?').includes('vascular-claudication'));
  assert.ok(!hints('The GP said plantar fasciitis but this does not feel like the heel pain my sister had.').includes('plantar-fasciitis'));
  assert.ok(hints('Pretty sure it is plantar fasciitis, worst first thing.').includes('plantar-fasciitis'));
  assert.notEqual(read('Worried I\'ve got a stress fracture, the top of my foot aches.').get('previous-stress-fracture'), true);
});

test('forum wordings of gout, hallux rigidus, a Lisfranc injury and the Achilles insertion', () => {
  const gout = read('Woke up with my big toe throbbing and red, the toe can\'t stand the duvet on it.');
  assert.equal(gout.get('cannot-bear-touch'), true);
  assert.notEqual(gout.get('cannot-push-off-or-tiptoe'), true);
  assert.equal(gout.get('attack-peaked-within-a-day'), true);
  const rigidus = read('My big toe won\'t bend back when I push off and there is a bony bump on top of the joint.');
  assert.equal(rigidus.get('big-toe-stiff'), true);
  assert.equal(rigidus.get('bump-top-of-big-toe-joint'), true);
  const lisfranc = 'Stepped into a hole on the fell race and fell forward over my foot. Big bruise in the arch this morning.';
  assert.ok(flags(lisfranc).includes('midfoot-injury'));
  const insertion = read('My achilles is sore where it joins the heel, worse on hills.');
  assert.equal(insertion.get('pain-back-of-heel'), true);
  assert.notEqual(insertion.get('pain-heel-underside'), true);
});
