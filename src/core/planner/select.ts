/**
 * Choose a phase's exercises for one runner: personalisation tags, alternatives by equipment (heavy slow
 * resistance in a gym, or heel drops at home), regressions when kit is missing, the dose for the week within
 * the phase, and only exercises that exist in the KB.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { PersonalisationTag, Phase, Prescription } from '../kb/protocol-schema.ts';
import type { Exercise } from '../kb/schema.ts';
import { hasKit } from './equipment.ts';
import type { EquipmentKind, PlannedExercise } from './types.ts';

export interface Selected {
  readonly prescription: Prescription;
  readonly exercise: Exercise;
  /** Set when the KB's regression stands in for an exercise the runner lacks kit for. */
  readonly replaces?: string;
}

const applies = (p: Prescription, tags: ReadonlySet<PersonalisationTag>): boolean =>
  (p.onlyIf === undefined || tags.has(p.onlyIf)) && (p.unless === undefined || !tags.has(p.unless));

/** Follow the KB regression chain until an exercise fits the runner's kit (at most 4 steps). */
function fitKit(kb: KnowledgeBase, ex: Exercise, kit: ReadonlySet<EquipmentKind> | undefined): Exercise | undefined {
  let cur: Exercise | undefined = ex;
  for (let i = 0; i < 5 && cur; i += 1) {
    if (hasKit(cur, kit)) return cur;
    cur = cur.regression ? kb.exerciseById.get(cur.regression) : undefined;
  }
  return undefined;
}

/**
 * The exercises of a phase for this runner, in protocol order. Unknown exercise ids are skipped and reported.
 * @example selectExercises(kb, phase, new Set(['calf-weak']), undefined).selected.map((s) => s.exercise.id)
 */
export function selectExercises(
  kb: KnowledgeBase, phase: Phase, tags: ReadonlySet<PersonalisationTag>, kit: ReadonlySet<EquipmentKind> | undefined,
): { selected: Selected[]; missing: string[]; swapped: string[] } {
  const missing: string[] = [];
  const swapped: string[] = [];
  const wanted = phase.exercises.filter((p) => applies(p, tags));
  // Alternatives: keep the first option of each group whose exercises all fit the kit; else the last option.
  const chosenOption = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const p of wanted) {
    if (p.group === undefined || p.option === undefined) continue;
    const opts = groups.get(p.group) ?? [];
    if (!opts.includes(p.option)) opts.push(p.option);
    groups.set(p.group, opts);
  }
  for (const [group, opts] of groups) {
    const fits = opts.find((o) => wanted.filter((p) => p.group === group && p.option === o).every((p) => {
      const ex = kb.exerciseById.get(p.exerciseId);
      return ex !== undefined && hasKit(ex, kit);
    }));
    chosenOption.set(group, fits ?? opts[opts.length - 1] ?? '');
  }
  const selected: Selected[] = [];
  const seen = new Set<string>();
  for (const p of wanted) {
    if (p.group !== undefined && chosenOption.get(p.group) !== p.option) continue;
    const ex = kb.exerciseById.get(p.exerciseId);
    if (!ex) { missing.push(p.exerciseId); continue; }
    const fit = fitKit(kb, ex, kit);
    if (!fit) { swapped.push(`${ex.name} left out: it needs kit you do not have.`); continue; }
    if (seen.has(fit.id)) continue;
    seen.add(fit.id);
    if (fit.id !== ex.id) {
      swapped.push(`${fit.name} instead of ${ex.name} (kit).`);
      selected.push({ prescription: p, exercise: fit, replaces: ex.id });
    } else selected.push({ prescription: p, exercise: fit });
  }
  return { selected, missing, swapped };
}

/**
 * The dose of a prescription in a given week of its phase (1-based), following its schedule.
 * @example dose(sel, 4) // HSR: 4 sets of 10 at a 10-rep maximum
 */
export function dose(sel: Selected, weekInPhase: number): PlannedExercise {
  const p = sel.prescription;
  const step = [...p.schedule].filter((s) => s.fromWeek <= weekInPhase).sort((a, b) => b.fromWeek - a.fromWeek)[0];
  const reps = step ? step.reps ?? (step.seconds === undefined ? p.reps : undefined) : p.reps;
  const seconds = step ? step.seconds ?? (step.reps === undefined ? p.seconds : undefined) : p.seconds;
  const load = step?.load ?? p.load;
  return {
    exerciseId: sel.exercise.id,
    name: sel.exercise.name,
    role: p.role,
    sets: step?.sets ?? p.sets,
    ...(reps !== undefined ? { reps } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
    perSide: p.perSide,
    timesPerDay: p.timesPerDay,
    restSeconds: p.restSeconds,
    ...(p.tempo !== undefined ? { tempo: p.tempo } : {}),
    ...(load !== undefined ? { load } : {}),
    ...(p.note !== undefined ? { note: p.note } : {}),
    ...(sel.replaces !== undefined ? { replaces: sel.replaces } : {}),
    sources: p.sources,
  };
}
