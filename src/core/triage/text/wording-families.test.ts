/**
 * Wording families found by studying the blind-written dev2 narratives, each checked on NEW narratives written for
 * this test (not dev2's sentences): understated emergencies, the Achilles rupture story, claudication, tenderness
 * told as a story, partial weight-bearing, misspellings, note-style abbreviations, and the traps each fix could open.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { compileLexicon } from './lexicon.ts';
import { readPressTender } from './press-tender.ts';
import { correction } from './spelling.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);

test('understated emergencies reach the emergency rules', () => {
  const cases: readonly [string, string][] = [
    ['Back from a long-haul trip, left calf a little puffy. Probably nothing but I get puffed out just walking to the car.', 'clot-to-lungs'],
    ['Drove 14 hours to the Alps, calf swollen since, and this evening my heart is racing and I find it hard to breathe.', 'clot-to-lungs'],
    ['Sciatica for months. Since yesterday it feels numb down there and I am struggling to wee.', 'nerve-cauda-equina'],
    ['My foot has gone cold and pale in the last hour and the toes are numb.', 'limb-blood-supply'],
    ['Got a kick on the shin at hockey, the pain is far worse than it should be and my toes have gone tingly.', 'acute-compartment-syndrome'],
    ['No knock at all, just a long hot ultra, and my calf is hard as a board, the pain is through the roof and my foot is numb.', 'acute-compartment-syndrome'],
    ['After the track session my shin kept hurting, paracetamol is not touching it and bending my toes kills.', 'acute-compartment-syndrome'],
  ];
  for (const [text, rule] of cases) {
    const r = assess(kb, { text });
    assert.equal(r.triage.level, 'emergency', `${text} → ${r.triage.level} (${r.redFlags.map((f) => f.id).join(', ')})`);
    assert.ok(r.redFlags.some((f) => f.id === rule), `${text}: expected ${rule}`);
    assert.equal(r.running.advice, 'stop');
  }
});

test('the emergency wordings do not fire on ordinary running talk', () => {
  for (const text of [
    'my heel is killing me in the mornings',
    'calves were tight after the hills, a bit puffed after the intervals but fine',
    'the saddle on my bike rubs after long rides, my achilles aches after runs',
    'shin splints again, it keeps getting worse over the weeks',
    'my foot is a little cold after swimming in the lake, no pain',
  ]) {
    assert.notEqual(assess(kb, { text }).triage.level, 'emergency', text);
  }
});

test('the Achilles rupture story: a snap, a dip above the heel, a calf squeeze done by a friend', () => {
  const text = 'Playing squash last night there was a loud snap at the back of my leg. My brother squeezed my calf and my foot did not move, and I can feel a dent above my heel.';
  const r = assess(kb, { text });
  assert.ok(r.redFlags.some((f) => f.id === 'achilles-rupture'));
  assert.equal(r.triage.level, 'urgent');
  assert.ok(r.differential.slice(0, 3).some((d) => d.conditionId === 'achilles-rupture'), r.differential.map((d) => d.conditionId).join(', '));
  const f = read(text);
  assert.equal(f.get('injury-pop-or-snap'), true);
  assert.equal(f.get('gap-in-achilles'), true);
  assert.notEqual(f.get('pain-heel-underside'), true, '"above my heel" is a landmark on the tendon, not heel pain');
});

test('claudication in everyday words: stand still, then carry on; a foot colder than the other', () => {
  const text = 'At 70 I walk the dog daily but after a few hundred yards my calf aches and I have to stand still for a bit, then I can walk again. Left foot colder than the right.';
  const f = read(text);
  assert.equal(f.get('pain-walking-relieved-standing'), true);
  assert.equal(f.get('foot-cold-or-pale'), true);
  const r = assess(kb, { text });
  assert.ok(r.redFlags.some((x) => x.id === 'vascular-claudication'));
  assert.ok(r.differential.slice(0, 3).some((d) => d.conditionId === 'vascular-claudication'));
});

test('tenderness told as a story gives the Ottawa point or a focal bony spot', () => {
  const ids = (text: string): string[] => readPressTender(text).map((p) => p.id);
  assert.deepEqual(ids('The physio pushed on the navicular and I nearly hit the roof.'), ['ottawa-tender-navicular', 'bony-tenderness-focal']);
  assert.ok(ids('There is a knobbly bit on the outside of my foot, halfway down, that is very tender.').includes('ottawa-tender-base-of-fifth-metatarsal'));
  assert.ok(ids('It hurts a lot when I press the tip of my outer ankle bone.').includes('ottawa-tender-back-of-outer-ankle-bone'));
  assert.ok(ids('One spot on my shin hurts when I press it.').includes('bony-tenderness-focal'));
  assert.deepEqual(ids('The bones around the ankle are not tender at all.'), []);
  assert.deepEqual(ids('I can press all along the tendon and it does not hurt.'), []);
  assert.deepEqual(ids('The tendon is tender and thick.'), []);
  assert.deepEqual(ids("There's a bony lump on top of my big toe joint and it's sore when I push off."), []);
});

test('after a fall, a tender base of the fifth metatarsal and only a few steps: Ottawa, urgent', () => {
  const text = 'Slipped off a kerb running to the bus. Outer edge of my foot, at the base of the fifth metatarsal, is swollen and tender, and I can only manage a few steps.';
  const r = assess(kb, { text });
  assert.equal(r.triage.level, 'urgent');
  assert.ok(r.redFlags.some((f) => f.id === 'ottawa-midfoot'));
  assert.equal(read(text).get('cannot-bear-weight'), true);
  assert.notEqual(read('walking is sore but I can just about manage').get('cannot-bear-weight'), true);
});

test('navicular tenderness without an injury is a high-risk bone stress site: stop and see a doctor', () => {
  const text = 'Middle-distance runner, 5 weeks of an ache on top of my midfoot after each session. My coach pressed just in front of my ankle on the inside and I flinched.';
  const r = assess(kb, { text });
  assert.ok(r.redFlags.some((f) => f.id === 'bone-stress-high-risk-site'), r.redFlags.map((f) => f.id).join(', '));
  assert.equal(r.running.advice, 'stop');
  assert.ok(r.differential.slice(0, 3).some((d) => d.conditionId === 'navicular-stress-fracture'));
  assert.notEqual(read('the doc pressed there and I nearly jumped off the table').get('injury-fall-or-jump'), true);
});

test('tolerant spelling: one slip in a long word, never in short words, negations or real words', () => {
  const lex = compileLexicon(kb);
  assert.equal(correction(lex, 'metatarsel'), 'metatarsal');
  assert.equal(correction(lex, 'navicullar'), 'navicular');
  assert.equal(correction(lex, 'swolen'), 'swell');
  for (const w of ['swapped', 'clocks', 'jumper', 'though', 'plated', 'heal', 'calfs', 'without', 'doesnt']) assert.equal(correction(lex, w), null, w);
  assert.equal(read('my metatarsel area is brused and swolen').get('swelling'), true);
  assert.equal(read('numbess in my toes for weeks').get('toe-numbness-or-tingling'), true);
});

test('note style: L/R for the side, wks, upped mileage', () => {
  assert.equal(read('L achilles sore x3 wks').get('side'), 'left');
  assert.equal(read('pain R side of my shin').get('side'), 'right');
  assert.equal(read('calf (R) tight').get('side'), 'right');
  assert.equal(read('right after my run the heel hurt').get('side'), undefined);
  assert.equal(read('upped the mileage for a marathon').get('recent-training-increase'), true);
});

test('small traps: "shiny" is not "shin", "barely" is not "bare", "and moving my toes" is a new statement', () => {
  assert.notEqual(read('the skin looks shiny').get('pain-inner-shin'), true);
  assert.notEqual(read('I had shin tightness on runs').get('skin-tight-shiny'), true);
  assert.notEqual(read('I can barely lift my foot').get('worse-barefoot-hard-floor'), true);
  assert.equal(read('I can barely lift my foot').get('weakness-foot-drop'), true);
  assert.equal(read("ibuprofen isn't helping and moving my toes is agony").get('pain-on-stretching-toes-severe'), true);
  assert.equal(read('no swelling and bruising').get('bruising'), false);
  assert.ok(flags('took a boot to the shin at football').length === 0);
  assert.equal(read('took a boot to the shin at football').get('injury-direct-blow'), true);
});
