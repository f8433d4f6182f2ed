import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceSchema } from './schema.ts';

const source = (url: string) => ({ id: 'lopes-2012', kind: 'review', citation: 'Lopes AD et al. Sports Med 2012;42:891-905.', url });

test('a source link must be http(s): the About page renders it as a link', () => {
  assert.equal(sourceSchema.safeParse(source('https://doi.org/10.2165/11631170-000000000-00000')).success, true);
  assert.equal(sourceSchema.safeParse(source('http://example.org/paper')).success, true);
  for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'not a url']) {
    const r = sourceSchema.safeParse(source(bad));
    assert.equal(r.success, false, bad);
  }
});

test('ids are kebab-case, so they are safe in URLs, HTML ids and attributes', () => {
  assert.equal(sourceSchema.safeParse({ ...source('https://x.org'), id: 'Lopes 2012"><b>' }).success, false);
});
