import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from './fixture-kb.ts';
import { checkRedFlags } from './red-flags.ts';
import { redFlagRules } from './red-flag-rules/index.ts';
import type { FindingValue } from './types.ts';

const kb = fixtureKb();
const lookup = (answers: Record<string, FindingValue>) => (id: string): FindingValue | undefined => answers[id];
const ids = (answers: Record<string, FindingValue>): string[] => checkRedFlags(kb, lookup(answers)).map((h) => h.id);

// Each rule: a set of answers that fires it, and a near miss that must not.
const cases: Record<string, { fires: Record<string, FindingValue>; not: Record<string, FindingValue> }> = {
  'nerve-cauda-equina': { fires: { 'bladder-bowel-or-saddle-numbness': true }, not: { 'bladder-bowel-or-saddle-numbness': false } },
  'clot-to-lungs': { fires: { 'chest-pain-or-breathless': true }, not: { 'chest-pain-or-breathless': 'unknown' } },
  'cast-circulation': { fires: { 'recent-surgery-or-cast': true, 'pain-lower-leg-area': true, 'foot-cold-or-pale': true }, not: { 'recent-surgery-or-cast': true, 'pain-lower-leg-area': true, 'character-numbness': true } },
  'acute-compartment-syndrome': { fires: { 'severe-pain-out-of-proportion': true, 'numbness-persistent': true }, not: { 'numbness-persistent': true, 'weakness-foot-drop': false } },
  'limb-blood-supply': { fires: { 'leg-cold-pale-pulseless': true }, not: { 'foot-cold-or-pale': false } },
  'limb-embolus': { fires: { 'irregular-heartbeat': true, 'onset-sudden': true, 'character-numbness': true }, not: { 'onset-sudden': true, 'character-numbness': true, 'irregular-heartbeat': false, 'stopped-anticoagulant': false } },
  'deformity-after-injury': { fires: { deformity: true, 'injury-rolled-ankle': true }, not: { deformity: true, 'injury-rolled-ankle': false, 'onset-sudden': false, 'wound-or-broken-skin': false } },
  'compartment-pressure-warning': { fires: { 'pain-on-stretching-toes-severe': true }, not: { 'pain-on-stretching-toes-severe': false } },
  'infection-spreading-high-risk': { fires: { 'fever-or-unwell': true, 'spreading-redness': true, diabetes: true }, not: { 'fever-or-unwell': true, 'spreading-redness': true, diabetes: false, 'weakened-immunity': false } },
  'infection-with-sepsis-signs': { fires: { 'fever-or-unwell': true, 'sepsis-signs': true, swelling: true }, not: { 'fever-or-unwell': true, 'sepsis-signs': false, swelling: true } },
  'infection-racing-with-fever': { fires: { 'fever-or-unwell': true, 'spreading-redness': true, 'severe-pain-out-of-proportion': true }, not: { 'fever-or-unwell': true, 'spreading-redness': true, 'severe-pain-out-of-proportion': false } },
  'calf-weakness-with-back-pain': { fires: { 'cannot-push-off-or-tiptoe': true, 'back-pain': true, 'character-numbness': true }, not: { 'cannot-push-off-or-tiptoe': true, 'back-pain': true, 'character-numbness': true, 'injury-pop-or-snap': true } },
  'infection-with-fever': { fires: { 'fever-or-unwell': true, redness: true }, not: { 'fever-or-unwell': false, redness: true } },
  'dvt-cluster': { fires: { 'calf-swelling-one-side': true, 'long-travel-or-immobilisation': true }, not: { 'pain-calf': true, 'long-travel-or-immobilisation': false } },
  'calf-swelling-one-side': { fires: { 'calf-swelling-one-side': true }, not: { swelling: true } },
  'achilles-rupture': { fires: { 'injury-pop-or-snap': true, 'pain-achilles': true }, not: { 'injury-pop-or-snap': true, 'pain-outside-ankle': true, 'pain-achilles': false } },
  'ottawa-ankle': { fires: { 'injury-rolled-ankle': true, 'ottawa-tender-back-of-outer-ankle-bone': true }, not: { 'injury-rolled-ankle': true, 'ottawa-tender-back-of-outer-ankle-bone': false } },
  'ottawa-midfoot': { fires: { 'injury-rolled-ankle': true, 'ottawa-tender-base-of-fifth-metatarsal': true }, not: { 'ottawa-tender-base-of-fifth-metatarsal': true, 'injury-rolled-ankle': false, 'injury-fall-or-jump': false, 'injury-direct-blow': false, 'injury-twisting-foot-planted': false, 'injury-midfoot-bent-or-crushed': false } },
  'midfoot-injury': { fires: { 'injury-fall-or-jump': true, 'bruising-sole-of-midfoot': true }, not: { 'bruising-sole-of-midfoot': true, 'injury-rolled-ankle': false, 'injury-fall-or-jump': false, 'injury-direct-blow': false, 'injury-twisting-foot-planted': false, 'injury-midfoot-bent-or-crushed': false } },
  'ottawa-weight-bearing': { fires: { 'injury-rolled-ankle': true, 'cannot-bear-weight': true }, not: { 'cannot-bear-weight': true, 'injury-rolled-ankle': false, 'injury-fall-or-jump': false, 'injury-direct-blow': false, 'injury-twisting-foot-planted': false, 'injury-midfoot-bent-or-crushed': false } },
  'cannot-bear-weight': { fires: { 'cannot-bear-weight': true }, not: { 'cannot-bear-weight': false } },
  'plantar-fascia-tear': { fires: { 'injury-pop-or-snap': true, 'pain-arch': true }, not: { 'injury-pop-or-snap': false, 'pain-arch': true } },
  'diabetic-hot-swollen-foot': { fires: { diabetes: true, redness: true, swelling: true }, not: { diabetes: false, redness: true, swelling: true } },
  'infection-local': { fires: { 'spreading-redness': true }, not: { redness: true, 'wound-or-broken-skin': false } },
  'foot-drop': { fires: { 'weakness-foot-drop': true }, not: { 'weakness-foot-drop': false } },
  'foot-drop-with-back-pain': { fires: { 'weakness-foot-drop': true, 'back-pain': true }, not: { 'weakness-foot-drop': true, 'back-pain': false, 'pain-radiates-down-leg': false } },
  'numbness-back-both-legs': { fires: { 'numbness-persistent': true, 'back-pain': true, side: 'both' }, not: { 'numbness-persistent': true, 'back-pain': true, side: 'left' } },
  'cold-pale-foot': { fires: { 'foot-cold-or-pale': true }, not: { 'foot-cold-or-pale': false } },
  'fever-with-pain': { fires: { 'fever-or-unwell': true }, not: { 'fever-or-unwell': 'unknown' } },
  'bone-stress-high-risk-site': { fires: { 'ottawa-tender-navicular': true, 'onset-gradual': true }, not: { 'ottawa-tender-navicular': true, 'onset-gradual': false, 'recent-training-increase': false, 'pain-builds-during-run': false, 'pain-after-run': false, 'pain-with-walking': false, 'test-hop-painful': false } },
  'bone-stress-front-of-shin': { fires: { 'bony-tenderness-focal': true, 'pain-front-of-shin': true }, not: { 'bony-tenderness-focal': true, 'pain-inner-shin': true } },
  'bone-stress-top-of-foot': { fires: { 'bony-tenderness-focal': true, 'pain-top-of-foot': true }, not: { 'bony-tenderness-focal': true, 'pain-arch': true } },
  'legs-swollen-both-sides': { fires: { 'whole-leg-swollen': true, side: 'both' }, not: { 'whole-leg-swollen': true, side: 'left' } },
  'exertional-compartment-pattern': { fires: { 'pain-stops-run-same-point': true, 'character-tight-cramping': true, 'pain-front-of-shin': true }, not: { 'pain-stops-run-same-point': true, 'character-tight-cramping': false, 'character-numbness': false, 'character-tingling': false, 'tingling-sole': false, 'toe-numbness-or-tingling': false, 'exercise-numbness-resolves': false, 'exercise-bulge-on-shin': false, 'pain-front-of-shin': true } },
  'foot-drop-with-exercise': { fires: { 'weakness-foot-drop': true, 'pain-stops-run-same-point': true }, not: { 'weakness-foot-drop': true } },
  'cold-foot-long-standing': { fires: { 'foot-cold-or-pale': true, 'duration-weeks': 10 }, not: { 'foot-cold-or-pale': true, 'duration-weeks': 1 } },
  'bone-stress-suspected': { fires: { 'test-hop-painful': true, 'pain-at-night-or-rest': true }, not: { 'test-hop-painful': true, 'pain-at-night-or-rest': false } },
  'bone-stress-energy': { fires: { 'low-energy-availability': true, 'pain-hopping': true }, not: { 'low-energy-availability': true } },
  'vascular-claudication': { fires: { 'pain-walking-relieved-standing': true }, not: { 'pain-with-walking': true } },
  'nerve-numbness': { fires: { 'numbness-persistent': true }, not: { 'character-numbness': true } },
  'cannot-tiptoe': { fires: { 'cannot-push-off-or-tiptoe': true }, not: { 'pain-tiptoe': true } },
  'tendon-slipping-outer-ankle': { fires: { 'snapping-behind-outer-ankle': true }, not: { 'character-clicking-or-catching': true } },
  // A heel swollen and bruised after a jump down fires; the same heel without a jump or fall does not.
  'cold-foot-after-injury': { fires: { 'injury-fall-or-jump': true, 'foot-cold-or-pale': true }, not: { 'injury-fall-or-jump': false, 'foot-cold-or-pale': true } },
  'heel-after-fall': { fires: { 'injury-fall-or-jump': true, 'pain-heel-underside': true, swelling: true, bruising: true }, not: { 'injury-fall-or-jump': false, 'pain-heel-underside': true, swelling: true, bruising: true } },
  // A feverish child who will not stand fires without a local sign; an injury explains not walking (dev16).
  'fever-not-bearing-weight': { fires: { 'fever-or-unwell': true, 'cannot-bear-weight': true, 'age-years': 8 }, not: { 'fever-or-unwell': true, 'cannot-bear-weight': true, 'age-years': 8, 'injury-fall-or-jump': true } },
  // A first hot, red, swollen ankle fires; the big toe with the same story stays with the gout condition's level.
  'hot-swollen-joint': { fires: { warmth: true, redness: true, swelling: true, 'pain-ankle-area': true }, not: { warmth: true, redness: true, swelling: true, 'pain-ankle-area': true, 'pain-big-toe': true } },
  // A big toe that flared hot with agony is a gout attack for a doctor within a day or two (dev19); a fever leaves it
  // to the infection rules.
  'hot-big-toe-flare': { fires: { 'pain-big-toe': true, warmth: true, 'severe-pain-out-of-proportion': true }, not: { 'pain-big-toe': true, warmth: true, 'severe-pain-out-of-proportion': true, 'fever-or-unwell': true } },
  // A hot, swollen foot with diabetes is a Charcot foot to check within a working day; without diabetes it is not this rule.
  'fluoroquinolone-tendon': { fires: { 'medication-fluoroquinolone': true, 'pain-achilles': true }, not: { 'medication-fluoroquinolone': true, 'pain-arch': true } },
};

test('every rule has a firing case and a near miss', () => {
  assert.deepEqual(redFlagRules.map((r) => r.id).sort(), Object.keys(cases).sort());
});

for (const [id, c] of Object.entries(cases)) {
  test(`red flag ${id} fires on its findings and not on a near miss`, () => {
    assert.ok(ids(c.fires).includes(id), `${id} should fire`);
    assert.ok(!ids(c.not).includes(id), `${id} should not fire`);
  });
}

test('with immune-suppressing drugs a sepsis sign and red skin are enough without a fever; swelling alone is not (dev25)', () => {
  assert.ok(ids({ 'weakened-immunity': true, 'sepsis-signs': true, redness: true }).includes('infection-with-sepsis-signs'));
  assert.ok(!ids({ 'weakened-immunity': true, 'sepsis-signs': true, swelling: true }).includes('infection-with-sepsis-signs'));
  assert.ok(!ids({ 'weakened-immunity': false, 'sepsis-signs': true, redness: true }).includes('infection-with-sepsis-signs'));
});

test('nothing fires on no answers, and unknown is not no', () => {
  assert.deepEqual(ids({}), []);
  assert.deepEqual(ids({ 'cannot-bear-weight': 'unknown', 'fever-or-unwell': 'unknown' }), []);
});

test('hits are ordered most urgent first and list the findings that fired them', () => {
  const hits = checkRedFlags(kb, lookup({ 'cannot-bear-weight': true, 'chest-pain-or-breathless': true }));
  assert.equal(hits[0]?.id, 'clot-to-lungs');
  assert.equal(hits[0]?.level, 'emergency');
  assert.deepEqual(hits.find((h) => h.id === 'cannot-bear-weight')?.findings, ['cannot-bear-weight']);
});

test('a KB red-flag finding no rule covers still raises care (safety net)', () => {
  const raw = fixtureKb();
  const hits = checkRedFlags({ ...raw, findings: [...raw.findings, { ...raw.findings[0]!, id: 'strange-new-flag', redFlag: true, type: 'boolean', label: 'strange' }] }, lookup({ 'strange-new-flag': true }));
  assert.equal(hits[0]?.id, 'kb-strange-new-flag');
  assert.equal(hits[0]?.level, 'urgent');
});

test('agony in a hot big toe is not a compartment warning; agony in the shin still is (dev19)', () => {
  const toe = ids({ 'pain-big-toe': true, warmth: true, redness: true, 'skin-tight-shiny': true, 'severe-pain-out-of-proportion': true });
  assert.ok(toe.includes('hot-big-toe-flare'));
  assert.ok(!toe.includes('acute-compartment-syndrome') && !toe.includes('compartment-pressure-warning'));
  const shin = ids({ 'pain-front-of-shin': true, 'skin-tight-shiny': true, 'severe-pain-out-of-proportion': true });
  assert.ok(shin.includes('acute-compartment-syndrome'));
  // A toe crushed in an injury keeps the warning: a foot compartment can fill after a crush.
  const crushed = ids({ 'pain-big-toe': true, warmth: true, 'injury-midfoot-bent-or-crushed': true, 'severe-pain-out-of-proportion': true });
  assert.ok(crushed.includes('compartment-pressure-warning'));
});
