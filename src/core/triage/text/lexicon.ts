/**
 * Compile the KB lexicon (zones, findings, negative phrases, choice options) plus the built-in everyday
 * phrases into matchable entries: the content words of each phrase, folded by the tokeniser.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import { builtinAreaLexicon, builtinBlockers, builtinHistoryLexicon, builtinLexicon, builtinNoInjury, builtinZoneLexicon } from './builtin-lexicon.ts';
import { phraseFamilies, placeFamilies } from './phrase-families.ts';
import { clinicalLexicon, clinicalNoInjury, clinicalPlaces } from './clinical-lexicon.ts';
import { forumFamilies, forumPlaceFamilies } from './forum-families.ts';
import { warningBlockers, warningFamilies } from './warning-families.ts';
import { understatedBlockers, understatedFamilies } from './understated-families.ts';
import { abilityLexicon } from './abilities.ts';
import { secondLanguageFamilies } from './second-language-families.ts';
import { readTokens } from './senses.ts';
import { plainEnglish } from './second-language.ts';
import { PAIN, STOPWORDS } from './tokens.ts';

/** One phrase ready to match. */
export interface LexEntry {
  readonly findingId: string;
  /** true = yes, false = no (negLexicon), string = choice option. */
  readonly value: true | false | string;
  readonly words: readonly string[];
  readonly zone: boolean;
  readonly phrase: string;
  /** A phrase that means something else ("hay fever"): it hides shorter phrases inside it and gives no finding. */
  readonly blocker?: true;
  /** Counts only when said of the past (builtinHistoryLexicon); an empty finding id marks a past injury event. */
  readonly historyOnly?: true;
  /** "No injury, it just came on" (builtinNoInjury): read as every acute-injury finding "no" (read-matches.ts). */
  readonly noInjury?: true;
  /** Something the runner can do (abilities.ts): it counts only when no pain is said after it (understand.ts). */
  readonly ability?: true;
}

/**
 * Content words of a phrase: stopwords dropped, unless that would leave one word or none of a longer phrase —
 * "on my toes" must not shrink to "toes", nor "the heel" to a bare word another phrase already has.
 * @example contentWords('pain in my heel') // ['PAIN', 'heel']
 * @example contentWords('on my toes') // ['on', 'my', 'toe']
 */
export function contentWords(phrase: string): string[] {
  // Phrases are read the way texts are, second-language words included ("electricity goes into the sole").
  const tokens = readTokens(plainEnglish(phrase).text).filter((t) => !t.punct);
  const all = tokens.map((t) => t.norm);
  const content = tokens.filter((t) => !STOPWORDS.has(t.norm) && !STOPWORDS.has(t.word)).map((t) => t.norm);
  return content.length > 1 || all.length === 1 ? content.length > 0 ? content : all : all;
}

const cache = new WeakMap<KnowledgeBase, LexEntry[]>();

/**
 * Every matchable phrase for a KB (cached per KB).
 * @example compileLexicon(kb).find((e) => e.findingId === 'swelling')?.words // ['swell']
 */
export function compileLexicon(kb: KnowledgeBase): LexEntry[] {
  const hit = cache.get(kb);
  if (hit) return hit;
  const out: LexEntry[] = [];
  const taken = new Set<string>();
  const add = (findingId: string, value: LexEntry['value'], phrase: string, zone: boolean, builtin: boolean): void => {
    const words = contentWords(phrase);
    // Places match in word order, so "shins front" and "front shins" are two phrases; others match in any order.
    const key = zone ? words.join(' ') : [...words].sort().join(' ');
    // A phrase that is only a pain word ("aches") would match every description.
    if (words.length === 0 || (words.length === 1 && words[0] === PAIN) || (builtin && taken.has(key))) return;
    taken.add(key);
    out.push({ findingId, value, words, zone, phrase });
  };
  for (const z of kb.zones) {
    const id = `pain-${z.id}`;
    if (!kb.findingById.has(id)) continue;
    for (const p of [z.name, ...z.lexicon]) add(id, true, p, true, false);
  }
  for (const f of kb.findings) {
    for (const p of f.lexicon) add(f.id, true, p, false, false);
    for (const p of f.negLexicon) add(f.id, false, p, false, false);
    for (const o of f.options ?? []) for (const p of o.lexicon) add(f.id, o.value, p, false, false);
  }
  for (const [zone, phrases] of Object.entries(builtinZoneLexicon)) {
    const id = `pain-${zone}`;
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, true, true);
  }
  for (const [zone, phrases] of Object.entries(placeFamilies)) {
    const id = `pain-${zone}`;
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, true, true);
  }
  for (const [zone, phrases] of Object.entries(forumPlaceFamilies)) {
    const id = `pain-${zone}`;
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, true, true);
  }
  for (const [id, phrases] of Object.entries(builtinAreaLexicon)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, true, true);
  }
  for (const [id, phrases] of Object.entries(builtinLexicon)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, false, true);
  }
  for (const [id, phrases] of Object.entries(phraseFamilies)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, false, true);
  }
  for (const [zone, phrases] of Object.entries(clinicalPlaces)) {
    const id = `pain-${zone}`;
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, true, true);
  }
  for (const [id, phrases] of Object.entries(clinicalLexicon)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, false, true);
  }
  for (const [id, phrases] of Object.entries(forumFamilies)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, false, true);
  }
  for (const [id, phrases] of Object.entries(warningFamilies)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, false, true);
  }
  for (const [id, phrases] of Object.entries(understatedFamilies)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, false, true);
  }
  for (const [id, phrases] of Object.entries(secondLanguageFamilies)) {
    if (kb.findingById.has(id)) for (const p of phrases) add(id, true, p, false, true);
  }
  for (const [id, phrases] of Object.entries(abilityLexicon)) {
    if (!kb.findingById.has(id)) continue;
    for (const phrase of phrases) {
      const words = contentWords(phrase);
      const key = [...words].sort().join(' ');
      if (taken.has(key)) continue;
      taken.add(key);
      out.push({ findingId: id, value: false, words, zone: false, phrase, ability: true });
    }
  }
  for (const [id, phrases] of Object.entries(builtinHistoryLexicon)) {
    if (id !== '' && !kb.findingById.has(id)) continue;
    for (const phrase of phrases) {
      const words = contentWords(phrase);
      const key = [...words].sort().join(' ');
      if (!taken.has(key)) out.push({ findingId: id, value: true, words, zone: false, phrase, historyOnly: true });
    }
  }
  if (kb.findingById.has('onset-gradual')) {
    for (const phrase of [...builtinNoInjury, ...clinicalNoInjury]) {
      const words = contentWords(phrase);
      if (words.length > 0) out.push({ findingId: 'onset-gradual', value: true, words, zone: false, phrase, noInjury: true });
    }
  }
  for (const phrase of [...builtinBlockers, ...warningBlockers, ...understatedBlockers]) {
    const words = contentWords(phrase);
    const key = [...words].sort().join(' ');
    if (!taken.has(key)) out.push({ findingId: '', value: true, words, zone: false, phrase, blocker: true });
  }
  cache.set(kb, out);
  return out;
}
