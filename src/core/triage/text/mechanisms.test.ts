/**
 * Text-understanding mechanisms on the real KB: every lexicon phrase reads as its own finding, nested phrases
 * prefer the longest reading, and the traps colleagues reported stay fixed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../../kb-files/read-kb.ts';
import { compileLexicon } from './lexicon.ts';
import { NEEDS_PLACE } from './read-matches.ts';
import { PAIN } from './tokens.ts';
import { understandText } from './understand.ts';

const kb = await readKnowledgeBase();
const val = (text: string, id: string): unknown => understandText(kb, text).findings.find((f) => f.id === id)?.value;

test('every KB lexicon phrase is understood as its own finding (and every negative phrase as "no")', () => {
  const wrong: string[] = [];
  const check = (id: string, phrase: string, want: boolean): void => {
    // A phrase that is only a pain word ("aches") is deliberately not matched: it would fire on every description.
    if (compileLexicon(kb).every((e) => e.phrase !== phrase) && phrase.split(/\s+/).length === 1) return;
    // A general phrase that needs its place named elsewhere in the text ("shoe rubs" + the heel): give it one.
    const text = NEEDS_PLACE[id] ? `${phrase}. My heel hurts.` : phrase;
    if (val(text, id) !== want) wrong.push(`${id}: "${phrase}" → ${String(val(text, id))}`);
  };
  for (const z of kb.zones) for (const p of z.lexicon) check(`pain-${z.id}`, p, true);
  for (const f of kb.findings) {
    for (const p of f.lexicon) check(f.id, p, true);
    for (const p of f.negLexicon) check(f.id, p, false);
  }
  assert.deepEqual(wrong, []);
});

test('no two findings share the same reduced phrase (one wording, one meaning)', () => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const e of compileLexicon(kb)) {
    if (e.words.length === 1 && e.words[0] === PAIN) continue;
    const key = [...e.words].sort().join(' ');
    const prev = owner.get(key);
    if (prev !== undefined && prev !== e.findingId) clashes.push(`${key}: ${prev} / ${e.findingId}`);
    else owner.set(key, e.findingId);
  }
  assert.deepEqual(clashes, []);
});

test('meaningful small words are kept: "still", "both", "went", "side", "little"', () => {
  assert.notEqual(val('my toes feel numb after long runs', 'numbness-persistent'), true);
  assert.equal(val('my foot hurts after runs', 'side'), undefined);
  assert.equal(val('both feet hurt', 'side'), 'both');
  assert.equal(val('I squeezed my heel from both sides and it hurt', 'side'), undefined);
  assert.notEqual(val('it hurts during my run', 'onset-sudden'), true);
  assert.notEqual(val('sore on the inner side of my foot', 'pain-outside-of-foot'), true);
  assert.notEqual(val('my big toe aches', 'pain-outside-of-foot'), true);
});

test('the longest reading wins when phrases nest', () => {
  assert.notEqual(val('I take tablets for high blood pressure', 'character-tight-cramping'), true);
  assert.equal(val('I take tablets for high blood pressure', 'cardiovascular-risk-factors'), true);
  assert.equal(val("I'm a non-smoker", 'smoker'), false);
  assert.notEqual(val('the back of my heel hurts', 'pain-heel-underside'), true);
  assert.equal(val('the back of my heel hurts', 'pain-back-of-heel'), true);
  assert.notEqual(val('pain at the front of my shin', 'pain-inner-shin'), true);
});

test('word stems do not collide and warm is not warm-up', () => {
  assert.notEqual(val('lunging hurts the front of my ankle', 'chest-pain-or-breathless'), true);
  assert.equal(val('lunging hurts the front of my ankle', 'pain-squatting-or-lunging'), true);
  assert.notEqual(val('the tendon feels warm', 'pain-eases-with-warm-up'), true);
  assert.equal(val('it eases once I warm up', 'pain-eases-with-warm-up'), true);
});

test('places: order matters, inner ankle is understood, and a place-bound finding implies the place', () => {
  assert.equal(val('the inside of my ankle is sore', 'pain-inside-ankle'), true);
  assert.notEqual(val('the shin, just outside the bone, aches', 'pain-outer-leg'), true);
  assert.equal(val('my left calf is swollen', 'pain-calf'), true);
  assert.equal(val('my left calf is swollen', 'calf-swelling-one-side'), true);
});

test('negation stops at "since" and at a very/really in between does not break a phrase', () => {
  assert.equal(val('two weeks after knee surgery; I have not run since the operation', 'recent-surgery-or-cast'), true);
  assert.equal(val('pressing on the bony bit of my midfoot is very sore', 'bony-tenderness-focal'), true);
});

test('"for months" is a long duration', () => {
  assert.equal(val('my heel has hurt for months', 'duration-weeks'), 13);
});
