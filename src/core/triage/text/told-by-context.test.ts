/**
 * Warning signs told by their consequence, by comparison, by the clock or by medical context (the dev20 study): a
 * clot after a birth or a keyhole operation, an infection during chemotherapy, a bladder slow to start, a loo seat
 * that feels like a cushion, a heel that will not go down, a shin that wakes someone at 3am, a joint "red, hot and
 * huge", a reactive arthritis after a stomach bug. Every sentence was written for this test (none is a vignette's),
 * each family beside the everyday sentence that shares its words and must stay harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readMedicalContext } from './medical-context.ts';
import { readJointStory } from './joint-story.ts';
import { readToldByComparison } from './told-by-comparison.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const ctx = (text: string): string[] => readMedicalContext(text).map((f) => f.id);
const joint = (text: string): string[] => readJointStory(text).map((f) => f.id);
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;
const level = (text: string): string => assess(kb, { text }).triage.level;

test('chemotherapy and a low count are a weakened immune system; finished or denied treatment is not', () => {
  for (const text of ["I'm midway through chemo for bowel cancer.", 'Two days after my fourth cycle of treatment.', 'The ward says my white count is low this week.', 'I take tacrolimus since the kidney transplant.']) {
    assert.ok(ctx(text).includes('weakened-immunity'), text);
  }
  assert.ok(ctx("I'm midway through chemo for bowel cancer.").includes('active-cancer'));
  for (const text of ['Finished chemo years ago, all clear since.', 'No immunosuppression, no diabetes.', 'I did a chemistry degree.']) {
    assert.ok(!ctx(text).includes('weakened-immunity'), text);
  }
});

test('a transplant, a biologic or a JAK inhibitor is a weakened immune system; a hair transplant or a low steroid dose is not (dev25)', () => {
  for (const text of ['I had a liver transplant in 2019.', "I'm a renal transplant patient.", 'On ustekinumab for psoriasis.', 'Started tofacitinib for my arthritis.', 'Still on my biologic injections every fortnight.', 'High-dose steroids for my lungs since March.']) {
    assert.ok(ctx(text).includes('weakened-immunity'), text);
  }
  for (const text of ['Had a hair transplant last spring.', 'Low dose prednisolone 5mg for polymyalgia.', 'Had a steroid injection in my ankle.', 'No biologics, no steroids.']) {
    assert.ok(!ctx(text).includes('weakened-immunity'), text);
  }
});

test('a transplant told in the past tense is still a weakened immune system now; finished chemo is not (dev25)', () => {
  assert.equal(val('I had a kidney transplant in 2016. A cut on my toe is red and warm.', 'weakened-immunity'), true);
  assert.notEqual(val('Finished chemo in 2014. A cut on my toe is red and warm.', 'weakened-immunity'), true);
});

test('a hot spreading heel during chemotherapy with a fever is an emergency', () => {
  assert.equal(level("On chemo at the moment. A rub on my heel has gone red and it's spreading up the side, and I'm 38.3 and shivery."), 'emergency');
});

test('a birth in the last weeks is a clot risk; a birth years back or a baby shower is not', () => {
  for (const text of ['Gave birth three weeks ago.', 'Had our little one 10 days ago.', 'Since my c-section I have barely walked.', "She's my 2-week-old, so sleep is short."]) {
    assert.ok(ctx(text).includes('oestrogen-or-pregnancy'), text);
  }
  for (const text of ['Had my baby four years ago and got back into running.', 'Went to a baby shower at the weekend.', 'My son is 8 months old now.']) {
    assert.ok(!ctx(text).includes('oestrogen-or-pregnancy'), text);
  }
});

test('a blood thinner stopped, paused or missed is a stopped anticoagulant; one still taken or stopped years ago is not (dev27)', () => {
  for (const text of ['The surgeon told me to stop my apixaban before the op.', 'Been off the Xarelto for four days for a tooth out.', 'I forgot my warfarin all weekend.', 'Had to pause my Plavix for the colonoscopy.', "I haven't taken my blood thinners since Friday."]) {
    assert.ok(ctx(text).includes('stopped-anticoagulant'), text);
  }
  for (const text of ['I take my apixaban every morning without fail.', 'Never stopped my warfarin once.', 'Stopped clopidogrel years ago when the cardiologist said so.', 'The blood thinner makes me bruise easily.']) {
    assert.ok(!ctx(text).includes('stopped-anticoagulant'), text);
  }
});

test('a cast told by how far it reaches is a leg in a cast; a sticking plaster is not (dev27)', () => {
  for (const text of ['She is in plaster from the knee down.', 'They gave him a below-knee cast at the fracture clinic.', 'Back-slab up to her knee for now.']) {
    assert.ok(ctx(text).includes('recent-surgery-or-cast'), text);
  }
  for (const text of ['Put a plaster on the blister on my heel.', 'Bruise from the knee down after the fall.']) {
    assert.ok(!ctx(text).includes('recent-surgery-or-cast'), text);
  }
});

test('an organ out, keyhole or a general anaesthetic recently is surgery; one long ago is not', () => {
  for (const text of ['Had my appendix out last month.', 'Keyhole op on my knee in March.', 'I was under general anaesthetic a fortnight ago for a hernia repair.']) {
    assert.ok(ctx(text).includes('recent-surgery-or-cast'), text);
  }
  for (const text of ['Had my tonsils out as a kid.', 'Had my gallbladder removed in 2012.', 'Had my knee scan done on Friday.']) {
    assert.ok(!ctx(text).includes('recent-surgery-or-cast'), text);
  }
});

test('a sore, puffy calf a couple of weeks after a birth or an operation needs a clot ruled out today', () => {
  assert.equal(level('Gave birth 2 weeks ago. My right calf aches and my right ankle is puffy, the left is fine.'), 'urgent');
  assert.equal(level('Had my appendix out ten days ago. My left calf has a constant ache since yesterday.'), 'urgent');
  // The calf pain alone, without a clot risk, stays below.
  assert.notEqual(level('My left calf has a constant ache since my long run yesterday.'), 'urgent');
});

test('pulling the toes up to test the calf is not a pulled calf', () => {
  assert.equal(val('It hurts in the calf when I pull my toes back towards me.', 'calf-pull-during-run'), undefined);
  assert.equal(val('I pulled my calf at the end of the parkrun.', 'calf-pull-during-run'), true);
});

test('a wee slow to start, pushed out or not finished is a bladder warning sign; a queue for the loo is not', () => {
  for (const text of ['Back is agony, and my wee takes ages to get going, I have to push.', "When I pee I'm not sure if I've finished.", 'I had to strain to wee this morning.']) {
    assert.equal(val(text, 'bladder-bowel-or-saddle-numbness'), true, text);
  }
  for (const text of ['Had to wait ages for the loo at the start line.', 'I had to push the buggy up the hill and my shin ached.', "I don't have to strain to wee."]) {
    assert.notEqual(val(text, 'bladder-bowel-or-saddle-numbness'), true, text);
  }
});

test('a toilet seat that feels like a cushion or cannot be felt is saddle numbness', () => {
  assert.equal(val('Sitting on the toilet it feels like sitting on a pillow, odd.', 'bladder-bowel-or-saddle-numbness'), true);
  assert.equal(val("On the loo I couldn't feel the seat properly.", 'bladder-bowel-or-saddle-numbness'), true);
  assert.notEqual(val('The loo seat at work is cold and my heel hurts.', 'bladder-bowel-or-saddle-numbness'), true);
});

test('a heel that will not go down, or hopping to get about, is not bearing weight', () => {
  for (const text of ["After the fall she can't put her heel down.", 'He keeps hopping around the house since he landed on it.', 'I hopped to the car after the tackle.']) {
    assert.equal(val(text, 'cannot-bear-weight'), true, text);
  }
  for (const text of ['We did hopping drills at training and my shin ached.', "I won't put my heel down until the physio has looked."]) {
    assert.notEqual(val(text, 'cannot-bear-weight'), true, text);
  }
  // Putting the heel down is about weight, not the heel walking of a weak foot.
  assert.equal(val("I can't put the heel down, walking on tiptoe.", 'weakness-foot-drop'), undefined);
});

test('woken at night by the pain is night pain; woken by the baby is not', () => {
  for (const text of ['Two nights running my shin has woken me at 2am with a throb.', 'Woke up in the early hours with my foot aching.']) {
    assert.equal(val(text, 'pain-at-night-or-rest'), true, text);
  }
  for (const text of ['Woken at 4am by the dog, then my heel ached on the walk.', 'My heel is sore when I wake up in the morning.']) {
    assert.notEqual(val(text, 'pain-at-night-or-rest'), true, text);
  }
});

test('pain now walking too is pain with walking; walking being fine is not', () => {
  assert.equal(val('Now my shin hurts walking to work as well, not just running.', 'pain-with-walking'), true);
  assert.notEqual(val('Walking is fine, it only hurts running.', 'pain-with-walking'), true);
});

test('a fingertip spot takes its bony place from the sentence before', () => {
  assert.equal(val('The ache is low on my shin bone. It is one small spot, I can cover it with a finger.', 'bony-tenderness-focal'), true);
  assert.notEqual(val('My achilles is sore. One spot I can cover with a thumb.', 'bony-tenderness-focal'), true);
});

test('a joint told by a list of looks gives each look; a single "hot" after a run does not', () => {
  assert.deepEqual(joint('My ankle came up hot, red and fat overnight.').sort(), ['redness', 'swelling', 'warmth']);
  assert.deepEqual(joint('My feet are hot after the long run.'), []);
  assert.deepEqual(joint('The toe never went red or swollen.'), []);
});

test('bedding touching the joint and hurting is a joint that cannot bear touch, not pain out of proportion', () => {
  assert.equal(val('Even the sheet lying on my toe made me wince all night.', 'cannot-bear-touch'), true);
  assert.equal(val('Even the duvet over my foot was unbearable last night.', 'severe-pain-out-of-proportion'), undefined);
});

test('the same attack before counts only when a joint flare is told', () => {
  assert.ok(joint('Big toe red and swollen. I had one like this before that settled.').includes('previous-similar-joint-attack'));
  assert.ok(!joint('Heel aches on runs. I had something like this before years ago.').includes('previous-similar-joint-attack'));
});

test('a gut or urine infection, a whole swollen toe, other joints and long morning stiffness are read', () => {
  assert.ok(joint('Had a nasty tummy bug a fortnight ago.').includes('recent-gut-or-urinary-infection'));
  assert.ok(!joint('Had a tummy bug two years ago.').includes('recent-gut-or-urinary-infection'));
  assert.ok(joint('My third toe is swollen the whole length, like a sausage.').includes('sausage-toe'));
  assert.ok(!joint('My big toe is swollen the whole way round.').includes('sausage-toe'));
  assert.ok(joint('My knuckles are stiff too.').includes('other-joints-swollen'));
  assert.ok(!joint('My knuckles are sore from climbing.').includes('other-joints-swollen'));
  assert.ok(joint('Stiff as a board first thing, takes a good hour to loosen off.').includes('morning-stiffness-long'));
  assert.ok(!joint('Stiff for the first few steps in the morning, fine after five minutes.').includes('morning-stiffness-long'));
});

test('a runner like the tin man is not told as male', () => {
  assert.equal(val('I walk like the tin man in the mornings.', 'sex'), undefined);
});

test('footwear falling off, lying on the front, one edge of the foot spared and a steroid jab are everyday senses', () => {
  assert.equal(val('My sandal keeps falling off my left foot.', 'injury-fall-or-jump'), undefined);
  assert.equal(val('I fell off my bike onto my ankle.', 'injury-fall-or-jump'), true);
  assert.equal(val('Lying on my front my toes hang over the mattress.', 'pain-ball-of-foot'), undefined);
  assert.equal(val("I can't stand on the outside edge of my foot.", 'cannot-bear-weight'), undefined);
  assert.equal(val("I can't stand on it at all.", 'cannot-bear-weight'), true);
  assert.equal(val('Had a cortisone jab in my heel last month.', 'character-sharp'), undefined);
});

test('"can\'t put it down" is not bearing weight when the sentence is about a limb, not a book', () => {
  assert.equal(val("My ankle is throbbing and I can't put it down.", 'cannot-bear-weight'), true);
  assert.equal(val("Brilliant thriller, can't put it down, and my heel is sore.", 'cannot-bear-weight'), undefined);
});

test('a dip or hollow at the back of the ankle is a gap in the tendon; the soft bit in front of it is not', () => {
  assert.equal(val('You can feel a hollow just above his heel at the back.', 'gap-in-achilles'), true);
  assert.equal(val('There is a dent in the back of his ankle you can push a finger into.', 'gap-in-achilles'), true);
  assert.equal(val('Squeezing the soft bit just in front of the tendon is sore.', 'gap-in-achilles'), undefined);
  assert.equal(val('No dip at the back of my ankle, just a tender lump.', 'gap-in-achilles'), undefined);
});

test('a foot sitting out to the side after a fall is out of shape; turning the foot out is a movement', () => {
  assert.equal(val('She went over badly and now her foot is pointing sideways.', 'deformity'), true);
  assert.equal(val('It hurts inside the ankle when I turn my foot out to the side.', 'deformity'), undefined);
});

test('swelling told by comparing sides or by laces and trousers', () => {
  assert.equal(val('His right heel looks fatter than the left one since the jump.', 'swelling'), true);
  assert.equal(val('My left foot looks puffier than my right across the top.', 'swelling-top-of-foot'), true);
  assert.equal(val('Had to loosen the laces on the left shoe, top of my foot is sore.', 'swelling'), true);
  assert.equal(val('My leggings feel tighter on the right leg this week.', 'calf-swelling-one-side'), true);
  assert.equal(val('The veins on my right calf stand out more than on the left.', 'visible-surface-veins'), true);
  // A shin bigger than the other is the front compartment swelling, not a one-sided calf.
  assert.equal(val('My shin is bigger than the other one after the race.', 'calf-swelling-one-side'), undefined);
  // Muscle is not swelling, and veins on the arms are not a leg sign.
  assert.equal(val('Since the gym block my left calf looks fuller than the right, more muscle.', 'calf-swelling-one-side'), undefined);
  assert.deepEqual(readToldByComparison('The veins on my left forearm are more obvious than the right.'), []);
});

test('a condition named as its own short question is a guess, not a past diagnosis', () => {
  assert.equal(val('Top of my foot aches. Stress fracture?', 'previous-stress-fracture'), undefined);
  assert.equal(val('I had a stress fracture before in this foot.', 'previous-stress-fracture'), true);
});

test('an ankle that goes whenever, or a count of little rolls, is instability; one roll on a kerb is not', () => {
  assert.equal(val('My left ankle keeps giving way for no reason lately.', 'ankle-gives-way-repeatedly'), true);
  assert.equal(val('Since the first sprain my ankle has had maybe five or six small rolls. Probably 8 or 9 little turns on it.', 'previous-ankle-sprains'), true);
  assert.equal(val("I don't trust it on rocky paths since I hurt my ankle.", 'ankle-gives-way-repeatedly'), true);
  assert.equal(val('Rolled my ankle on a kerb once last week.', 'ankle-gives-way-repeatedly'), undefined);
  assert.equal(val('My calf goes tight whenever I run hills.', 'ankle-gives-way-repeatedly'), undefined);
});
