/**
 * The rarer heel, Achilles, forefoot and joint conditions told the way runners and clinicians tell them (issue #4):
 * back-of-heel bursitis, insertional Achilles pain, Baxter's nerve, a heel-bone stress fracture, sesamoiditis and
 * inflammatory arthritis. Short presentations written for this test, classic and atypical, each asserting the rank
 * the condition must reach, plus the readings that carry it (a bare "heel bone" said of the insertion is not the
 * underside of the heel; swelling beside the tendon is not a gap in it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import type { FindingValue } from './types.ts';

interface SignatureCase {
  readonly text: string;
  readonly condition: string;
  /** 1: must lead; 3: must be in the top three. */
  readonly rank: 1 | 3;
  readonly findings?: Readonly<Record<string, FindingValue>>;
  readonly absent?: readonly string[];
}

const kb = await readKnowledgeBase();

const cases: readonly SignatureCase[] = [
  // Retrocalcaneal bursitis
  {
    text: 'Puffy swelling on both sides of my achilles low down by the heel, and my new racing flats dig in at the back. Hurts most when I flex my foot up.',
    condition: 'retrocalcaneal-bursitis', rank: 1,
    findings: { 'swelling-beside-achilles': true, 'pain-calf-stretch': true },
  },
  {
    text: 'R posterior heel pain 6/52. Boggy swelling both sides of distal tendon, two-finger squeeze reproduces pain. Tendon body non-tender. Haglund prominence.',
    condition: 'retrocalcaneal-bursitis', rank: 3,
    findings: { 'test-retrocalcaneal-squeeze-painful': true },
  },
  {
    text: 'Sore spot deep in front of my achilles, between the achilles and the heel bone, with hollows on either side of the tendon filled in. Stiff heel counters are agony.',
    condition: 'retrocalcaneal-bursitis', rank: 1,
    absent: ['gap-in-achilles'],
  },
  // Insertional Achilles tendinopathy
  {
    text: 'It hurts exactly where my achilles joins the heel bone, at the very bottom of the tendon. Hill reps and hanging my heels off the stairs make it worse. 52 and stiff every morning.',
    condition: 'achilles-tendinopathy-insertional', rank: 1,
    findings: { 'pain-back-of-heel': true },
    absent: ['pain-heel-underside'],
  },
  {
    text: 'Both heels, right where the tendon meets the back of the heel. Tender to touch, worse going uphill, and the heel tab of my shoes presses on it.',
    condition: 'achilles-tendinopathy-insertional', rank: 3,
    absent: ['pain-heel-underside'],
  },
  // Baxter's nerve entrapment
  {
    text: 'Medial heel pain 7 months, failed fascia stretching and orthoses. Burning, spreads laterally across the sole. Weak abduction of the fifth toe on that side. Windlass negative.',
    condition: 'baxters-nerve-entrapment', rank: 1,
    findings: { 'weak-little-toe-spread': true, 'heel-pain-spreads-to-outer-sole': true },
  },
  {
    text: 'Burning pain on the inner side of my heel that spreads across the sole to the outside edge, worse by the end of the day. Mornings are fine. Six months of plantar fasciitis treatment made no difference.',
    condition: 'baxters-nerve-entrapment', rank: 3,
  },
  // Calcaneal stress fracture
  {
    text: 'Doubled my mileage for a marathon and now the whole heel aches, both sides of my heel, even walking round the office. Squeezing the sides of my heel hurts a lot. Not worse first thing.',
    condition: 'calcaneal-stress-fracture', rank: 1,
    findings: { 'pain-sides-of-heel': true, 'test-heel-squeeze-painful': true },
  },
  {
    text: 'Army recruit, new to running, on the road daily. Deep ache all round my heel that gets worse the longer I am on my feet, rather than first thing.',
    condition: 'calcaneal-stress-fracture', rank: 3,
    findings: { 'pain-first-steps': false },
  },
  // Sesamoiditis
  {
    text: 'My daughter (15) does sprints. Sore spot under her big toe joint on the ball of the foot, hurts coming up on her toes and pushing off the blocks. Came on gradually.',
    condition: 'sesamoiditis', rank: 1,
    findings: { 'pain-tiptoe': true },
  },
  {
    text: 'Pain under the knuckle of my big toe since switching to minimalist shoes, worse pushing off and when I bend the big toe up.',
    condition: 'sesamoiditis', rank: 3,
  },
  // Inflammatory arthritis
  {
    text: 'Both feet stiff and sore across the balls of the feet, stiff for over an hour every morning, my fingers are stiff too and my rings have been tight. Tired all the time. A fortnight off running and it is no better on my rest days.',
    condition: 'inflammatory-arthritis', rank: 1,
    findings: { 'morning-stiffness-long': true, 'other-joints-swollen': true, 'tired-all-the-time': true },
  },
  {
    text: 'Bilateral heel pain 7 months in a 29M, treated as plantar fasciitis. Morning low back stiffness lasting more than an hour, past painful red eye, scaly plaques on elbows.',
    condition: 'inflammatory-arthritis', rank: 3,
    findings: { 'psoriasis-or-ibd': true },
  },
];

for (const c of cases) {
  test(`${c.condition} (top ${c.rank}): ${c.text.slice(0, 60)}…`, () => {
    const r = assess(kb, { text: c.text }, { today: '2026-11-22' });
    const ids = r.differential.map((d) => d.conditionId);
    const rank = ids.indexOf(c.condition) + 1;
    assert.ok(rank >= 1 && rank <= c.rank, `${c.condition} ranked ${rank}: ${ids.slice(0, 3).join(', ')}`);
    const read = new Map(r.findings.map((f) => [f.id, f.value]));
    for (const [id, value] of Object.entries(c.findings ?? {})) assert.equal(read.get(id), value, `finding ${id}`);
    for (const id of c.absent ?? []) assert.ok(!read.has(id) || read.get(id) === false, `finding ${id} should not be read`);
  });
}
