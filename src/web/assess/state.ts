/**
 * The assessment's state, carried between steps in one hidden form field as JSON — never kept on the server.
 * It holds the runner's own words (for the highlighted chips), the evidence so far, and a history of steps so
 * "Back" can undo exactly one step. Everything here is pure; the client may tamper with the field, so it is
 * validated on every request and the engine re-checks every finding id and value.
 * @module
 */
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../../core/triage/index.ts';
import type { EvidenceInput, FindingValue } from '../../core/triage/index.ts';

const valueSchema = z.union([z.boolean(), z.number(), z.string().min(1).max(100)]);

const entrySchema = z.strictObject({
  id: z.string().min(1).max(100),
  value: valueSchema,
  source: z.enum(['text', 'answer']),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
});

/** What one step changed: each touched finding as it was before the step (prev null when it was absent). */
const stepSchema = z.strictObject({
  kind: z.enum(['where', 'question']),
  before: z.array(z.strictObject({ id: z.string().min(1).max(100), prev: entrySchema.nullable() })).max(100),
});

/** The longest text the state carries: the first description plus added words, each at most MAX_TEXT_LENGTH. */
export const MAX_STATE_TEXT = MAX_TEXT_LENGTH * 2 + 1;

/**
 * A condition the runner named in their words ("pretty sure it's PF"): not a chip, but a small hint the engine
 * weighs, so the state carries it from the words to every later step (the engine re-checks the condition id).
 */
const hintSchema = z.strictObject({
  conditionId: z.string().min(1).max(100),
  phrase: z.string().min(1).max(200),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});

const stateSchema = z.strictObject({
  v: z.literal(1),
  text: z.string().max(MAX_STATE_TEXT),
  evidence: z.array(entrySchema).max(500),
  history: z.array(stepSchema).max(200),
  hints: z.array(hintSchema).max(50).optional(),
});

/** One piece of evidence in the state. */
export type StateEntry = z.infer<typeof entrySchema>;
/** One self-diagnosis hint in the state. */
export type StateHint = z.infer<typeof hintSchema>;
/** One undoable step. */
export type HistoryStep = z.infer<typeof stepSchema>;
/** The whole state of an assessment in progress. */
export type AssessState = z.infer<typeof stateSchema>;

/** A fresh state, optionally with the runner's words and what was understood from them (findings and hints). */
export function newState(text = '', evidence: readonly StateEntry[] = [], hints: readonly StateHint[] = []): AssessState {
  return { v: 1, text, evidence: [...evidence], history: [], ...(hints.length > 0 ? { hints: [...hints] } : {}) };
}

/**
 * Hints as the state keeps them, spans shifted by `offset` (words added after the first description).
 * @example stateHints([{ conditionId: 'gout', phrase: 'gout', span: [0, 4] }], 5)[0]?.span // [5, 9]
 */
export function stateHints(hints: readonly { conditionId: string; phrase: string; span: readonly [number, number] }[], offset = 0): StateHint[] {
  return hints.map((h) => ({ conditionId: h.conditionId, phrase: h.phrase.slice(0, 200), span: [h.span[0] + offset, h.span[1] + offset] }));
}

/** What the engine takes from the state: the evidence and the self-diagnosis hints, never the text again. */
export function engineInput(state: AssessState): { evidence: EvidenceInput[]; hints?: StateHint[] } {
  return { evidence: evidenceOf(state), ...(state.hints && state.hints.length > 0 ? { hints: state.hints } : {}) };
}

/** Serialise for the hidden field (hono's html escapes it in the attribute). */
export function encodeState(state: AssessState): string {
  return JSON.stringify(state);
}

/**
 * Read the hidden field; null when it is missing or not a valid state (the route then starts again).
 * @example decodeState(encodeState(newState('sore heel')))?.text // 'sore heel'
 */
export function decodeState(raw: unknown): AssessState | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = stateSchema.safeParse(json);
  return r.success ? r.data : null;
}

/** The evidence as the engine takes it. */
export function evidenceOf(state: AssessState): EvidenceInput[] {
  return state.evidence.map((e) => ({ id: e.id, value: e.value, source: e.source, ...(e.span ? { span: e.span } : {}) }));
}

/** Current value of a finding in the state, or undefined. */
export function valueOf(state: AssessState, id: string): FindingValue | undefined {
  return state.evidence.find((e) => e.id === id)?.value;
}

/** A change to make in one step: set a finding to a value, or remove it (null). */
export type Change = readonly [id: string, value: FindingValue | null];

function applyChanges(evidence: readonly StateEntry[], changes: readonly Change[]): StateEntry[] {
  let out = [...evidence];
  for (const [id, value] of changes) {
    const i = out.findIndex((e) => e.id === id);
    if (value === null) {
      out = out.filter((e) => e.id !== id);
    } else if (i >= 0) {
      const old = out[i];
      // An unchanged value keeps where it came from (and its highlighted words).
      if (old && old.value !== value) out[i] = { id, value, source: 'answer' };
    } else {
      out.push({ id, value, source: 'answer' });
    }
  }
  return out;
}

/**
 * Apply one step's answers and remember how to undo it.
 * @example applyStep(newState(), 'question', [['swelling', false]]).history.length // 1
 */
export function applyStep(state: AssessState, kind: HistoryStep['kind'], changes: readonly Change[]): AssessState {
  const before = changes.map(([id]) => ({ id, prev: state.evidence.find((e) => e.id === id) ?? null }));
  return { ...state, evidence: applyChanges(state.evidence, changes), history: [...state.history, { kind, before }] };
}

/** Edit the evidence without recording a step (chip edits before the questions start). */
export function editEvidence(state: AssessState, changes: readonly Change[]): AssessState {
  return { ...state, evidence: applyChanges(state.evidence, changes) };
}

/**
 * Undo the last step. Returns the state before it, which step it was, and the answers it had given (to show
 * them again, pre-filled). Restored entries keep their original source and span.
 * @example undoStep(applyStep(newState(), 'question', [['swelling', false]])).given.get('swelling') // false
 */
export function undoStep(state: AssessState): { state: AssessState; step: HistoryStep | null; given: Map<string, FindingValue> } {
  const step = state.history.at(-1);
  if (!step) return { state, step: null, given: new Map() };
  const given = new Map<string, FindingValue>();
  let evidence = [...state.evidence];
  for (const { id, prev } of step.before) {
    const now = evidence.find((e) => e.id === id);
    if (now) given.set(id, now.value);
    evidence = evidence.filter((e) => e.id !== id);
    if (prev) evidence.push(prev);
  }
  return { state: { ...state, evidence, history: state.history.slice(0, -1) }, step, given };
}
