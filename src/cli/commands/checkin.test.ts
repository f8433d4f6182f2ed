import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/database.ts';
import { plansRepository } from '../../db/repositories/plans.ts';
import { usersRepository } from '../../db/repositories/users.ts';
import type { CliIo } from '../command.ts';
import { checkinCommand, runCheckin } from './checkin.ts';
import { planCommand, runPlan } from './plan.ts';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { addDays } from '../../core/planner/dates.ts';
import { readStateFile } from '../../core/planner/journal-schema.ts';
import { getPlan } from '../../services/plans.ts';

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

test('file mode adapts the plan exactly like the database: same decisions, same plan, clearance included', async () => {
  const dir = await dataDir();
  try {
    const env = { DATA_DIR: dir };
    const state = path.join(dir, 'state.json');
    const deps = (today: string) => ({ kb: async () => kb, today: () => today, env });
    const made = capture();
    assert.equal(await runPlan(['--condition', 'achilles-tendinopathy', '--start', '2026-03-02', '--store', '--json'], made.io, deps('2026-03-02')), 0, made.err.join(''));
    const { id } = JSON.parse(made.out.join('')) as { id: string };
    assert.equal(await runPlan(['--condition', 'achilles-tendinopathy', '--start', '2026-03-02', '--save', state], capture().io, deps('2026-03-02')), 0);
    const steps: [string, string[]][] = [
      ...Array.from({ length: 9 }, (_, n): [string, string[]] => [addDays('2026-03-02', n), ['--morning', '1', '--during', '2', '--after', '1']]),
      ['2026-03-11', ['--morning', '2', '--during', '8', '--after', '4']],
      ['2026-03-12', ['--morning', '1', '--new', 'calf-swelling-one-side']],
      ['2026-03-13', ['--morning', '0']],
      ['2026-03-16', ['--cleared', '--note', 'GP: scan clear', '--phase', 'settle']],
      ['2026-03-17', ['--morning', '1', '--during', '2', '--after', '1']],
    ];
    for (const [date, args] of steps) {
      const db = capture();
      const file = capture();
      assert.equal(await runCheckin([...args, '--date', date, '--json'], db.io, deps(date)), 0, `${date} db: ${db.err.join('')}`);
      assert.equal(await runCheckin([...args, '--date', date, '--json', '--state', state], file.io, deps(date)), 0, `${date} file: ${file.err.join('')}`);
      const a = JSON.parse(db.out.join('')) as Record<string, unknown>;
      const b = JSON.parse(file.out.join('')) as Record<string, unknown>;
      assert.deepEqual([b.decision, b.rule, b.reason, b.status, b.position], [a.decision, a.rule, a.reason, a.status, a.position], date);
    }
    const saved = JSON.parse(await readFile(state, 'utf8')) as { version: number; log: { decision: { decision: string; note?: string } }[]; history: unknown[] };
    assert.equal(saved.version, 2);
    assert.equal(saved.log.length, 13, 'the check-in made while waiting changes nothing, so it is not in the log');
    assert.deepEqual(saved.log.map((l) => l.decision.decision).slice(-4), ['regress', 'see-clinician', 'resume', 'hold']);
    assert.equal(saved.log.find((l) => l.decision.decision === 'resume')?.decision.note, 'GP: scan clear');
    assert.equal(saved.history.length, 13, 'the check-in made while waiting is kept in the history');
    const database = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'footing.db') });
    try {
      const owner = await usersRepository(database.db).ensureOwner('owner@localhost');
      const fromDb = await getPlan({ id: owner.id, email: owner.email, role: 'owner', units: 'km', timeZone: 'UTC' }, { database, kb }, id);
      assert.equal(fromDb.result.status, 'plan');
      assert.deepEqual(readStateFile(kb, saved, '2026-03-17').plan, fromDb.result.status === 'plan' ? fromDb.result.plan : null);
    } finally {
      await database.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('footing checkin --cleared: only on a plan waiting for a clinician; text output names the restart; a version 1 state file is upgraded', async () => {
  const dir = await dataDir();
  try {
    const state = path.join(dir, 'old.json');
    const deps = { kb: async () => kb, today: () => '2026-03-05' };
    const request = { assessment: { conditionId: 'sprain', runningAdvice: 'modify', redFlags: [], findings: {} }, startDate: '2026-03-02' };
    const v1 = { version: 1, request, protocolId: 'ankle-sprain', position: { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0, runCleared: true }, phaseStart: '2026-03-02', lastStep: '2026-03-02', lastProgress: '2026-03-02', history: [{ date: '2026-03-02', painMorning: 1, sessionsDone: 1, sessionsPlanned: 1 }] };
    await writeFile(state, JSON.stringify(v1));
    const early = capture();
    assert.equal(await runCheckin(['--cleared', '--state', state], early.io, deps), 2);
    assert.match(early.err.join(''), /^error: this plan is not waiting for a clinician/);
    assert.equal(early.err.length, 1);
    const flag = capture();
    assert.equal(await runCheckin(['--morning', '1', '--new', 'calf-swelling-one-side', '--date', '2026-03-03', '--state', state], flag.io, deps), 0, flag.err.join(''));
    assert.match(flag.out.join(''), /^see-clinician: You reported calf-swelling-one-side/);
    const same = capture();
    assert.equal(await runCheckin(['--cleared', '--date', '2026-03-03', '--state', state], same.io, deps), 2);
    assert.match(same.err.join(''), /dated after 2026-03-03/);
    const bad = capture();
    assert.equal(await runCheckin(['--note', 'x', '--morning', '1', '--state', state], bad.io, deps), 2);
    const ok = capture();
    assert.equal(await runCheckin(['--cleared', '--note', 'Doppler scan clear', '--morning', '0', '--state', state], ok.io, deps), 0, ok.err.join(''));
    assert.match(ok.out.join(''), /^resume: A clinician has seen you and cleared you[^\n]*\n(hold|progress): /);
    const saved = JSON.parse(await readFile(state, 'utf8')) as { version: number; status: string; log: { date: string; decision: { decision: string } }[] };
    assert.equal(saved.version, 2);
    assert.equal(saved.status, 'active');
    assert.deepEqual(saved.log.map((l) => [l.date, l.decision.decision]).slice(-3), [['2026-03-03', 'see-clinician'], ['2026-03-05', 'resume'], ['2026-03-05', saved.log.at(-1)?.decision.decision]]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
