/**
 * A small per-knowledge-base memory of pure results. An assessment session re-sends the same description with
 * every answer, so reading it again each step is wasted work; the result depends only on the KB, the text and the
 * date, so remembering it cannot change an answer. Bounded, so a server that reads many texts stays small.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';

/** Entries kept per knowledge base (oldest forgotten first). */
export const REMEMBERED = 64;

/** Look up `key` under `kb`, computing and keeping the result on a miss. */
export type Remember<T> = (kb: KnowledgeBase, key: string, compute: () => T) => T;

/**
 * A memory for results of one kind.
 * @example const remember = createMemory<Understood>(); remember(kb, 'my heel hurts', () => read()) // computed once
 */
export function createMemory<T>(): Remember<T> {
  const memory = new WeakMap<KnowledgeBase, Map<string, T>>();
  return (kb, key, compute) => {
    let m = memory.get(kb);
    if (!m) {
      m = new Map();
      memory.set(kb, m);
    }
    const hit = m.get(key);
    if (hit !== undefined) {
      // Refresh its place so the most recently used stay.
      m.delete(key);
      m.set(key, hit);
      return hit;
    }
    const value = compute();
    m.set(key, value);
    if (m.size > REMEMBERED) {
      const oldest = m.keys().next().value;
      if (oldest !== undefined) m.delete(oldest);
    }
    return value;
  };
}
