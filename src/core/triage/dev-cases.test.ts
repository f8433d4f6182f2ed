/**
 * The held-out development cases (dev-cases.ts) through the real KB and engine: accuracy floors and, above all,
 * no red-flag case under-triaged and no case told to run more than is safe.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { devCases } from './dev-cases.ts';
import { careRank } from './levels.ts';

const kb = await readKnowledgeBase();
const results = devCases.map((c) => {
  const r = assess(kb, { text: c.text });
  const ok = new Set([c.gold, ...(c.acceptable ?? [])]);
  const ids = r.differential.map((d) => d.conditionId);
  return {
    c, r, top1: ok.has(ids[0] ?? ''), top3: ids.slice(0, 3).some((id) => ok.has(id)),
    safe: careRank(r.triage.level) >= careRank(c.level),
  };
});
const rate = (k: 'top1' | 'top3' | 'safe'): number => results.filter((x) => x[k]).length / results.length;
const misses = (k: 'top1' | 'top3' | 'safe'): string =>
  results.filter((x) => !x[k]).map((x) => `${x.c.id} gold ${x.c.gold}/${x.c.level}: got ${x.r.differential.slice(0, 3).map((d) => d.conditionId).join(', ')} / ${x.r.triage.level}`).join('\n');

test('there are at least 30 development cases with unique ids and known gold conditions', () => {
  assert.ok(devCases.length >= 30);
  assert.equal(new Set(devCases.map((c) => c.id)).size, devCases.length);
  for (const c of devCases) for (const id of [c.gold, ...(c.acceptable ?? [])]) assert.ok(kb.conditionById.has(id), `${c.id}: ${id}`);
});

test('no red-flag development case is under-triaged', () => {
  const bad = results.filter((x) => x.c.redFlag && !x.safe);
  assert.deepEqual(bad.map((x) => x.c.id), [], misses('safe'));
});

test('cases that must stop running are told to stop', () => {
  const bad = results.filter((x) => x.c.stop && x.r.running.advice !== 'stop');
  assert.deepEqual(bad.map((x) => `${x.c.id}:${x.r.running.advice}`), []);
});

test('safe triage on development cases is at least 97%', () => {
  assert.ok(rate('safe') >= 0.97, misses('safe'));
});

test('top-3 on development cases is at least 90% and top-1 at least 70%', () => {
  assert.ok(rate('top3') >= 0.9, `top-3 ${rate('top3')}\n${misses('top3')}`);
  assert.ok(rate('top1') >= 0.7, `top-1 ${rate('top1')}\n${misses('top1')}`);
});

test('a fired warning-sign pattern counts for the condition it names, and says so in the "why"', () => {
  const r = assess(kb, { text: 'Felt like someone kicked the back of my ankle during strides, heard a pop, and now I cannot stand on tiptoe.' });
  assert.ok(r.redFlags.some((h) => h.id === 'achilles-rupture'));
  const row = r.differential.find((d) => d.conditionId === 'achilles-rupture');
  assert.ok(row?.for.some((c) => c.findingId === 'warning-sign-pattern'));
  assert.equal(r.differential[0]?.conditionId, 'achilles-rupture');
});
