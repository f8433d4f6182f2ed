/**
 * Red flags after an injury: deformity, the Ottawa ankle and midfoot rules, a Lisfranc injury and not being able to bear weight (bachmann-2003, stiell-1993).
 * Rules are in the order index.ts lists them; see shared.ts for the rule shape.
 * @module
 */
import { any, TRAUMA, yes, type RedFlagRule } from './shared.ts';

/**
 * The Ottawa rules are built to rule a fracture out (sensitivity near 100%, specificity about 30–40%; bachmann-2003),
 * so a positive rule is modest evidence for a fracture: its likelihood ratio stays at half the urgent default, and the floor
 * keeps the fracture near the top instead (rule-patterns.ts).
 */
const OTTAWA_PATTERN_LR = 5;

/** Red flag `deformity-after-injury`. */
export const deformityAfterInjury: RedFlagRule = {
  // A limb out of shape after an injury is a fracture or dislocation until an X-ray says otherwise, so that is the
  // condition to keep on top, even when the foot is also cold or numb (the injury, not a blocked artery, explains it).
  id: 'deformity-after-injury', suggests: 'ankle-foot-fracture',
  level: 'emergency', timeframe: 'now',
  reason: 'A foot or ankle that is visibly out of shape after an injury may be broken or dislocated.',
  action: 'Go to an emergency department now; keep the leg still and do not walk on it.',
  // A misshapen foot that is also cold, pale or blue is an emergency however the story was told.
  when: { all: [yes('deformity'), { any: [TRAUMA, yes('onset-sudden'), yes('wound-or-broken-skin'), yes('foot-cold-or-pale')] }] },
  basis: 'judgement', sources: [],
};

/** Red flag `cold-foot-after-injury`. */
export const coldFootAfterInjury: RedFlagRule = {
  // An injury that leaves the foot cold, pale, grey or blue may have damaged or kinked the artery past a broken or
  // dislocated bone: that is an emergency even when the shape of the foot is not described.
  id: 'cold-foot-after-injury', suggests: 'ankle-foot-fracture',
  level: 'emergency', timeframe: 'now',
  reason: 'A foot that has gone cold, pale or blue after an injury may have lost its blood supply past a broken or dislocated bone.',
  action: 'Go to an emergency department now (call an ambulance if you cannot get there); keep the leg still and do not walk on it.',
  when: { all: [yes('foot-cold-or-pale'), { any: [TRAUMA, yes('injury-pop-or-snap')] }] },
  basis: 'judgement', sources: [],
};

/** Red flag `ottawa-ankle`. */
export const ottawaAnkle: RedFlagRule = {
  id: 'ottawa-ankle', suggests: 'ankle-foot-fracture', patternLr: OTTAWA_PATTERN_LR,
  level: 'urgent', timeframe: 'today',
  reason: 'After an injury, bone tenderness at the back edge or tip of an ankle bone is one of the Ottawa signs that an X-ray is needed to rule out a fracture.',
  action: 'Get an X-ray today (urgent care or an emergency department). Keep weight off the foot until then.',
  // The Ottawa rules hold only after an acute injury; without one a tender bone is bone stress (below).
  when: { all: [TRAUMA, any('test-ottawa-ankle-positive', 'ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone')] },
  basis: 'published', sources: ['bachmann-2003', 'stiell-1993'],
};

/** Red flag `ottawa-midfoot`. */
export const ottawaMidfoot: RedFlagRule = {
  id: 'ottawa-midfoot', suggests: 'ankle-foot-fracture', patternLr: OTTAWA_PATTERN_LR,
  level: 'urgent', timeframe: 'today',
  reason: 'After an injury, bone tenderness at the base of the fifth metatarsal (outer edge of the foot) or the navicular (inner midfoot) is an Ottawa sign that an X-ray is needed.',
  action: 'Get an X-ray today (urgent care or an emergency department). Keep weight off the foot until then.',
  when: {
    any: [
      { all: [TRAUMA, any('test-ottawa-midfoot-positive', 'ottawa-tender-base-of-fifth-metatarsal', 'ottawa-tender-navicular')] },
      // A tender spot on the bone at the outer or inner edge of the midfoot after an injury is where those two
      // Ottawa points are, however the runner names the place ("the bony bump halfway along the outer edge").
      { all: [TRAUMA, yes('bony-tenderness-focal'), any('pain-outside-of-foot', 'pain-inside-of-foot')] },
    ],
  },
  basis: 'published', sources: ['bachmann-2003', 'stiell-1993'],
};

/** Red flag `midfoot-injury`. */
export const midfootInjury: RedFlagRule = {
  id: 'midfoot-injury', suggests: 'lisfranc-injury',
  level: 'urgent', timeframe: 'today',
  reason: 'Bruising on the sole of the midfoot after an injury, or a crushed or bent-under foot that hurts across the top, can be a Lisfranc (midfoot) injury, which is easy to miss and needs an X-ray.',
  action: 'Get seen today (urgent care or an emergency department) and ask about weight-bearing X-rays; keep weight off the foot until then.',
  when: {
    any: [
      { all: [TRAUMA, yes('bruising-sole-of-midfoot')] },
      { all: [yes('injury-midfoot-bent-or-crushed'), any('pain-top-of-foot', 'swelling', 'swelling-top-of-foot', 'cannot-push-off-or-tiptoe', 'pain-tiptoe')] },
    ],
  },
  basis: 'published', sources: ['ross-1996', 'desmond-2006'],
};

/** Red flag `ottawa-weight-bearing`. */
export const ottawaWeightBearing: RedFlagRule = {
  id: 'ottawa-weight-bearing', suggests: 'ankle-foot-fracture', patternLr: OTTAWA_PATTERN_LR,
  level: 'urgent', timeframe: 'today',
  reason: 'Not being able to take four steps on the foot after twisting, falling on or knocking the ankle or foot is one of the Ottawa signs that an X-ray is needed to rule out a broken bone.',
  action: 'Get an X-ray today (urgent care or an emergency department). Keep weight off the foot until then.',
  when: { all: [TRAUMA, yes('cannot-bear-weight')] }, basis: 'published', sources: ['bachmann-2003', 'stiell-1993'],
};

/** Red flag `cannot-bear-weight`. */
export const cannotBearWeight: RedFlagRule = {
  id: 'cannot-bear-weight',
  level: 'urgent', timeframe: 'today',
  reason: 'Not being able to take four steps on the foot is an Ottawa sign after an injury, and a reason to be checked even without one.',
  action: 'Get seen today (urgent care or an emergency department); use crutches or keep weight off it until then.',
  when: yes('cannot-bear-weight'), basis: 'published', sources: ['bachmann-2003', 'stiell-1993'],
};

/** Red flag `heel-after-fall`. */
export const heelAfterFall: RedFlagRule = {
  // A jump or fall landing on the heel drives the body's weight through the heel bone, the classic way it breaks; a
  // heel that is then both swollen and visibly bruised is a fracture to image, not the deep "stone bruise" of the
  // fat pad, which leaves no visible bruising (judgement; the Ottawa rules do not cover the heel bone).
  id: 'heel-after-fall', suggests: 'ankle-foot-fracture', patternLr: OTTAWA_PATTERN_LR,
  level: 'urgent', timeframe: 'today',
  reason: 'A heel that is swollen and bruised after landing on it from a jump or fall can be a broken heel bone.',
  action: 'Get an X-ray today (urgent care or an emergency department). Keep weight off the heel until then; mention any back pain, as the same landing can injure the spine.',
  when: {
    all: [
      yes('injury-fall-or-jump'), any('pain-heel-underside', 'pain-sides-of-heel', 'pain-centre-of-heel', 'heel-feels-bruised'),
      // A heel said to be bruised is read as the bruised-heel feeling, so it counts as the bruise here too.
      yes('swelling'), any('bruising', 'heel-feels-bruised', 'cannot-bear-weight'),
    ],
  },
  basis: 'judgement', sources: [],
};
