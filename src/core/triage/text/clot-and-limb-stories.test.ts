/**
 * A leg in danger told without textbook words (dev25): compartment pressure, a foot losing feeling or colour, a clot
 * in the lungs and clot risks. Sentences written for these tests, not taken from the vignette set; each family has
 * harmless near misses that must stay harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readClotRiskStories } from './clot-risk-stories.ts';
import { readLimbFeelingAndColour } from './limb-feeling-and-colour.ts';
import { readLimbPressureSigns } from './limb-pressure-signs.ts';
import { readLungClotSigns } from './lung-clot-signs.ts';

const kb = await readKnowledgeBase();
const level = (text: string): string => assess(kb, { text }, { today: '2026-11-22' }).triage.level;
const ids = (found: readonly { id: string }[]): string[] => found.map((f) => f.id);

test('painkillers that made no difference in an hours-long story are pain out of proportion; a weeks-long ache is not', () => {
  for (const text of [
    'Took two paracetamol at 10pm and it made no difference to my shin.',
    'Since the match this afternoon his calf is throbbing and the ibuprofen has not touched it.',
    'Pain 8/10 despite two lots of oramorph.',
  ]) assert.ok(ids(readLimbPressureSigns(text)).includes('severe-pain-out-of-proportion'), text);
  for (const text of [
    'Ibuprofen made no difference to my heel over the last three weeks.',
    'Paracetamol did nothing for the ache, which I have had for months.',
    'Pain 3/10 despite nothing stronger than paracetamol.',
  ]) assert.ok(!ids(readLimbPressureSigns(text)).includes('severe-pain-out-of-proportion'), text);
});

test('no bearable position, or pacing the house with a sore leg, is pain out of proportion; a comfy sofa is not', () => {
  assert.ok(ids(readLimbPressureSigns('She cannot get comfortable sitting, lying or standing with that leg.')).includes('severe-pain-out-of-proportion'));
  assert.ok(ids(readLimbPressureSigns('My shin is throbbing. I have been pacing up and down the hall since 2am.')).includes('severe-pain-out-of-proportion'));
  assert.deepEqual(readLimbPressureSigns('I can get comfy on the sofa with my foot up.'), []);
  assert.deepEqual(readLimbPressureSigns('Restless night before the race, too much coffee.'), []);
});

test('pain climbing several points within the day is worsening by the hour; a slow rise over weeks is not', () => {
  assert.ok(ids(readLimbPressureSigns('By teatime the ache in my calf went from a 2 to a 7.')).includes('pain-getting-worse-by-hour'));
  assert.deepEqual(readLimbPressureSigns('My heel has gone from a 3 to a 6 over the last two weeks.'), []);
  assert.deepEqual(readLimbPressureSigns('This morning it went from a 3 to a 4.'), []);
});

test('toes or an ankle moved by someone else with far more pain is the stretch sign; moving them oneself is not', () => {
  assert.ok(ids(readLimbPressureSigns('His toes are swollen. When I pull them back gently he yelps.')).includes('pain-on-stretching-toes-severe'));
  assert.ok(ids(readLimbPressureSigns('Much more pain when ankle plantarflexed by the doctor.')).includes('pain-on-stretching-toes-severe'));
  assert.deepEqual(readLimbPressureSigns('She can wiggle her toes and move them about fine.'), []);
  assert.deepEqual(readLimbPressureSigns('Ankle dorsiflexed by physio, slightly stiff, no pain.'), []);
});

test('a cast that has become too tight is a tense leg; a sticking plaster on a blister is not', () => {
  assert.ok(ids(readLimbPressureSigns('He says the cast has got really tight since lunchtime.')).includes('leg-rock-hard'));
  assert.ok(ids(readLimbPressureSigns('The back-slab is digging into her shin.')).includes('leg-rock-hard'));
  assert.deepEqual(readLimbPressureSigns('The plaster on my blister is too tight so I changed it.'), []);
});

test('a foot gone to sleep told by a simile is numbness, of the toes when they are named', () => {
  assert.deepEqual(ids(readLimbFeelingAndColour('The tips of my toes have gone all fuzzy.')), ['toe-numbness-or-tingling']);
  assert.deepEqual(ids(readLimbFeelingAndColour('My foot feels like I am wearing a thick sock that is not there.')), ['character-numbness']);
  assert.deepEqual(ids(readLimbFeelingAndColour('A distant feeling in the sole of her foot.')), ['character-numbness']);
  assert.deepEqual(readLimbFeelingAndColour('My head feels fuzzy after the long run, and my feet are fine.'), []);
  assert.deepEqual(readLimbFeelingAndColour('I love my fuzzy socks on my feet after a race.'), []);
});

test('a foot pale, dusky or mottled, or bluish compared with the other, is a pale foot; bruises, cold days and soggy skin are not', () => {
  for (const text of [
    'His toes look dusky.', 'The foot has gone a waxy white colour.', 'Mottled skin over her ankle and foot.',
    'Her toes are a lilac colour next to her other foot.',
  ]) assert.deepEqual(ids(readLimbFeelingAndColour(text)), ['foot-cold-or-pale'], text);
  for (const text of [
    'My ankle is purple with bruising after rolling it.', 'My toes go white in the cold weather then come back.',
    'The skin between my toes is white and soggy.', 'I run in white socks and pale grey trainers.',
    'My toes are not pale or cold.', 'My foot is purple and blue.',
  ]) assert.deepEqual(readLimbFeelingAndColour(text), [], text);
});

test('pleuritic chest pain, a bloody cough and a fast heart at rest are lung-clot signs', () => {
  for (const text of [
    'There is a stab under my right ribs every time I take a deep breath.',
    'I get a sharp twinge in my chest when I laugh or sneeze.',
    'Coughed up some pink streaky stuff this morning.',
    'Brown flecks in my phlegm when I cough.',
    'My watch says 108 while I am lying in bed.',
    'Resting heart rate 115 on the sofa tonight.',
  ]) assert.deepEqual(ids(readLungClotSigns(text)), ['chest-pain-or-breathless'], text);
  for (const text of [
    'I get a stitch under my ribs on long runs, and it goes when I stop.',
    'Bruised my ribs when I fell off the bike and it hurts to breathe in.',
    'Coughing up green phlegm with a cold.',
    'No shortness of breath, chest pain or coughing blood.',
    'Heart rate 172 on the hill reps, which is normal for me.',
    'Resting heart rate 48 this morning.',
    'My chest feels fine and there is no pain when I breathe in.',
  ]) assert.deepEqual(readLungClotSigns(text), [], text);
});

test('cancer treatment now is a clot risk; long ago or someone else\'s is not', () => {
  assert.deepEqual(ids(readClotRiskStories('I am on letrozole since my operation.')), ['active-cancer']);
  assert.deepEqual(ids(readClotRiskStories('Just finished my chemo in October.')), ['active-cancer']);
  assert.deepEqual(readClotRiskStories('I had chemo fifteen years ago.'), []);
  assert.deepEqual(readClotRiskStories('My mum is having chemotherapy.'), []);
});

test('one calf bigger told by any size comparative or a learner\'s "more thick" is one-sided calf swelling; muscle is not', () => {
  for (const text of [
    'My right calf looks podgier than the left.', 'The calf is plumper compared to the other one.',
    'My right leg is more big as the other.', 'My left calf is painful and more swollen.',
  ]) assert.deepEqual(ids(readClotRiskStories(text)), ['calf-swelling-one-side'], text);
  for (const text of ['My calves are bigger than last year from the hill work.', 'My left calf is stronger than the right.']) {
    assert.deepEqual(readClotRiskStories(text), [], text);
  }
});

test('whole stories: these families reach the right level', () => {
  assert.equal(level('Kicked on the shin at football at 7pm. Now 1am and he cannot get comfy lying, sitting or standing, two ibuprofen made no difference, and the top of his foot has gone fuzzy.'), 'emergency');
  assert.equal(level('Back from a long-haul flight last week, calf achy. Now a sharp catch in my chest whenever I breathe in.'), 'emergency');
  assert.equal(level('My son broke his ankle and is in a plaster cast. Tonight his toes look dusky and he says the cast is too tight.'), 'emergency');
  assert.equal(level('I had a baby six weeks ago. My right calf is chubbier than the left and aches all over.'), 'urgent');
  // Near misses stay where they were: a training ache, a runner's stitch.
  assert.notEqual(level('Calves tight after hill reps, heart rate 178 on the last rep. Ibuprofen made no difference over the last week.'), 'emergency');
  assert.notEqual(level('Stitch under my ribs on the long run that goes as soon as I stop. Heels a bit sore.'), 'emergency');
});
