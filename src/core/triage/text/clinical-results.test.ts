import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { expandShorthand } from './clinical-shorthand.ts';
import { isClinicianOnly, readImaging, readResults } from './clinical-results.ts';
import { readClinicalSigns } from './clinical-signs.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const plain = (text: string): string => expandShorthand(text).text.toLowerCase();
const imaging = (text: string): Record<string, boolean> => Object.fromEntries(readImaging(plain(text)).map((f) => [f.id, f.value]));
const bloods = (text: string): Record<string, boolean> => Object.fromEntries(readResults(plain(text)).map((f) => [f.id, f.value]));
const sign = (text: string, id: string): boolean | undefined => readClinicalSigns(plain(text)).find((s) => s.id === id)?.value;
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('a normal X-ray says no fracture and no healing reaction were seen, whatever sits in brackets', () => {
  assert.deepEqual(imaging('Foot X-ray (last month, urgent care): NAD.'), { 'imaging-fracture-on-xray': false, 'imaging-bone-reaction-on-xray': false });
  assert.deepEqual(imaging('The radiographs done at ten days were reported as unremarkable.'), { 'imaging-fracture-on-xray': false, 'imaging-bone-reaction-on-xray': false });
  assert.equal(imaging('normal x-rays of both ankles')['imaging-fracture-on-xray'], false);
  // "Normal" said of one structure is not a normal study.
  assert.deepEqual(imaging('Ultrasound: normal plantar fascia thickness, fluid in the bursa behind the heel bone'), { 'imaging-bursa-fluid': true });
});

test('lesions seen, denied or only queried', () => {
  assert.equal(imaging('X-ray shows an undisplaced fracture of the fibula')['imaging-fracture-on-xray'], true);
  assert.equal(imaging('X-ray: no fracture or dislocation')['imaging-fracture-on-xray'], false);
  assert.deepEqual(imaging('Plan: MRI to exclude a stress fracture'), {});
  assert.deepEqual(imaging('Worried it might be a stress fracture, waiting for a scan'), {});
  assert.equal(imaging('MRI: marrow oedema in the third metatarsal, no fracture line')['imaging-bone-stress-on-scan'], true);
  assert.equal(imaging('Lateral films: periosteal new bone along the mid tibia')['imaging-bone-reaction-on-xray'], true);
  assert.equal(imaging('Calf scan today, no DVT seen')['imaging-clot-on-scan'], false);
  assert.equal(imaging('Venous duplex positive, thrombus in the popliteal vein')['imaging-clot-on-scan'], true);
  assert.equal(imaging('USS: 7 mm hypoechoic lesion in the second intermetatarsal space')['imaging-neuroma'], true);
  assert.equal(imaging('MRI shows a full-thickness tear of the Achilles with a 3 cm gap')['imaging-tendon-torn'], true);
  assert.equal(imaging('Ultrasound: thickened peroneus brevis tendon with a split tear')['imaging-tendon-thickened'], true);
  assert.equal(imaging('Lateral ankle X-ray shows an os trigonum')['imaging-os-trigonum'], true);
  // Skin callus and other sclerosis are not bone healing.
  assert.deepEqual(imaging('Callus under the second metatarsal head, trimmed today'), {});
});

test('blood results are read against their limits; pending ones give nothing', () => {
  assert.deepEqual(bloods('Bloods: CRP 3, ESR 41, urate 0.31 mmol/L'), { 'blood-inflammation-raised': true, 'blood-urate-raised': false });
  assert.deepEqual(bloods('CRP 28 mg/L. Rheumatoid factor and anti-CCP awaited.'), { 'blood-inflammation-raised': true });
  assert.deepEqual(bloods('serology: RF/anti-CCP negative, HLA-B27 +ve'), { 'blood-rheumatoid-antibodies-positive': false, 'blood-hla-b27-positive': true });
  assert.equal(bloods('D-dimer 0.9 (ref < 0.5)')['blood-d-dimer-raised'], true);
  assert.equal(bloods('D-dimer 310 ng/mL')['blood-d-dimer-raised'], false);
  assert.equal(bloods('WBC 15.8, neutrophils high')['blood-white-count-raised'], true);
  assert.equal(bloods('HbA1c 71 mmol/mol')['diabetes'], true);
  assert.equal(bloods('HbA1c 5.4%')['diabetes'], false);
  // A normal random glucose does not rule diabetes out.
  assert.deepEqual(bloods('random glucose 5.8'), {});
  assert.equal(bloods('Resting ABPI 0.68 on the right')['exam-ankle-brachial-index-low'], true);
  assert.equal(bloods('ABI 1.05 both sides')['exam-ankle-brachial-index-low'], false);
  assert.deepEqual(bloods('ABI 1.6, incompressible vessels'), {});
  // "RF" without any blood context is not rheumatoid factor.
  assert.deepEqual(bloods('RF sore after the long run'), {});
});

test('named examination tests: ligament laxity, cuboid, Matles, impingement, toe-joint squeeze, fulcrum, N-spot', () => {
  assert.equal(sign('Anterior drawer +ve on the left with a soft end-feel', 'exam-ankle-ligament-laxity'), true);
  assert.equal(sign('ant drawer and talar tilt -ve', 'exam-ankle-ligament-laxity'), false);
  assert.equal(sign('tender to press the plantar surface of the cuboid', 'exam-cuboid-tender'), true);
  assert.equal(sign('Matles test positive on the R', 'exam-matles-positive'), true);
  assert.equal(sign('heel thrust test reproduces the pain at the back of the ankle', 'exam-forced-plantarflexion-painful'), true);
  assert.equal(sign('Forced DF with overpressure painful anteriorly', 'exam-forced-dorsiflexion-painful'), true);
  assert.equal(sign('MTP squeeze negative', 'exam-toe-joint-squeeze-painful'), false);
  assert.equal(sign('fulcrum test positive over the mid shin', 'exam-fulcrum-painful'), true);
  assert.equal(sign('point tender over the N-spot', 'ottawa-tender-navicular'), true);
  // Passive stretch of the toes is the compartment sign, not the impingement test.
  assert.equal(sign('passive PF of the toes is agony', 'exam-forced-plantarflexion-painful'), undefined);
});

test('the toe-joint squeeze is not read as the squeeze of the two leg bones', () => {
  const ids = understandText(kb, 'O/E: MTP squeeze +ve on both feet. Wrists normal.').findings.map((f) => f.id);
  assert.ok(ids.includes('exam-toe-joint-squeeze-painful'), ids.join(','));
  assert.ok(!ids.includes('test-squeeze-shin-painful'), ids.join(','));
});

test('a runner\'s own words about scans and bloods are read too', () => {
  assert.equal(val('My shin still aches but the x-ray was clear', 'imaging-fracture-on-xray'), false);
  assert.equal(val('the MRI showed a stress reaction in my foot', 'imaging-bone-stress-on-scan'), true);
  assert.equal(val('gp said my blood test showed high uric acid', 'blood-urate-raised'), true);
});

test('results are never asked as questions, and they move the differential the way they should', () => {
  assert.ok(isClinicianOnly('blood-d-dimer-raised') && isClinicianOnly('exam-matles-positive') && !isClinicianOnly('test-hop-painful'));
  const base = 'Sore front of shin for 5 weeks, worse with each run, tender on one spot of the bone.';
  const shown = assess(kb, { text: `${base} MRI shows a grade 3 stress reaction.` });
  const clear = assess(kb, { text: `${base} MRI normal.` });
  const xray = assess(kb, { text: `${base} X-ray normal.` });
  const p = (r: typeof shown): number => r.differential.find((d) => d.conditionId === 'tibial-stress-fracture')?.probability ?? 0;
  assert.ok(p(shown) > p(clear), `${p(shown)} vs ${p(clear)}`);
  // An early normal X-ray does not rule out a stress fracture.
  assert.ok(p(xray) > 0.5 * p(assess(kb, { text: base })), `${p(xray)}`);
  for (const r of [shown, clear, xray]) assert.ok(!r.nextQuestion?.findingId?.match(/^(?:exam|imaging|blood)-/), r.nextQuestion?.findingId ?? '');
});

test('a leg-vein scan decides the clot in the differential, but never lowers a red flag', () => {
  const text = 'Calf swollen on one side after a long flight, sore to press deep in the calf.';
  const clot = assess(kb, { text: `${text} Duplex scan: DVT in the popliteal vein.` });
  const none = assess(kb, { text: `${text} Duplex scan negative.` });
  const dvt = (r: typeof clot): number => r.differential.find((d) => d.conditionId === 'deep-vein-thrombosis')?.probability ?? 0;
  assert.ok(dvt(clot) > 0.8 && dvt(none) < dvt(clot), `${dvt(clot)} vs ${dvt(none)}`);
  assert.equal(none.triage.level, assess(kb, { text }).triage.level);
});
