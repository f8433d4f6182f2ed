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

test('toes a child will not let anyone move are the stretch sign; a ticklish foot or a toenail is not (dev27)', () => {
  assert.ok(ids(readLimbPressureSigns("Her leg is in plaster and she won't let the nurse wiggle her toes.")).includes('pain-on-stretching-toes-severe'));
  assert.ok(ids(readLimbPressureSigns('His toes are swollen and he will not let us try to bend them.')).includes('pain-on-stretching-toes-severe'));
  assert.deepEqual(readLimbPressureSigns("She won't let me touch her toes because they're ticklish."), []);
  assert.deepEqual(readLimbPressureSigns("He won't let me cut his toenails."), []);
});

test('pain worse than on the day of the break, the worst ever felt, or climbing from an ache to agony is pain out of proportion (dev27)', () => {
  assert.ok(ids(readLimbPressureSigns('He broke his ankle on Friday and tonight it hurts more than when it happened.')).includes('severe-pain-out-of-proportion'));
  assert.ok(ids(readLimbPressureSigns('In a cast since Monday. Tonight she is crying, worse than the day she fell.')).includes('severe-pain-out-of-proportion'));
  assert.ok(ids(readLimbPressureSigns('My calf is the worst pain I have ever had.')).includes('severe-pain-out-of-proportion'));
  assert.ok(ids(readLimbPressureSigns('Since the game this afternoon my shin has gone from a bit sore to agony.')).includes('pain-getting-worse-by-hour'));
  // Near misses: swelling compared with the day, no break or cast; a worst run; a slow rise over weeks.
  assert.deepEqual(readLimbPressureSigns('My sprained ankle is more bruised than the day it happened.'), []);
  assert.deepEqual(readLimbPressureSigns('Broke my toe six weeks ago; after this morning\'s jog it aches more than when I broke it.'), []);
  assert.deepEqual(readLimbPressureSigns('That was the worst run I have ever had, legs like lead.'), []);
  assert.deepEqual(readLimbPressureSigns('Over the last month my heel has gone from a niggle to agony.'), []);
  assert.deepEqual(readLimbPressureSigns('The worst thing I have ever had was shin splints.'), []);
});

test('skin that feels like someone else\'s is numbness; toes darker than the other foot\'s are a dusky foot (dev27)', () => {
  assert.deepEqual(ids(readLimbFeelingAndColour('The top of my foot feels like it belongs to somebody else.')), ['character-numbness']);
  assert.deepEqual(ids(readLimbFeelingAndColour('His toes feel like someone else\'s when I touch them.')), ['toe-numbness-or-tingling']);
  assert.deepEqual(ids(readLimbFeelingAndColour('Her toes are darker than the toes on her other foot.')), ['foot-cold-or-pale']);
  assert.deepEqual(readLimbFeelingAndColour('My foot looks like someone else\'s with these bunions.'), []);
  assert.deepEqual(readLimbFeelingAndColour('My feet are darker where the sandal straps were, a tan line.'), []);
  assert.deepEqual(readLimbFeelingAndColour('The bruise on my foot is darker than yesterday.'), []);
});

test('a leg that looks like a bigger stranger\'s, swollen from the knee down, or with new veins, is one-sided swelling (dev27)', () => {
  assert.deepEqual(ids(readClotRiskStories('My left leg looks like a fatter, older man\'s.')), ['calf-swelling-one-side']);
  assert.deepEqual(ids(readClotRiskStories('Her right leg is puffy from the knee down since the flight.')), ['calf-swelling-one-side']);
  assert.deepEqual(ids(readClotRiskStories('There are veins standing out on my calf that were not there last week.')), ['visible-surface-veins']);
  assert.deepEqual(ids(readClotRiskStories('Veins on my shin are showing that I have never noticed before.')), ['visible-surface-veins']);
  // Near misses: both legs, muscle, the veins every runner sees after a session, varicose veins.
  assert.deepEqual(readClotRiskStories('Both legs are swollen from the knee down after the flight.'), []);
  assert.deepEqual(readClotRiskStories('My calf looks like a cyclist\'s, all muscle from the hill work.'), []);
  assert.deepEqual(readClotRiskStories('The veins on my legs always pop out after a hot run.'), []);
  assert.deepEqual(readClotRiskStories('Veins on my calves stand out more than they used to since marathon training.'), []);
  assert.deepEqual(readClotRiskStories('My varicose veins on the calf are standing out more than before.'), []);
});

test('whole stories: these families reach the right level', () => {
  assert.equal(level('Kicked on the shin at football at 7pm. Now 1am and he cannot get comfy lying, sitting or standing, two ibuprofen made no difference, and the top of his foot has gone fuzzy.'), 'emergency');
  assert.equal(level('Back from a long-haul flight last week, calf achy. Now a sharp catch in my chest whenever I breathe in.'), 'emergency');
  assert.equal(level('My son broke his ankle and is in a plaster cast. Tonight his toes look dusky and he says the cast is too tight.'), 'emergency');
  assert.equal(level('I had a baby six weeks ago. My right calf is chubbier than the left and aches all over.'), 'urgent');
  // dev27: a blood thinner paused for a procedure and a foot suddenly cold; a child in plaster with dusky toes he will
  // not let anyone move; a leg swollen from the knee down a week after an operation.
  assert.equal(level('My GP stopped my apixaban for a hernia op. This afternoon my left foot suddenly went cold and blotchy.'), 'emergency');
  assert.equal(level('She is in plaster from the knee down. Tonight her toes are darker than the other foot and she won\'t let me move them.'), 'emergency');
  assert.equal(level('Had my gallbladder out last week. My left leg is swollen from the knee down and I can see new veins on the shin.'), 'urgent');
  // Near misses stay where they were: a training ache, a runner's stitch.
  assert.notEqual(level('Calves tight after hill reps, heart rate 178 on the last rep. Ibuprofen made no difference over the last week.'), 'emergency');
  assert.notEqual(level('Stitch under my ribs on the long run that goes as soon as I stop. Heels a bit sore.'), 'emergency');
});

test('a calf nobody may touch, or a tight wrap taken off with no relief, in a story of hours is pain out of proportion (dev29)', () => {
  const ids = (t: string): string[] => readLimbPressureSigns(t).map((f) => f.id);
  assert.ok(ids('Since this morning she cannot bear anyone touching her calf.').includes('severe-pain-out-of-proportion'));
  assert.ok(ids('We took the bandage off an hour ago and it has not eased one bit.').includes('severe-pain-out-of-proportion'));
  // Weeks of a problem, or a toe that cannot bear the sheet (gout), are not this.
  assert.deepEqual(ids('For weeks I cannot bear anyone touching my calf after long runs.'), []);
  assert.deepEqual(ids('Since last night I cannot bear the sheet on my big toe.'), []);
});

test('a possessive after "and" starts a new statement: "not the ankle, and his toes are pins and needles" (dev29)', () => {
  const found = assess(kb, { text: 'He says it is burning and not the ankle itself, and his toes are all pins and needles.' }).findings;
  assert.equal(found.find((f) => f.id === 'toe-numbness-or-tingling')?.value, true);
});
