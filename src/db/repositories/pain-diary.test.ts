import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../../test/support/dialects.ts';
import { painDiaryRepository } from './pain-diary.ts';
import { usersRepository } from './users.ts';

forEachDialect('pain diary repository', (ctx) => {
  test('one entry per day: a second save replaces the first', async () => {
    const db = ctx.database().db;
    const repo = painDiaryRepository(db);
    const u = await usersRepository(db).insert({ email: 'p1@example.org', name: 'P', role: 'runner' });
    const first = await repo.put({ userId: u.id, date: '2024-05-01', painDuring: 2, painAfter: 3, painNextMorning: null, stiffness: 1, note: 'heel' });
    const second = await repo.put({ userId: u.id, date: '2024-05-01', painDuring: 4, painAfter: 5, painNextMorning: 6, stiffness: 2, note: null });
    assert.equal(second.id, first.id);
    assert.equal(second.painNextMorning, 6);
    assert.equal(second.note, null);
    assert.equal(second.date, '2024-05-01');
    assert.equal((await repo.listByUser(u.id)).length, 1);
  });

  test('lists a date range newest first, deletes, and rejects scores above 10', async () => {
    const db = ctx.database().db;
    const repo = painDiaryRepository(db);
    const u = await usersRepository(db).insert({ email: 'p2@example.org', name: 'P', role: 'runner' });
    for (const d of ['2024-05-01', '2024-05-03', '2024-05-09']) await repo.put({ userId: u.id, date: d, painDuring: 1, painAfter: 1, painNextMorning: 1, stiffness: null, note: null });
    assert.deepEqual((await repo.listByUser(u.id, { from: '2024-05-02', to: '2024-05-09' })).map((e) => e.date), ['2024-05-09', '2024-05-03']);
    assert.equal(await repo.delete(u.id, '2024-05-03'), true);
    assert.equal(await repo.delete(u.id, '2024-05-03'), false);
    await assert.rejects(repo.put({ userId: u.id, date: '2024-05-10', painDuring: 11, painAfter: null, painNextMorning: null, stiffness: null, note: null }));
  });
});
