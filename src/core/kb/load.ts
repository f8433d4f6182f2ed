/**
 * Validate raw KB JSON against the schema and index it. Pure: the caller reads files (src/kb-files).
 * @module
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { KnowledgeBase, RawKnowledgeBase } from './knowledge-base.ts';
import { protocolSchema } from './protocol-schema.ts';
import {
  conditionSchema, exerciseSchema, findingSchema, kbMetaSchema, selfTestSchema, sourceSchema, zoneSchema,
} from './schema.ts';
import { crossCheck } from './cross-check.ts';

/** Thrown when the KB does not validate; `problems` lists every issue, one line each. */
export class KbError extends AppError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('internal', `knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${problems[0] ?? ''}`);
    this.problems = problems;
  }
}

function parseEach<T>(schema: z.ZodType<T>, items: unknown[], what: string, problems: string[]): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) {
      out.push(r.data);
      return;
    }
    const label = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : `#${i}`;
    for (const issue of r.error.issues) {
      problems.push(`${what} ${label}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  });
  return out;
}

function indexById<T extends { id: string }>(items: readonly T[], what: string, problems: string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) problems.push(`${what} ${item.id}: duplicate id`);
    map.set(item.id, item);
  }
  return map;
}

/**
 * Validate without throwing: the KB (possibly partial) and every problem found. Used by `footing kb lint`.
 * @example validateKnowledgeBase(raw).problems // [] when the KB is valid
 */
export function validateKnowledgeBase(raw: RawKnowledgeBase): { kb: KnowledgeBase; problems: string[] } {
  const problems: string[] = [];
  const meta = kbMetaSchema.safeParse(raw.meta);
  if (!meta.success) problems.push(`meta: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  else if (!meta.data.changelog.some((e) => e.version === meta.data.version)) problems.push(`meta: version ${meta.data.version} has no changelog entry`);
  const zones = parseEach(zoneSchema, Array.isArray(raw.zones) ? raw.zones : [], 'zone', problems);
  const sources = parseEach(sourceSchema, raw.sources, 'source', problems);
  const findings = parseEach(findingSchema, raw.findings, 'finding', problems);
  const conditions = parseEach(conditionSchema, raw.conditions, 'condition', problems);
  const exercises = parseEach(exerciseSchema, raw.exercises, 'exercise', problems);
  const selfTests = parseEach(selfTestSchema, raw.selfTests, 'self-test', problems);
  const protocols = parseEach(protocolSchema, raw.protocols, 'protocol', problems);
  const kb: KnowledgeBase = {
    version: meta.success ? meta.data.version : '0.0.0',
    changelog: meta.success ? meta.data.changelog : [],
    zones, findings, conditions, exercises, selfTests, protocols, sources,
    zoneById: indexById(zones, 'zone', problems),
    findingById: indexById(findings, 'finding', problems),
    conditionById: indexById(conditions, 'condition', problems),
    exerciseById: indexById(exercises, 'exercise', problems),
    selfTestById: indexById(selfTests, 'self-test', problems),
    protocolById: indexById(protocols, 'protocol', problems),
    sourceById: indexById(sources, 'source', problems),
  };
  problems.push(...crossCheck(kb));
  return { kb, problems };
}

/**
 * Validate and index the KB; throws `KbError` if anything is wrong, so engines only ever see valid data.
 *
 * @example
 * const kb = loadKnowledgeBase(await readRawKnowledgeBase('kb'));
 * kb.conditionById.get('plantar-fasciitis')?.care.level; // 'selfcare'
 */
export function loadKnowledgeBase(raw: RawKnowledgeBase): KnowledgeBase {
  const { kb, problems } = validateKnowledgeBase(raw);
  if (problems.length > 0) throw new KbError(problems);
  return kb;
}
