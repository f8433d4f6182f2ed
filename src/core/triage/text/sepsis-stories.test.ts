/**
 * Sepsis signs and rigors told in everyday words (the dev25 study), and infected wounds told as a story. Every
 * sentence was written for this test (none is a vignette's); each family comes with everyday sentences that share its
 * words and must stay harmless: a hangover, a bug going round, a tummy upset with no wound, feeling rough after a race.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readSepsisStories } from './sepsis-stories.ts';
import { readWoundStories } from './wound-stories.ts';

const kb = await readKnowledgeBase();
const ids = (text: string): string[] => readSepsisStories(text).map((f) => f.id);
const wounds = (text: string): string[] => readWoundStories(text).map((f) => f.id);
const result = (text: string): { level: string; top: string | undefined; flags: string[] } => {
  const r = assess(kb, { text });
  return { level: r.triage.level, top: r.differential[0]?.conditionId, flags: r.redFlags.map((f) => f.id) };
};

test('new confusion told by what the person did is a sepsis sign; being confused about a choice is not', () => {
  for (const text of [
    'Dad keeps calling me by my brother\'s name.',
    'She could not tell the nurse which year it was.',
    'He didn\'t know where he was when he woke.',
    'Grandad stopped making sense halfway through tea.',
    'My husband seems really muddled tonight.',
    'He was talking gibberish on the phone.',
  ]) assert.ok(ids(text).includes('sepsis-signs'), text);
  for (const text of [
    'I\'m confused about which insoles to buy.',
    'I can\'t remember what day it was when the pain started.',
    'The physio\'s advice doesn\'t make sense to me.',
    'Called my coach by the wrong name at the club dinner, so embarrassing.',
  ]) assert.ok(!ids(text).includes('sepsis-signs'), text);
});

test('a heart rate over 100 read at rest is a sepsis sign; a reading while running or a normal one is not', () => {
  for (const text of ['My Garmin showed 118 lying on the sofa.', 'Pulse is 109 sat at my desk.', 'Heart rate 126 at rest since breakfast.']) {
    assert.ok(ids(text).includes('sepsis-signs'), text);
  }
  for (const text of ['My watch said 168 on the hill reps.', 'Resting heart rate 52, lovely.', 'Watch showed 145 during the tempo run.', 'Pulse 96 sitting down.']) {
    assert.ok(!ids(text).includes('sepsis-signs'), text);
  }
});

test('mottled or ashen skin and cold hands in a warm room are sepsis signs; a grey shoe or cold hands on a winter run are not', () => {
  for (const text of [
    'Her thighs have gone blotchy and purple.',
    'His knees are a marbled purple colour.',
    'My fingers are ice cold even though the radiator is on.',
    'Mum looked ashen this morning.',
    'He went grey and sweaty.',
  ]) assert.ok(ids(text).includes('sepsis-signs'), text);
  for (const text of ['My grey trainers looked grey after the mud.', 'Hands were freezing on my winter run.', 'The sky went grey during the race.']) {
    assert.ok(!ids(text).includes('sepsis-signs'), text);
  }
});

test('faintness on standing is a sepsis sign; a head rush or faintness after a race is not', () => {
  for (const text of [
    'I nearly passed out getting up off the loo.',
    'Went woozy walking to the bathroom and had to hold onto the wall.',
    'Felt light-headed every time I stood.',
  ]) assert.ok(ids(text).includes('sepsis-signs'), text);
  for (const text of [
    'I always get a bit dizzy when I stand up too fast.',
    'Felt wobbly after the race and had to sit down.',
    'Legs felt wobbly on the stairs after the marathon.',
  ]) assert.ok(!ids(text).includes('sepsis-signs'), text);
});

test('little urine and the worst illness ever felt are sepsis signs; a race day without a wee is not', () => {
  for (const text of ['Hasn\'t had a wee since yesterday lunchtime.', 'I have barely peed all day.', 'Honestly the worst I\'ve ever felt.']) {
    assert.ok(ids(text).includes('sepsis-signs'), text);
  }
  for (const text of ['Didn\'t need a wee the whole marathon.', 'Worst pain I\'ve ever felt in my heel.']) {
    assert.ok(!ids(text).includes('sepsis-signs'), text);
  }
});

test('shaking though warm is a rigor; shivering after a cold race or swim is not', () => {
  for (const text of [
    'I was shivering even though it was 24 degrees in the flat.',
    'Trembling under three blankets last night.',
    'Couldn\'t stop shaking for half an hour.',
    'Teeth chattering despite the heating on full.',
  ]) assert.ok(ids(text).includes('fever-or-unwell'), text);
  for (const text of [
    'Shivering after the swim in the lake.',
    'Couldn\'t get warm after the race in the rain.',
    'My hands shake when I drink too much coffee.',
  ]) assert.ok(!ids(text).includes('fever-or-unwell'), text);
});

test('a smell from a wound, a sharp thing trodden on and a scratched shin are read; smelly trainers are not', () => {
  assert.ok(wounds('The dressing pongs when I change it.').includes('pus-or-discharge'));
  assert.ok(wounds('There is a nasty whiff from the blister.').includes('pus-or-discharge'));
  assert.ok(!wounds('My trainers stink after the bog run.').includes('pus-or-discharge'));
  assert.ok(!wounds('The blister doesn\'t smell and looks clean.').includes('pus-or-discharge'));
  assert.ok(wounds('Stepped on some broken glass on the beach.').includes('puncture-wound'));
  assert.ok(wounds('A drawing pin went through my slipper into the heel.').includes('puncture-wound'));
  assert.ok(wounds('Grazed my ankle on the kerb at the weekend.').includes('wound-or-broken-skin'));
});

test('a place pricked on a sharp thing, and skin rubbed raw, are ways in for infection; a raw feeling or a stubbed toe is not (dev27)', () => {
  assert.ok(wounds('Jabbed the ball of my foot on a bramble thorn while weeding.').includes('puncture-wound'));
  assert.ok(wounds('I stabbed my heel with a tack hidden in the carpet.').includes('puncture-wound'));
  assert.ok(wounds('New boots wore a raw patch on the side of my little toe.').includes('wound-or-broken-skin'));
  assert.ok(wounds('The back of my heel is rubbed raw from the hill reps.').includes('wound-or-broken-skin'));
  assert.ok(!wounds('My heel feels raw and bruised for the first few steps.').includes('wound-or-broken-skin'));
  assert.ok(!wounds('Caught my toe on the edge of the step and it throbs.').includes('puncture-wound'));
  assert.ok(!wounds('Stuck my foot in a bucket of ice after the run.').includes('puncture-wound'));
});

test('a joint injected a few days ago is a way in; the heel injected, or a joint injected long ago, is not (dev27)', () => {
  assert.ok(wounds('The rheumatologist put a cortisone jab into my left ankle joint on Monday.').includes('puncture-wound'));
  assert.ok(wounds('Had the big toe joint aspirated two days ago and now it is throbbing.').includes('puncture-wound'));
  assert.ok(!wounds('Had a steroid injection into the heel a few days ago for plantar fasciitis.').includes('puncture-wound'));
  assert.ok(!wounds('I had an injection into my ankle joint three years ago and it helped.').includes('puncture-wound'));
  // A temperature just under 38 is neither a fever nor "no fever".
  assert.equal(assess(kb, { text: 'Ankle hot and puffy. Temp 37.8 tonight.' }).findings.some((f) => f.id === 'fever-or-unwell'), false);
});

test('an infected foot with sepsis signs told in everyday words is an emergency', () => {
  for (const text of [
    // A diabetic foot with a smell, new confusion and rigors.
    'Dad is diabetic and has a sore on his heel from his boots that he never felt. The sock sticks and there\'s a bad smell from the sore. He keeps calling me by my brother\'s name and is shaking under the duvet.',
    // A cut toe that has spread redness, with faintness on standing and shivering that will not stop.
    'Cut my toe on a rock last week. The redness has crept up past my ankle. Couldn\'t stop shaking last night and nearly passed out getting up off the sofa.',
    // On a biologic: a puncture with red, hot skin, a fast pulse at rest and mottled knees; no fever mentioned.
    'I\'m on adalimumab. Stood on a tack in the garden on Monday and the ball of my foot is now red and hot. My Fitbit says 122 sat in bed and my knees look blotchy.',
  ]) {
    const r = result(text);
    assert.equal(r.level, 'emergency', text);
    assert.equal(r.top, 'foot-infection', text);
  }
});

test('a hangover, a bug going round, a tummy upset with no wound and a rough day after a race stay harmless', () => {
  for (const text of [
    'Hungover after my mate\'s birthday, felt dizzy getting up and threw up twice. Achilles a bit stiff this morning.',
    'There\'s a bug going round the office and I feel grim; my arch aches after long runs.',
    'Tummy upset since Sunday, can\'t keep anything down, and the outside of my knee is sore after running.',
    'Felt rough and wobbly after the race yesterday, had to sit down at the finish; now my calves ache.',
  ]) {
    const r = result(text);
    assert.ok(!r.flags.includes('infection-with-sepsis-signs') && r.level !== 'emergency', `${text} -> ${r.level} ${r.flags.join(',')}`);
  }
});

test('a scratch on the shin is a skin break there, not shin pain', () => {
  const r = assess(kb, { text: 'My daughter won\'t stand on her right foot, the ankle is swollen and warm, temperature 38.4. Only thing is she scratched her shin on a fence last week.' });
  assert.ok(!r.findings.some((f) => f.id === 'pain-inner-shin' && f.value === true));
  assert.ok(r.findings.some((f) => f.id === 'wound-or-broken-skin' && f.value === true));
  assert.equal(r.differential[0]?.conditionId, 'foot-infection');
});

test('a place the redness reached is not a painful place, and wobbly on standing is not an ankle giving way', () => {
  const found = assess(kb, { text: 'Graze on my ankle from a fall last week. There is a pink streak creeping up past my calf now. Went all wobbly standing up from the sofa and had to sit back down.' }).findings;
  assert.ok(found.some((f) => f.id === 'spreading-redness' && f.value === true));
  assert.ok(!found.some((f) => f.id === 'pain-calf' && f.value === true));
  assert.ok(!found.some((f) => f.id === 'character-giving-way' && f.value === true));
  // Said to hurt there, the place stays; an ankle that gives way on a run stays giving way.
  const sore = assess(kb, { text: 'The redness is spreading up to my calf and the calf is sore.' }).findings;
  assert.ok(sore.some((f) => f.id === 'pain-calf' && f.value === true));
  const ankle = assess(kb, { text: 'My ankle keeps going wobbly on trail runs, like it gives way.' }).findings;
  assert.ok(ankle.some((f) => f.id === 'character-giving-way' && f.value === true));
});
