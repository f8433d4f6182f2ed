/**
 * Checks that span entities: every referenced id exists, lexicon phrases are unambiguous, conditions can be told
 * apart, red flags carry a level of care. The schema checks shapes; this checks meaning.
 * @module
 */
import type { KnowledgeBase } from './knowledge-base.ts';
import { careLevels, type Condition, type Evidence, type Finding } from './schema.ts';

/**
 * Lower-case, collapse whitespace and strip punctuation so "First steps," and "first steps" collide.
 * @example normalisePhrase('  First  steps, ') // 'first steps'
 */
export function normalisePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/[^\p{L}\p{N}\s/']/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Minimum evidence a condition needs to be told apart from its neighbours. */
export const MIN_EVIDENCE = 6;
export const MIN_DISCRIMINATING = 3;

/**
 * The LR+ and LR− of an evidence entry (given, or from sensitivity and specificity). An entry is discriminating if
 * it moves the odds at least two-fold either way.
 * @example likelihoodRatios({ findingId: 'x', lrPlus: 3, lrMinus: 0.5, basis: 'judgement', sources: [] }) // { plus: 3, minus: 0.5 }
 */
export function likelihoodRatios(e: Evidence): { plus: number; minus: number } {
  if (e.lrPlus !== undefined && e.lrMinus !== undefined) return { plus: e.lrPlus, minus: e.lrMinus };
  const sens = e.sens ?? 0.5;
  const spec = e.spec ?? 0.5;
  // Clamp so 100% specificity gives a large but finite LR+ (the engine caps it again).
  const plus = sens / Math.max(1 - spec, 0.01);
  const minus = Math.max(1 - sens, 0.01) / Math.max(spec, 0.01);
  return { plus, minus };
}

/** A `match` must suit its finding's type: none for yes/no, an option for a choice or side, a range for a number. */
function checkMatch(c: Condition, f: Finding, match: Evidence['match'], problems: string[]): void {
  if (f.type === 'boolean' && match !== undefined) problems.push(`condition ${c.id}: boolean finding ${f.id} takes no match`);
  if ((f.type === 'choice' || f.type === 'side') && typeof match !== 'string') {
    problems.push(`condition ${c.id}: ${f.type} finding ${f.id} needs match = an option value`);
  }
  if (f.type === 'choice' && typeof match === 'string' && !f.options?.some((o) => o.value === match)) {
    problems.push(`condition ${c.id}: finding ${f.id} has no option "${match}"`);
  }
  if (f.type === 'number' && (typeof match !== 'object' || match === null)) {
    problems.push(`condition ${c.id}: number finding ${f.id} needs match = {min?, max?}`);
  }
}

/**
 * An evidence entry or an escalation names a known finding with a match that suits it, and cites known sources.
 * Returns false when the finding is unknown (nothing more can be checked).
 */
function checkReference(
  kb: KnowledgeBase, c: Condition, what: 'evidence' | 'escalation',
  ref: { finding: string; match?: Evidence['match']; sources: readonly string[] }, problems: string[],
): boolean {
  const f = kb.findingById.get(ref.finding);
  if (!f) {
    problems.push(`condition ${c.id}: ${what} names unknown finding "${ref.finding}"`);
    return false;
  }
  checkMatch(c, f, ref.match, problems);
  for (const s of ref.sources) if (!kb.sourceById.has(s)) problems.push(`condition ${c.id}: ${what} ${ref.finding} cites unknown source "${s}"`);
  return true;
}

/** An escalation names a known finding, cites known sources and asks for more care than the condition's own level. */
function checkEscalations(kb: KnowledgeBase, c: Condition, problems: string[]): void {
  for (const x of c.care.escalate) {
    if (!checkReference(kb, c, 'escalation', x, problems)) continue;
    // careLevels runs from most to least urgent.
    if (careLevels.indexOf(x.level) >= careLevels.indexOf(c.care.level)) problems.push(`condition ${c.id}: escalation ${x.finding} does not raise the level of care`);
  }
}

function checkEvidence(kb: KnowledgeBase, c: Condition, problems: string[]): void {
  let discriminating = 0;
  for (const e of c.evidence) {
    if (!checkReference(kb, c, 'evidence', e, problems)) continue;
    const { plus, minus } = likelihoodRatios(e);
    if (plus >= 2 || minus <= 0.5) discriminating += 1;
  }
  if (c.evidence.length < MIN_EVIDENCE || discriminating < MIN_DISCRIMINATING) {
    problems.push(`condition ${c.id}: too few discriminating findings (${c.evidence.length} evidence, ${discriminating} discriminating; need ${MIN_EVIDENCE} and ${MIN_DISCRIMINATING})`);
  }
}

function checkConditions(kb: KnowledgeBase, problems: string[]): void {
  for (const c of kb.conditions) {
    for (const z of c.zones) if (!kb.zoneById.has(z)) problems.push(`condition ${c.id}: unknown zone "${z}"`);
    const cited = [...c.sources, ...c.prior.sources, ...c.recovery.sources];
    for (const s of cited) if (!kb.sourceById.has(s)) problems.push(`condition ${c.id}: cites unknown source "${s}"`);
    if (kb.protocols.length > 0 && !kb.protocolById.has(c.protocol)) problems.push(`condition ${c.id}: unknown protocol "${c.protocol}"`);
    if (c.redFlag && c.care.level === 'selfcare') problems.push(`condition ${c.id}: red flag without a level of care above selfcare`);
    if (c.recovery.minWeeks > c.recovery.maxWeeks) problems.push(`condition ${c.id}: recovery minWeeks > maxWeeks`);
    checkEvidence(kb, c, problems);
    checkEscalations(kb, c, problems);
  }
}

function checkFindings(kb: KnowledgeBase, problems: string[]): void {
  const owner = new Map<string, string>();
  const claim = (phrase: string, id: string): void => {
    const key = normalisePhrase(phrase);
    const prev = owner.get(key);
    if (prev !== undefined && prev !== id) problems.push(`lexicon: "${key}" belongs to both ${prev} and ${id}`);
    else owner.set(key, id);
  };
  for (const f of kb.findings) {
    if (f.zone && !kb.zoneById.has(f.zone)) problems.push(`finding ${f.id}: unknown zone "${f.zone}"`);
    if (f.selfTest && kb.selfTests.length > 0 && !kb.selfTestById.has(f.selfTest)) problems.push(`finding ${f.id}: unknown self-test "${f.selfTest}"`);
    if (f.type === 'choice' && (f.options?.length ?? 0) < 2) problems.push(`finding ${f.id}: a choice needs at least two options`);
    if (f.type === 'number' && f.min !== undefined && f.max !== undefined && f.min >= f.max) problems.push(`finding ${f.id}: min must be below max`);
    for (const p of f.lexicon) claim(p, f.id);
    for (const p of f.negLexicon) claim(p, `${f.id} (no)`);
    for (const o of f.options ?? []) for (const p of o.lexicon) claim(p, `${f.id}=${o.value}`);
  }
}

function checkExercisesAndTests(kb: KnowledgeBase, problems: string[]): void {
  for (const x of kb.exercises) {
    for (const ref of [x.progression, x.regression]) {
      if (ref !== undefined && !kb.exerciseById.has(ref)) problems.push(`exercise ${x.id}: unknown exercise "${ref}"`);
    }
    for (const s of [...x.sources, ...x.dosage.sources]) if (!kb.sourceById.has(s)) problems.push(`exercise ${x.id}: cites unknown source "${s}"`);
    if (Object.keys(x.illustration.start).length === 0 || Object.keys(x.illustration.end).length === 0) {
      problems.push(`exercise ${x.id}: illustration needs a start and an end pose`);
    }
  }
  for (const t of kb.selfTests) {
    for (const f of [...t.findings, ...t.contraindicatedBy]) if (!kb.findingById.has(f)) problems.push(`self-test ${t.id}: unknown finding "${f}"`);
    for (const s of t.sources) if (!kb.sourceById.has(s)) problems.push(`self-test ${t.id}: cites unknown source "${s}"`);
  }
}

/** Walk protocol data generically: any `exerciseId`/`exercise` string must name an exercise, any `sources` a source. */
function checkProtocols(kb: KnowledgeBase, problems: string[]): void {
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v) => walk(v, where));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'exerciseId' || k === 'exercise') && typeof v === 'string' && !kb.exerciseById.has(v)) {
        problems.push(`${where}: unknown exercise "${v}"`);
      } else if (k === 'sources' && Array.isArray(v)) {
        for (const s of v) if (typeof s === 'string' && !kb.sourceById.has(s)) problems.push(`${where}: cites unknown source "${s}"`);
      } else walk(v, where);
    }
  };
  for (const p of kb.protocols) walk(p, `protocol ${p.id}`);
}

/**
 * Every cross-entity problem in the KB, one line each (empty when clean).
 * @example
 * crossCheck(kb); // ['condition gout: unknown zone "big-toes"']
 */
export function crossCheck(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  checkConditions(kb, problems);
  checkFindings(kb, problems);
  checkExercisesAndTests(kb, problems);
  checkProtocols(kb, problems);
  return problems;
}
