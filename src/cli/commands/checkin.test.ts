import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/database.ts';
import { plansRepository } from '../../db/repositories/plans.ts';
import { usersRepository } from '../../db/repositories/users.ts';
import type { CliIo } from '../command.ts';
import { checkinCommand, runCheckin } from './checkin.ts';
import { planCommand, runPlan } from './plan.ts';
import { fixtureKb } from '../../../test/support/planner-kb.ts';

const kb = fixtureKb();
function capture(env: Record<string, string | undefined> = {}): { out: string[]; err: string[]; io: CliIo } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => { out.push(t); }, stderr: (t) => { err.push(t); }, isTTY: false, env } };
}
async function dataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'footing-checkin-db-'));
}

test('footing plan --store saves the plan in the database; footing checkin records into it and prints the decision', async () => {
  const dir = await dataDir();
  try {
    const env = { DATA_DIR: dir };
    const deps = { kb: async () => kb, today: () => '2026-03-02', env };
    const made = capture();
    assert.equal(await runPlan(['--condition', 'achilles-tendinopathy', '--store', '--json'], made.io, deps), 0, made.err.join(''));
    const plan = JSON.parse(made.out.join('')) as { id: string; startDate: string };
    assert.match(plan.id, /^[0-9a-f-]{36}$/);
    assert.equal(plan.startDate, '2026-03-02');

    const ok = capture();
    assert.equal(await runCheckin(['--morning', '1', '--during', '3', '--after', '2'], ok.io, deps), 0, ok.err.join(''));
    assert.match(ok.out.join(''), /^hold: Within your limits/);
    const flare = capture();
    assert.equal(await runCheckin(['--morning', '2', '--during', '8', '--date', '2026-03-03', '--json'], flare.io, deps), 0);
    const d = JSON.parse(flare.out.join('')) as { planId: string; decision: string; reason: string };
    assert.equal(d.planId, plan.id);
    assert.equal(d.decision, 'regress');
    assert.match(d.reason, /above the limit of 5/);

    const database = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'footing.db') });
    try {
      const stored = await plansRepository(database.db).listCheckins(plan.id);
      assert.deepEqual(stored.map((c) => [c.date, c.decision]), [['2026-03-02', 'hold'], ['2026-03-03', 'regress']]);
    } finally {
      await database.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('footing checkin --user records on that runner\'s plan; unknown users and missing plans are one-line errors (exit 2)', async () => {
  const dir = await dataDir();
  try {
    const env = { DATA_DIR: dir };
    const deps = { kb: async () => kb, today: () => '2026-03-02', env };
    const none = capture();
    assert.equal(await runCheckin(['--morning', '1'], none.io, deps), 2);
    assert.match(none.err.join(''), /^error: no plan yet/);
    const database = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'footing.db') });
    await usersRepository(database.db).insert({ email: 'priya@example.org', name: 'Priya', role: 'runner' });
    await database.close();
    const made = capture();
    assert.equal(await runPlan(['--condition', 'sprain', '--store', '--user', 'priya@example.org', '--json'], made.io, deps), 0, made.err.join(''));
    const { id } = JSON.parse(made.out.join('')) as { id: string };
    const theirs = capture();
    assert.equal(await runCheckin(['--morning', '0', '--user', 'priya@example.org', '--json'], theirs.io, deps), 0, theirs.err.join(''));
    assert.equal((JSON.parse(theirs.out.join('')) as { planId: string }).planId, id);
    // The owner has no plan of their own and cannot reach Priya's by id.
    const foreign = capture();
    assert.equal(await runCheckin(['--morning', '0', '--plan', id], foreign.io, deps), 2);
    assert.equal(foreign.err.join(''), 'error: no such plan\n');
    const stranger = capture();
    assert.equal(await runCheckin(['--morning', '0', '--user', 'nobody@example.org'], stranger.io, deps), 2);
    assert.match(stranger.err.join(''), /^error: no account with the email nobody@example.org\n$/);
    const mixed = capture();
    assert.equal(await runCheckin(['--morning', '0', '--state', 'x.json', '--user', 'priya@example.org'], mixed.io, deps), 2);
    assert.equal(mixed.err.length, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the registered commands use the shipped KB and the io environment', async () => {
  const dir = await dataDir();
  try {
    const made = capture({ DATA_DIR: dir });
    assert.equal(await planCommand.run(['--condition', 'plantar-fasciitis', '--store'], made.io), 0, made.err.join(''));
    assert.match(made.out.join(''), /Saved as plan [0-9a-f-]{36}\./);
    const c = capture({ DATA_DIR: dir });
    assert.equal(await checkinCommand.run(['--morning', '1', '--during', '2', '--after', '1'], c.io), 0, c.err.join(''));
    assert.match(c.out.join(''), /^(hold|progress): /);
    const help = capture();
    assert.equal(await checkinCommand.run(['--help'], help.io), 0);
    assert.match(help.out.join(''), /--user EMAIL/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
