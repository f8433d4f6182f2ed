import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';
import { AppError } from '../core/errors.ts';

test('defaults bind to localhost on port 3000 with SQLite in ./data', () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.HOST, '127.0.0.1');
  assert.equal(c.DATA_DIR, './data');
  assert.equal(c.DATABASE_URL, undefined);
});

test('flags override the environment', () => {
  assert.equal(loadConfig({ PORT: '4000' }, { PORT: '5000' }).PORT, 5000);
});

test('a bad value names the variable and what is allowed, in one line', () => {
  assert.throws(() => loadConfig({ PORT: 'abc' }), (err: unknown) => {
    assert.ok(err instanceof AppError);
    assert.match(err.message, /^invalid PORT="abc": .*1-65535/);
    assert.equal(err.message.includes('\n'), false);
    return true;
  });
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /invalid DATABASE_URL/);
  assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /invalid LOG_LEVEL/);
});

test('a bad DATABASE_URL is named but never echoed (it may hold a password)', () => {
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgress://runner:hunter2@db/footing' }), (err: unknown) =>
    err instanceof Error && /invalid DATABASE_URL/.test(err.message) && !err.message.includes('hunter2'));
});

test('the owner email may be a local address but must look like one', () => {
  assert.equal(loadConfig({ OWNER_EMAIL: 'me@localhost' }).OWNER_EMAIL, 'me@localhost');
  assert.throws(() => loadConfig({ OWNER_EMAIL: 'not an email' }), /invalid OWNER_EMAIL/);
});
