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
 * The tendon tied to the heel by a verb of joining: "where my Achilles plugs into the heel bone", "the tendon anchors
 * onto my heel", "where the achilles inserts on the heel" (dev19). Any such verb names the insertion, the back of
 * the heel, however it is worded, so a fixed phrase list (forum-families.ts) cannot hold them all.
 */
const INSERTION = /\b(?:achilles|tendon)\b[^.!?;]{0,25}?\b(?:plugs?|goes|going|joins?|joining|meets?|meeting|attach(?:es|ed|ing)?|inserts?|inserting|anchors?|anchoring|connects?|connecting|hooks?|fixes|sticks?|blends?|merges?)\s+(?:(?:in|into|onto|on|to|with)\s+)?(?:the\s+|my\s+|his\s+|her\s+)?heel/;

const FINE_AFTER = /^(?:\s+bone)?\s+(?:is|feels|seems)\s+(?:fine|ok|okay|normal|not sore|pain[- ]free)|^(?:\s+bone)?\s+(?:doesn'?t|does not|never) hurt/;

/**
 * Drop underside-of-heel findings read only from a bare heel word when the text puts the pain at the back of the heel.
 * @example dropBareHeel(kb, 'back of my heel, where it joins the heel bone', found) // no 'pain-heel-underside'
 */
export function dropBareHeel(kb: KnowledgeBase, text: string, found: readonly KnownFinding[]): KnownFinding[] {
  const lower = text.toLowerCase();
  const found0 = INSERTION.exec(lower);
  // "Where the achilles joins the heel is fine": the insertion named only to say it does not hurt.
  const insertion = found0 && !FINE_AFTER.test(lower.slice(found0.index + found0[0].length)) ? found0 : null;
  const back = insertion !== null || found.some((f) => f.value === true && (f.id === 'pain-back-of-heel' || kb.findingById.get(f.id)?.zone === 'back-of-heel'));
  if (!back) return [...found];
  const out = [...found];
  if (insertion && kb.findingById.has('pain-back-of-heel') && !found.some((f) => f.id === 'pain-back-of-heel')) {
    out.push({ id: 'pain-back-of-heel', value: true, source: 'text', span: [insertion.index, insertion.index + insertion[0].length] });
  }
  return out.filter((f) => !(f.id === 'pain-heel-underside' && f.value === true && f.span !== undefined
    && !UNDERSIDE.test(text.slice(f.span[0], f.span[1]).toLowerCase())));
}
