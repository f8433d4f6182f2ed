/**
 * Swelling told by comparing one side with the other or by what it does to clothes and shoes (the dev20 study: a
 * stress fracture told as "had to let the laces out two holes on the left", a heel fracture as "the left heel looks
 * wider than the right", a clot as "jeans tighter on one leg" or "veins on the front of my shin showing more than
 * the right"). Each family is open-ended, so it is read by a small grammar over a class of words, one sentence at a
 * time:
 * - a part said to be wider, fatter, puffier, fuller or bigger than the other side: swelling of that part (the calf
 *   or leg: one-sided leg swelling; the top of the foot; the ankle; the heel, the shin or the foot: swelling);
 * - laces let out, a shoe, sock or trouser leg tighter on one side: swelling (a trouser leg: of the leg);
 * - veins seen more on one leg than the other: visible surface veins (a Wells criterion).
 * A sentence that compares muscle ("calf bigger since hill training") gives nothing. understand.ts then drops what is
 * about someone else or a worry, as for every reader. Judgement, from how people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';
import { readSentences, storyText } from './story-sentences.ts';

const BIGGER = String.raw`(?:wider|fatter|puffier|fuller|bigger|thicker|chunkier|larger|rounder|more (?:swollen|puffy|puffed up)|(?:a bit |much |way )?(?:fatter|bigger|puffier|wider))`;
const OTHER = String.raw`(?:the |my |her |his |their )?(?:other(?: one| side| foot| leg| heel| ankle| calf)?|left(?: one)?|right(?: one)?|good (?:one|side|foot|leg))`;
/** A part, then bigger, then than the other side (a few words may come between). */
const COMPARED = new RegExp(String.raw`\b(calf|leg|lower leg|shin|ankle|heel|foot|instep|midfoot)\b[^.!?;]{0,40}?\b${BIGGER}\b[^.!?;]{0,30}?\bthan ${OTHER}\b`);
/**
 * "It's wider than the left now": the part named in the sentence before ("Right heel went massive. It's wider than
 * the left looking from behind"; dev27, a heel fracture). Only a pronoun that opens the sentence.
 */
const IT_BIGGER = new RegExp(String.raw`^\s*(?:and |but |now )?(?:it'?s|it is|it looks|it'?s now|it has got|it'?s got|it got|it'?s gone)\s+(?:\w+\s+)?${BIGGER}\b[^.!?;]{0,30}?\bthan ${OTHER}\b`);
const PART = /\b(calf|lower leg|leg|shin|ankle|heel|foot|instep|midfoot)\b/g;
/** "Across the top": the comparison is of the top of the foot. */
const TOP = /\b(?:across the top|on top|top of (?:the|my|her|his) foot|over the top)\b/;
/** Muscle, not swelling. */
const MUSCLE = /\b(?:muscle\w*|muscly|stronger|toned|defined|gains|hill (?:work|training|reps)|gym|weights|dominant)\b/;

/** Laces let out or a shoe, sock or trouser leg tighter on one side. */
const LACES = /\b(?:let|letting|loosen(?:ed|ing)?|undo|undid|undone|slacken(?:ed)?)\s+(?:the |my |her |his )?laces?\b[^.!?;]{0,40}?\b(?:on (?:the )?(?:left|right|one|that)|(?:left|right|one|that) (?:shoe|foot|side))|\b(?:left|right|one|that) (?:shoe|trainer|boot)\b[^.!?;]{0,25}?\btighter\b|\b(?:shoe|trainer|boot|sock)s?\b[^.!?;]{0,25}?\btighter on (?:the |my |her |his |one )?(?:left|right|one|that)\b/;
const TROUSERS = /\b(?:jeans|trousers|leggings|tights|joggers|trouser leg|jeans leg|boot)\b[^.!?;]{0,30}?\btighter\b[^.!?;]{0,30}?\b(?:on (?:the |my |her |his |one )?(?:left|right|one|that)|(?:left|right|one) (?:leg|calf|side))\b|\btighter on (?:the |my |her |his |one )?(?:left|right|one|that) (?:leg|calf)\b/;

/** Veins seen more on one leg than on the other. */
const VEINS = new RegExp(String.raw`\bveins?\b[^.!?;]{0,60}?\b(?:more|bigger|fatter|bulg\w*|stand(?:s|ing)? out|popping|showing|visible|obvious|prominent|noticeable)\b[^.!?;]{0,40}?\bthan (?:on )?${OTHER}\b`);
const LEG_WORD = /\b(?:leg|calf|shin|ankle|foot|thigh|knee)\b/;

/**
 * Every swelling or vein told by comparison in the text.
 * @example readToldByComparison('My left heel looks wider than the right.')[0]?.id // 'swelling'
 */
export function readToldByComparison(raw: string): StoryFinding[] {
  const text = storyText(raw);
  let before = '';
  return readSentences(raw, ({ sentence, push }) => {
    const named = MUSCLE.test(sentence) ? null : COMPARED.exec(sentence);
    const it = named || MUSCLE.test(sentence) ? null : IT_BIGGER.exec(sentence);
    const earlier = it ? [...before.matchAll(PART)].pop()?.[1] : undefined;
    const compared = named ?? (earlier ? it : null);
    const part = named?.[1] ?? earlier ?? '';
    before = sentence;
    // The calf or leg: one leg swollen (a clot sign). The shin alone is the front compartment, so plain swelling.
    if (['calf', 'leg', 'lower leg'].includes(part)) push('calf-swelling-one-side', compared);
    else if (part === 'ankle') push('swelling-ankle', compared);
    else if (compared) {
      push('swelling', compared);
      if (part !== 'heel' && TOP.test(sentence)) push('swelling-top-of-foot', compared);
    }
    const laces = LACES.exec(sentence);
    push('swelling', laces);
    if (laces && TOP.test(text)) push('swelling-top-of-foot', laces);
    push('calf-swelling-one-side', TROUSERS.exec(sentence));
    if (LEG_WORD.test(sentence)) push('visible-surface-veins', VEINS.exec(sentence));
  });
}
