/**
 * The red-flag rules, as data. Each rule names a level of care, a time frame, a plain-language action and its
 * sources. They run before any ranking, so a rare but dangerous problem is never hidden by a low prior
 * (NHS Pathways ordering; Infermedica-style "triage tuples" for combinations; see clinical-anchors §5).
 * Finding ids come from the shared vocabulary (docs/kb-authoring.md); an id the KB lacks is simply never answered.
 * Where a rule is not taken from a source it says "judgement" in `basis`.
 * @module
 */
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';
import type { Cond } from './rule-logic.ts';

/** One red-flag rule. */
export interface RedFlagRule {
  readonly id: string;
  readonly level: CareLevel;
  readonly timeframe: string;
  /** Why this matters, in plain words. */
  readonly reason: string;
  /** What to do now. */
  readonly action: string;
  readonly when: Cond;
  readonly basis: 'published' | 'judgement';
  readonly sources: readonly string[];
  /** The KB condition this pattern points to: when the rule fires it counts as evidence for it (differential.ts). */
  readonly suggests?: string;
  /**
   * Likelihood ratio the fired pattern gives `suggests`, when it should differ from its level's default
   * (rule-patterns.ts): lower for a rule built to rule out (Ottawa), higher for a specific sign.
   */
  readonly patternLr?: number;
  /**
   * Running advice while waiting to be seen, when it need not be "stop" (the default for every warning sign):
   * a pattern to confirm with a clinician that is safe to run below (chronic exertional compartment syndrome).
   */
  readonly running?: RunningAdvice;
}

const yes = (id: string): Cond => ({ yes: id });
const any = (...ids: string[]): Cond => ({ any: ids.map(yes) });
/** "…unless we know": stands a rule down only on a clear answer, never on silence (rule-logic.ts). */
const unless = (c: Cond): Cond => ({ except: c });
/** Rising onto tiptoe on that leg is known to work: the answer that argues most against a complete tendon tear. */
const CAN_TIPTOE: Cond = { any: [{ no: 'cannot-push-off-or-tiptoe' }, { no: 'test-heel-raise-unable' }] };
/** Both legs are affected: swelling of both legs is not the one-sided swelling of a clot (wells-1997). */
const BOTH_SIDES: Cond = { is: 'side', value: 'both' };
/** Symptoms come with exercise at a set point and wear off soon after stopping: the exertional pattern (CECS). */
const EXERTIONAL = any('exercise-numbness-resolves', 'pain-stops-run-same-point');
/**
 * A clear injury that explains calf pain: Wells scores "an alternative diagnosis at least as likely" against a clot.
 * Half its weight here (judgement): runners' injury stories are loose, and a clot can follow a strain.
 */
const CALF_INJURY = any('calf-pull-during-run', 'injury-pop-or-snap', 'injury-kicked-in-calf', 'injury-direct-blow');
/** Long-standing circulation trouble rather than a foot losing its blood supply now (aboyans-2018). */
const CHRONIC_CIRCULATION: Cond = { any: [{ num: 'duration-weeks', min: 4 }, yes('pain-walking-relieved-standing')] };

/** Findings that describe an acute injury: the Ottawa rules (and their self-check) only apply after one. */
export const ACUTE_INJURY_FINDINGS: readonly string[] = ['injury-rolled-ankle', 'injury-fall-or-jump', 'injury-direct-blow', 'injury-twisting-foot-planted', 'injury-midfoot-bent-or-crushed'];
/** An acute injury: the Ottawa rules only apply after one. */
export const TRAUMA: Cond = any(...ACUTE_INJURY_FINDINGS);
/** The Ottawa findings a tender bony point or a positive self-check gives (not "cannot take four steps"). */
export const OTTAWA_POINTS: readonly string[] = ['ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone', 'ottawa-tender-base-of-fifth-metatarsal', 'ottawa-tender-navicular'];
export const OTTAWA_CHECKS: readonly string[] = ['test-ottawa-ankle-positive', 'test-ottawa-midfoot-positive'];
const BACK_OF_LEG = any('pain-achilles', 'pain-calf', 'pain-back-of-heel', 'pain-back-of-ankle');
/** Pain, swelling or hardness in the lower leg, where the muscle compartments are. */
const LEG = any('pain-front-of-shin', 'pain-calf', 'pain-outer-leg', 'pain-inner-shin', 'leg-rock-hard', 'calf-swelling-one-side', 'swelling', 'injury-direct-blow');
/** Any numbness or pins and needles. */
const NUMB = any('numbness-persistent', 'character-numbness', 'character-tingling');
/** Numbness or pins and needles anywhere below the knee, including the toes. */
const NUMB_FOOT = any('numbness-persistent', 'character-numbness', 'character-tingling', 'toe-numbness-or-tingling', 'tingling-sole');
/**
 * Signs that a cold or pale foot is losing its blood supply now rather than showing long-standing poor circulation:
 * the other "Ps" of acute limb ischaemia (pain, paraesthesia, paralysis; aboyans-2018).
 */
const ISCHAEMIA_SIGNS = any(
  'numbness-persistent', 'character-numbness', 'toe-numbness-or-tingling', 'weakness-foot-drop', 'severe-pain-out-of-proportion',
  'cannot-bear-weight', 'pain-on-stretching-toes-severe',
);

/**
 * The Ottawa rules are built to rule a fracture out (sensitivity near 100%, specificity about 30–40%; bachmann-2003),
 * so a positive rule is modest evidence for a fracture: its likelihood ratio stays at half the urgent default, and the floor
 * keeps the fracture near the top instead (rule-patterns.ts).
 */
const OTTAWA_PATTERN_LR = 5;

/** Ordered most urgent first; all rules are evaluated, the most urgent decides the level. */
export const redFlagRules: readonly RedFlagRule[] = [
  {
    id: 'nerve-cauda-equina', suggests: 'lumbar-radiculopathy',
    level: 'emergency', timeframe: 'now',
    reason: 'Numbness around the saddle area or new bladder or bowel trouble can mean pressure on the nerves at the base of the spine.',
    action: 'Go to an emergency department now, or call an ambulance.',
    when: yes('bladder-bowel-or-saddle-numbness'), basis: 'judgement', sources: [],
  },
  {
    // The KB has no lung-clot condition: the clot starts in a leg vein, so that is the condition to keep on top.
    id: 'clot-to-lungs', suggests: 'deep-vein-thrombosis',
    level: 'emergency', timeframe: 'now',
    reason: 'Chest pain or sudden breathlessness, especially with a painful or swollen leg, can mean a clot has reached the lungs.',
    action: 'Call an ambulance now.',
    when: yes('chest-pain-or-breathless'), basis: 'published', sources: ['nice-ng158'],
  },
  {
    id: 'acute-compartment-syndrome', suggests: 'acute-compartment-syndrome',
    level: 'emergency', timeframe: 'now',
    reason: 'Severe pain out of proportion together with pain on stretching the toes, numbness, weakness or a rock-hard leg can mean pressure is building inside a muscle compartment.',
    action: 'Go to an emergency department now. Do not keep exercising or bandage the leg tightly.',
    when: {
      any: [
        // Pain on stretching the toes is the earliest sign; with pain or swelling in the leg it is enough (judgement).
        { all: [yes('pain-on-stretching-toes-severe'), LEG] },
        {
          all: [
            {
              any: [
                any('severe-pain-out-of-proportion', 'pain-on-stretching-toes-severe', 'exercise-pain-not-settling'),
                // A tense, hard or shiny-skinned compartment is itself a sign of the pressure (runners often play the
                // pain down); not when it is the run-and-settle pattern of the chronic kind (judgement, ulmer-2002).
                { all: [any('leg-rock-hard', 'skin-tight-shiny'), unless(EXERTIONAL)] },
              ],
            },
            {
          points: [
            [yes('severe-pain-out-of-proportion'), 1], [yes('pain-on-stretching-toes-severe'), 1],
            [yes('numbness-persistent'), 1], [yes('weakness-foot-drop'), 1], [yes('leg-rock-hard'), 1],
            [yes('skin-tight-shiny'), 1], [yes('exercise-pain-not-settling'), 1], [yes('pain-getting-worse-by-hour'), 1],
            // Pins and needles or numbness with pain in the leg is an early nerve sign of raised pressure, however it
            // is worded ("toes feel a bit tingly"; judgement from mcqueen-2000 and boast-2016).
            [{ all: [NUMB_FOOT, LEG] }, 1],
          ],
          min: 2,
        },
          ],
        },
      ],
    },
    basis: 'published', sources: ['ulmer-2002', 'mcqueen-2000', 'boast-2016', 'seed-004'],
  },
  {
    id: 'limb-blood-supply', suggests: 'vascular-claudication',
    level: 'emergency', timeframe: 'now',
    reason: 'A cold, pale leg or foot with no pulse, or a cold or pale foot that is also numb, weak or very painful, can mean its blood supply is blocked.',
    action: 'Call an ambulance or go to an emergency department now.',
    when: { any: [yes('leg-cold-pale-pulseless'), { all: [yes('foot-cold-or-pale'), ISCHAEMIA_SIGNS] }] },
    basis: 'published', sources: ['aboyans-2018'],
  },
  {
    id: 'deformity-after-injury',
    level: 'emergency', timeframe: 'now',
    reason: 'A foot or ankle that is visibly out of shape after an injury may be broken or dislocated.',
    action: 'Go to an emergency department now; keep the leg still and do not walk on it.',
    when: { all: [yes('deformity'), { any: [TRAUMA, yes('onset-sudden'), yes('wound-or-broken-skin')] }] },
    basis: 'judgement', sources: [],
  },
  {
    id: 'compartment-pressure-warning',
    level: 'urgent', timeframe: 'within a few hours',
    reason: 'Pain far worse than the injury explains, pain on stretching the toes, or leg pain that keeps building after exercise can be an early sign of pressure in a muscle compartment.',
    action: 'Get seen at urgent care or an emergency department within a few hours; go at once if it worsens or the foot goes numb or weak.',
    when: any('severe-pain-out-of-proportion', 'pain-on-stretching-toes-severe', 'exercise-pain-not-settling', 'leg-rock-hard'),
    basis: 'published', sources: ['ulmer-2002', 'boast-2016'],
  },
  {
    id: 'infection-spreading-high-risk', suggests: 'foot-infection',
    level: 'emergency', timeframe: 'now',
    reason: 'A spreading infection with fever or feeling unwell in someone with diabetes or a weakened immune system can become a severe (limb- or life-threatening) infection within hours.',
    action: 'Go to an emergency department now. Take your diabetes readings and medicines with you.',
    when: {
      all: [
        yes('fever-or-unwell'), any('spreading-redness', 'pus-or-discharge'), any('diabetes', 'weakened-immunity'),
      ],
    },
    basis: 'published', sources: ['senneville-2024', 'nice-ng141'],
  },
  {
    id: 'infection-with-fever', suggests: 'foot-infection',
    level: 'urgent', timeframe: 'within a few hours',
    reason: 'Fever or feeling unwell together with a red, hot or swollen area or a wound can mean an infection that is spreading.',
    action: 'See a doctor within a few hours (urgent care or emergency department).',
    when: { all: [yes('fever-or-unwell'), any('spreading-redness', 'redness', 'warmth', 'wound-or-broken-skin', 'pus-or-discharge', 'swelling', 'puncture-wound')] },
    basis: 'published', sources: ['nice-ng141', 'margaretten-2007'],
  },
  {
    id: 'dvt-cluster', suggests: 'deep-vein-thrombosis',
    level: 'urgent', timeframe: 'today',
    reason: 'Your answers add up to a pattern (Wells-style) where a clot in a deep leg vein has to be ruled out.',
    action: 'See a doctor today (urgent care, or call your doctor now); a clot needs a scan to rule it out. Do not massage the calf.',
    when: {
      all: [
        any('calf-swelling-one-side', 'whole-leg-swollen', 'calf-tender-deep', 'pitting-swelling', 'pain-calf'),
        {
          points: [
            [yes('calf-swelling-one-side'), 1], [{ all: [yes('whole-leg-swollen'), unless(BOTH_SIDES)] }, 1], [yes('calf-tender-deep'), 1],
            [yes('pitting-swelling'), 1], [yes('visible-surface-veins'), 1], [yes('previous-clot'), 1],
            [yes('active-cancer'), 1], [yes('recent-surgery-or-cast'), 1], [yes('long-travel-or-immobilisation'), 1],
            [yes('oestrogen-or-pregnancy'), 1], [yes('pain-calf'), 1], [CALF_INJURY, -1],
          ],
          min: 2,
        },
      ],
    },
    basis: 'published', sources: ['wells-1997', 'wells-2003', 'nice-ng158', 'seed-004'],
  },
  {
    id: 'calf-swelling-one-side',
    level: 'urgent', timeframe: 'today',
    reason: 'A calf or leg swollen on one side without a clear injury needs a clot ruled out.',
    action: 'See a doctor today (urgent care, or call your doctor now).',
    // "One side" is the point: both legs swollen is a different problem, which the rule below sends to a doctor.
    when: { any: [yes('calf-swelling-one-side'), { all: [yes('whole-leg-swollen'), unless(BOTH_SIDES)] }] },
    basis: 'published', sources: ['nice-ng158', 'goodacre-2005'],
  },
  {
    id: 'legs-swollen-both-sides',
    level: 'doctor', timeframe: 'within a few days',
    reason: 'Both legs swelling up is not usually a running injury; the heart, kidneys, veins, medicines or joint inflammation can be the cause.',
    action: 'See a doctor within a few days; today if you are short of breath or one leg is much bigger than the other.',
    when: { all: [yes('whole-leg-swollen'), BOTH_SIDES] }, basis: 'judgement', sources: [],
  },
  {
    id: 'achilles-rupture', suggests: 'achilles-rupture',
    // Half the urgent default: a pop in the calf fires this rule too, and a calf tear gives the same story.
    patternLr: 5,
    level: 'urgent', timeframe: 'today',
    reason: 'A sudden snap or a feeling of being kicked in the back of the leg, a gap in the tendon, or a foot that does not move when the calf is squeezed point to a torn Achilles tendon. You may still be able to walk.',
    action: 'Go to urgent care or an emergency department today; early treatment gives the best healing. Do not try to stretch or run on it.',
    when: {
      any: [
        yes('test-calf-squeeze-no-movement'), yes('gap-in-achilles'),
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
  },
  {
    id: 'ottawa-ankle', suggests: 'ankle-foot-fracture', patternLr: OTTAWA_PATTERN_LR,
    level: 'urgent', timeframe: 'today',
    reason: 'After an injury, bone tenderness at the back edge or tip of an ankle bone is one of the Ottawa signs that an X-ray is needed to rule out a fracture.',
    action: 'Get an X-ray today (urgent care or an emergency department). Keep weight off the foot until then.',
    // The Ottawa rules hold only after an acute injury; without one a tender bone is bone stress (below).
    when: { all: [TRAUMA, any('test-ottawa-ankle-positive', 'ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone')] },
    basis: 'published', sources: ['bachmann-2003', 'stiell-1993'],
  },
  {
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
  },
  {
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
  },
  {
    id: 'ottawa-weight-bearing', suggests: 'ankle-foot-fracture', patternLr: OTTAWA_PATTERN_LR,
    level: 'urgent', timeframe: 'today',
    reason: 'Not being able to take four steps on the foot after twisting, falling on or knocking the ankle or foot is one of the Ottawa signs that an X-ray is needed to rule out a broken bone.',
    action: 'Get an X-ray today (urgent care or an emergency department). Keep weight off the foot until then.',
    when: { all: [TRAUMA, yes('cannot-bear-weight')] }, basis: 'published', sources: ['bachmann-2003', 'stiell-1993'],
  },
  {
    id: 'cannot-bear-weight',
    level: 'urgent', timeframe: 'today',
    reason: 'Not being able to take four steps on the foot is an Ottawa sign after an injury, and a reason to be checked even without one.',
    action: 'Get seen today (urgent care or an emergency department); use crutches or keep weight off it until then.',
    when: yes('cannot-bear-weight'), basis: 'published', sources: ['bachmann-2003', 'stiell-1993'],
  },
  {
    id: 'infection-local', suggests: 'foot-infection',
    level: 'urgent', timeframe: 'today',
    reason: 'Redness that is spreading, pus, or a wound that is red, hot or swollen can be an infection that needs treatment.',
    action: 'See a doctor today. Mark the edge of the redness with a pen; if it spreads fast or you get a fever, go to urgent care at once.',
    when: {
      any: [
        yes('spreading-redness'), yes('pus-or-discharge'),
        { all: [any('wound-or-broken-skin', 'puncture-wound'), any('redness', 'warmth', 'swelling')] },
        { all: [any('diabetes', 'weakened-immunity'), any('wound-or-broken-skin', 'puncture-wound')] },
      ],
    },
    basis: 'published', sources: ['nice-ng141', 'senneville-2024'],
  },
  {
    id: 'foot-drop',
    level: 'urgent', timeframe: 'today',
    reason: 'New weakness lifting the foot (the foot slaps or drags) means a nerve is not working properly.',
    action: 'See a doctor today.',
    // Weakness that comes only with running and wears off within minutes is the exertional pattern (below).
    when: { all: [yes('weakness-foot-drop'), unless(EXERTIONAL)] }, basis: 'judgement', sources: [],
  },
  {
    id: 'exertional-compartment-pattern', suggests: 'chronic-exertional-compartment-syndrome', running: 'modify',
    level: 'doctor', timeframe: 'within the next few weeks',
    reason: 'Leg tightness, numbness or tingling that comes on at a set time or distance into every run and settles within minutes of stopping is the pattern of chronic exertional compartment syndrome, which a clinician needs to confirm (usually by measuring the muscle pressure).',
    action: 'Book a sports doctor or sports physio within the next few weeks; stop the run when the symptoms start. Go to an emergency department if the pain ever keeps building after you stop, or numbness or weakness does not wear off.',
    when: {
      all: [
        yes('pain-stops-run-same-point'),
        any('character-tight-cramping', 'character-numbness', 'character-tingling', 'tingling-sole', 'toe-numbness-or-tingling', 'exercise-numbness-resolves', 'exercise-bulge-on-shin'),
        any('pain-front-of-shin', 'pain-outer-leg', 'pain-calf', 'pain-inner-shin', 'pain-lower-leg-area'),
      ],
    },
    basis: 'published', sources: ['pedowitz-1990', 'seed-004'],
  },
  {
    id: 'foot-drop-with-exercise', suggests: 'chronic-exertional-compartment-syndrome',
    level: 'doctor', timeframe: 'within 1–2 weeks',
    reason: 'A foot that goes weak or floppy during runs and recovers within minutes of stopping fits pressure building in a leg muscle compartment with exercise (chronic exertional compartment syndrome), which a clinician needs to confirm.',
    action: 'See a sports doctor or physio within 1–2 weeks; stop the run when the weakness starts. Go to an emergency department if the weakness or numbness does not wear off after stopping.',
    when: { all: [yes('weakness-foot-drop'), EXERTIONAL] }, basis: 'published', sources: ['pedowitz-1990', 'seed-004'],
  },
  {
    id: 'numbness-back-both-legs',
    level: 'urgent', timeframe: 'today',
    reason: 'Numbness in both legs together with back pain can mean pressure on several nerve roots.',
    action: 'See a doctor today; go to an emergency department at once if bladder, bowel or saddle feeling changes.',
    when: { all: [NUMB, any('back-pain', 'pain-radiates-down-leg'), { is: 'side', value: 'both' }] }, basis: 'judgement', sources: [],
  },
  {
    id: 'cold-pale-foot', suggests: 'vascular-claudication',
    level: 'urgent', timeframe: 'today',
    reason: 'A foot that turns cold or pale can mean its blood supply is reduced.',
    action: 'See a doctor today; if the foot stays cold, pale and numb, go to an emergency department now.',
    // A cold foot that has come with walking pain for weeks is long-standing narrowing (the rule below), not a foot
    // losing its blood supply now; without that history it is treated as new (safety first).
    when: { all: [yes('foot-cold-or-pale'), unless(CHRONIC_CIRCULATION)] }, basis: 'published', sources: ['aboyans-2018'],
  },
  {
    id: 'cold-foot-long-standing', suggests: 'vascular-claudication',
    level: 'doctor', timeframe: 'within a few days',
    reason: 'A foot that has been cold or pale for weeks, with pain on walking that eases when you stand still, points to narrowed arteries, which need checking.',
    action: 'See a doctor within a few days to check the circulation; go the same day if the foot turns cold, white or numb at rest, or a sore will not heal.',
    when: { all: [yes('foot-cold-or-pale'), CHRONIC_CIRCULATION] }, basis: 'published', sources: ['aboyans-2018'],
  },
  {
    id: 'fever-with-pain',
    level: 'urgent', timeframe: 'within 24 hours',
    reason: 'Fever or feeling unwell together with bone or joint pain, especially pain at night, needs a doctor to rule out infection.',
    action: 'See a doctor within 24 hours.',
    when: yes('fever-or-unwell'), basis: 'judgement', sources: [],
  },
  {
    id: 'bone-stress-high-risk-site', suggests: 'navicular-stress-fracture',
    level: 'doctor', timeframe: 'within 1–2 days',
    reason: 'Focal bone tenderness on the inner midfoot (the navicular) without an injury is a high-risk place for a stress fracture, which can fail to heal if loaded and is often missed on X-ray.',
    action: 'Stop running and cut down walking; see a doctor within 1–2 days and ask about imaging.',
    when: {
      any: [
        { all: [yes('ottawa-tender-navicular'), { any: [yes('onset-gradual'), yes('recent-training-increase')] }] },
        { all: [yes('bony-tenderness-focal'), yes('pain-inside-of-foot')] },
        { all: [yes('ottawa-tender-navicular'), { any: [yes('pain-builds-during-run'), yes('pain-after-run'), yes('pain-with-walking'), yes('test-hop-painful')] }] },
      ],
    },
    basis: 'published', sources: ['kaeding-2005', 'torg-2010', 'warden-2014'],
  },
  {
    id: 'bone-stress-front-of-shin', suggests: 'tibial-stress-fracture',
    level: 'doctor', timeframe: 'within 1–2 days',
    reason: 'Focal bone tenderness on the front of the shin bone is a high-risk place for a stress fracture: that side of the bone heals slowly and can break through if it keeps being loaded.',
    action: 'Stop running and jumping; see a doctor within 1–2 days and ask about imaging.',
    when: { all: [yes('bony-tenderness-focal'), yes('pain-front-of-shin')] },
    basis: 'published', sources: ['kaeding-2005', 'warden-2014'],
  },
  {
    id: 'bone-stress-top-of-foot',
    level: 'doctor', timeframe: 'within 1–2 days',
    reason: 'Focal bone tenderness on the top or outer edge of the foot can be a stress fracture of a foot bone (a metatarsal or the navicular), some of which heal poorly if loaded.',
    action: 'Stop running and cut down walking; see a doctor within 1–2 days and ask about imaging.',
    when: { all: [yes('bony-tenderness-focal'), any('pain-top-of-foot', 'pain-outside-of-foot')] },
    basis: 'published', sources: ['kaeding-2005', 'warden-2014'],
  },
  {
    id: 'bone-stress-suspected',
    level: 'doctor', timeframe: 'within a few days',
    reason: 'A sore spot on the bone, a painful heel squeeze, or pain on hopping together with pain at rest or at night can be a bone stress injury in a runner.',
    action: 'Stop running for now and see a doctor or sports physio within a few days; imaging may be needed.',
    when: {
      any: [
        yes('bony-tenderness-focal'),
        // Tender bone at an Ottawa point, or a positive Ottawa check, without an injury is bone stress until shown
        // otherwise (with an injury the Ottawa rules above set a higher level); a painful heel squeeze too.
        any('ottawa-tender-back-of-outer-ankle-bone', 'ottawa-tender-back-of-inner-ankle-bone', 'ottawa-tender-base-of-fifth-metatarsal', 'test-heel-squeeze-painful', ...OTTAWA_CHECKS),
        { all: [any('test-hop-painful', 'pain-hopping'), any('pain-at-night-or-rest', 'previous-stress-fracture', 'low-energy-availability', 'bony-tenderness-focal')] },
        // A bony lump on the shin that hurts on hopping or jumping: the thickening a healing stress fracture makes.
        { all: [any('test-hop-painful', 'pain-hopping'), yes('lump-or-thickening'), any('pain-front-of-shin', 'pain-inner-shin', 'pain-outer-leg')] },
      ],
    },
    basis: 'published', sources: ['warden-2014', 'warden-2021', 'nattiv-2013', 'seed-002', 'seed-004'],
  },
  {
    id: 'bone-stress-energy',
    level: 'doctor', timeframe: 'within a week',
    reason: 'Bone pain together with signs of under-fuelling (missed periods, low weight) raises the chance of a bone stress injury and needs a wider health check.',
    action: 'Stop running for now; see a doctor within a week about the bone pain and about energy availability.',
    when: { all: [yes('low-energy-availability'), any('bony-tenderness-focal', 'test-hop-painful', 'pain-hopping', 'pain-at-night-or-rest')] },
    basis: 'published', sources: ['mountjoy-2023', 'warden-2021'],
  },
  {
    id: 'vascular-claudication', suggests: 'vascular-claudication',
    level: 'doctor', timeframe: 'within 1–2 weeks',
    reason: 'Leg or foot pain that comes on with walking and eases within minutes of standing still can be a sign of narrowed arteries.',
    action: 'See a doctor within 1–2 weeks to check the circulation; sooner if the foot is cold, pale or has sores.',
    when: yes('pain-walking-relieved-standing'), basis: 'published', sources: ['aboyans-2018', 'seed-004'],
  },
  {
    id: 'nerve-numbness',
    level: 'doctor', timeframe: 'within a few days',
    reason: 'Numbness that does not go away means a nerve is involved.',
    action: 'See a doctor within a few days; sooner if weakness appears.',
    when: yes('numbness-persistent'), basis: 'judgement', sources: ['seed-004'],
  },
  {
    id: 'cannot-tiptoe',
    level: 'doctor', timeframe: 'within a few days',
    reason: 'Not being able to push off or rise onto tiptoe means a tendon in the calf or ankle may be badly damaged.',
    action: 'See a doctor or physio within a few days; today if it started suddenly.',
    when: yes('cannot-push-off-or-tiptoe'), basis: 'judgement', sources: [],
  },
  {
    id: 'fluoroquinolone-tendon',
    level: 'doctor', timeframe: 'within 1–2 days',
    reason: 'Some antibiotics (fluoroquinolones) make tendons weaker; new tendon pain while taking them is a warning sign of a tear.',
    action: 'Tell the doctor who prescribed the antibiotic within 1–2 days, and do not run until you have.',
    when: { all: [yes('medication-fluoroquinolone'), BACK_OF_LEG] }, basis: 'judgement', sources: [],
  },
];
