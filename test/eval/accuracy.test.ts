/**
 * The CI gate: the triage engine on the project's vignette set must reach top-3 of at least 90% and must
 * never under-triage a red-flag vignette. Runs the real KB and the real engine; nothing is mocked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluateJsonl, formatTextReport, minTop3 } from '../../src/core/eval/index.ts';
import { triageAssess } from '../../src/core/eval/triage-binding.ts';
import { readKnowledgeBase } from '../../src/kb-files/read-kb.ts';

const text = readFileSync(new URL('../vignettes/vignettes.jsonl', import.meta.url), 'utf8');
const kb = await readKnowledgeBase();
const { report, gate, lineErrors } = evaluateJsonl(text, triageAssess(kb));
const detail = formatTextReport(report, gate);

test('every vignette line is usable and the engine answers every one', () => {
  assert.deepEqual(lineErrors, []);
  assert.deepEqual(report.engineErrors, [], detail);
});

test(`top-3 accuracy is at least ${minTop3 * 100}%`, () => {
  assert.ok(report.top3.rate >= minTop3, detail);
});

test('no red-flag vignette is under-triaged', () => {
  assert.deepEqual(report.redFlagUnderTriage, [], detail);
});

test('the gate agrees', () => {
  assert.equal(gate.pass, true, detail);
});
