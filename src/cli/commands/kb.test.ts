import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_KB_DIR } from '../../kb-files/read-kb.ts';
import { runCli } from '../main.ts';
import { ISSUE_CONDITION_IDS } from '../../../test/kb/issue-ids.ts';

interface Run { code: number; stdout: string; stderr: string }

async function footing(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

function parseArray(stdout: string): Record<string, unknown>[] {
  const value: unknown = JSON.parse(stdout);
  assert.ok(Array.isArray(value));
  return value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}

describe('footing kb lint', () => {
  const tmp: string[] = [];
  after(() => { for (const d of tmp) rmSync(d, { recursive: true, force: true }); });

  /** A fresh copy of the shipped KB with one JSON file changed. */
  function brokenCopy(file: string, change: (json: Record<string, unknown> & unknown[]) => void): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'footing-kb-'));
    tmp.push(dir);
    cpSync(DEFAULT_KB_DIR, dir, { recursive: true });
    const full = path.join(dir, file);
    const json = JSON.parse(readFileSync(full, 'utf8'));
    change(json);
    writeFileSync(full, JSON.stringify(json, null, 2));
    return dir;
  }

  /** Lint must fail with exit 1, print one line per problem and a count, and name the expected problem. */
  async function expectProblem(dir: string, expected: RegExp): Promise<string[]> {
    const r = await footing('kb', 'lint', '--dir', dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    const summary = lines.pop() ?? '';
    const m = /^error: knowledge base has (\d+) problems?$/.exec(summary);
    assert.ok(m, `summary line: ${summary}`);
    assert.equal(lines.length, Number(m[1]), 'one line per problem');
    assert.ok(lines.some((l) => expected.test(l)), `no line matches ${expected}:\n${lines.join('\n')}`);
    return lines;
  }

  test('passes on the shipped knowledge base', async () => {
    const r = await footing('kb', 'lint');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^knowledge base \d+\.\d+\.\d+ is valid: 4\d conditions/);
    const json = await footing('kb', 'lint', '--json');
    assert.equal(json.code, 0);
    assert.deepEqual(JSON.parse(json.stdout).problems, []);
  });

  test('fails on an unknown id', async () => {
    const dir = brokenCopy('conditions/plantar-fasciitis.json', (c) => {
      const ev = c.evidence as { finding: string }[];
      if (ev[0]) ev[0].finding = 'pain-on-the-moon';
    });
    await expectProblem(dir, /^condition plantar-fasciitis: evidence names unknown finding "pain-on-the-moon"$/);
  });

  test('fails on an unknown zone or protocol id', async () => {
    const dir = brokenCopy('conditions/gout.json', (c) => {
      c.zones = ['big-toe', 'elbow'];
      c.protocol = 'no-such-protocol';
    });
    const lines = await expectProblem(dir, /^condition gout: unknown zone "elbow"$/);
    assert.ok(lines.includes('condition gout: unknown protocol "no-such-protocol"'));
  });

  test('fails on a condition with too few discriminating findings', async () => {
    const dir = brokenCopy('conditions/mortons-neuroma.json', (c) => {
      c.evidence = (c.evidence as unknown[]).slice(0, 2);
    });
    await expectProblem(dir, /^condition mortons-neuroma: too few discriminating findings/);
  });

  test('fails on a probability out of range', async () => {
    const dir = brokenCopy('conditions/calf-strain.json', (c) => {
      const ev = c.evidence as Record<string, unknown>[];
      ev[0] = { finding: ev[0]?.finding, sens: 1.4, spec: 0.8, basis: 'judgement', sources: [] };
    });
    await expectProblem(dir, /^condition calf-strain: evidence\.0\.sens: /);
  });

  test('fails on a red flag without a level of care', async () => {
    const selfcare = brokenCopy('conditions/achilles-rupture.json', (c) => {
      (c.care as Record<string, unknown>).level = 'selfcare';
    });
    await expectProblem(selfcare, /^condition achilles-rupture: red flag without a level of care/);
    const missing = brokenCopy('conditions/deep-vein-thrombosis.json', (c) => {
      delete (c.care as Record<string, unknown>).level;
    });
    await expectProblem(missing, /^condition deep-vein-thrombosis: care\.level: /);
  });

  test('fails on an exercise without an illustration', async () => {
    const dir = brokenCopy('exercises/clamshell.json', (x) => {
      delete x.illustration;
    });
    await expectProblem(dir, /^exercise clamshell: illustration: /);
  });

  test('fails on a citation missing from the bibliography', async () => {
    const dir = brokenCopy('conditions/sesamoiditis.json', (c) => {
      (c.sources as string[]).push('nobody-2099');
    });
    await expectProblem(dir, /^condition sesamoiditis: cites unknown source "nobody-2099"$/);
  });

  test('fails on lexicon entries colliding across findings', async () => {
    const dir = brokenCopy('findings/general.json', (findings) => {
      const list = findings as { id: string; lexicon?: string[] }[];
      const from = list.find((f) => f.id === 'pain-first-steps');
      const to = list.find((f) => f.id === 'pain-after-run');
      const phrase = from?.lexicon?.[0];
      assert.ok(phrase && to, 'fixture findings exist');
      to.lexicon = [...(to.lexicon ?? []), phrase.toUpperCase()];
    });
    await expectProblem(dir, /^lexicon: ".+" belongs to both pain-first-steps and pain-after-run$/);
  });
});

describe('footing kb listings', () => {
  let conditions: Record<string, unknown>[] = [];
  before(async () => {
    const r = await footing('kb', 'conditions', '--json');
    assert.equal(r.code, 0, r.stderr);
    conditions = parseArray(r.stdout);
  });

  test('conditions --json has every issue id with name, zones and red-flag status', () => {
    const ids = conditions.map((c) => c.id);
    for (const id of ISSUE_CONDITION_IDS) assert.ok(ids.includes(id), `missing ${id}`);
    for (const c of conditions) {
      assert.equal(typeof c.name, 'string');
      assert.ok(Array.isArray(c.zones) && c.zones.length > 0, `${String(c.id)} zones`);
      assert.equal(typeof c.redFlag, 'boolean');
    }
    assert.equal(conditions.find((c) => c.id === 'deep-vein-thrombosis')?.redFlag, true);
    assert.equal(conditions.find((c) => c.id === 'plantar-fasciitis')?.redFlag, false);
  });

  test('findings, self-tests and exercises --json list their ids', async () => {
    const findings = parseArray((await footing('kb', 'findings', '--json')).stdout);
    const fids = findings.map((f) => f.id);
    for (const id of ['pain-first-steps', 'onset-sudden', 'injury-rolled-ankle', 'cannot-bear-weight', 'test-heel-raise-count']) {
      assert.ok(fids.includes(id), `finding ${id}`);
    }
    assert.ok(findings.every((f) => typeof f.question === 'string' && Array.isArray(f.lexicon)));
    const tests = parseArray((await footing('kb', 'self-tests', '--json')).stdout);
    assert.ok(tests.length >= 10);
    assert.ok(tests.some((t) => t.id === 'knee-to-wall'));
    const exercises = parseArray((await footing('kb', 'exercises', '--json')).stdout);
    assert.ok(exercises.length >= 50);
    assert.ok(exercises.some((x) => x.id === 'eccentric-heel-drop-straight-knee' && typeof x.purpose === 'string'));
  });

  test('plain listings print one line per entry', async () => {
    const r = await footing('kb', 'conditions');
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trimEnd().split('\n').length, conditions.length);
    assert.match(r.stdout, /^deep-vein-thrombosis\s+⚠ urgent/m);
  });

  test('show ID describes one entity, as text or JSON', async () => {
    const text = await footing('kb', 'show', 'plantar-fasciitis');
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Heel pain from the plantar fascia \(Plantar fasciitis/);
    assert.match(text.stdout, /Sources:\n {2}- /);
    const json = await footing('kb', 'show', 'calf-raise-single', '--json');
    assert.equal(json.code, 0);
    assert.equal(JSON.parse(json.stdout).id, 'calf-raise-single');
    const missing = await footing('kb', 'show', 'no-such-thing');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^error: no condition, finding.* "no-such-thing"\n$/);
  });

  test('an unknown sub-command or flag is bad input: exit 2 with the usage line', async () => {
    const r = await footing('kb', 'frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^error: unknown kb sub-command "frobnicate"\nusage: footing kb /);
    const flag = await footing('kb', 'conditions', '--colour');
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /^error: unknown option --colour/);
    const noId = await footing('kb', 'show');
    assert.equal(noId.code, 2);
  });
});
