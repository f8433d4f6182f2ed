/**
 * Rarer conditions told the way runners and clinicians tell them (issue #4, group b): tibialis anterior
 * tendinopathy, anterior shin splints, extensor tendinopathy, accessory navicular, chronic exertional compartment
 * syndrome and fibular stress fracture. Each presentation was written for this test (classic and atypical, runner
 * and clinician voice) and names the place the condition must reach: first, or within the first three where a
 * look-alike is a fair reading of the same words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { checkSignatures, type SignatureCase } from '../../../test/support/signature-cases.ts';

const kb = await readKnowledgeBase();


const cases: readonly SignatureCase[] = [
  // Tibialis anterior tendinopathy
  { condition: 'tibialis-anterior-tendinopathy', within: 1, text: 'Sore right at the front of my ankle on the big tendon that stands out when I lift my foot. It creaks when I move my foot up and down. Started after a hilly trail race.' },
  { condition: 'tibialis-anterior-tendinopathy', within: 1, text: '52M road runner. Tender and thickened tibialis anterior tendon at the ankle with crepitus over tibialis anterior; pain on resisted ankle dorsiflexion. Three weeks, after adding downhill repeats.' },
  { condition: 'tibialis-anterior-tendinopathy', within: 3, text: 'the tendon you can see when i pull my foot up is sore where my laces cross it, worse on hills' },
  // Anterior shin splints
  { condition: 'anterior-shin-splints', within: 1, text: 'Started running in March. The muscly bit next to the shin bone at the front aches on every downhill and for a while after. Not sore on the bone.' },
  { condition: 'anterior-shin-splints', within: 1, text: 'Both shins, in the muscle just to the outside of the shin bone, feel tight and sore after my hill session. It settles with a day off.' },
  { condition: 'anterior-shin-splints', within: 3, text: 'The fleshy bit next to the shin bone at the front gets sore when I run fast, and lifting my toes up against my other foot hurts there.' },
  // Extensor tendinopathy
  { condition: 'extensor-tendinopathy', within: 1, text: 'Top of my foot hurts along the tendons running to my toes since I switched to a runner\'s loop for my laces. Hopping is fine and the bones are not sore.' },
  { condition: 'extensor-tendinopathy', within: 1, text: '38F, 2 weeks dorsal foot pain after new racing flats laced tight. Tender along the long toe extensor tendons, metatarsals non-tender, hop pain-free.' },
  { condition: 'extensor-tendinopathy', within: 3, text: 'my foot aches on top along a line from the ankle toward the toes, worse in my tight trail shoes' },
  // Accessory navicular
  { condition: 'accessory-navicular-syndrome', within: 1, text: 'My son is 15 and has a bony bump on the inside of his foot that his football boots rub on. It is red and sore after matches.' },
  { condition: 'accessory-navicular-syndrome', within: 1, text: 'I have a hard bump on the inside of my foot, just in front of the ankle, and my new spikes press on it. Always had flat feet.' },
  { condition: 'accessory-navicular-syndrome', within: 3, text: 'Our daughter (13) says the lump on the inside of her foot hurts after cross country, the one her physio called an accessory ossicle.' },
  // Chronic exertional compartment syndrome
  { condition: 'chronic-exertional-compartment-syndrome', within: 1, text: 'Every single run, about 3 km in, both shins go tight and my feet start slapping. I walk it off within minutes and I am fine the rest of the day.' },
  { condition: 'chronic-exertional-compartment-syndrome', within: 1, text: 'Both lower legs at the front get tight like they will burst and my feet go a bit numb. If I go slower it comes on later. Stopping makes it go in 10 minutes.' },
  { condition: 'chronic-exertional-compartment-syndrome', within: 3, text: 'deep calf tightness in both legs that builds on runs longer than half an hour, soles of my feet go numb, all gone after i stop and walk' },
  // Fibular stress fracture
  { condition: 'fibular-stress-fracture', within: 1, text: 'Outside of my lower leg, a few inches above the ankle bone, there is a specific point on the bone that is sore. Hurts to hop and now when I walk. Lots of cambered road miles lately.' },
  { condition: 'fibular-stress-fracture', within: 3, text: 'Trail runner, 31F. Focal tenderness on the distal fibula about 5 cm above the lateral malleolus, painful single-leg hop; peroneal tendons were non-tender and resisted eversion was painless.' },
];

checkSignatures(kb, cases);

test('a bone named only to rule it out is not focal bone tenderness', () => {
  const found = assess(kb, { text: 'The front of my shin is tender in the muscle, not the bone.' }).findings;
  assert.equal(found.find((f) => f.id === 'bony-tenderness-focal')?.value ?? null, null);
  assert.equal(found.find((f) => f.id === 'front-shin-muscle-sore')?.value, true);
});

test('a parent giving a child\'s age is read as the runner\'s age', () => {
  const found = assess(kb, { text: 'my daughter is 14 and her foot hurts' }).findings;
  assert.equal(found.find((f) => f.id === 'age-years')?.value, 14);
  const distance = assess(kb, { text: 'my son ran 10 km and his heel hurts' }).findings;
  assert.equal(distance.find((f) => f.id === 'age-years'), undefined);
});
