/**
 * Red flags of the tendons: a torn Achilles, not being able to rise onto tiptoe, tendon pain on fluoroquinolone antibiotics (maffulli-1998), and a tendon slipping over the outer ankle bone (davda-2017).
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import type { Cond } from '../rule-logic.ts';
import { any, unless, yes, type RedFlagRule } from './shared.ts';

/** Rising onto tiptoe on that leg is known to work: the answer that argues most against a complete tendon tear. */
const CAN_TIPTOE: Cond = {
  any: [
    { no: 'cannot-push-off-or-tiptoe' }, { no: 'test-heel-raise-unable' },
    // "I can go up on my toes but it hurts": pain on rising onto tiptoe says the rise is possible, which a complete
    // tear does not allow; the pain is a calf strain's or a tendinopathy's (maffulli-1998). Not when the text also
    // says the rise cannot be done.
    { all: [yes('pain-tiptoe'), unless(any('cannot-push-off-or-tiptoe', 'test-heel-raise-unable'))] },
  ],
};
const BACK_OF_LEG = any('pain-achilles', 'pain-calf', 'pain-back-of-heel', 'pain-back-of-ankle');

/** Red flag `achilles-rupture`. */
export const achillesRupture: RedFlagRule = {
  id: 'achilles-rupture', suggests: 'achilles-rupture',
  // Half the urgent default: a pop in the calf fires this rule too, and a calf tear gives the same story.
  patternLr: 5,
  level: 'urgent', timeframe: 'today',
  reason: 'A sudden snap or a feeling of being kicked in the back of the leg, a gap in the tendon, or a foot that does not move when the calf is squeezed point to a torn Achilles tendon. You may still be able to walk.',
  action: 'Go to urgent care or an emergency department today; early treatment gives the best healing. Do not try to stretch or run on it.',
  when: {
    any: [
      yes('test-calf-squeeze-no-movement'), yes('gap-in-achilles'),
      // A foot that hangs flat with the knee bent (Matles; maffulli-1998), told by a clinician or by comparing the
      // feet while kneeling on a chair (dev25: a rupture missed as a "soft tissue injury").
      yes('exam-matles-positive'),
      // The kicked feeling and a pop in the calf also come with a calf muscle tear ("tennis leg"): rising onto
      // tiptoe on that leg argues against a complete tendon tear, so only that answer stands them down (judgement).
      { all: [yes('injury-kicked-in-calf'), unless(CAN_TIPTOE)] },
      { all: [yes('injury-pop-or-snap'), any('pain-achilles', 'pain-back-of-heel', 'pain-back-of-ankle')] },
      { all: [yes('injury-pop-or-snap'), yes('pain-calf'), unless(CAN_TIPTOE)] },
      // Cannot rise on tiptoe with pain at the back of the leg: a tear must be excluded even without a clear
      // moment of injury (ruptures are often painless and missed; judgement).
      { all: [any('cannot-push-off-or-tiptoe', 'test-heel-raise-unable'), BACK_OF_LEG] },
    ],
  },
  basis: 'published', sources: ['maffulli-1998'],
};

/** Red flag `cannot-tiptoe`. */
export const cannotTiptoe: RedFlagRule = {
  id: 'cannot-tiptoe',
  level: 'doctor', timeframe: 'within a few days',
  reason: 'Not being able to push off or rise onto tiptoe means a tendon in the calf or ankle may be badly damaged.',
  action: 'See a doctor or physio within a few days; today if it started suddenly.',
  when: yes('cannot-push-off-or-tiptoe'), basis: 'judgement', sources: [],
};

/** Red flag `fluoroquinolone-tendon`. */
export const fluoroquinoloneTendon: RedFlagRule = {
  id: 'fluoroquinolone-tendon',
  level: 'doctor', timeframe: 'within 1–2 days',
  reason: 'Some antibiotics (fluoroquinolones) make tendons weaker; new tendon pain while taking them is a warning sign of a tear.',
  action: 'Tell the doctor who prescribed the antibiotic within 1–2 days, and do not run until you have.',
  when: { all: [yes('medication-fluoroquinolone'), BACK_OF_LEG] }, basis: 'judgement', sources: [],
};

/** Red flag `tendon-slipping-outer-ankle`. */
export const tendonSlippingOuterAnkle: RedFlagRule = {
  id: 'tendon-slipping-outer-ankle',
  level: 'doctor', timeframe: 'within 1–2 weeks',
  reason: 'A tendon that snaps or flicks over the outer ankle bone may be slipping out of its groove, which exercises alone do not fix.',
  action: 'See a physio or sports doctor within 1–2 weeks; a scan may be needed to check the band that holds the tendons in place.',
  // The peroneal tendons slip when the band over them has torn, often after a sprain; left alone they wear and split
  // (davda-2017). Safe to keep running within comfort until seen (judgement).
  when: yes('snapping-behind-outer-ankle'), basis: 'judgement', sources: ['davda-2017'], running: 'modify',
};

/** Red flag `plantar-fascia-tear`. */
export const plantarFasciaTear: RedFlagRule = {
  // A pop or tearing feeling under the heel or arch during a run, often after steroid injections into the heel, is a
  // tear of the plantar fascia: the arch may drop and a bruise spread along the sole, and the old morning heel pain
  // can ease as the tight band gives, which is why runners take it for the fasciitis "releasing" (dev16). It needs
  // a clinician and usually a boot, not more strides (judgement).
  id: 'plantar-fascia-tear',
  level: 'doctor', timeframe: 'within a few days',
  reason: 'A pop or tearing feeling under the heel or arch can be a tear of the plantar fascia, more likely after steroid injections into the heel; it needs checking before you load it again.',
  action: 'Stop running and see a doctor or physio within a few days; a walking boot is often needed for a while.',
  when: { all: [yes('injury-pop-or-snap'), any('pain-heel-underside', 'pain-arch', 'pain-inner-front-heel', 'bruising-sole-of-midfoot')] },
  basis: 'judgement', sources: [],
};
