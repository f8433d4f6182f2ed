// Checks against the real knowledge base (written in parallel by several authors): expected to pass once it is complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateKnowledgeBase } from '../kb/load.ts';
import { readRawKnowledgeBase } from '../../kb-files/read-kb.ts';
import { generatePlan } from './generate.ts';

const { kb, problems } = validateKnowledgeBase(await readRawKnowledgeBase());

test('real KB: every protocol validates and names only known exercises and sources', () => {
  assert.deepEqual(problems.filter((p) => p.startsWith('protocol ')), []);
  assert.equal(kb.protocols.length, 19);
});

test('real KB: every condition maps to a protocol, and every non-urgent one gets a plan with real exercises', () => {
  for (const c of kb.conditions) {
    assert.ok(kb.protocolById.has(c.protocol), `${c.id} → ${c.protocol}`);
    const r = generatePlan(kb, { assessment: { conditionId: c.id, runningAdvice: c.running.advice, redFlags: [], findings: {} }, startDate: '2026-03-02' });
    if (r.status !== 'plan') continue;
    for (const d of r.plan.days) for (const e of d.exercises) assert.ok(kb.exerciseById.has(e.exerciseId), `${c.id}: ${e.exerciseId}`);
    assert.deepEqual(r.plan.cautions.filter((x) => x.includes('not in the knowledge base')), [], c.id);
  }
});
