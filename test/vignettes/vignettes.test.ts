/**
 * The vignette set itself: every line valid, the coverage the issue asks for, and (once the KB loads)
 * every finding id and condition known to the KB.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateKnowledgeBase } from '../../src/core/kb/load.ts';
import { readRawKnowledgeBase } from '../../src/kb-files/read-kb.ts';
import { checkAgainstKb, evalConditionIds, parseVignettes } from '../../src/core/eval/index.ts';

const file = new URL('./vignettes.jsonl', import.meta.url);
const { vignettes, errors } = parseVignettes(readFileSync(file, 'utf8'));
const countBy = (pick: (c: string) => boolean): number => vignettes.filter((v) => pick(v.gold.condition)).length;

test('every line of the vignette set is valid', () => {
  assert.deepEqual(errors, []);
});

test('the set is large enough, mostly narratives, with enough red flags', () => {
  assert.ok(vignettes.length >= 130, `${vignettes.length} vignettes`);
  const narratives = vignettes.filter((v) => 'text' in v).length;
  assert.ok(narratives / vignettes.length >= 0.6, `${narratives} narratives of ${vignettes.length}`);
  assert.ok(vignettes.filter((v) => v.redFlag).length >= 28);
});

test('every one of the 42 conditions has at least two vignettes, common ones more', () => {
  for (const id of evalConditionIds) assert.ok(countBy((c) => c === id) >= 2, `${id} has fewer than 2 vignettes`);
  const common = ['plantar-fasciitis', 'achilles-tendinopathy-midportion', 'medial-tibial-stress-syndrome', 'lateral-ankle-sprain'];
  for (const id of common) assert.ok(countBy((c) => c === id) >= 5, `${id} should have at least 5`);
  assert.ok(countBy((c) => c.endsWith('stress-fracture')) >= 12, 'stress fractures');
});

test('red-flag cases cover every kind of red flag the gate must catch', () => {
  const red = new Set<string>(vignettes.filter((v) => v.redFlag).map((v) => v.gold.condition));
  for (const id of [
    'deep-vein-thrombosis', 'acute-compartment-syndrome', 'achilles-rupture', 'ankle-foot-fracture', 'lisfranc-injury',
    'foot-infection', 'lumbar-radiculopathy', 'vascular-claudication', 'tibial-stress-fracture', 'navicular-stress-fracture',
  ]) assert.ok(red.has(id), `no red-flag vignette for ${id}`);
});

test('labels are safe: red-flag cases never self-care, emergencies always stop running', () => {
  for (const v of vignettes) {
    if (v.redFlag) assert.notEqual(v.gold.level, 'selfcare', `${v.id} is a red flag labelled selfcare`);
    if (v.gold.level === 'emergency' || v.gold.level === 'urgent') assert.equal(v.gold.running, 'stop', v.id);
    if (v.gold.condition.endsWith('stress-fracture')) assert.equal(v.gold.running, 'stop', v.id);
  }
});

// The loader forgives other people's files (extra columns, no notes); the project's own sets keep the full format.
const ownKeys = new Set(['id', 'text', 'evidence', 'gold', 'redFlag', 'notes']);
function strictFormatProblems(content: string): string[] {
  return content.split(/\r?\n/).filter((l) => l.trim() !== '').flatMap((line, i) => {
    const raw = JSON.parse(line) as Record<string, unknown>;
    const extra = Object.keys(raw).filter((k) => !ownKeys.has(k));
    const problems = extra.length > 0 ? [`line ${i + 1}: unknown keys ${extra.join(', ')}`] : [];
    if (typeof raw.redFlag !== 'boolean') problems.push(`line ${i + 1}: redFlag missing`);
    if (typeof raw.notes !== 'string' || raw.notes.length < 5) problems.push(`line ${i + 1}: notes missing`);
    return problems;
  });
}

test('the original set keeps the full format: no unknown keys, redFlag and notes on every line', () => {
  assert.deepEqual(strictFormatProblems(readFileSync(file, 'utf8')), []);
});

test('ids are numbered and unique', () => {
  assert.equal(new Set(vignettes.map((v) => v.id)).size, vignettes.length);
});

const loaded = validateKnowledgeBase(await readRawKnowledgeBase());
const kbSkip = loaded.problems.length > 0 ? `KB does not load yet (${loaded.problems.length} problems)` : false;

const kbProblems = kbSkip ? [] : checkAgainstKb(vignettes, loaded.kb);

test('every structured finding id and value is known to the KB', { skip: kbSkip }, () => {
  assert.deepEqual(kbProblems.filter((p) => !p.message.startsWith('condition ')), []);
});

test('every gold and acceptable condition is defined in the KB', { skip: kbSkip }, () => {
  const missing = [...new Set(kbProblems.filter((p) => p.message.startsWith('condition ')).map((p) => p.message))];
  assert.deepEqual(missing, []);
});

// The unseen-narrative sets (see README.md): dev2 to dev8 are for the engine developers, holdout must
// stay unseen. Checked for shape and labels here; their accuracy is reported in docs/accuracy.md but never gated.
const SMALLER_SETS: Readonly<Record<string, number>> = { dev5: 50, dev13: 50, dev15: 50, dev16: 50, dev18: 40, dev20: 50, dev24: 50, dev25: 50, dev27: 40, dev29: 30, dev30: 40 };
// dev30 is a realistic mix with 14 red flags (its writer left gout and inflammatory arthritis unflagged).
const FEWER_RED_FLAGS: Readonly<Record<string, number>> = { dev30: 14 };
const newSets = ['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'holdout', 'holdout2'].map((name) => {
  // Some sets are smaller by design (dev29's 30 emergencies; dev18's long accounts, dev27 and dev30 are 40; dev5, dev13, dev15, dev16, dev20, dev24 and dev25 are 50); the others have 60 or more.
  const minimum = SMALLER_SETS[name] ?? 60;
  const content = readFileSync(new URL(`./${name}.jsonl`, import.meta.url), 'utf8');
  return { name, minimum, content, ...parseVignettes(content) };
});

for (const set of newSets) {
  test(`${set.name}: every line is valid and in the full format`, () => {
    assert.deepEqual(set.errors, []);
    assert.deepEqual(strictFormatProblems(set.content), []);
  });

  const redFlagMinimum = FEWER_RED_FLAGS[set.name] ?? 15;
  test(`${set.name}: ${set.minimum} or more free-text narratives with at least ${redFlagMinimum} red flags`, () => {
    assert.ok(set.vignettes.length >= set.minimum, `${set.vignettes.length} vignettes`);
    const structured = set.vignettes.filter((v) => !('text' in v)).map((v) => v.id);
    assert.deepEqual(structured, [], 'these sets are narratives only');
    assert.ok(set.vignettes.filter((v) => v.redFlag).length >= redFlagMinimum, 'red-flag cases');
  });

  test(`${set.name}: labels are safe`, () => {
    for (const v of set.vignettes) {
      if (v.redFlag) assert.notEqual(v.gold.level, 'selfcare', `${v.id} is a red flag labelled selfcare`);
      if (v.gold.level === 'emergency' || v.gold.level === 'urgent') assert.equal(v.gold.running, 'stop', v.id);
      if (v.gold.condition.endsWith('stress-fracture')) assert.equal(v.gold.running, 'stop', v.id);
    }
  });

  test(`${set.name}: conditions and finding ids are known to the KB`, { skip: kbSkip }, () => {
    assert.deepEqual(kbSkip ? [] : checkAgainstKb(set.vignettes, loaded.kb), []);
  });
}

test('dev2 and holdout together cover all 42 conditions, common ones several times', () => {
  const all = newSets.filter((s) => s.name === 'dev2' || s.name === 'holdout').flatMap((s) => s.vignettes);
  const count = (id: string): number => all.filter((v) => v.gold.condition === id).length;
  for (const id of evalConditionIds) assert.ok(count(id) >= 1, `${id} has no vignette in dev2 or holdout`);
  for (const id of ['plantar-fasciitis', 'achilles-tendinopathy-midportion', 'medial-tibial-stress-syndrome', 'lateral-ankle-sprain']) {
    assert.ok(count(id) >= 5, `${id} should have at least 5`);
  }
});

// dev3 was written to stress what engines get wrong: many red flags, understated emergencies, look-alikes.
const dev3 = newSets.find((s) => s.name === 'dev3')?.vignettes ?? [];

test('dev3: every condition at least once, with understated emergencies and every kind of red flag', () => {
  for (const id of evalConditionIds) assert.ok(dev3.some((v) => v.gold.condition === id), `${id} has no vignette in dev3`);
  assert.ok(dev3.filter((v) => v.redFlag).length >= 25, 'dev3 red-flag cases');
  assert.ok(dev3.filter((v) => v.gold.level === 'emergency').length >= 10, 'dev3 emergencies');
  const red = new Set<string>(dev3.filter((v) => v.redFlag).map((v) => v.gold.condition));
  for (const id of ['acute-compartment-syndrome', 'lumbar-radiculopathy', 'deep-vein-thrombosis', 'vascular-claudication',
    'ankle-foot-fracture', 'foot-infection', 'achilles-rupture', 'lisfranc-injury']) assert.ok(red.has(id), `no dev3 red flag for ${id}`);
  assert.ok(dev3.filter((v) => v.gold.condition.endsWith('stress-fracture')).length >= 5, 'dev3 bone stress cases');
});

// dev4 is written in under-represented voices (very short messages, older runners, trail and ultra runners,
// teenagers and their parents, non-native English, function-first and buried-fact accounts).
const dev4 = newSets.find((s) => s.name === 'dev4')?.vignettes ?? [];

test('dev4: at least 20 red flags including 8 emergencies, every kind of red flag, ids v5001 onward', () => {
  assert.ok(dev4.filter((v) => v.redFlag).length >= 20, 'dev4 red-flag cases');
  assert.ok(dev4.filter((v) => v.gold.level === 'emergency').length >= 8, 'dev4 emergencies');
  const red = new Set<string>(dev4.filter((v) => v.redFlag).map((v) => v.gold.condition));
  for (const id of ['acute-compartment-syndrome', 'lumbar-radiculopathy', 'deep-vein-thrombosis', 'vascular-claudication',
    'ankle-foot-fracture', 'foot-infection', 'achilles-rupture', 'lisfranc-injury', 'tibial-stress-fracture',
    'navicular-stress-fracture']) assert.ok(red.has(id), `no dev4 red flag for ${id}`);
  for (const v of dev4) assert.ok(Number(v.id.slice(1)) >= 5001, `${v.id} is outside the dev4 range`);
});

test('dev4: covers every condition, the common ones several times', () => {
  const count = (id: string): number => dev4.filter((v) => v.gold.condition === id).length;
  for (const id of ['plantar-fasciitis', 'achilles-tendinopathy-midportion', 'lateral-ankle-sprain']) {
    assert.ok(count(id) >= 3, `${id} should have at least 3 in dev4`);
  }
  for (const id of evalConditionIds) assert.ok(count(id) >= 1, `${id} has no vignette in dev4`);
});

// dev5 mixes every voice, with 20 red flags (7 emergencies told calmly or buried in detail) and 30 common or
// look-alike conditions.
const dev5 = newSets.find((s) => s.name === 'dev5')?.vignettes ?? [];

test('dev5: 20 red flags including 7 emergencies, every kind of red flag, ids v6001 onward', () => {
  assert.ok(dev5.filter((v) => v.redFlag).length >= 20, 'dev5 red-flag cases');
  assert.ok(dev5.filter((v) => v.gold.level === 'emergency').length >= 7, 'dev5 emergencies');
  const red = new Set<string>(dev5.filter((v) => v.redFlag).map((v) => v.gold.condition));
  for (const id of ['acute-compartment-syndrome', 'lumbar-radiculopathy', 'deep-vein-thrombosis', 'vascular-claudication',
    'ankle-foot-fracture', 'foot-infection', 'achilles-rupture']) assert.ok(red.has(id), `no dev5 red flag for ${id}`);
  for (const v of dev5) {
    assert.ok(Number(v.id.slice(1)) >= 6001, `${v.id} is outside the dev5 range`);
    assert.ok('text' in v && v.text.length >= 20, `${v.id} text is too short`);
  }
});

test('dev5: at least 30 common or look-alike cases spread over many conditions', () => {
  const common = dev5.filter((v) => !v.redFlag);
  assert.ok(common.length >= 30, `${common.length} non-red-flag cases`);
  assert.ok(new Set(common.map((v) => v.gold.condition)).size >= 20, 'too few distinct conditions');
  const count = (id: string): number => dev5.filter((v) => v.gold.condition === id).length;
  for (const id of ['plantar-fasciitis', 'achilles-tendinopathy-midportion', 'lateral-ankle-sprain', 'medial-tibial-stress-syndrome']) {
    assert.ok(count(id) >= 2, `${id} should have at least 2 in dev5`);
  }
});

// dev6 is in forum, chat and booking-form voices; dev7 is written by the people around the runner (clinicians'
// notes in shorthand, case reports, coaches and parents, telephone triage).
const idRange = (name: string, from: number, to: number): void => {
  const set = newSets.find((s) => s.name === name)?.vignettes ?? [];
  for (const v of set) assert.ok(Number(v.id.slice(1)) >= from && Number(v.id.slice(1)) <= to, `${v.id} is outside the ${name} range`);
};

for (const [name, from, to, redFlags, emergencies] of [['dev6', 7001, 7999, 24, 8], ['dev7', 8001, 8999, 20, 6], ['dev8', 9001, 9099, 18, 6], ['dev9', 9101, 9199, 20, 6], ['dev11', 9301, 9399, 20, 6], ['dev12', 9401, 9499, 30, 10]] as const) {
  test(`${name}: at least ${redFlags} red flags including ${emergencies} emergencies, covering all 42 conditions`, () => {
    const set = newSets.find((s) => s.name === name)?.vignettes ?? [];
    assert.ok(set.filter((v) => v.redFlag).length >= redFlags, `${name} red-flag cases`);
    assert.ok(set.filter((v) => v.gold.level === 'emergency').length >= emergencies, `${name} emergencies`);
    for (const id of evalConditionIds) assert.ok(set.some((v) => v.gold.condition === id), `${id} has no vignette in ${name}`);
    idRange(name, from, to);
  });
}

// dev10 is the realistic mix an app receives, so it does not cover every condition.
test('dev9: exactly two cases for each of the 42 conditions', () => {
  const set = newSets.find((s) => s.name === 'dev9')?.vignettes ?? [];
  for (const id of evalConditionIds) assert.equal(set.filter((v) => v.gold.condition === id).length, 2, id);
});

test('dev14: at least 40 red flags including 12 emergencies, ids v9601 onward', () => {
  const set = newSets.find((s) => s.name === 'dev14')?.vignettes ?? [];
  assert.ok(set.filter((v) => v.redFlag).length >= 40, 'dev14 red-flag cases');
  assert.ok(set.filter((v) => v.gold.level === 'emergency').length >= 12, 'dev14 emergencies');
  idRange('dev14', 9601, 9699);
});

test('dev10: at least 16 red flags including 5 emergencies, ids v9201 onward', () => {
  const set = newSets.find((s) => s.name === 'dev10')?.vignettes ?? [];
  assert.ok(set.filter((v) => v.redFlag).length >= 16, 'dev10 red-flag cases');
  assert.ok(set.filter((v) => v.gold.level === 'emergency').length >= 5, 'dev10 emergencies');
  idRange('dev10', 9201, 9299);
});

test('the sets share no id and no text', () => {
  const sets = [{ name: 'vignettes', vignettes }, ...newSets];
  const ids = sets.flatMap((s) => s.vignettes.map((v) => v.id));
  assert.equal(new Set(ids).size, ids.length, 'an id appears in more than one set');
  const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const texts = sets.flatMap((s) => s.vignettes.flatMap((v) => ('text' in v ? [norm(v.text)] : [])));
  assert.equal(new Set(texts).size, texts.length, 'a narrative appears twice');
});
