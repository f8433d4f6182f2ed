/**
 * The rarer heel, Achilles, forefoot and joint conditions told the way runners and clinicians tell them (issue #4):
 * back-of-heel bursitis, insertional Achilles pain, Baxter's nerve, a heel-bone stress fracture, sesamoiditis and
 * inflammatory arthritis. Short presentations written for this test, classic and atypical, each asserting the rank
 * the condition must reach, plus the readings that carry it (a bare "heel bone" said of the insertion is not the
 * underside of the heel; swelling beside the tendon is not a gap in it).
 */
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { checkSignatures, type SignatureCase } from '../../../test/support/signature-cases.ts';


const kb = await readKnowledgeBase();

const cases: readonly SignatureCase[] = [
  // Retrocalcaneal bursitis
  {
    text: 'Puffy swelling on both sides of my achilles low down by the heel, and my new racing flats dig in at the back. Hurts most when I flex my foot up.',
    condition: 'retrocalcaneal-bursitis', within: 1,
    findings: { 'swelling-beside-achilles': true, 'pain-calf-stretch': true },
  },
  {
    text: 'R posterior heel pain 6/52. Boggy swelling both sides of distal tendon, two-finger squeeze reproduces pain. Tendon body non-tender. Haglund prominence.',
    condition: 'retrocalcaneal-bursitis', within: 3,
    findings: { 'test-retrocalcaneal-squeeze-painful': true },
  },
  {
    text: 'Sore spot deep in front of my achilles, between the achilles and the heel bone, with hollows on either side of the tendon filled in. Stiff heel counters are agony.',
    condition: 'retrocalcaneal-bursitis', within: 1,
    notPresent: ['gap-in-achilles'],
  },
  // Insertional Achilles tendinopathy
  {
    text: 'It hurts exactly where my achilles joins the heel bone, at the very bottom of the tendon. Hill reps and hanging my heels off the stairs make it worse. 52 and stiff every morning.',
    condition: 'achilles-tendinopathy-insertional', within: 1,
    findings: { 'pain-back-of-heel': true },
    notPresent: ['pain-heel-underside'],
  },
  {
    text: 'Both heels, right where the tendon meets the back of the heel. Tender to touch, worse going uphill, and the heel tab of my shoes presses on it.',
    condition: 'achilles-tendinopathy-insertional', within: 3,
    notPresent: ['pain-heel-underside'],
  },
  // Baxter's nerve entrapment
  {
    text: 'Medial heel pain 7 months, failed fascia stretching and orthoses. Burning, spreads laterally across the sole. Weak abduction of the fifth toe on that side. Windlass negative.',
    condition: 'baxters-nerve-entrapment', within: 1,
    findings: { 'weak-little-toe-spread': true, 'heel-pain-spreads-to-outer-sole': true },
  },
  {
    text: 'Burning pain on the inner side of my heel that spreads across the sole to the outside edge, worse by the end of the day. Mornings are fine. Six months of plantar fasciitis treatment made no difference.',
    condition: 'baxters-nerve-entrapment', within: 3,
  },
  // Calcaneal stress fracture
  {
    text: 'Doubled my mileage for a marathon and now the whole heel aches, both sides of my heel, even walking round the office. Squeezing the sides of my heel hurts a lot. Not worse first thing.',
    condition: 'calcaneal-stress-fracture', within: 1,
    findings: { 'pain-sides-of-heel': true, 'test-heel-squeeze-painful': true },
  },
  {
    text: 'Army recruit, new to running, on the road daily. Deep ache all round my heel that gets worse the longer I am on my feet, rather than first thing.',
    condition: 'calcaneal-stress-fracture', within: 3,
    findings: { 'pain-first-steps': false },
  },
  // Sesamoiditis
  {
    text: 'My daughter (15) does sprints. Sore spot under her big toe joint on the ball of the foot, hurts coming up on her toes and pushing off the blocks. Came on gradually.',
    condition: 'sesamoiditis', within: 1,
    findings: { 'pain-tiptoe': true },
  },
  {
    text: 'Pain under the knuckle of my big toe since switching to minimalist shoes, worse pushing off and when I bend the big toe up.',
    condition: 'sesamoiditis', within: 3,
  },
  // Inflammatory arthritis
  {
    text: 'Both feet stiff and sore across the balls of the feet, stiff for over an hour every morning, my fingers are stiff too and my rings have been tight. Tired all the time. A fortnight off running and it is no better on my rest days.',
    condition: 'inflammatory-arthritis', within: 1,
    findings: { 'morning-stiffness-long': true, 'other-joints-swollen': true, 'tired-all-the-time': true },
  },
  {
    text: 'Bilateral heel pain 7 months in a 29M, treated as plantar fasciitis. Morning low back stiffness lasting more than an hour, past painful red eye, scaly plaques on elbows.',
    condition: 'inflammatory-arthritis', within: 3,
    findings: { 'psoriasis-or-ibd': true },
  },
];

checkSignatures(kb, cases);
