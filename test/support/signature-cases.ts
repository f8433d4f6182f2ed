/**
 * Shared shape and check for the "signature" tests (src/core/triage/signature-*.test.ts): short presentations of a
 * condition, each asserting the rank it must reach, the readings that carry it and, where it matters, the least care.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base.ts';
import type { CareLevel } from '../../src/core/kb/schema.ts';
import { assess } from '../../src/core/triage/assess.ts';
import { careRank } from '../../src/core/triage/levels.ts';
import type { FindingValue } from '../../src/core/triage/types.ts';

/** One presentation and what the engine must make of it. */
export interface SignatureCase {
  readonly text: string;
  readonly condition: string;
  /** 1: must lead the differential; 3: must be in the first three. */
  readonly within: 1 | 3;
  /** Findings that must be read with these values. */
  readonly findings?: Readonly<Record<string, FindingValue>>;
  /** Findings that must not be read as present. */
  readonly notPresent?: readonly string[];
  /** The level of care must be at least this. */
  readonly level?: CareLevel;
}

/**
 * Register one test per case.
 * @example checkSignatures(kb, [{ text: 'heel hurts first thing', condition: 'plantar-fasciitis', within: 1 }])
 */
export function checkSignatures(kb: KnowledgeBase, cases: readonly SignatureCase[]): void {
  for (const c of cases) {
    test(`${c.condition} (top ${c.within}): ${c.text.slice(0, 60)}…`, () => {
      const r = assess(kb, { text: c.text }, { today: '2026-11-22' });
      const ids = r.differential.map((d) => d.conditionId);
      const rank = ids.indexOf(c.condition) + 1;
      assert.ok(rank >= 1 && rank <= c.within, `${c.condition} at rank ${rank || 'absent'}; top: ${ids.slice(0, 3).join(', ')}`);
      for (const [id, value] of Object.entries(c.findings ?? {})) {
        assert.deepEqual(r.findings.find((f) => f.id === id)?.value, value, `finding ${id}`);
      }
      for (const id of c.notPresent ?? []) {
        assert.notEqual(r.findings.find((f) => f.id === id)?.value, true, `${id} must not be read`);
      }
      if (c.level) assert.ok(careRank(r.triage.level) >= careRank(c.level), `level ${r.triage.level}, want at least ${c.level}`);
    });
  }
}
