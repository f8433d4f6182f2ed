import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from './logger.ts';

test('one JSON object per line, time/level/msg first, below-level lines dropped', () => {
  const lines: string[] = [];
  const log = createLogger('info', (l) => lines.push(l));
  log.debug('hidden');
  log.info('listening', { port: 3000 });
  assert.equal(lines.length, 1);
  assert.ok(lines[0]?.endsWith('\n'));
  const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  assert.deepEqual(Object.keys(entry), ['time', 'level', 'msg', 'port']);
  assert.equal(entry.level, 'info');
});

test('fields cannot overwrite the level or the message', () => {
  const lines: string[] = [];
  createLogger('debug', (l) => lines.push(l)).error('request failed', { level: 'info', msg: 'all fine' });
  const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  assert.equal(entry.level, 'error');
  assert.equal(entry.msg, 'request failed');
});

test('silent writes nothing', () => {
  const lines: string[] = [];
  createLogger('silent', (l) => lines.push(l)).error('x');
  assert.deepEqual(lines, []);
});
