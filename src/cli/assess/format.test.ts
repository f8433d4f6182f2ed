import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shippedKb } from '../../../test/support/app.ts';
import { assess, careWords, DISCLAIMER } from '../../core/triage/index.ts';
import { formatResult } from './format.ts';

const CASES: readonly Record<string, boolean>[] = [
  { 'calf-swelling-one-side': true, 'long-travel-or-immobilisation': true, 'pain-calf': true },
  { 'numbness-persistent': true, 'pain-arch': true },
  { 'pain-heel-underside': true, 'pain-first-steps': true, 'cannot-bear-weight': false },
  {},
];

test('the text summary says what the JSON says: warnings first, the same level, time frame and running advice', async () => {
  const kb = await shippedKb();
  for (const evidence of CASES) {
    const r = assess(kb, { evidence });
    const text = formatResult(r, kb);
    const label = JSON.stringify(evidence);
    if (r.redFlags.length > 0) {
      assert.ok(text.startsWith('WARNING'), `${label}: a red flag is the first line`);
      for (const f of r.redFlags) assert.ok(text.includes(f.reason), `${label}: ${f.id} is explained`);
      assert.doesNotMatch(text, /Likely causes:/, `${label}: no list of causes competes with the warning`);
    }
    assert.ok(text.includes(`${careWords[r.triage.level]} (${r.triage.timeframe})`), `${label}: level and time frame`);
    assert.ok(text.includes(r.triage.action), `${label}: action`);
    assert.ok(text.includes(`Can I run? ${r.running.advice.toUpperCase()}: ${r.running.reason}`), `${label}: running`);
    assert.ok(text.trimEnd().endsWith(DISCLAIMER), `${label}: "not a diagnosis" closes the summary`);
  }
});
