/**
 * The rarer ankle and outer-foot conditions recognised from their signatures (issue #4): cuboid syndrome, high ankle
 * sprain, chronic ankle instability, anterior and posterior ankle impingement and peroneal tendinopathy. Each case is
 * a short presentation written for this test (classic and atypical, a runner's words and a clinician's), asserting
 * the condition's place in the differential and, where a wording was the cause, the finding that must be read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { checkSignatures, type SignatureCase } from '../../../test/support/signature-cases.ts';
import { careRank } from './levels.ts';

const kb = await readKnowledgeBase();


const cases: readonly SignatureCase[] = [
  // Cuboid syndrome.
  {
    text: 'Turned my foot on a tree root ten days ago. The ankle has settled but the outer edge of the foot in the middle aches and feels like a bone has shifted, especially pushing off. Walking is fine.',
    condition: 'cuboid-syndrome', within: 3, findings: { 'midfoot-feels-out-of-place': true },
  },
  {
    text: 'Runner and ballroom dancer, lateral midfoot pain for a fortnight since a weekend of competitions, no injury. Something feels out of place on the outer side of the foot when I push off. No swelling.',
    condition: 'cuboid-syndrome', within: 3, findings: { dancer: true },
  },
  // High ankle sprain.
  {
    text: 'Playing five-a-side my foot stuck in the turf and my body twisted round it, the foot went outwards. The pain sits higher than a normal sprain, at the front between the leg bones. Squeezing my calf halfway up hurts down at the ankle.',
    condition: 'high-ankle-sprain', within: 3,
    findings: { 'pain-above-ankle-between-shin-bones': true, 'injury-twisting-foot-planted': true }, notPresent: ['deformity'],
  },
  {
    text: 'Sports clinic. 29M, fell runner. Foot planted on a descent and forced outwards 5 days ago. Pain anterior ankle above the joint line, AITFL TTP. Squeeze test positive. Unable to hop.',
    condition: 'high-ankle-sprain', within: 1,
  },
  // Chronic ankle instability: recurrent sprains are history, not one fresh injury.
  {
    text: 'My left ankle has gone over maybe six times in three years and it still feels like it could go on any uneven path. Hardly hurts in between, just aches on the outside after trail runs.',
    condition: 'chronic-ankle-instability', within: 1, findings: { 'previous-ankle-sprains': true }, notPresent: ['injury-rolled-ankle'],
  },
  {
    text: 'I have sprained that ankle 4 times since school. It feels loose on cambers and I wobble standing on that leg.',
    condition: 'chronic-ankle-instability', within: 1, findings: { 'previous-ankle-sprains': true }, notPresent: ['injury-rolled-ankle'],
  },
  // Anterior ankle impingement.
  {
    text: 'Former basketball player with multiple sprains on the right. Now the front of that ankle pinches at the bottom of a lunge and on steep climbs, like something jams there.',
    condition: 'anterior-ankle-impingement', within: 1, notPresent: ['injury-rolled-ankle'],
  },
  {
    text: 'Front of my ankle feels blocked when I squat deep. Getting cold feet about my hilly race next month.',
    condition: 'anterior-ankle-impingement', within: 1, notPresent: ['foot-cold-or-pale'],
  },
  // Posterior ankle impingement.
  {
    text: 'Ballet dancer who runs for fitness. Deep ache at the back of the ankle, in front of the Achilles, when I point my foot and on steep descents.',
    condition: 'posterior-ankle-impingement', within: 3, findings: { dancer: true },
  },
  {
    text: 'Physio note. 24F, contemporary dance training plus running. Posterior ankle pain on full plantarflexion and en pointe, 2 months. Achilles NTTP. Forced plantarflexion reproduces the pain.',
    condition: 'posterior-ankle-impingement', within: 3, findings: { 'pain-achilles': false },
  },
  // Peroneal tendinopathy.
  {
    text: 'Aching behind and below the outer ankle bone for six weeks, worse on cambered roads. No injury I can remember.',
    condition: 'peroneal-tendinopathy', within: 1, findings: { 'pain-behind-outer-ankle-bone': true },
  },
  {
    text: 'Outside of my ankle flicks behind the bone when I circle my foot and is sore after long runs. I have rolled it several times over the years.',
    condition: 'peroneal-tendinopathy', within: 3, notPresent: ['injury-rolled-ankle'],
  },
];

checkSignatures(kb, cases);

test('a fresh roll told with earlier sprains is still a fresh sprain', () => {
  const r = assess(kb, { text: 'Rolled my ankle on a kerb this morning, swelling on the outside. I have sprained it twice before.' });
  assert.equal(r.differential[0]?.conditionId, 'lateral-ankle-sprain');
  assert.equal(r.findings.find((f) => f.id === 'injury-rolled-ankle')?.value, true);
});

test('a parent giving a child\'s age: "my daughter is 14" is read as the patient\'s age', () => {
  const r = assess(kb, { text: 'My daughter is 14. She has a sore bump on the inside of her foot where her shoes rub.' });
  assert.equal(r.findings.find((f) => f.id === 'age-years')?.value, 14);
  assert.ok(careRank(r.triage.level) >= careRank('doctor'));
});

test('cold feet that are really cold still count as a warning sign', () => {
  const r = assess(kb, { text: 'My foot goes cold and pale on runs and my calf cramps after 5 minutes.' });
  assert.equal(r.findings.find((f) => f.id === 'foot-cold-or-pale')?.value, true);
});
