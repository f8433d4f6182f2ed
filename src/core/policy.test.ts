import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';
import { authorize, authorizeRecord, checkPolicy, NOT_FOUND_MESSAGES, POLICIES, ruleFor, SIGN_IN_MESSAGES, type Action, type Subject } from './policy.ts';

const ana: Actor = { id: 'u-ana', email: 'ana@example.org', role: 'runner', units: 'km', timeZone: 'UTC' };
const ben: Actor = { id: 'u-ben', email: 'ben@example.org', role: 'runner', units: 'mi', timeZone: 'UTC' };
const anasRecord = { userId: ana.id };

const ACTIONS: readonly Action[] = ['read', 'create', 'update', 'delete'];
const isSubject = (s: string): s is Subject => s in POLICIES;
const SUBJECTS: readonly Subject[] = Object.keys(POLICIES).filter(isSubject);

/** The code of the AppError `fn` throws, or 'ok'. */
function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

test('the table, spelled out: who may do what', () => {
  const seen: Record<string, Record<string, string>> = {};
  for (const s of SUBJECTS) {
    seen[s] = {};
    for (const a of ACTIONS) {
      const r = ruleFor(s, a);
      if (r !== null) seen[s][a] = r;
    }
  }
  // A change to who-may-do-what must change this test too: it is the product decision, written out.
  assert.deepEqual(seen, {
    triage: { create: 'anyone' },
    knowledge: { read: 'anyone' },
    plan: { read: 'owner', create: 'account', update: 'owner' },
    activity: { read: 'owner', create: 'account', update: 'owner', delete: 'owner' },
    shoe: { read: 'owner', create: 'account', update: 'owner' },
    'pain-entry': { read: 'owner', create: 'account', delete: 'owner' },
    import: { read: 'owner', create: 'account' },
    preferences: { read: 'account', update: 'account' },
    training: { read: 'account' },
  });
});

test('every cell behaves as its rule says, for anonymous, the owner and someone else', () => {
  for (const s of SUBJECTS) {
    for (const a of ACTIONS) {
      const rule = ruleFor(s, a);
      const run = (actor: Actor | null, record?: { userId: string }) => outcome(() => checkPolicy(actor, a, s, record));
      const where = `${a} ${s}`;
      if (rule === null) {
        // Not in the table: nobody may, signed in or not.
        assert.equal(run(ana), 'forbidden', where);
        assert.equal(run(null), 'forbidden', where);
        continue;
      }
      assert.equal(run(null), rule === 'anyone' ? 'ok' : 'unauthorised', where);
      assert.equal(run(ana), 'ok', where);
      assert.equal(run(ana, anasRecord), 'ok', where);
      // Someone else's record looks missing under an owner rule; the other rules do not look at records.
      assert.equal(run(ben, anasRecord), rule === 'owner' ? 'not_found' : 'ok', where);
    }
  }
});

test('every subject that needs an account has a sign-in message, and every owned one a not-found message', () => {
  for (const s of SUBJECTS) {
    const rules = ACTIONS.map((a) => ruleFor(s, a)).filter((r) => r !== null);
    assert.equal(s in SIGN_IN_MESSAGES, rules.some((r) => r !== 'anyone'), s);
    assert.equal(s in NOT_FOUND_MESSAGES, rules.includes('owner'), s);
  }
  assert.throws(() => authorize(null, 'create', 'plan'), { code: 'unauthorised', message: 'sign in to keep a plan' });
  assert.throws(() => authorize(null, 'read', 'training'), { code: 'unauthorised', message: 'sign in to keep a training log' });
  assert.throws(() => authorize(ben, 'update', 'shoe', anasRecord), { code: 'not_found', message: 'no such shoe' });
});

test('authorize returns the actor: possibly null for open actions, always present for the others', () => {
  assert.equal(authorize(null, 'create', 'triage'), null);
  assert.equal(authorize(ana, 'read', 'knowledge'), ana);
  const actor: Actor = authorize(ana, 'read', 'activity', anasRecord);
  assert.equal(actor.id, ana.id);
});

test('authorizeRecord: missing and someone else’s look the same; anonymous is told to sign in first', () => {
  const rec = { id: 'p1', userId: ana.id, status: 'active' };
  assert.equal(authorizeRecord(ana, 'read', 'plan', rec), rec);
  const missing = outcome(() => authorizeRecord(ana, 'read', 'plan', undefined));
  const others = outcome(() => authorizeRecord(ben, 'read', 'plan', rec));
  assert.deepEqual([missing, others], ['not_found', 'not_found']);
  assert.throws(() => authorizeRecord(ana, 'delete', 'activity', null), { message: 'no such activity' });
  assert.throws(() => authorizeRecord(ben, 'delete', 'activity', { userId: ana.id }), { message: 'no such activity' });
  assert.equal(outcome(() => authorizeRecord(null, 'read', 'plan', rec)), 'unauthorised');
  assert.equal(outcome(() => authorizeRecord(null, 'read', 'plan', undefined)), 'unauthorised');
});

test('a clinician is, for now, just another account: no access to a runner’s records', () => {
  const clinician: Actor = { ...ben, role: 'clinician' };
  for (const s of ['plan', 'activity', 'shoe', 'import'] as const) {
    assert.equal(outcome(() => checkPolicy(clinician, 'read', s, anasRecord)), 'not_found', s);
  }
});

test('the types hold the table too: unlisted actions do not compile, open actions may give null', () => {
  // @ts-expect-error plans have no delete in the table
  assert.equal(outcome(() => authorize(ana, 'delete', 'plan')), 'forbidden');
  // @ts-expect-error anyone may assess, so the actor may be null
  const mustBeSomeone: Actor = authorize(null, 'create', 'triage');
  assert.equal(mustBeSomeone, null);
});
