/**
 * The rarer midfoot, inner-ankle and nerve conditions told the way runners and clinicians tell them (issue #4):
 * cuboid syndrome, Lisfranc injury, Baxter's nerve, tarsal tunnel, a navicular stress fracture, an accessory
 * navicular and posterior tibial tendinopathy. Short presentations written for this test, classic and atypical, each
 * asserting the rank the condition must reach, plus the readings that carry it (a landmark checked and found not
 * tender is not a pain-free zone; "discharged with a bandage" is not pus; "in front of and below the ankle bone" is
 * the inner midfoot).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { checkSignatures, type SignatureCase } from '../../../test/support/signature-cases.ts';


const kb = await readKnowledgeBase();

const cases: readonly SignatureCase[] = [
  // Cuboid syndrome
  {
    text: 'Went over on my ankle at parkrun ten days ago. The ankle itself feels fine now, but the outer edge of my foot, roughly halfway between the heel and little toe, still hurts when I push off.',
    condition: 'cuboid-syndrome', within: 1,
    findings: { 'ankle-settled-foot-still-sore': true, 'pain-outside-of-foot': true },
    notPresent: ['pain-lesser-toes', 'pain-heel-underside'],
  },
  {
    text: 'Outside middle of my left foot aches on toe-off since a block of hill reps. The knobbly bone at the base of the little toe bone is not tender, it is further back. If I press the middle of the outer foot it is really sore.',
    condition: 'cuboid-syndrome', within: 1,
    findings: { 'pain-outside-of-foot': true, 'tender-outer-midfoot': true },
  },
  {
    text: 'Physio note. 34F, 3/52 post inversion sprain, lateral ankle pain has settled. Persistent lateral midfoot pain with push-off. TTP over the cuboid, 5th MT base NT, navicular NT. Able to take 4 steps.',
    // "lateral ankle pain has settled" still reads the outer ankle as a place, so the sprain stays close behind.
    condition: 'cuboid-syndrome', within: 3,
    findings: { 'pain-outside-of-foot': true, 'exam-cuboid-tender': true },
  },
  // Lisfranc injury
  {
    text: 'Jumped off a wall on a trail run, landed on my toes and the foot buckled under me. The middle of the foot swelled on top straight away and today there is a bruise under my arch. Cannot go up on tiptoe.',
    condition: 'lisfranc-injury', within: 1,
    findings: { 'injury-midfoot-bent-or-crushed': true, 'bruising-sole-of-midfoot': true },
  },
  {
    text: 'A&E discharge summary: 27M runner, foot caught under a root, body went forward over it. Dorsal midfoot swelling, plantar ecchymosis, TTP base of 2nd metatarsal. X-ray NAD. Discharged with a tubigrip as a sprain.',
    condition: 'lisfranc-injury', within: 1,
    notPresent: ['pus-or-discharge'],
  },
  // Baxter's nerve
  {
    text: 'Burning inside my heel for five months that goes along the outer part of the sole on longer runs. Not bad first thing in the morning. Plantar fasciitis stretches have done nothing.',
    condition: 'baxters-nerve-entrapment', within: 1,
    findings: { 'heel-pain-spreads-to-outer-sole': true, 'character-burning': true },
  },
  {
    text: 'Clinic letter: 48F, 6/12 medial heel pain, burning, radiating into the lateral sole late in runs; first-step pain absent. Max TTP medial heel just distal to the PF origin. Weak abduction of the 5th toe.',
    condition: 'baxters-nerve-entrapment', within: 1,
    findings: { 'pain-first-steps': false, 'weak-little-toe-spread': true },
  },
  // Tarsal tunnel syndrome
  {
    text: 'Pins and needles and burning across my sole into the first toes after 10 km and at night. If I tap behind my inner ankle bone I get a zing into my sole. Mornings are fine.',
    condition: 'tarsal-tunnel-syndrome', within: 3,
    findings: { 'test-tinel-tarsal-tunnel': true },
  },
  // Navicular stress fracture
  {
    text: 'Six weeks of a vague ache on top of my foot towards the inside, worse pushing off in sprints. Pressing one spot on top of the arch hurts a lot and hopping on that foot hurts.',
    condition: 'navicular-stress-fracture', within: 3,
    findings: { 'ottawa-tender-navicular': true },
  },
  // Accessory navicular syndrome
  {
    text: 'My son is 12 and runs cross country. He has a hard bump on the inner side of his foot, in front of and below the ankle bone, that gets sore where his spikes rub. No injury.',
    condition: 'accessory-navicular-syndrome', within: 1,
    findings: { 'pain-inside-of-foot': true },
    notPresent: ['pain-inside-ankle'],
  },
  // Posterior tibial tendinopathy
  {
    text: 'Aching behind and below the inner ankle bone after longer runs, 55F with flat feet. I can do heel raises on one leg but it aches along the inside of the ankle.',
    condition: 'posterior-tibial-tendinopathy', within: 1,
    findings: { 'test-heel-raise-painful': true },
  },
  {
    text: 'Inner ankle sore along the tendon under the bone since I moved to cambered trails. 25 single-leg heel raises fine but the last few hurt there.',
    condition: 'posterior-tibial-tendinopathy', within: 1,
    findings: { 'test-heel-raise-painful': true },
  },
];

checkSignatures(kb, cases);

test('a landmark checked and found not tender leaves the pain place alone', () => {
  const r = assess(kb, { text: 'Sore outer midfoot when I run. The base of the little toe bone is not tender.' }, { today: '2026-11-22' });
  assert.equal(r.findings.find((f) => f.id === 'pain-outside-of-foot')?.value, true);
});

test('an X-ray feared to show a fracture is not a fracture seen', () => {
  const r = assess(kb, { text: 'Had an X-ray because I was convinced I had fractured my foot and it was clear. Outer midfoot still sore.' }, { today: '2026-11-22' });
  assert.notEqual(r.findings.find((f) => f.id === 'imaging-fracture-on-xray')?.value, true);
});
