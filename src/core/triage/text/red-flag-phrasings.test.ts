/**
 * Warning signs in runners' own words (British and American): every phrasing in red-flag-phrasings.ts must be read
 * as its red-flag finding; "toes back" is a direction, not back pain; and "no injury, it just came on" means no
 * acute-injury findings and a gradual start, unless the text plainly says otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { ACUTE_INJURY_FINDINGS } from '../red-flag-rules/index.ts';
import { PHRASINGS } from './red-flag-phrasings.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));

test('every red-flag finding of the general and shin lists has at least a dozen phrasings, each read as "yes"', () => {
  for (const f of kb.findings.filter((x) => x.redFlag && x.type === 'boolean')) {
    const list = PHRASINGS[f.id];
    if (list === undefined) continue;
    assert.ok(list.length >= 12, f.id);
    for (const text of list) assert.equal(read(text).get(f.id), true, `${f.id}: "${text}"`);
  }
  assert.ok(Object.keys(PHRASINGS).length >= 16);
  for (const id of Object.keys(PHRASINGS)) assert.equal(kb.findingById.get(id)?.redFlag, true, id);
});

test('a red-flag phrasing negated plainly is not read as yes', () => {
  assert.notEqual(read('no fever').get('fever-or-unwell'), true);
  assert.notEqual(read("my foot isn't cold").get('foot-cold-or-pale'), true);
  assert.notEqual(read('no pus or discharge').get('pus-or-discharge'), true);
});

test('"pulling my toes back is agony" is the compartment warning sign, and "toes back" is not back pain', () => {
  const r = assess(kb, { text: 'pulling my toes back is agony' });
  assert.equal(r.findings.find((f) => f.id === 'pain-on-stretching-toes-severe')?.value, true);
  assert.equal(r.findings.some((f) => f.id === 'back-pain'), false);
  assert.ok(['urgent', 'emergency'].includes(r.triage.level), r.triage.level);
  for (const text of ['my toes back hurts', 'bending my foot back is sore', 'I pulled back on my mileage']) assert.equal(read(text).has('back-pain'), false, text);
  assert.equal(read('my lower back hurts too').get('back-pain'), true);
});

test('"no injury", "didn\'t injure it" and "nothing happened, it just came on" mean no injury and a gradual start', () => {
  for (const text of ['no injury, my heel hurts', "didn't injure it but my shin aches", 'nothing happened, it just came on, pain on top of my foot', 'the arch pain came on by itself, no real injury to speak of']) {
    const found = read(text);
    for (const id of ACUTE_INJURY_FINDINGS) assert.equal(found.get(id), false, `${text}: ${id}`);
    assert.equal(found.get('onset-gradual'), true, text);
  }
});

test('a plain statement beats "no injury": a named injury, a sudden start, "no previous injury"', () => {
  const rolled = read('rolled my ankle on a trail, no injury otherwise');
  assert.equal(rolled.get('injury-rolled-ankle'), true);
  assert.notEqual(rolled.get('onset-gradual'), true);
  const gout = read('no injury, woke up with a red hot swollen big toe overnight');
  assert.equal(gout.get('injury-fall-or-jump'), false);
  assert.notEqual(gout.get('onset-gradual'), true);
  const history = read('no previous injuries, heel pain for a month');
  assert.equal(history.has('injury-rolled-ankle'), false);
  assert.equal(read('the pain came on just after the race').has('onset-gradual'), false);
});

test('a boot, crutches or "keep the weight off" count as immobilisation for the clot rules', () => {
  for (const text of ['they gave me a boot and crutches', 'I have been on crutches for a week', 'told to keep the weight off it', 'non weight bearing for two weeks']) {
    assert.equal(read(text).get('long-travel-or-immobilisation'), true, text);
  }
  const r = assess(kb, { text: 'Sprained my ankle ten days ago and I am on crutches. Now my calf is tight, heavy and tender when squeezed.' });
  assert.ok(r.redFlags.some((f) => f.id === 'dvt-cluster'), 'calf pain after immobilisation is checked for a clot');
});

test('sepsis told in everyday words: chattering teeth, talking nonsense, with an infected wound', () => {
  const r = assess(kb, { text: 'Popped a blister after the ultra. Now the foot is red and hot with a red line up my shin, my teeth are chattering under the covers and my wife says I am talking nonsense.' });
  assert.equal(r.triage.level, 'emergency');
  assert.ok(r.redFlags.some((f) => f.id === 'infection-with-sepsis-signs'));
  // The same words without an infection are not sepsis.
  assert.ok(!assess(kb, { text: 'My teeth were chattering at the start line, it was freezing. Heel sore in the mornings.' }).redFlags.some((f) => f.id === 'infection-with-sepsis-signs'));
});

test('a misshapen foot that is cold or blue is an emergency even when the fall is told loosely', () => {
  const r = assess(kb, { text: 'She came down wrong off the hurdle, her foot is pointing out to the side and her toes look bluish.' });
  assert.equal(r.triage.level, 'emergency');
  assert.ok(r.redFlags.some((f) => f.id === 'deformity-after-injury'));
  assert.notEqual(read('it just came on over a few weeks').get('injury-fall-or-jump'), true);
});

test('a foot that keeps catching or will not lift is foot drop; a foot put on sideways after a fall is deformity', () => {
  assert.equal(read('Since lifting the sofa my foot keeps catching on the kerb.').get('weakness-foot-drop'), true);
  assert.equal(read("The front of my foot doesn't lift when I walk.").get('weakness-foot-drop'), true);
  assert.notEqual(read('My knee clicks and my foot is catching a bit.').get('weakness-foot-drop'), true);
  assert.equal(read('Fell off the wall and the foot looks like it was put on sideways.').get('deformity'), true);
});

test('cauda equina told plainly: a wee that will not start, an accident not felt, numb skin round the bottom', () => {
  for (const text of [
    "Back went lifting a sofa. I hadn't needed a wee all day and then couldn't get it going.",
    'My back hurts into both legs and I had an accident in my pants this morning without feeling it coming.',
    'Since the back twinge the skin round my bum and inner thighs feels numb, like after the dentist.',
  ]) assert.equal(assess(kb, { text }).triage.level, 'emergency', text);
  assert.notEqual(assess(kb, { text: 'Lower back ache after gardening. I needed a wee twice in the night as usual.' }).triage.level, 'emergency');
});

test('a foot gone grey or cold after an injury is an emergency, even when its shape is not described', () => {
  const r = assess(kb, { text: 'Fell off the climbing wall onto my foot, heard a crack, and now the toes have gone grey and cold.' });
  assert.equal(r.triage.level, 'emergency');
  assert.ok(r.redFlags.some((f) => f.id === 'cold-foot-after-injury'));
  assert.ok(!assess(kb, { text: 'My toes go white and cold on winter runs and come back once I warm up.' }).redFlags.some((f) => f.id === 'cold-foot-after-injury'));
});

test('dev15 families: a solid calf getting worse hourly after a knock, weight going over a caught foot, a side-to-side heel squeeze', () => {
  assert.equal(assess(kb, { text: 'Banged my calf on a bench at the gym. The calf feels solid now and the pain is getting worse every hour.' }).triage.level, 'emergency');
  assert.equal(read('Stepping off the bus my foot got caught in the step and my whole weight went over the top of it.').get('injury-midfoot-bent-or-crushed'), true);
  assert.equal(read('Squeezing my heel from side to side hurts a lot.').get('test-heel-squeeze-painful'), true);
  assert.notEqual(read('My ankle feels solid again after the rehab.').get('leg-rock-hard'), true);
});
