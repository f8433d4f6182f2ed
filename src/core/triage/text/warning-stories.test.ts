/**
 * Emergencies and urgent injuries told in unusual words (issue #4, the dev11 study): a compartment under pressure
 * told as a drum, a scream and a fuzzy foot; saddle numbness told by the toilet paper; a bone tenting the skin; a
 * walk to the car on a friend's arm. Every sentence was written for this test (none is a vignette's), each alarm
 * with the everyday sentence that shares its words and must stay harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { understandText } from './understand.ts';
import { warningFamilies } from './warning-families.ts';
import { readWarningStories } from './warning-stories.ts';

const kb = await readKnowledgeBase();
const read = (text: string): Map<string, unknown> => new Map(understandText(kb, text).findings.map((f) => [f.id, f.value]));
const level = (text: string): string => assess(kb, { text }).triage.level;
const flags = (text: string): string[] => assess(kb, { text }).redFlags.map((f) => f.id);
const story = (text: string): string[] => readWarningStories(text).map((f) => f.id);

test('a compartment under pressure told without textbook words is an emergency', () => {
  for (const text of [
    'After the mountain race my shin swelled up, the skin feels like it will burst, and when my wife bent my toes down I screamed.',
    'Front of my leg hurts since the 10k. When my brother stretched my toes I nearly hit the ceiling, and the top of my foot feels fuzzy.',
    'Ran a hilly half this morning. Lying on the sofa the shin hurts more than it did during the race and it feels rock hard.',
    'Got tackled at rugby, my leg is tense and hard and the pain is not eased by codeine, toes tingling.',
    'Hockey ball to the shin at 7pm. Pain 9/10 not relieved by co-codamol, numb toes.',
    'Took two paracetamol and an ibuprofen after the race, did nothing, and my calf is solid as a rock.',
    'Pain on passive movement of toes, anterior compartment tense.',
  ]) {
    assert.equal(level(text), 'emergency', `${text} → ${flags(text).join(', ')}`);
    assert.ok(flags(text).includes('acute-compartment-syndrome'), text);
  }
});

test('the same words in ordinary running talk do not raise the compartment alarm', () => {
  for (const text of [
    'Pulling my toes back stretches my arch and it hurts a bit in the morning.',
    'Pushing off my toes kills at the end of long runs, under the ball of my foot.',
    'My achilles is always worse sitting at my desk than when I run, it warms up.',
    'My heel hurts more sitting than running.',
    'Plantar fasciitis for 4 months, ibuprofen did nothing for my heel.',
    'Pain eased by co-codamol, not severe. Ankle swollen.',
    'No pain on moving toes, compartment soft.',
    'The physio moved my toes and it was not agony at all, just a bit stiff.',
  ]) {
    assert.ok(!flags(text).includes('acute-compartment-syndrome'), text);
    assert.notEqual(level(text), 'emergency', text);
  }
  assert.deepEqual(story('bending my big toe back hurts, pain on moving the big toe'), []);
});

test('a skin about to split is tight skin, not a wound; "passed out with the pain" is pain, not a faint', () => {
  const skin = read('my shin has gone so tight the skin is going to split');
  assert.equal(skin.get('skin-tight-shiny'), true);
  assert.notEqual(skin.get('wound-or-broken-skin'), true);
  assert.equal(read('there is a gash on my shin and the skin is split').get('wound-or-broken-skin'), true);
  assert.notEqual(read('my calf is swollen and I nearly passed out with the pain').get('chest-pain-or-breathless'), true);
  assert.equal(read('my calf is swollen and yesterday I nearly passed out on the stairs').get('chest-pain-or-breathless'), true);
});

test('a "not" that denies a painkiller does not deny the numbness listed after it', () => {
  assert.equal(read('Pain not relieved by codeine, numb toes.').get('toe-numbness-or-tingling'), true);
  assert.equal(read('Pain not controlled by analgesia, numbness over the top of the foot.').get('character-numbness'), true);
  const listed = read('No bruising, swelling or numbness in the toes.');
  assert.equal(listed.get('swelling'), false);
  assert.equal(listed.get('toe-numbness-or-tingling'), false);
});

test('saddle numbness and a bladder that does not empty, told shyly, are the cauda equina emergency', () => {
  for (const text of [
    'Since my back went on Monday I have no feeling down below at all.',
    'Sciatica both legs. I haven\'t got much sensation around my bum since yesterday.',
    'Bit embarrassing but I have to check the tissue to know if I\'ve wiped. Back is bad.',
    'Back pain and I\'m not sure I\'m fully emptying when I pee.',
    'My bladder doesn\'t feel empty after I go, and my back is killing me.',
    'Lifted a sofa, now sciatica, and there\'s no urge to wee anymore.',
    'Slipped disc, I can\'t feel the toilet seat properly and wiping feels odd.',
  ]) {
    assert.equal(level(text), 'emergency', text);
    assert.ok(flags(text).includes('nerve-cauda-equina'), text);
  }
  for (const text of [
    'Back pain for a week. No trouble emptying my bladder and normal feeling down below.',
    'I have normal sensation when I wipe and I\'m peeing fine, just sciatica.',
    'I\'m not emptying the dishwasher because my back hurts.',
  ]) assert.ok(!flags(text).includes('nerve-cauda-equina'), text);
});

test('wiping that feels strange or numb, and a leak not felt, are saddle and bladder signs in any tense (dev16)', () => {
  for (const text of [
    'Disc trouble for a month. After I wiped this morning it was weird, like it was someone else\'s skin.',
    'Sciatica, and when I wipe now it feels sort of numb, like the dentist has been.',
    'My back has flared up and I only found out later I had leaked into my pants without noticing.',
    'Back went on Saturday. I didn\'t realise I\'d wet myself until I stood up.',
  ]) {
    assert.equal(read(text).get('bladder-bowel-or-saddle-numbness'), true, text);
    assert.ok(flags(text).includes('nerve-cauda-equina'), text);
  }
  for (const text of [
    'Sciatica for two weeks; when I wipe it is not numb and I pee fine.',
    'After I wiped the mud off my shoes my heel felt weird on the first step.',
    'I wiped my face after the run and my calf felt strange and tight.',
    'I leak a little when I cough since having the kids, and my shin hurts on runs.',
  ]) assert.notEqual(read(text).get('bladder-bowel-or-saddle-numbness'), true, text);
});

test('tripping again and again is a weak foot; one trip on a kerb is an injury', () => {
  assert.equal(read('since the back pain started I keep tripping over nothing').get('weakness-foot-drop'), true);
  assert.equal(read('sciatica down my left leg and I have tripped twice this week').get('weakness-foot-drop'), true);
  const once = read('tripped on a kerb on my run and rolled my ankle');
  assert.notEqual(once.get('weakness-foot-drop'), true);
  assert.equal(once.get('injury-fall-or-jump'), true);
  assert.notEqual(read('tripped on the stairs and landed on my knee').get('weakness-foot-drop'), true);
});

test('a bone tenting the skin or an ankle at a strange angle after an injury is an emergency; a landing angle is not', () => {
  for (const text of [
    'Went over on a rock, my ankle is sitting at a strange angle and I can see the bone pushing against the skin.',
    'Fell off the wall, the foot is at an unnatural angle.',
    'Rolled it badly on the fell, there is a lump of bone tenting the skin on the outside. Not that painful yet.',
  ]) assert.ok(flags(text).includes('deformity-after-injury'), text);
  for (const text of [
    'I landed at a weird angle off the box jump and rolled my ankle, it is swollen.',
    'My foot came down at an odd angle on the trail, the ankle is puffy but walking ok.',
  ]) {
    assert.notEqual(read(text).get('deformity'), true, text);
    assert.notEqual(level(text), 'emergency', text);
  }
});

test('walking only on someone\'s arm is not bearing weight; a limp on your own is', () => {
  const helped = 'Rolled my ankle at netball, managed to hobble off with my friend\'s arm over her shoulder.';
  assert.equal(read(helped).get('cannot-bear-weight'), true);
  assert.ok(flags(helped).includes('ottawa-weight-bearing'));
  assert.equal(read('Went over on it at parkrun and had to lean on a marshal to get back.').get('cannot-bear-weight'), true);
  assert.notEqual(read('Sprained ankle yesterday, swollen, I can walk on it with a limp.').get('cannot-bear-weight'), true);
  assert.notEqual(read('hurts to hop and aches walking to the car').get('cannot-bear-weight'), true);
});

test('a tender bony bump on the outer foot told by the nausea of pressing it is the Ottawa midfoot point', () => {
  const text = 'Twisted my foot on a kerb, the bony bump halfway along the outer edge hurts so much when I press it I nearly threw up.';
  assert.equal(read(text).get('ottawa-tender-base-of-fifth-metatarsal'), true);
  assert.ok(flags(text).includes('ottawa-midfoot'));
  assert.equal(level(text), 'urgent');
  assert.notEqual(read('Sore along the outside of my foot after long runs, pressing it makes me feel a bit sick, no injury.').get('ottawa-tender-base-of-fifth-metatarsal'), true);
});

test('a trapped or jammed midfoot, or a bruise under the arch, after an injury is checked for a Lisfranc injury today', () => {
  for (const text of [
    'My foot got trapped under a falling weight plate and the top of the foot is swollen.',
    'At the climbing wall my foot got wedged and I fell backwards over it; the top of the midfoot is puffy.',
    'Slipped down the stairs, there is bruising in my arch now and it hurts across the top.',
  ]) {
    assert.ok(flags(text).includes('midfoot-injury'), text);
    assert.equal(level(text), 'urgent', text);
  }
  assert.notEqual(read('Jammed my foot into my shoe too tight and the top of my foot hurts.').get('injury-midfoot-bent-or-crushed'), true);
  assert.notEqual(read('My heel has a bruise on the bottom after a long run.').get('bruising-sole-of-midfoot'), true);
});

test('fuzzy, furry or wooden toes are numbness; fuzzy socks and a fuzzy head are not', () => {
  for (const text of ['the top of my foot is sort of fuzzy', 'my toes feel furry since the race', 'my foot feels wooden']) assert.equal(read(text).get('character-numbness'), true, text);
  for (const text of ['I wear fuzzy socks at night and my heel hurts in the morning', 'my head feels fuzzy and my calf aches after the race']) {
    assert.notEqual(read(text).get('character-numbness'), true, text);
  }
});

test('every phrase of the warning families, said alone, is read as its finding', () => {
  for (const [id, phrases] of Object.entries(warningFamilies)) {
    for (const phrase of phrases) assert.equal(read(phrase).get(id), true, `${id}: "${phrase}"`);
  }
});

test('a torn Achilles told as being struck from behind, a tiptoe that will not happen, or a flat-footed shuffle', () => {
  assert.ok(story('Mid-sprint it was as if somebody had lobbed a rock at the back of my heel.').includes('injury-kicked-in-calf'));
  assert.ok(story('I spun round to have a go at whoever it was but no one was there.').includes('injury-kicked-in-calf'));
  assert.ok(!story('It did not feel like anyone hit me, just a slow ache in the calf.').includes('injury-kicked-in-calf'));
  assert.ok(!story('I turned round at the cone and carried on.').includes('injury-kicked-in-calf'));
  assert.ok(story('Tried a calf raise on that side in the bathroom and it just will not go.').includes('cannot-push-off-or-tiptoe'));
  assert.ok(story('Tried to stand on tiptoe on that side and it just won\'t.').includes('cannot-push-off-or-tiptoe'));
  assert.ok(story('Since the pop I am hobbling around with my foot flat.').includes('cannot-push-off-or-tiptoe'));
  assert.ok(!story('I always walk flat footed, my physio says.').includes('cannot-push-off-or-tiptoe'));
  assert.ok(!story('I have been walking flat-footed to spare my sore heel.').includes('cannot-push-off-or-tiptoe'));
  assert.equal(level('Was racing a 5k when it felt like a kid flicked a pebble at the back of my ankle. Now I am walking flat-footed and tiptoe on that side just won\'t happen. Barely hurts.'), 'urgent');
});

test('a case report\'s examiner moving the toes, and pain climbing in spite of painkillers, are read (dev23)', () => {
  assert.deepEqual(story('Carefully pointing her toes downwards makes her cry out.'), ['pain-on-stretching-toes-severe']);
  assert.deepEqual(story('The ache has kept building despite regular paracetamol and tramadol.'), ['severe-pain-out-of-proportion']);
  assert.deepEqual(story('Despite two doses of codeine the shin pain is still increasing.'), ['severe-pain-out-of-proportion']);
  // Days of a problem are not pressure building over hours, and pointing the toes with an ordinary ache is not the sign.
  assert.deepEqual(story('Her heel has got worse over several days despite ibuprofen.'), []);
  assert.deepEqual(story('Pointing my toes makes the front of my ankle ache.'), []);
});
