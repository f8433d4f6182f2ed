/**
 * Regression tests for the text mechanisms reported broken (engine notes and probes), on the real KB: negation
 * scope, false-positive phrases, general places, hypotheticals, other people and history.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { assess } from '../assess.ts';
import { readContexts } from './context.ts';
import { readTokens } from './senses.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('negation stops at a comma that starts a new clause, and never flips a "no" phrase from afar', () => {
  assert.equal(val('No swelling, can walk fine', 'cannot-bear-weight'), false);
  assert.equal(val('No swelling, can walk fine', 'swelling'), false);
  assert.equal(assess(kb, { text: 'No swelling, can walk fine' }).triage.level !== 'urgent', true);
  assert.equal(val('no swelling, heel hurts', 'pain-heel-underside'), true);
  assert.equal(val('no swelling or pain when walking', 'pain-with-walking'), false);
  // A cue right before a "no" phrase does flip it.
  assert.equal(val('not able to walk', 'cannot-bear-weight'), true);
});

test('a list still carries the negation across commas', () => {
  assert.equal(val('no bruising, swelling or redness', 'redness'), false);
  assert.equal(val('no bruising, swelling or redness', 'swelling'), false);
});

test('a red-flag yes is not cancelled by loose or distant negation', () => {
  assert.equal(val("no swelling and can't put weight on it", 'cannot-bear-weight'), true);
  assert.equal(val('no bruising, swelling or fever', 'fever-or-unwell'), 'unknown');
  const r = understandText(kb, "I can't put weight on it. I can walk fine with crutches though.");
  assert.equal(r.findings.find((f) => f.id === 'cannot-bear-weight')?.value, true);
  assert.ok(r.notes.some((n) => n.includes('warning sign')));
});

test('false positives: back of the heel, unbearable floors, training plan, zero drop, warm, hay fever', () => {
  assert.notEqual(val('the back of my heel is sore', 'back-pain'), true);
  assert.notEqual(val('the pain came back after I went back to running', 'back-pain'), true);
  assert.equal(val('my lower back hurts', 'back-pain'), true);
  assert.equal(val('back pain for years', 'back-pain'), true);
  const floors = assess(kb, { text: 'hardwood floors are unbearable on my heel' });
  assert.equal(floors.findings.find((f) => f.id === 'severe-pain-out-of-proportion'), undefined);
  assert.equal(floors.redFlags.length, 0);
  assert.notEqual(val('started my training plan, shin hurts', 'long-travel-or-immobilisation'), true);
  assert.equal(val('sat on a plane for 9 hours', 'long-travel-or-immobilisation'), true);
  assert.equal(val('new zero drop shoes', 'new-shoes'), true);
  assert.equal(val('new zero drop shoes', 'minimalist-shoes'), true);
  assert.notEqual(val('my ankle is warm and puffed up', 'pain-eases-with-warm-up'), true);
  assert.notEqual(val('I have hay fever and my heel hurts', 'fever-or-unwell'), true);
  assert.notEqual(val('the pain is worst in the morning', 'severe-pain-out-of-proportion'), true);
  assert.notEqual(val('running every single day', 'pain-stops-run-same-point'), true);
  assert.notEqual(val('last fall I started running and my heel hurts', 'injury-fall-or-jump'), true);
  assert.equal(val('I fell on the stairs and my ankle hurts', 'injury-fall-or-jump'), true);
  assert.notEqual(val('it suddenly got worse after weeks of heel pain', 'onset-sudden'), true);
  assert.notEqual(val('I put a plaster on the blister', 'recent-surgery-or-cast'), true);
});

test('worse with prolonged standing: end of the day, standing at work', () => {
  assert.equal(val('my feet hurt by the end of the day', 'worse-prolonged-standing'), true);
  assert.equal(val('it is worse when I have been standing at work', 'worse-prolonged-standing'), true);
});

test('a general place ("my ankle") is location evidence, and a specific place wins over it', () => {
  assert.equal(val('my ankle hurts', 'pain-ankle-area'), true);
  assert.equal(val('I rolled my ankle', 'pain-ankle-area'), true);
  assert.notEqual(val('outside of my ankle is sore', 'pain-ankle-area'), true);
  assert.notEqual(val('my heel hurts, my other foot is fine', 'pain-foot-area'), true);
  const shin = assess(kb, { text: 'my ankle hurts' }).differential.find((d) => d.conditionId === 'tibial-stress-fracture');
  assert.ok(shin === undefined || shin.against.some((c) => c.findingId === 'location'));
});

test('trauma, a crack and not able to bear weight rank a fracture high and send for an X-ray today', () => {
  const r = assess(kb, { text: "went over on my ankle playing football, heard a crack, can't put weight on it" });
  assert.equal(r.triage.level, 'urgent');
  assert.equal(r.running.advice, 'stop');
  assert.ok(r.redFlags.some((h) => h.id === 'ottawa-weight-bearing'));
  const top2 = r.differential.slice(0, 2).map((d) => d.conditionId);
  assert.ok(top2.includes('ankle-foot-fracture'), top2.join());
  assert.ok(top2.includes('lateral-ankle-sprain'), top2.join());
});

test('hypotheticals, other people and the past are not today\'s findings', () => {
  assert.notEqual(val('shin hurts, could it be a stress fracture?', 'previous-stress-fracture'), true);
  assert.equal(val('shin hurts, could it be a stress fracture?', 'pain-inner-shin'), true);
  assert.notEqual(val('worried I have gout, big toe sore', 'history-of-gout'), true);
  assert.equal(val("it looks maybe a little swollen", 'swelling'), true);
  assert.equal(val('worried about the swelling in my calf', 'calf-swelling-one-side'), true);
  assert.notEqual(val('my friend had shin splints and my heel hurts', 'pain-inner-shin'), true);
  assert.notEqual(val('my mum had a DVT so I am worried, calf tight after long run', 'previous-clot'), true);
  assert.notEqual(val('my mum had a DVT so I am worried, calf tight after long run', 'sex'), 'female');
  // A parent writing only about their child: the child is the patient.
  assert.equal(val('my daughter has had heel pain after football for 3 weeks', 'pain-heel-underside'), true);
  const past = understandText(kb, 'I sprained my ankle last year, now my heel hurts in the morning').findings;
  assert.equal(past.find((f) => f.id === 'injury-rolled-ankle'), undefined);
  assert.equal(past.find((f) => f.id === 'previous-ankle-sprains')?.value, true);
  assert.equal(past.find((f) => f.id === 'pain-ankle-area'), undefined);
  assert.equal(val('I had a stress fracture in my shin two years ago and now the same spot hurts', 'previous-stress-fracture'), true);
  assert.equal(val('I broke my foot 2 years ago. Heel pain for 3 weeks', 'duration-weeks'), 3);
  assert.equal(val('my heel has hurt since last year', 'previous-injury-same-area'), undefined);
});

test('contexts: clauses, people, worries and the past', () => {
  const c = readContexts(readTokens('my friend had shin splints and my heel hurts'));
  assert.equal(c[3]?.other, true);
  assert.equal(c[7]?.other, false);
  const p = readContexts(readTokens('my heel has hurt since last year'));
  assert.equal(p.at(-1)?.pastIsDuration, true);
  assert.equal(readContexts(readTokens('could it be a stress fracture')).at(-1)?.hypothetical, true);
});

test('a tender navicular in own words reaches the Ottawa navicular finding', () => {
  assert.equal(val('one tender spot on the navicular', 'ottawa-tender-navicular'), true);
  assert.equal(val('there is a tender spot on the bone at the inner midfoot', 'ottawa-tender-navicular'), true);
  const r = assess(kb, { text: 'one tender spot on the navicular, worse over a month of speedwork' });
  assert.ok(r.differential.slice(0, 3).some((d) => d.conditionId === 'navicular-stress-fracture'), r.differential.map((d) => d.conditionId).join());
  assert.equal(r.running.advice, 'stop');
  // Without an injury it is bone stress (doctor), not an Ottawa X-ray today.
  assert.ok(!r.redFlags.some((h) => h.id === 'ottawa-midfoot'));
});

test('"4cm above my heel" is the mid-portion of the Achilles, not heel pain', () => {
  const f = understandText(kb, 'Achilles sore about 4cm above my heel').findings;
  assert.equal(f.find((x) => x.id === 'pain-achilles-above-heel')?.value, true);
  assert.equal(f.find((x) => x.id === 'pain-heel-underside'), undefined);
  assert.equal(val('it is sore two inches above my heel', 'pain-achilles-above-heel'), true);
  assert.equal(val('sore 1cm above my heel bone', 'pain-back-of-heel'), true);
  const r = assess(kb, { text: 'sore about 4 cm above my heel, worst in the morning' });
  assert.equal(r.differential[0]?.conditionId, 'achilles-tendinopathy-midportion');
  assert.notEqual(r.differential[0]?.conditionId, 'plantar-fasciitis');
});

test('"did 20, now 40" and "went from 20 to 40" are a change in distance; other counts are not', () => {
  assert.equal(val('shin hurts. I did 20, now 40', 'distance-change-percent'), 100);
  assert.equal(val('shin hurts, went from 20 to 40', 'distance-change-percent'), 100);
  assert.equal(val('I did 20 miles a week, now 40', 'weekly-distance-km'), 64.4);
  assert.equal(val('I did 20 miles a week, now 40', 'recent-training-increase'), true);
  assert.equal(val('was running 30k a week and now 45k', 'distance-change-percent'), 50);
  assert.equal(val('I did 20 reps, now 40, heel hurts', 'distance-change-percent'), undefined);
  assert.equal(val('the pain went from 3 to 7', 'distance-change-percent'), undefined);
  assert.equal(val('increased from 20 to 40 minutes', 'weekly-distance-km'), undefined);
});

test('"for years" about medicines or running is not how long it has hurt', () => {
  assert.equal(val('I have taken ibuprofen for years. Heel pain for 3 weeks', 'duration-weeks'), 3);
  assert.equal(val('heel pain for 3 weeks, I have been on statins for years', 'duration-weeks'), 3);
  assert.equal(val('been on the pill for years and my heel hurts', 'duration-weeks'), undefined);
  assert.equal(val("I've been running for 10 years and my heel hurts", 'duration-weeks'), undefined);
  assert.equal(val('my heel has hurt for years', 'duration-weeks'), 52);
});

test('pain score: "6/10", "like a 7", "7 out of 10"; severe pain is never "continue", and no diagnosis on its own', () => {
  assert.equal(val('heel pain 6/10', 'pain-score'), 6);
  assert.equal(val('my big toe joint hurts like a 7', 'pain-score'), 7);
  assert.equal(val('pain 7 out of 10 when I walk', 'pain-score'), 7);
  assert.equal(val('did a 7 km run and my heel hurts', 'pain-score'), undefined);
  // A bunion's own advice is to keep running; severe everyday pain overrides that.
  const bunion = { 'pain-big-toe': true, 'bump-big-toe-joint-side': true, 'worse-tight-shoes': true, 'onset-gradual': true } as const;
  assert.equal(assess(kb, { evidence: { ...bunion, 'pain-score': 3 } }).running.advice, 'continue');
  const severe = assess(kb, { evidence: { ...bunion, 'pain-score': 8 } });
  assert.equal(severe.running.advice, 'modify');
  assert.equal(severe.running.rule, 'severe-pain');
  assert.equal(assess(kb, { text: 'bump at the base of my big toe, shoes rub it, pain 8/10' }).running.advice, 'modify');
  // The score alone moves no condition: the differential is the same with or without it.
  const base = assess(kb, { text: 'heel hurts on my first steps' }).differential.map((d) => [d.conditionId, d.probability]);
  const scored = assess(kb, { text: 'heel hurts on my first steps, pain 8/10' }).differential.map((d) => [d.conditionId, d.probability]);
  assert.deepEqual(scored, base);
});

test('a red-flag rule that points to a condition makes it appear in the differential', () => {
  const r = assess(kb, { text: 'My calf cramps after 200 m of walking and goes if I stand still for a minute' });
  assert.ok(r.redFlags.some((h) => h.id === 'vascular-claudication'));
  assert.equal(val('My calf cramps after 200 m of walking', 'pain-calf'), true);
  assert.ok(r.differential.slice(0, 3).some((d) => d.conditionId === 'vascular-claudication'), r.differential.map((d) => d.conditionId).join());
  const cold = assess(kb, { evidence: { 'leg-cold-pale-pulseless': true, 'pain-foot-area': true } });
  assert.ok(cold.differential.some((d) => d.conditionId === 'vascular-claudication'));
});

test('an operation told of the past is the clot risk factor, whatever body part it was on', () => {
  assert.equal(val('had surgery on my ankle last month and now my calf is swollen', 'recent-surgery-or-cast'), true);
  assert.equal(val('had an operation on my knee 2 weeks ago, calf sore and puffy', 'recent-surgery-or-cast'), true);
});
