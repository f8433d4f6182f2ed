import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeFindings, parseFindingsParam, planLinkFor } from './plan-link.ts';

test('the findings encoding reads defensively: unknown ids, bad values and repeats are ignored', () => {
  assert.deepEqual(parseFindingsParam('test-knee-to-wall-deficit:true,test-heel-raise-count:12,nonsense:1,flat-feet:maybe,back-pain:TRUE,test-heel-raise-count:3,test-heel-raise-painful:true:x,test-knee-to-wall-left-cm:9999,,:'), {
    'test-knee-to-wall-deficit': true, 'test-heel-raise-count': 12, 'back-pain': true,
  });
  assert.deepEqual(parseFindingsParam(''), {});
  assert.deepEqual(parseFindingsParam('__proto__:true,constructor:1'), {});
  assert.deepEqual(parseFindingsParam('test-heel-raise-count:-3,test-heel-raise-count-other-side:1e3'), {});
});

test('encoding keeps only planner findings, in a fixed order, and round-trips', () => {
  const f = { 'flat-feet': true, 'test-heel-raise-count': 12, 'calf-swelling-one-side': true, 'test-heel-raise-painful': 'unknown', 'back-pain': false };
  const s = encodeFindings(f);
  assert.equal(s, 'test-heel-raise-count:12,back-pain:false,flat-feet:true');
  assert.deepEqual(parseFindingsParam(s), { 'test-heel-raise-count': 12, 'back-pain': false, 'flat-feet': true });
});

test('planLinkFor builds the hand-off link from a triage result; none when a red flag fired', () => {
  const result = {
    running: { advice: 'modify' as const }, redFlags: [],
    differential: [{ conditionId: 'achilles-tendinopathy-midportion', running: 'modify' as const }, { conditionId: 'tibial-stress-fracture', running: 'stop' as const }],
    findings: [{ id: 'test-knee-to-wall-deficit', value: true }, { id: 'test-heel-raise-count', value: 8 }, { id: 'pain-morning', value: true }],
  };
  const link = planLinkFor(result);
  assert.equal(link, '/plan/new?condition=achilles-tendinopathy-midportion&advice=modify&findings=test-knee-to-wall-deficit%3Atrue%2Ctest-heel-raise-count%3A8');
  const url = new URL(link ?? '', 'http://x');
  assert.deepEqual(parseFindingsParam(url.searchParams.get('findings') ?? ''), { 'test-knee-to-wall-deficit': true, 'test-heel-raise-count': 8 });
  assert.match(planLinkFor(result, 'tibial-stress-fracture') ?? '', /condition=tibial-stress-fracture&advice=stop/);
  assert.equal(planLinkFor(result, 'not-listed'), null);
  assert.equal(planLinkFor({ ...result, redFlags: [{ id: 'cannot-bear-weight' }] }), null);
  assert.equal(planLinkFor({ ...result, findings: [] }), '/plan/new?condition=achilles-tendinopathy-midportion&advice=modify');
});
