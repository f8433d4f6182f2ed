import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeOutcome, makeVignette } from './fixtures.ts';
import { formatMarkdownReport } from './format-markdown.ts';
import { formatRate, formatTextReport } from './format-text.ts';
import { checkGate } from './gate.ts';
import { evaluate } from './run.ts';

const vignettes = [
  makeVignette('v001', 'plantar-fasciitis', 'selfcare', 'modify'),
  makeVignette('v002', 'achilles-rupture', 'urgent', 'stop', { redFlag: true }),
];
const report = evaluate(vignettes, (input) =>
  'text' in input ? makeOutcome('selfcare', 'continue', ['plantar-fasciitis', 'calf-strain']) : makeOutcome('selfcare', 'stop', []),
);
const gate = checkGate(report);

test('formatRate shows percent and counts', () => {
  assert.equal(formatRate({ hits: 1, n: 3, rate: 1 / 3 }), '33.3% (1/3)');
});

test('the text report lists figures, under-triage, unsafe running, misses and the verdict', () => {
  const text = formatTextReport(report, gate);
  assert.match(text, /Vignettes: 2 \(1 red-flag\)/);
  assert.match(text, /Top-3: +50\.0% \(1\/2\)/);
  assert.match(text, /v002 \[red flag\] achilles-rupture: gold urgent, got selfcare/);
  assert.match(text, /v001 plantar-fasciitis: gold modify, got continue/);
  assert.match(text, /v002: got plantar-fasciitis, calf-strain/);
  assert.match(text, /Gate: FAIL/);
});

test('the markdown report has the set, figures, per-condition table and misses', () => {
  const md = formatMarkdownReport(report, gate, { kbVersion: '1.2.3', date: '2026-01-02', vignetteFile: 'x.jsonl' });
  assert.match(md, /^# Triage accuracy/);
  assert.match(md, /KB version 1\.2\.3, vignette set `x\.jsonl`, generated 2026-01-02/);
  assert.match(md, /2 vignettes: 2 free-text narratives and 0 structured cases/);
  assert.match(md, /\| top-3 \| 50\.0% \(1\/2\) \|/);
  assert.match(md, /\| achilles-rupture \| 1 \| 0% \| 0% \| v002 \|/);
  assert.match(md, /- v002 \(achilles-rupture\): top 3 plantar-fasciitis, calf-strain, gold not listed/);
  assert.match(md, /CI gate: \*\*fail\*\*/);
});
