/**
 * Rarer conditions recognised from their signatures, second round (issue #4): metatarsalgia, gout, bunion, extensor
 * tendinopathy, chronic exertional compartment syndrome, retrocalcaneal bursitis, tibial and calcaneal stress
 * fractures and fat pad syndrome. Each case is a short presentation written for this test (classic and atypical, a
 * runner's words and a clinician's), asserting the condition's place in the differential and, where a wording was the
 * cause, the finding that must (or must not) be read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { checkSignatures, type SignatureCase } from '../../../test/support/signature-cases.ts';

const kb = await readKnowledgeBase();


const cases: readonly SignatureCase[] = [
  // Metatarsalgia: forefoot overload, often both feet, thin padding, thin or minimal shoes, older runners.
  {
    text: 'Aged 58, the balls of both feet ache on longer runs since I moved to zero drop shoes. It feels like walking on the bones. No swelling on top, no tingling.',
    condition: 'metatarsalgia', within: 1, findings: { 'padding-feels-thin': true, 'minimalist-shoes': true },
  },
  {
    text: 'Sore right across the ball of my foot under the middle toe joints when I do fast reps in my racing flats. Not between the toes and no numbness. Pressing the top of the long bones is fine.',
    condition: 'metatarsalgia', within: 1, findings: { 'pain-across-ball-of-foot': true },
  },
  // Gout: a hot, red joint overnight after a trigger, on a water tablet; the "no injury" is not a slow start.
  {
    text: '52M. After a hot race and a big night on the beer the big toe joint came up red, hot and swollen overnight. Cannot bear the sheet on it. On bendroflumethiazide. No injury.',
    condition: 'gout', within: 1, findings: { 'recent-binge-or-dehydration': true, 'diuretic-medication': true }, notPresent: ['onset-gradual'],
  },
  {
    text: 'Top of my midfoot went red and tight and shiny within a few hours, no twist or fall, after a boozy weekend. I take indapamide for my blood pressure. No cuts and no fever.',
    condition: 'gout', within: 3, findings: { 'cardiovascular-risk-factors': true }, notPresent: ['character-tight-cramping'],
  },
  // Bunion: the bump at the big toe joint rubbed by shoes.
  {
    text: 'The bony bump on the side of my big toe joint is red and sore where my narrow racing shoes press. The big toe leans towards the others. It has been there for years.',
    condition: 'bunion', within: 1,
  },
  // Extensor tendinopathy: a clinician's test and a hop told in passing.
  {
    text: 'Aching along the tendons on the top of my foot since I laced my new shoes tighter. Tender along the tendons, not on the bones, pulling my toes up against my hand hurts, and I can hop on it without pain.',
    condition: 'extensor-tendinopathy', within: 1, findings: { 'test-resisted-toe-lift-painful': true }, notPresent: ['test-hop-painful'],
  },
  {
    text: 'Top of the foot aches in a line towards the middle toes, over the cords rather than on one spot on a bone. Worse in tight shoes, better barefoot. No swelling.',
    condition: 'extensor-tendinopathy', within: 3, notPresent: ['bony-tenderness-focal'],
  },
  // Chronic exertional compartment syndrome: set point in every run, gone within minutes.
  {
    text: 'Both calves go tight and rock hard about 20 minutes into every run and the soles of my feet go numb, so I walk. A few minutes later completely fine. Two years of this, 28F.',
    condition: 'chronic-exertional-compartment-syndrome', within: 3, findings: { 'pain-stops-run-same-point': true },
  },
  {
    text: 'Bilateral anterolateral leg pain coming on at 15 minutes of running, with a feeling the shins are about to burst; symptoms subside on stopping within 10 minutes. Asymptomatic at rest. No focal bony tenderness.',
    condition: 'chronic-exertional-compartment-syndrome', within: 1, notPresent: ['pain-at-night-or-rest'],
  },
  // Retrocalcaneal bursitis: soft swelling either side of the Achilles is swelling, not breathlessness.
  {
    text: 'Since new shoes with a stiff heel cup, a sore lump at the back of my heel, puffing out both sides of the tendon just above the bone. If I pinch in front of the tendon it is very tender. The tendon higher up is fine.',
    condition: 'retrocalcaneal-bursitis', within: 1, findings: { 'swelling-beside-achilles': true }, notPresent: ['chest-pain-or-breathless'],
  },
  // Tibial stress fracture: the "instead of easing off" is a warm-up that no longer helps.
  {
    text: 'Inner shin, lower third, hurts from the first mile now instead of easing off like before, and I limp afterwards. One spot on the bone is very sore to press. Went from 50 to 80 km a week.',
    condition: 'tibial-stress-fracture', within: 1, notPresent: ['pain-eases-with-warm-up'],
  },
  // Calcaneal stress fracture: worse the more one walks, the heel squeeze, under-fuelling.
  {
    text: 'Heel pain for three weeks, not a first steps thing, it gets worse the more I walk and squeezing both sides of the heel hurts. Mileage doubled for a marathon, periods all over the place. 29F.',
    condition: 'calcaneal-stress-fracture', within: 1, findings: { 'pain-with-walking': true, 'low-energy-availability': true },
  },
  // Fat pad syndrome: centre of the heel, thin pad, hard floors; not the inner edge and not the first steps.
  {
    text: 'Pain directly under the centre of the heel rather than at its inner edge, worst barefoot on tiles rather than with the first steps in the morning. The heel pad feels thin. Age 63.',
    condition: 'fat-pad-syndrome', within: 1, findings: { 'padding-feels-thin': true }, notPresent: ['pain-inner-front-heel', 'pain-first-steps'],
  },
  {
    text: 'Both heels feel bruised in the middle after long walks on concrete, no morning pattern. My podiatrist says the heel pads look thin. I am 66.',
    condition: 'fat-pad-syndrome', within: 1, notPresent: ['pain-ball-of-foot'],
  },
];

checkSignatures(kb, cases);

test('"rather than" and "instead of" deny what follows, not what comes before', () => {
  const r = assess(kb, { text: 'The pain is under the middle of my heel rather than on the inner edge.' });
  assert.equal(r.findings.find((f) => f.id === 'pain-centre-of-heel')?.value, true);
  assert.notEqual(r.findings.find((f) => f.id === 'pain-inner-front-heel')?.value, true);
});

test('a heel pad that looks thin is the heel, not the ball of the foot', () => {
  const r = assess(kb, { text: 'My heel pads look thin and the middle of my heels ache on hard floors.' });
  assert.equal(r.findings.find((f) => f.id === 'padding-feels-thin')?.value, true);
  assert.notEqual(r.findings.find((f) => f.id === 'pain-ball-of-foot')?.value, true);
});
