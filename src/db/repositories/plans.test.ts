import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../../test/support/dialects.ts';
import { usersRepository } from './users.ts';
import { plansRepository } from './plans.ts';

forEachDialect('plans repository', (ctx) => {
  test('a plan round-trips with its JSON request and position', async () => {
    const db = ctx.database().db;
    const user = await usersRepository(db).insert({ email: 'sam-plans@example.org', name: 'Sam', role: 'runner' });
    const repo = plansRepository(db);
    const p = await repo.create({ userId: user.id, protocolId: 'plantar-heel', conditionId: 'plantar-fasciitis', request: { weeks: 12, profile: { equipment: ['band'] } }, position: { phaseIndex: 0, runStage: 0 }, startDate: '2026-03-02', today: '2026-03-02' });
    const back = await repo.findById(p.id);
    assert.deepEqual(back?.request, { weeks: 12, profile: { equipment: ['band'] } });
    assert.deepEqual(back?.position, { phaseIndex: 0, runStage: 0 });
    assert.equal(back?.status, 'active');
    assert.equal(back?.startDate, '2026-03-02');
    await repo.updateState(p.id, { position: { phaseIndex: 1, runStage: 2 }, phaseStart: '2026-03-16', lastStep: '2026-03-16', lastProgress: '2026-03-16', pausedUntil: null, status: 'see-clinician' });
    const moved = await repo.findById(p.id);
    assert.deepEqual(moved?.position, { phaseIndex: 1, runStage: 2 });
    assert.equal(moved?.status, 'see-clinician');
    assert.equal((await repo.listByUser(user.id)).length, 1);
  });

  test('one check-in per day: a second replaces the first; listed oldest first', async () => {
    const db = ctx.database().db;
    const user = await usersRepository(db).insert({ email: 'priya-plans@example.org', name: 'Priya', role: 'runner' });
    const repo = plansRepository(db);
    const p = await repo.create({ userId: user.id, protocolId: 'ankle-sprain', conditionId: 'sprain', request: {}, position: {}, startDate: null, today: '2026-03-02' });
    await repo.putCheckin({ planId: p.id, date: '2026-03-03', data: { painMorning: 2 }, decision: 'hold', rule: 'within-limits', reason: 'ok' });
    await repo.putCheckin({ planId: p.id, date: '2026-03-02', data: { painMorning: 1 }, decision: 'hold', rule: 'within-limits', reason: 'ok' });
    await repo.putCheckin({ planId: p.id, date: '2026-03-03', data: { painMorning: 6 }, decision: 'regress', rule: 'over-limit', reason: 'too much' });
    const list = await repo.listCheckins(p.id);
    assert.deepEqual(list.map((c) => [c.date, c.decision]), [['2026-03-02', 'hold'], ['2026-03-03', 'regress']]);
    assert.deepEqual(list[1]?.data, { painMorning: 6 });
  });
});
