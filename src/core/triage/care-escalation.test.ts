/**
 * A condition's own "…unless" raises the level of care: posterior tibial tendon pain is self-care until the arch
 * drops or tiptoe fails; a bump on the inner midfoot in a teenager is X-rayed. Structured answers, so the test is
 * about the care rule, not about reading text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';

const kb = await readKnowledgeBase();
const level = (evidence: Record<string, boolean | number | string>): { level: string; reason: string; top: string | undefined } => {
  const r = assess(kb, { evidence }, { today: '2026-11-22' });
  return { level: r.triage.level, reason: r.triage.reason, top: r.differential[0]?.conditionId };
};

const tendon = { 'pain-inside-ankle': true, 'onset-gradual': true, 'pain-after-run': true, 'flat-feet': true, 'duration-weeks': 4, 'age-years': 45 };

test('posterior tibial tendon pain: self-care, but a flattening arch or a failed heel raise means a clinician', () => {
  const plain = level(tendon);
  assert.equal(plain.top, 'posterior-tibial-tendinopathy');
  assert.equal(plain.level, 'selfcare');
  for (const sign of ['arch-flattening', 'test-heel-raise-unable', 'test-heel-raise-no-inversion']) {
    const raised = level({ ...tendon, [sign]: true });
    assert.equal(raised.level, 'doctor', sign);
    assert.match(raised.reason, /tendon/, sign);
  }
  assert.equal(level({ ...tendon, 'arch-flattening': false }).level, 'selfcare', 'a "no" does not escalate');
});

const bump = { 'pain-inside-of-foot': true, 'lump-or-thickening': true, 'worse-tight-shoes': true, 'onset-gradual': true, 'duration-weeks': 5 };

test('a sore bump on the inner midfoot: X-ray in a teenager; the age rule does not fire for an adult', () => {
  const teen = level({ ...bump, 'age-years': 15 });
  assert.equal(teen.top, 'accessory-navicular-syndrome');
  assert.equal(teen.level, 'doctor');
  assert.match(teen.reason, /X-ray/);
  // In an adult the extra bone is rarely the cause, so the list is unsure and that alone may ask for a look.
  assert.doesNotMatch(level({ ...bump, 'age-years': 34 }).reason, /X-ray/);
});

test('a warning-sign condition sets the level at a low probability only when something said points to it', async () => {
  const { decideCare } = await import('./care.ts');
  const marginal = new Map<string, number>([['plantar-fasciitis', 0.7], ['foot-infection', 0.15]]);
  const post = { scores: [], marginal, other: 0.05, pairs: [] };
  const none = decideCare(kb, [], post, () => undefined, true);
  assert.equal(none.level, 'selfcare', 'location and history alone do not make a 15% infection urgent');
  const redness = decideCare(kb, [], post, (id) => (id === 'redness' ? true : undefined), true);
  assert.equal(redness.level, 'urgent', 'redness points to the infection, so 15% is enough');
});
