/**
 * Scripted question-and-answer sessions for the benchmark and the determinism snapshot: start from a description,
 * answer each next question the way a runner might (pseudo-randomly but deterministically, from a seed and the
 * finding id, so no clock or randomness is involved), and keep the input at every step. The answers are plausible,
 * not clinically coherent: the point is realistic shapes of evidence (5–15 answers), not a realistic diagnosis.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { assess } from './assess.ts';
import type { AssessInput, AssessOptions, EvidenceInput, NextQuestion } from './types.ts';

/** FNV-1a hash of a string to [0, 1): the walk's only source of variety. */
export function unitHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 0x100000000;
}

/** Chance a scripted runner answers a yes/no question "yes" (judgement: most questions are answered no). */
const YES_RATE = 0.35;
/** Chance a scripted runner ticks one item of the red-flag screen. */
const SCREEN_TICK_RATE = 0.03;
/** Chance of "I don't know". */
const UNKNOWN_RATE = 0.08;

function answer(q: NextQuestion, seed: string): EvidenceInput[] {
  if (q.kind === 'red-flag-screen') {
    return (q.items ?? []).map((i) => ({ id: i.findingId, value: unitHash(`${seed}:${i.findingId}`) < SCREEN_TICK_RATE }));
  }
  const id = q.findingId;
  if (id === null) return [];
  const r = unitHash(`${seed}:${id}`);
  if (r < UNKNOWN_RATE) return [{ id, value: 'unknown' }];
  switch (q.type) {
    case 'boolean':
      return [{ id, value: r < UNKNOWN_RATE + YES_RATE }];
    case 'choice':
    case 'side': {
      const options = q.options ?? [];
      const o = options[Math.floor(r * options.length) % Math.max(1, options.length)];
      return o ? [{ id, value: o.value }] : [];
    }
    case 'number': {
      const min = q.min ?? 0;
      const max = q.max ?? min + 20;
      return [{ id, value: Math.round(min + r * (max - min)) }];
    }
    case 'multi':
      return [];
  }
}

/**
 * The inputs of one scripted session: the description alone, then the description with 1, 2, … answers, until the
 * engine stops asking or `maxSteps` questions were answered. The red-flag screen counts as one step.
 * @example walkSession(kb, { text: 'my heel hurts' }, 'a', 10).length // up to 11 inputs
 */
export function walkSession(kb: KnowledgeBase, start: AssessInput, seed: string, maxSteps: number, options: AssessOptions = {}): AssessInput[] {
  const evidence: EvidenceInput[] = [];
  const inputs: AssessInput[] = [start];
  let r = assess(kb, start, options);
  for (let step = 0; step < maxSteps && r.nextQuestion; step++) {
    const given = answer(r.nextQuestion, seed);
    if (given.length === 0) break;
    evidence.push(...given);
    const input: AssessInput = { ...start, evidence: [...evidenceOf(start), ...evidence] };
    inputs.push(input);
    r = assess(kb, input, options);
  }
  return inputs;
}

function evidenceOf(input: AssessInput): EvidenceInput[] {
  const e = input.evidence;
  if (e === undefined) return [];
  return Array.isArray(e) ? [...e] : Object.entries(e).map(([id, value]) => ({ id, value }));
}

/** How many questions an input has answered: findings given as evidence, the screen counting as one. */
export function answersIn(kb: KnowledgeBase, input: AssessInput): number {
  const ids = evidenceOf(input).map((e) => e.id);
  const screen = ids.filter((id) => kb.findingById.get(id)?.redFlag === true).length;
  return ids.length - screen + (screen > 0 ? 1 : 0);
}
