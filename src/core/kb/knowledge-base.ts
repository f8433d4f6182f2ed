/**
 * The validated, indexed knowledge base that the engines read.
 * @module
 */
import type { Condition, Exercise, Finding, SelfTest, Source, Zone } from './schema.ts';
import type { Protocol } from './protocol-schema.ts';

export interface KnowledgeBase {
  readonly version: string;
  readonly changelog: readonly { version: string; date: string; changes: string[] }[];
  readonly zones: readonly Zone[];
  readonly findings: readonly Finding[];
  readonly conditions: readonly Condition[];
  readonly exercises: readonly Exercise[];
  readonly selfTests: readonly SelfTest[];
  readonly protocols: readonly Protocol[];
  readonly sources: readonly Source[];
  readonly zoneById: ReadonlyMap<string, Zone>;
  readonly findingById: ReadonlyMap<string, Finding>;
  readonly conditionById: ReadonlyMap<string, Condition>;
  readonly exerciseById: ReadonlyMap<string, Exercise>;
  readonly selfTestById: ReadonlyMap<string, SelfTest>;
  readonly protocolById: ReadonlyMap<string, Protocol>;
  readonly sourceById: ReadonlyMap<string, Source>;
}

/** Raw JSON as read from `kb/` (one entry per file or array), before validation. */
export interface RawKnowledgeBase {
  meta: unknown;
  zones: unknown;
  sources: unknown[];
  findings: unknown[];
  conditions: unknown[];
  exercises: unknown[];
  selfTests: unknown[];
  protocols: unknown[];
}
