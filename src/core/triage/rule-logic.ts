/**
 * A tiny, data-like condition language for red-flag rules, evaluated three-valued: a rule is true, false,
 * or still open (unknown) given the answers so far. "Unknown" is never read as "no".
 * @module
 */
import type { FindingValue } from './types.ts';

/** A rule condition over findings. */
export type Cond =
  | { readonly yes: string }
  /** The finding was answered "no" (an answered no is a fact; unknown stays open). */
  | { readonly no: string }
  /**
   * True unless the inner condition is known to hold: the way a rule says "…unless we know X" (a clear reason to
   * stand down). Unknown never stands a rule down, so it is decided now and never left open.
   */
  | { readonly except: Cond }
  | { readonly num: string; readonly min?: number; readonly max?: number }
  | { readonly is: string; readonly value: string }
  | { readonly all: readonly Cond[] }
  | { readonly any: readonly Cond[] }
  /** Weighted count (Wells-style): true when the points of true parts reach `min`. */
  | { readonly points: readonly (readonly [Cond, number])[]; readonly min: number };

export type Truth = true | false | 'unknown';

/** Result: the truth value and the findings that made it true (for "fired by"). */
export interface Eval {
  readonly truth: Truth;
  readonly fired: readonly string[];
}

/** Lookup of the current value of a finding (undefined when never answered). */
export type Lookup = (id: string) => FindingValue | undefined;

function leaf(value: FindingValue | undefined, test: (v: FindingValue) => boolean, id: string): Eval {
  if (value === undefined || value === 'unknown') return { truth: 'unknown', fired: [] };
  return test(value) ? { truth: true, fired: [id] } : { truth: false, fired: [] };
}

/**
 * Evaluate a condition three-valued.
 * @example evalCond({ all: [{ yes: 'a' }, { yes: 'b' }] }, (id) => (id === 'a' ? true : undefined)).truth // 'unknown'
 */
export function evalCond(c: Cond, get: Lookup): Eval {
  if ('yes' in c) return leaf(get(c.yes), (v) => v === true, c.yes);
  if ('no' in c) return leaf(get(c.no), (v) => v === false, c.no);
  if ('except' in c) return { truth: truthOf(c.except, get) !== true, fired: [] };
  if ('num' in c) {
    return leaf(get(c.num), (v) => typeof v === 'number' && (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max), c.num);
  }
  if ('is' in c) return leaf(get(c.is), (v) => v === c.value, c.is);
  if ('all' in c) {
    const parts = c.all.map((p) => evalCond(p, get));
    if (parts.some((p) => p.truth === false)) return { truth: false, fired: [] };
    if (parts.every((p) => p.truth === true)) return { truth: true, fired: parts.flatMap((p) => p.fired) };
    return { truth: 'unknown', fired: [] };
  }
  if ('any' in c) {
    const parts = c.any.map((p) => evalCond(p, get));
    const yes = parts.filter((p) => p.truth === true);
    if (yes.length > 0) return { truth: true, fired: yes.flatMap((p) => p.fired) };
    if (parts.every((p) => p.truth === false)) return { truth: false, fired: [] };
    return { truth: 'unknown', fired: [] };
  }
  let got = 0;
  let open = 0;
  const fired: string[] = [];
  for (const [part, pts] of c.points) {
    const e = evalCond(part, get);
    if (e.truth === true) {
      got += pts;
      fired.push(...e.fired);
    } else if (e.truth === 'unknown') open += Math.max(pts, 0);
  }
  if (got >= c.min) return { truth: true, fired };
  if (got + open < c.min) return { truth: false, fired: [] };
  return { truth: 'unknown', fired: [] };
}

/**
 * Only the truth value of `evalCond` (same three-valued logic), without collecting the findings that fired: what the
 * question scorer needs many times per assessment, so it allocates nothing.
 * @example truthOf({ any: [{ yes: 'a' }, { yes: 'b' }] }, (id) => (id === 'a' ? true : undefined)) // true
 */
export function truthOf(c: Cond, get: Lookup): Truth {
  if ('yes' in c) return leafTruth(get(c.yes), (v) => v === true);
  if ('no' in c) return leafTruth(get(c.no), (v) => v === false);
  if ('except' in c) return truthOf(c.except, get) !== true;
  if ('num' in c) return leafTruth(get(c.num), (v) => typeof v === 'number' && (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max));
  if ('is' in c) return leafTruth(get(c.is), (v) => v === c.value);
  if ('all' in c) {
    let open = false;
    for (const p of c.all) {
      const t = truthOf(p, get);
      if (t === false) return false;
      if (t === 'unknown') open = true;
    }
    return open ? 'unknown' : true;
  }
  if ('any' in c) {
    let open = false;
    for (const p of c.any) {
      const t = truthOf(p, get);
      if (t === true) return true;
      if (t === 'unknown') open = true;
    }
    return open ? 'unknown' : false;
  }
  let got = 0;
  let open = 0;
  for (const [part, pts] of c.points) {
    const t = truthOf(part, get);
    if (t === true) got += pts;
    else if (t === 'unknown') open += Math.max(pts, 0);
  }
  if (got >= c.min) return true;
  if (got + open < c.min) return false;
  return 'unknown';
}

function leafTruth(value: FindingValue | undefined, test: (v: FindingValue) => boolean): Truth {
  if (value === undefined || value === 'unknown') return 'unknown';
  return test(value);
}

/**
 * Every finding id a condition mentions (for checking rules against the KB and choosing questions).
 * @example condFindings({ any: [{ yes: 'a' }, { num: 'b', min: 3 }] }) // ['a', 'b']
 */
export function condFindings(c: Cond): string[] {
  if ('yes' in c) return [c.yes];
  if ('no' in c) return [c.no];
  if ('except' in c) return condFindings(c.except);
  if ('num' in c) return [c.num];
  if ('is' in c) return [c.is];
  if ('all' in c) return c.all.flatMap(condFindings);
  if ('any' in c) return c.any.flatMap(condFindings);
  return c.points.flatMap(([p]) => condFindings(p));
}
