/**
 * How likely a bone stress injury or fracture is, summed over the conditions that mean "stop running": shared by
 * the running advice (stop) and the level of care (get it checked), so the two never disagree.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { Posterior } from './differential.ts';

/** Summed probability of a bone stress injury or fracture at which running stops and a check is needed. */
export const BONE_STOP_THRESHOLD = 0.25;

/**
 * The summed probability of the bone conditions whose advice is to stop, and the most likely one's name.
 * @example boneStressShare(kb, post) // { p: 0.31, name: 'Tibial stress fracture' }
 */
export function boneStressShare(kb: KnowledgeBase, post: Posterior): { p: number; name: string } {
  const ranked = [...post.marginal.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let p = 0;
  let name = '';
  for (const [id, q] of ranked) {
    const c = kb.conditionById.get(id);
    if (c && (c.category === 'bone-stress' || c.category === 'fracture') && c.running.advice === 'stop') {
      p += q;
      if (!name) name = c.name;
    }
  }
  return { p, name };
}
