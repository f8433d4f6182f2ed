/**
 * False alarms that remained after earlier rounds (issue #4): warning words read from advice, a question, a long pain,
 * morning stiffness, a figure of speech, known asthma, a task that is hard, a real kick in a game, a painful but
 * possible tiptoe, an exertional hardness that settles, and swelling that has mostly gone. Each on sentences written
 * for this test, with the harmless wording and the still-alarming one beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));
const level = (text: string): string => assess(kb, { text }).triage.level;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((r) => r.id);
const ALARM = new Set(['emergency', 'urgent']);

test('advice to a reader or a question put to the runner is not a report; a "yes" or a plain report is', () => {
  const harmless = [
    'The leaflet says that if you have numbness down there you should go to A&E. My arch aches after long runs.',
    'The GP asked me if I had any numbness in the saddle area and I told her no. Heel sore in the mornings.',
    'Should you ever lose control of your bladder, ring 999, the nurse said. My shin aches after runs.',
  ];
  for (const text of harmless) {
    assert.ok(!ALARM.has(level(text)), text);
    assert.notEqual(read(text).get('bladder-bowel-or-saddle-numbness'), true, text);
  }
  for (const text of [
    'The GP asked if I had numbness in the saddle area and I said yes, and my back aches.',
    'Since yesterday I cannot feel the toilet paper when I wipe and I have not been able to pee.',
    'My physio said if you ever get this go to A&E, and now I am numb between my legs and cannot pee.',
  ]) {
    assert.equal(level(text), 'emergency', text);
  }
});

test('painkillers that do not help a pain of months are not compartment pressure; hours after a race they are', () => {
  const long = 'Ibuprofen does nothing for my heel pain any more, I have had it for four months.';
  assert.ok(!flags(long).includes('compartment-pressure-warning'));
  assert.equal(read(long).get('severe-pain-out-of-proportion') ?? 'unknown', 'unknown');
  const acute = 'A few hours after the 10k my shin went rock hard and the painkillers are not touching it.';
  assert.equal(level(acute), 'emergency');
});

test('a tendon stiff like wood in the morning is stiffness; a shin hard as wood after a blow is not', () => {
  const morning = 'My achilles is like wood first thing in the morning, loosens after ten minutes of walking about.';
  assert.ok(!flags(morning).includes('compartment-pressure-warning'));
  assert.ok(ALARM.has(level('Took a knock to the shin in the match and now it feels like wood, hard and swollen, pain is unbearable.')));
});

test('"marathon fever" and asthma eased by the inhaler are not warning signs; a real fever and new breathlessness are', () => {
  const figure = 'Marathon fever has gripped our running club this spring. My heel hurts first thing.';
  assert.ok(!flags(figure).includes('fever-with-pain'));
  assert.ok(flags('I have a fever and shivers, and my heel hurts.').includes('fever-with-pain'));
  const asthma = 'I get short of breath on cold mornings from my asthma but the inhaler sorts it out. Both shins ache on the inside.';
  assert.notEqual(level(asthma), 'emergency');
  for (const text of [
    'I have asthma but today I am suddenly short of breath, and my left calf is swollen.',
    'I have asthma, short of breath and the inhaler is not helping, chest pain too.',
    'Short of breath with my asthma, the inhaler helps, but my calf is sore and puffy since the flight.',
  ]) {
    assert.equal(level(text), 'emergency', text);
  }
});

test('a task that is hard on the leg is not a hard leg; a hard leg after a blow still is', () => {
  const task = 'Standing on tiptoe on only that leg is hard and I wobble, the inside of the ankle aches.';
  assert.equal(read(task).get('leg-rock-hard'), 'unknown');
  const blow = 'He was kicked on the shin hours ago, he is crying with the pain and the front of his leg is hard.';
  assert.ok(ALARM.has(level(blow)));
});

test('a real kick in a game is a blow; the feeling of a kick, or a kick then no tiptoe, keeps the rupture alarm', () => {
  const game = 'Got kicked in the calf at football on Sunday, bruised and sore.';
  assert.ok(!flags(game).includes('achilles-rupture'));
  assert.equal(read(game).get('injury-direct-blow'), true);
  assert.ok(flags('Felt like someone kicked me in the calf while I was out running.').includes('achilles-rupture'));
  assert.ok(flags('Got kicked in the calf at football and now I cannot stand on tiptoe on that leg.').includes('achilles-rupture'));
  assert.ok(flags('Felt a kick at the back of my ankle on the track and I cannot go up on tiptoe.').includes('achilles-rupture'));
});

test('a tiptoe that hurts but can be done stands the rupture alarm down; one that cannot be done does not', () => {
  const strain = 'Felt like someone hit my calf with a stone at the track. I can go up on my toes but it really hurts.';
  assert.ok(!flags(strain).includes('achilles-rupture'));
  assert.ok(flags('Felt like someone hit my calf with a stone, tiptoe hurts and I cannot push off at all.').includes('achilles-rupture'));
});

test('a leg that goes hard at a set point in every run and settles is the exertional pattern, seen by a doctor', () => {
  const cecs = 'Every run at about 15 minutes both shins go rock hard and my toes go numb, I have to walk. Ten minutes later completely fine. A year now.';
  assert.equal(level(cecs), 'doctor');
  assert.ok(flags(cecs).includes('exertional-compartment-pattern'));
});

test('calf swelling that has mostly gone is asked about; swelling that has not is not', () => {
  assert.ok(!ALARM.has(level('My calf was swollen after the long run but the swelling has mostly gone now. It aches.')));
  assert.ok(ALARM.has(level('My calf is swollen and the swelling has not mostly gone, it aches.')));
});
