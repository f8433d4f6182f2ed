import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../../test/support/dialects.ts';
import { usersRepository } from './users.ts';

forEachDialect('users repository', (ctx) => {
  test('ensureOwner creates the owner once and returns the same row after', async () => {
    const repo = usersRepository(ctx.database().db);
    const a = await repo.ensureOwner('Owner@Localhost');
    const b = await repo.ensureOwner('owner@localhost');
    assert.equal(a.id, b.id);
    assert.equal(a.role, 'owner');
    assert.equal(a.email, 'owner@localhost');
    assert.match(a.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  test('emails are unique', async () => {
    const repo = usersRepository(ctx.database().db);
    await repo.insert({ email: 'sam@example.org', name: 'Sam', role: 'runner' });
    await assert.rejects(repo.insert({ email: 'SAM@example.org', name: 'Sam again', role: 'runner' }));
  });

  test('units preference round-trips', async () => {
    const repo = usersRepository(ctx.database().db);
    const u = await repo.insert({ email: 'priya@example.org', name: 'Priya', role: 'runner' });
    assert.equal(u.units, 'km');
    await repo.setUnits(u.id, 'mi');
    assert.equal((await repo.findById(u.id))?.units, 'mi');
  });
});
