/**
 * "Where my Achilles joins the heel bone", "the heel tab digs into the back of the heel": once the runner has put the
 * pain at the back of the heel, a bare mention of the heel ("heel", "the heel bone", "my heels") names the same bone,
 * not its underside. The zone lexicon reads a bare heel as the underside (the usual meaning when nothing else is
 * said), so here a bare heel gives way to a back-of-heel place said in the same text; words that really place the pain
 * underneath ("bottom", "under", "heel pad", "sole") keep the underside. Judgement, from how runners and clinicians
 * name the insertion and the bursa.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { KnownFinding } from '../types.ts';

/** Words that put the pain under the heel rather than just naming the heel. */
const UNDERSIDE = /\b(?:bottom|bottoms|under|underneath|underside|beneath|below|sole|soles|pad|base|plantar|tubercle|fascia|inside|inner|medial|outside|outer|lateral|middle|centre|center|arch)\b/;

/**
 * Drop underside-of-heel findings read only from a bare heel word when the text puts the pain at the back of the heel.
 * @example dropBareHeel(kb, 'back of my heel, where it joins the heel bone', found) // no 'pain-heel-underside'
 */
export function dropBareHeel(kb: KnowledgeBase, text: string, found: readonly KnownFinding[]): KnownFinding[] {
  const back = found.some((f) => f.value === true && (f.id === 'pain-back-of-heel' || kb.findingById.get(f.id)?.zone === 'back-of-heel'));
  if (!back) return [...found];
  return found.filter((f) => !(f.id === 'pain-heel-underside' && f.value === true && f.span !== undefined
    && !UNDERSIDE.test(text.slice(f.span[0], f.span[1]).toLowerCase())));
}
