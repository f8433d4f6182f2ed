import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { expandShorthand } from './clinical-shorthand.ts';
import { readSections, sectionAt } from './clinical-sections.ts';
import { readClinicalSigns } from './clinical-signs.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const sign = (text: string, id: string): boolean | undefined => readClinicalSigns(text).find((s) => s.id === id)?.value;

test('shorthand is spelt out, and spans map back to what was written', () => {
  const e = expandShorthand('c/o L heel pain 3/52, TTP med calcaneal tubercle');
  assert.equal(e.text, 'complains of left heel pain 3 weeks, tender to press medial calcaneal tubercle');
  const at = e.text.indexOf('3 weeks');
  assert.deepEqual(e.toOriginal([at, at + '3 weeks'.length]), [16, 20]);
  assert.equal(expandShorthand('my heel hurts when I run').changed, false);
  assert.equal(expandShorthand('off work 2/7, symptoms 6/12').text, 'off work 2 days, symptoms 6 months');
});

test('PF is plantarflexion only next to a movement word: a runner\'s PF is still plantar fasciitis', () => {
  assert.match(expandShorthand('weak resisted PF on the left').text, /resisted plantarflexion/);
  assert.match(expandShorthand('pretty sure it is PF again').text, /it is PF again/);
});

test('durations, sides and numbers in clinic style are read', () => {
  const f = understandText(kb, 'R calf pain 2/52, VAS 6/10').findings;
  assert.equal(f.find((x) => x.id === 'duration-weeks')?.value, 2);
  assert.equal(f.find((x) => x.id === 'side')?.value, 'right');
  assert.equal(f.find((x) => x.id === 'pain-score')?.value, 6);
  // Spans point into the original note.
  const d = f.find((x) => x.id === 'duration-weeks');
  assert.equal(d?.span ? 'R calf pain 2/52, VAS 6/10'.slice(d.span[0], d.span[1]) : '', '2/52');
});

test('vital signs are read against their thresholds', () => {
  assert.equal(val('Sore red toe. T 38.9, looks flushed', 'fever-or-unwell'), true);
  assert.equal(val('Sore red toe. Temp 36.8', 'fever-or-unwell'), false);
  assert.equal(val('Hot swollen knee of the toe, HR 118 bpm', 'sepsis-signs'), true);
  assert.equal(val('Calf ache after a flight. SpO2 91% on air', 'chest-pain-or-breathless'), true);
});

test('clinical negation: NT, -ve, denies, NAD, no pain', () => {
  assert.equal(val('Navicular NT. Heel sore on first steps.', 'pain-inside-of-foot'), undefined);
  assert.equal(val('Windlass -ve, heel sore on first steps', 'test-windlass-painful'), false);
  assert.equal(val('Denies numbness in the foot', 'character-numbness'), false);
  assert.equal(val('Heel pain on loading. Neuro exam NAD.', 'weakness-foot-drop'), false);
  assert.equal(val('Shin ache on runs, pain-free at rest', 'pain-at-night-or-rest'), false);
  assert.equal(val('No hx of trauma, gradual ache across the forefoot', 'injury-direct-blow'), false);
});

test('named tests with their results, before or after the name', () => {
  assert.equal(sign('Thompson test positive on the left.', 'test-calf-squeeze-no-movement'), true);
  assert.equal(sign('calf squeeze: normal plantarflexion.', 'test-calf-squeeze-no-movement'), false);
  assert.equal(sign('positive Simmonds on the right', 'test-calf-squeeze-no-movement'), true);
  assert.equal(sign('pain on squeeze of the heel from both sides', 'test-heel-squeeze-painful'), true);
  assert.equal(sign('single leg hop x8 no pain', 'test-hop-painful'), false);
  assert.equal(sign('tuning fork over the shaft reproduces the ache', 'bony-tenderness-focal'), true);
  assert.equal(sign('tinel behind the inner ankle bone positive, tingling into the arch', 'test-tinel-tarsal-tunnel'), true);
  assert.equal(sign('squeeze test positive above the ankle', 'test-squeeze-shin-painful'), true);
  assert.equal(sign('calcaneal squeeze test negative', 'test-squeeze-shin-painful'), undefined);
  assert.equal(sign('unable to do a single leg heel raise on the right', 'test-heel-raise-unable'), true);
  assert.equal(sign('dorsalis pedis pulses absent on the left', 'foot-cold-or-pale'), true);
  assert.equal(sign('foot pulses palpable', 'foot-cold-or-pale'), undefined);
  assert.equal(sign('capillary refill > 4 s in the toes', 'foot-cold-or-pale'), true);
  assert.equal(sign('too many toes sign seen on the right', 'arch-flattening'), true);
});

test('a named squeeze test is not read as the calf squeeze when the note says which squeeze it was', () => {
  assert.notEqual(val('Tib-fib squeeze test +ve, sore above the ankle', 'test-calf-squeeze-no-movement'), true);
});

test('pain on passive stretch of the toes is the compartment sign; of the calf alone it is not', () => {
  assert.equal(sign('Passive flexion of the toes gives severe pain in the front of the shin', 'pain-on-stretching-toes-severe'), true);
  assert.equal(sign('Passive stretch of the calf is painful', 'pain-on-stretching-toes-severe'), undefined);
  assert.equal(sign('No pain on passive stretch of the toes', 'pain-on-stretching-toes-severe'), undefined);
});

test('note sections: the plan and impression give no findings, the family history is someone else', () => {
  const text = 'Shin ache on runs 4/52.\nImp: ?stress reaction.\nPlan: calf stretches, steroid injection if no better, review 6/52.\nFHx: father had gout.';
  const s = readSections(expandShorthand(text).text);
  assert.deepEqual(s.map((x) => x.kind), ['opinion', 'plan', 'family']);
  assert.equal(sectionAt(s, 0), null);
  const u = understandText(kb, text);
  const ids = u.findings.map((f) => f.id);
  assert.ok(!ids.includes('pain-calf-stretch') && !ids.includes('medication-steroid') && !ids.includes('history-of-gout'), ids.join(','));
  assert.equal(u.findings.find((f) => f.id === 'duration-weeks')?.value, 4);
});

test('the impression is a weak hint, never stronger than the findings', () => {
  const r = assess(kb, { text: 'Gradual R heel pain 5/52, worst first steps am, TTP medial calcaneal tubercle, windlass +ve. Imp: Achilles tendinopathy.' });
  assert.equal(r.differential[0]?.conditionId, 'plantar-fasciitis');
  assert.ok(r.notes.some((n) => n.includes('small hint')), r.notes.join(' | '));
});

test('past medical history keeps lasting facts, not old symptoms', () => {
  const u = understandText(kb, 'PMHx: DVT 2019, diabetic, old calf strain.\nc/o R heel pain 2/52.');
  const ids = u.findings.filter((f) => f.value === true).map((f) => f.id);
  assert.ok(ids.includes('previous-clot') && ids.includes('diabetes'), ids.join(','));
  assert.ok(!ids.includes('pain-calf'), ids.join(','));
});

test('a note about the patient counts as the patient\'s findings; a relative named in it does not', () => {
  const ids = understandText(kb, 'The patient is a 52-year-old man. He reports his foot is cold and pale. His brother had a DVT.')
    .findings.filter((f) => f.value === true).map((f) => f.id);
  assert.ok(ids.includes('foot-cold-or-pale'), ids.join(','));
  assert.ok(!ids.includes('previous-clot'), ids.join(','));
  const coach = understandText(kb, 'One of my athletes, 17F, has a sore spot on the front of her shin; she says it aches at night.')
    .findings.filter((f) => f.value === true).map((f) => f.id);
  assert.ok(coach.includes('pain-at-night-or-rest'), coach.join(','));
});

test('a blow, a firm compartment and pain despite opioids is an emergency even when the note calls it a bruise', () => {
  const r = assess(kb, { text: 'Kicked on the L shin in a match. Ant compartment tense and firm on palpation. Pain despite co-codamol. Imp: contusion. Plan: ice, review 2/7.' });
  assert.equal(r.triage.level, 'emergency');
  assert.equal(r.differential[0]?.conditionId, 'acute-compartment-syndrome');
});

test('a swollen joint with fever and a fast pulse is an emergency (sepsis signs), not just urgent', () => {
  const r = assess(kb, { text: 'Red, hot, swollen big toe joint after a blister. T 38.7, HR 112.' });
  assert.equal(r.triage.level, 'emergency');
  assert.ok(r.redFlags.some((h) => h.id === 'infection-with-sepsis-signs'));
  const calm = assess(kb, { text: 'Red, hot, swollen big toe joint after a blister. T 38.7, HR 84.' });
  assert.notEqual(calm.triage.level, 'emergency');
});

test('Wells features in clinical words add up to a clot to rule out', () => {
  const r = assess(kb, { text: 'In a cam boot after an ankle fracture. R calf circumference 3 cm > L, pitting oedema to mid-shin, TTP along the deep veins. No SOB, CP or haemoptysis.' });
  assert.ok(r.redFlags.some((h) => h.id === 'dvt-cluster'), r.redFlags.map((h) => h.id).join(','));
  assert.ok(!r.redFlags.some((h) => h.id === 'clot-to-lungs'), r.redFlags.map((h) => h.id).join(','));
});

test('a clinician\'s "denies" covers every item of its list, however long (dev23)', () => {
  assert.equal(val('She denies stiffness, morning pain, any injury or swelling.', 'swelling'), false);
  assert.equal(val('He denies tingling, pins and needles or numbness.', 'character-numbness'), false);
  assert.equal(val('Denies night sweats, pain at rest or weight loss.', 'pain-at-night-or-rest'), false);
  // A new statement after the list keeps its own reading.
  assert.equal(val('He denies any injury, and he has swelling around the ankle.', 'swelling-ankle'), true);
  assert.equal(val('She denies trauma but reports swelling of the ankle.', 'swelling-ankle'), true);
  assert.equal(val('Denies any fall, bruising appeared the next day.', 'bruising'), true);
  // A tenderness listed under the denial is denied too.
  assert.notEqual(val('He denies pain at night or any one spot on the shin that is really tender.', 'bony-tenderness-focal'), true);
});
