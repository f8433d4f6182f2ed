/**
 * Word senses from the neighbouring words, for the few words runners use in two very different meanings.
 * Applied to every tokenised text and every lexicon phrase alike, so a phrase still matches itself.
 * - "back": the body part ("my back hurts", "lower back", "back pain") versus the rear of something ("back of my
 *   heel", "at the back") versus the adverb ("came back", "back to running", "flew back"). Only the body part may
 *   read as back pain, which pushes sciatica up.
 * - "could not" / "can not": the same as "can't" (a symptom such as "could not walk"), not a negation cue.
 * - "fall": an injury ("had a fall") versus the season ("last fall", "in the fall"), which must not count as trauma.
 * - Everyday senses of words the lexicon reads as symptoms ("walking boots", "foam rolled"): false-friends.ts.
 * - Second-language words ("leg fingers", "foot neck", "I have mal") are rewritten before tokens are made:
 *   second-language.ts.
 * Judgement, from how runners write.
 * @module
 */
import { applyFalseFriends } from './false-friends.ts';
import { stem, tokenise, type Token } from './tokens.ts';

/** Canonical forms for the senses. */
export const SENSE = { rear: 'rear', backAdverb: 'backadv', season: 'autumn' } as const;

const stems = (words: readonly string[]): Set<string> => new Set(words.map(stem));
const BODY_BEFORE = stems(['my', 'lower', 'low', 'upper', 'mid', 'bad', 'sore', 'stiff', 'painful', 'achy', 'his', 'her', 'your', 'our', 'dodgy']);
const BODY_AFTER = stems(['pain', 'spasms', 'problems', 'issues', 'trouble', 'injury', 'stiffness']);
const ADVERB_BEFORE = stems([
  'come', 'came', 'comes', 'coming', 'went', 'go', 'goes', 'going', 'gone', 'get', 'got', 'is', 'flew', 'fly', 'flying', 'flight',
  'run', 'ran', 'bring', 'brought', 'way', 'stepped', 'look', 'sent', 'send', 'head', 'drove', 'drive', 'walk', 'cycling',
  'bounce', 'push', 'held', 'hold', 'cut', 'eased', 'build', 'built', 'started', 'kick', 'flare', 'flared',
]);
const ADVERB_AFTER = stems([
  'to', 'into', 'from', 'home', 'again', 'in', 'on', 'then', 'now', 'up', 'out', 'after', 'around', 'round', 'down', 'off',
  'when', 'at', 'with', 'before', 'later', 'for', 'over', 'toward', 'towards', 'onto', 'there', 'here', 'since', 'a', 'the',
  'it', 'running', 'run', 'training',
]);
/** A foot part or a movement right before "back" makes it a direction ("toes back", "pulled back"). */
const DIRECTION_BEFORE = stems([
  'toe', 'toes', 'foot', 'feet', 'ankle', 'ankles', 'heel', 'heels', 'leg', 'legs', 'knee', 'knees', 'up', 'forward', 'forwards',
  'pull', 'pulled', 'pulling', 'bend', 'bent', 'bending', 'flex', 'flexed', 'flexing', 'stretch', 'stretched', 'stretching',
  'push', 'pushed', 'pushing', 'tilt', 'tilted', 'lean', 'leaning', 'cut', 'scaled', 'scale', 'dial', 'dialled', 'dialed',
]);
const SEASON_BEFORE = stems(['last', 'this', 'next', 'in', 'early', 'late', 'during', 'autumn']);

function backSense(tokens: readonly Token[], i: number): string {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const p = prev && !prev.punct ? prev.norm : '';
  const n = next && !next.punct ? next.norm : '';
  if (BODY_BEFORE.has(p)) return 'back';
  // "Pulling my toes back", "bend my foot back": a direction, not the back.
  if (DIRECTION_BEFORE.has(p)) return SENSE.backAdverb;
  if (n === 'of') return SENSE.rear;
  if (p === 'the') return BODY_AFTER.has(n) ? 'back' : SENSE.rear;
  if (ADVERB_BEFORE.has(p) || ADVERB_AFTER.has(n)) return SENSE.backAdverb;
  return 'back';
}

function fallSense(tokens: readonly Token[], i: number): string {
  const prev = tokens[i - 1];
  const before = prev?.norm === 'the' ? tokens[i - 2] : prev;
  return tokens[i]?.word === 'fall' && before !== undefined && SEASON_BEFORE.has(before.norm) ? SENSE.season : 'fall';
}

/**
 * Tokenise and resolve word senses: what the matcher and the lexicon both use.
 * @example readTokens('back of my heel').map((t) => t.norm) // ['rear', 'of', 'my', 'heel']
 */
export function readTokens(text: string): Token[] {
  return applySenses(tokenise(text));
}

/**
 * Rewrite the normalised form of ambiguous words in place, by their neighbours.
 * @example applySenses(tokenise('the pain came back')) // "back" becomes 'backadv'
 */
export function applySenses(tokens: Token[]): Token[] {
  return applyFalseFriends(tokens).map((t, i, all) => {
    // "could not walk", "can not put weight": one word, a symptom like "can't", not a negation.
    if (t.word === 'not' && ['can', 'could'].includes(all[i - 1]?.word ?? '')) return { ...t, norm: 'cant', word: 'cant' };
    if (t.norm === 'back') return { ...t, norm: backSense(all, i) };
    if (t.norm === 'fall') return { ...t, norm: fallSense(all, i) };
    return t;
  });
}
