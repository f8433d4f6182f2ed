/**
 * Faintness brought on by pain: "the second I put weight through it I go lightheaded with pain", "pressing it made me
 * woozy", "went dizzy when I stood on it" (dev25: an ankle fracture whose "lightheaded with pain" was read as the
 * faint of a clot in the lung). A sharp pain can make anyone faint for a moment (a vasovagal turn); the faintness of a
 * lung clot comes on its own, with breathlessness or chest pain (nice-ng158). warning-families.ts hides the fixed
 * "passed out with the pain"; this reader takes the open family: a faint word in a sentence that ties it to pain or
 * to loading, pressing or moving the injured part, with no word of breath, chest, heart or coughing there. Such a
 * finding becomes unknown, so the safety screen still asks the plain question. Judgement, from how people write.
 * @module
 */
import type { TextFinding } from './read-matches.ts';

/** The faint words the lexicon reads as a lung-clot sign. */
const FAINT = /\b(?:light ?-?headed\w*|dizz\w*|woozy|faint\w*|passed out|pass out|blacked out|black out|nearly (?:fainted|passed out|blacked out)|(?:saw|see|seeing) stars|went (?:white|grey|gray))\b/;
/** Pain or the injured part being loaded, pressed or moved, as the cause. */
const FROM_PAIN = /\b(?:with|from|because of|due to|in) (?:the |such )?(?:pain|agony|shock)\b|\bpain (?:made|makes|making) (?:me|him|her)\b|\b(?:put|putting|puts|take|taking|took) (?:any |some |my |the )?weight\b|\b(?:stand|stood|standing|step|stepped|stepping|press|pressed|pressing|touch|touched|touching|move|moved|moving|hop|hopped|hopping) (?:on |it|that|the)\b|\b(?:it|that|this) hurts? so much\b/;
/** Breath, chest, heart or cough: the lung-clot faint stays. */
const LUNG = /\b(?:breath\w*|chest|heart|palpitat\w*|cough\w*|puffed|winded|gasp\w*|pulse|racing)\b/;

/**
 * Is this finding a faint brought on by pain, not a lung-clot sign?
 * @example faintWithPain('when i put weight on it i go lightheaded with pain', found) // true for the breathless finding
 */
export function faintWithPain(text: string, f: TextFinding): boolean {
  if (f.id !== 'chest-pain-or-breathless') return false;
  const said = text.slice(f.span[0], f.span[1]);
  if (!FAINT.test(said) || LUNG.test(said)) return false;
  const start = Math.max(text.lastIndexOf('.', f.span[0] - 1), text.lastIndexOf('!', f.span[0] - 1), text.lastIndexOf('?', f.span[0] - 1), text.lastIndexOf('\n', f.span[0] - 1)) + 1;
  const stop = text.slice(f.span[1]).search(/[.!?\n]/);
  const sentence = text.slice(start, stop < 0 ? text.length : f.span[1] + stop);
  return FROM_PAIN.test(sentence) && !LUNG.test(sentence);
}
