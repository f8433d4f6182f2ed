/**
 * The hand-off from an assessment to a new plan: a link to
 * `/plan/new?condition=ID&advice=stop|modify|continue&findings=ENCODED`, where ENCODED lists only the findings the
 * planner uses, as `id:value` pairs joined by commas: `test-knee-to-wall-deficit:true,test-heel-raise-count:12`.
 * Values are `true`, `false` or a number. Reading is defensive: unknown ids, bad values, repeats beyond the
 * first and anything past {@link MAX_FINDINGS} pairs are ignored, never an error.
 * @module
 */
import type { PlanAssessment } from './types.ts';

/** Findings the planner personalises by (personalise.ts). Anything else in a link is ignored. */
export const PLAN_FINDINGS: Readonly<Record<string, 'boolean' | 'number'>> = {
  'test-knee-to-wall-deficit': 'boolean',
  'test-knee-to-wall-left-cm': 'number',
  'test-knee-to-wall-right-cm': 'number',
  'test-heel-raise-count': 'number',
  'test-heel-raise-count-other-side': 'number',
  'test-heel-raise-deficit': 'boolean',
  'test-heel-raise-unable': 'boolean',
  'test-heel-raise-painful': 'boolean',
  'test-tiptoe-stand-painful': 'boolean',
  'pain-tiptoe': 'boolean',
  'test-single-leg-balance-unsteady': 'boolean',
  'previous-ankle-sprains': 'boolean',
  'character-giving-way': 'boolean',
  'back-pain': 'boolean',
  'flat-feet': 'boolean',
};

/** Most pairs read from one link (there are only this many planner findings). */
export const MAX_FINDINGS = Object.keys(PLAN_FINDINGS).length;

/** Largest number accepted (heel raises, centimetres): anything bigger is a typo or a tampered link. */
const MAX_NUMBER = 200;

function readValue(kind: 'boolean' | 'number', raw: string): boolean | number | undefined {
  if (kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= MAX_NUMBER ? n : undefined;
}

/**
 * Read a `findings=` value. Never throws.
 * @example parseFindingsParam('test-heel-raise-count:12,flat-feet:true,nonsense:1') // { 'test-heel-raise-count': 12, 'flat-feet': true }
 */
export function parseFindingsParam(param: string): Record<string, boolean | number> {
  const out: Record<string, boolean | number> = {};
  for (const pair of param.slice(0, 2000).split(',').slice(0, MAX_FINDINGS * 2)) {
    const [id = '', raw = '', extra] = pair.trim().split(':');
    const kind = Object.hasOwn(PLAN_FINDINGS, id) ? PLAN_FINDINGS[id] : undefined;
    if (!kind || extra !== undefined || Object.hasOwn(out, id)) continue;
    const value = readValue(kind, raw.trim().toLowerCase());
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/**
 * Encode the planner's findings for a link: planner findings only, booleans and finite numbers only, in a fixed
 * order (so the same findings always give the same link). "Unknown" answers are left out.
 * @example encodeFindings({ 'flat-feet': true, 'test-heel-raise-count': 12 }) // 'test-heel-raise-count:12,flat-feet:true'
 */
export function encodeFindings(findings: PlanAssessment['findings']): string {
  const parts: string[] = [];
  for (const [id, kind] of Object.entries(PLAN_FINDINGS)) {
    const v = findings[id];
    if (kind === 'boolean' && typeof v === 'boolean') parts.push(`${id}:${v}`);
    if (kind === 'number' && typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_NUMBER) parts.push(`${id}:${Math.round(v * 100) / 100}`);
  }
  return parts.join(',');
}

/** The parts of a triage result the link needs (a `TriageResult` fits). */
export interface PlanLinkSource {
  readonly running: { readonly advice: 'stop' | 'modify' | 'continue' };
  readonly redFlags: readonly unknown[];
  readonly differential: readonly { readonly conditionId: string; readonly running?: 'stop' | 'modify' | 'continue' }[];
  readonly findings: readonly { readonly id: string; readonly value: boolean | number | string }[];
}

/**
 * The link that starts a plan from a triage result, for its top condition or the one named. Null when a red flag
 * fired (no plan until a clinician has seen the runner) or the condition is not in the result.
 * The running advice is the overall one (it already takes the red flags and every listed condition into account),
 * made stricter by the condition's own advice when that says stop.
 * @example planLinkFor(result) // '/plan/new?condition=achilles-tendinopathy-midportion&advice=modify&findings=test-heel-raise-count%3A12'
 */
export function planLinkFor(result: PlanLinkSource, conditionId?: string): string | null {
  if (result.redFlags.length > 0) return null;
  const entry = conditionId === undefined ? result.differential[0] : result.differential.find((d) => d.conditionId === conditionId);
  if (!entry) return null;
  const advice = entry.running === 'stop' ? 'stop' : result.running.advice;
  const findings: Record<string, boolean | number | string> = {};
  for (const f of result.findings) findings[f.id] = f.value;
  const encoded = encodeFindings(findings);
  const q = new URLSearchParams({ condition: entry.conditionId, advice });
  if (encoded) q.set('findings', encoded);
  return `/plan/new?${q.toString()}`;
}
