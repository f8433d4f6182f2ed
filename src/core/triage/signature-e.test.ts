/**
 * The rarer ankle injuries and overuse problems told the way runners and clinicians tell them (issue #4): a high ankle
 * sprain, a broken ankle, front and back impingement, peroneal tendon pain, an unstable ankle, a fibular stress
 * fracture and a torn Achilles. Short presentations written for this test, classic and atypical, each asserting the
 * rank the condition must reach, plus the readings that carry it (an outward twist is not an inward roll, old sprains
 * are not today's injury, heels on the floor are a posture, a bent ankle after a fall means a fracture first).
 */
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { checkSignatures, type SignatureCase } from '../../../test/support/signature-cases.ts';


const kb = await readKnowledgeBase();

const cases: readonly SignatureCase[] = [
  // High ankle sprain
  {
    text: 'Twisted my ankle at netball on Saturday: my foot stayed put and twisted outwards while I turned. It hurts a few cm above the ankle at the front, between the two leg bones, and squeezing my shin halfway up hurts down there.',
    condition: 'high-ankle-sprain', within: 1,
    findings: { 'injury-twisting-foot-planted': true },
    notPresent: ['injury-rolled-ankle'],
  },
  {
    text: 'Hockey player, twisted her ankle when her body rotated over it on a planted foot. Pain above the joint line anteriorly between tibia and fibula, pushing off and squatting hurt. Not much swelling.',
    condition: 'high-ankle-sprain', within: 3,
    notPresent: ['injury-rolled-ankle'],
  },
  {
    text: 'Ten days since a trail race where my leg kept twisting round over my foot in a rut. It hurts higher up than a normal sprain, between the two leg bones, and squatting with my heels on the floor hurts at the front of the ankle.',
    condition: 'high-ankle-sprain', within: 3,
    notPresent: ['deformity', 'pain-heel-underside'],
  },
  // Ankle or foot fracture
  {
    text: 'Came off a kerb in the dark and my ankle is a funny shape now, the foot points off to the side. Really hurts.',
    condition: 'ankle-foot-fracture', within: 1, level: 'emergency',
    findings: { deformity: true },
  },
  {
    text: 'Rolled it on a root and could not take more than two steps afterwards. The back edge of my outer ankle bone is tender to press.',
    condition: 'ankle-foot-fracture', within: 1, level: 'urgent',
    findings: { 'ottawa-tender-back-of-outer-ankle-bone': true },
  },
  {
    text: 'Took a fall on the fell descent and I went down hard, heard a crunch, and the ankle looks crooked. Toes are going cold and pale.',
    condition: 'ankle-foot-fracture', within: 1, level: 'emergency',
  },
  // Anterior ankle impingement
  {
    text: 'Front of my ankle pinches when I squat down with my heels on the floor or run up steep climbs. Flat running is fine. No swelling.',
    condition: 'anterior-ankle-impingement', within: 1,
    notPresent: ['pain-heel-underside'],
  },
  {
    text: 'Sprained that ankle loads of times as a teenager. Now a jamming pinch at the front of the ankle on lunges and power-hiking; downhill is fine.',
    condition: 'anterior-ankle-impingement', within: 3,
    notPresent: ['injury-rolled-ankle'],
  },
  // Posterior ankle impingement
  {
    text: 'Deep ache at the back of my ankle when I point my foot fully, and kneeling to sit back on my heels hurts. Squeezing my achilles doesnt hurt at all. No injury.',
    condition: 'posterior-ankle-impingement', within: 1,
    findings: { 'pain-pointing-toes': true, 'tender-to-squeeze-tendon': false },
  },
  {
    text: 'Young dancer with posterior ankle pain on releve and en pointe, achilles not tender, gradual onset.',
    condition: 'posterior-ankle-impingement', within: 3,
  },
  // Peroneal tendinopathy
  {
    text: 'Aching on the outside of my ankle behind the bone, after long runs on sloping roads. A little puffy there. Never rolled it.',
    condition: 'peroneal-tendinopathy', within: 1,
    findings: { 'pain-behind-outer-ankle-bone': true, 'running-on-camber': true },
  },
  {
    text: 'Sore behind and below the bony knob on the outside of the ankle after lots of off-camber trail, hurts to turn the foot out against resistance.',
    condition: 'peroneal-tendinopathy', within: 3,
  },
  // Chronic ankle instability
  {
    text: 'My ankle can go out in any moment, I do not trust the ankle on rocky paths. Sprained it many times when I played football.',
    condition: 'chronic-ankle-instability', within: 1,
    findings: { 'ankle-gives-way-repeatedly': true },
  },
  {
    text: 'Ex-basketballer, lost count of how many times the right ankle has gone over. It gives way even on a small stone, then swells for a day.',
    condition: 'chronic-ankle-instability', within: 3,
  },
  // Fibular stress fracture
  {
    text: 'Outer side of my leg, halfway between knee and ankle, sore on the hard bit of the outside of my leg rather than the tendons. Six weeks, started after upping my trail miles, aches at night.',
    condition: 'fibular-stress-fracture', within: 1,
    findings: { 'tender-on-outer-leg-bone': true },
    notPresent: ['leg-rock-hard'],
  },
  {
    text: 'Lateral leg pain 5/52, point tender over the fibula mid shaft, hop painful, recent mileage increase.',
    condition: 'fibular-stress-fracture', within: 3,
  },
  // Achilles rupture
  {
    text: 'Playing squash last night, felt a thud at the back of my ankle and thought someone had hit me. Now I walk flat footed and cannot stand on tiptoe on that side.',
    condition: 'achilles-rupture', within: 1, level: 'urgent',
    findings: { 'injury-kicked-in-calf': true, 'cannot-push-off-or-tiptoe': true },
    notPresent: ['flat-feet'],
  },
  {
    text: 'Sprint session yesterday, like somebody threw a stone at my heel. There is a soft spot above my heel and the back of my ankle looks flatter than the other one.',
    condition: 'achilles-rupture', within: 1,
    findings: { 'gap-in-achilles': true },
  },
];


checkSignatures(kb, cases);
