/**
 * Warning signs told harmlessly (issue #4): runners mention an alarming word while saying it is over, long past, or
 * had an everyday cause, and the red-flag gate then sends them to the emergency department for a cold morning.
 * - Settled: "foot went numb in the cold, back to normal in the car", "had covid with a fever, all better now", or the
 *   next sentence "It was fine once I warmed up". Not when the settling is denied ("hasn't gone down") or undone
 *   ("went away, but now it's white again", "still swollen").
 * - Clearly past: "had a fever last week, now my heel hurts", "my calf swelled up back in 2019".
 *   A recent time ("last week", "two weeks ago") counts only with "had"/"used to" or a turn to the present ("now",
 *   "these days"); a long-ago one ("last year", "in 2019", "when I was pregnant") counts alone. "Since last week" is
 *   a duration: still present.
 * - An everyday cause in the same sentence: calf swelling that was "only the grooves from my compression sleeve" or
 *   "the marks from my socks". Not when the cause is denied ("swollen calf since the flight, not the sleeve"), nor when
 *   the sign is said to be there still. Spreading redness is never explained away, even by a shoe rubbing (a rub is
 *   how a skin infection often starts), nor is numbness that stays.
 * Such a sign becomes unknown, so the safety screen still asks about it: the runner answers rather than being told
 * "emergency" for a harmless sentence. Only when nothing else in the text is a warning sign: with another one
 * ("fever last week and now the red patch is spreading") the combination may matter, so every sign stays; and never
 * a swollen calf or leg when a clot risk is named (a flight, surgery, the pill or pregnancy, a past clot, cancer).
 * Judgement, from how runners write; the safety screen is the backstop.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import type { TokenContext } from './context.ts';
import type { TextFinding } from './read-matches.ts';
import type { Token } from './tokens.ts';

/** Words saying a symptom settled. */
const SETTLED = /\b(?:back to normal|(?:went|gone|goes|go|going|faded|wore|wears|died) (?:away|off|down)|(?:all|completely|totally|fully) (?:better|gone|fine|normal|clear|settled|recovered)|cleared(?: up)?|settled(?: down)?|resolved|recovered|(?:fine|normal|ok|okay|better) (?:once|after|when) (?:i |it |they )?(?:warm|warmed|got warm|heated|thawed)|(?:fine|normal|ok|okay) again|(?:it'?s|was|were|all) gone|gone by|gone (?:now|within|after)|disappeared|vanished|no longer|(?:mostly|largely|nearly|almost|virtually|pretty much) (?:gone|settled|back to normal))\b/g;
/** A denial just before the settling words ("hasn't gone down", "never went away", "not back to normal"). */
const DENIED = /\b(?:not|never|no|hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|isn'?t|wasn'?t|won'?t|hasnt|havent|didnt|doesnt|isnt|wasnt|wont|yet to)\s+(?:\w+\s+){0,2}$/;
/**
 * "Gone off" or "went off" said of food is spoiled, not settled: "smells like cheese that's gone off", "like milk gone
 * off" (dev27: a dressing that smelled, read as a smell that had settled). A comparison word or a food just before.
 */
const SPOILED = /\b(?:like|as if|as though|smells? of|reminds me of|cheese|milk|meat|fish|eggs?|chicken|yog(?:h)?urt|cream|food|prawns?|bins?)\b[^.!?;,]{0,25}$/;
/** Words saying the sign is there now or came back. */
const PERSISTS = /\b(?:still|again|came back|comes back|coming back|returned|returns|keeps|kept|worse|worsening|spreading|spread|spreads|getting bigger|hasn'?t gone|not gone|won'?t go)\b/;
/** A time clearly in the past on its own. */
const LONG_AGO = /\b(?:last (?:year|summer|winter|spring|autumn|season|christmas)|(?:a|one|two|three|four|five|\d+|few|couple of|several|many) years? ago|years (?:ago|back)|in (?:19|20)\d\d|when i was (?:pregnant|younger|a kid|a child|little|a teenager|at school)|during (?:my |the )?pregnancy|while (?:i was )?pregnant|as a (?:kid|child|teenager|teen))\b/;
/** A recent past time: past only with "had" or a turn to the present. */
const RECENT = /\b(?:last (?:week|month|weekend)|(?:a|one|two|three|four|five|six|\d+|few|couple of|several) (?:weeks?|months?) ago)\b/;
/** A past time read as a duration ("since last week", "for the past year"): the sign is still there. */
const DURATION_BEFORE = /\b(?:since|for|over|from|throughout|all)\s+(?:the\s+)?$/;
const HAD = /\b(?:had|used to|back then)\b/;
const NOW = /\b(?:now|these days|today|at the moment|currently|this week|this morning)\b/;
/** Everyday causes by the sign they explain, each needing a linking word before it ("from", "because", "only"). */
const CAUSES: Readonly<Record<string, RegExp>> = {
  'calf-swelling-one-side': /\b(?:compression|sleeves?|socks?|sock line|tights|strap(?:s|ping)?|tape|taping|brace|elastic|waistband|marks?|grooves?|indents?|indentations?)\b/,
  'whole-leg-swollen': /\b(?:compression|sleeves?|socks?|sock line|tights|elastic|waistband|marks?|grooves?|indents?|indentations?)\b/,
};
/** Swelling that could be a clot is never set aside when a clot risk is named too ("calf puffy after the flight"). */
const SWELLING = new Set(['calf-swelling-one-side', 'whole-leg-swollen']);
const CLOT_RISK = ['long-travel-or-immobilisation', 'recent-surgery-or-cast', 'oestrogen-or-pregnancy', 'previous-clot', 'active-cancer', 'stopped-anticoagulant'];
const LINK = /\b(?:from|because|cos|cause|due to|caused by|only|just|left by|after wearing|after taking off)\b[^.!?;]{0,30}$/;
const DENIED_CAUSE = /\b(?:not|nothing to do with|wasn'?t|isn'?t|no|never|without)\s+(?:\w+\s+){0,2}$/;

/** Why a warning sign was set aside. */
export type SetAsideReason = 'settled' | 'past' | 'everyday cause';

/** A warning sign read as harmless, with the reason (for a note). */
export interface SetAsideSign {
  readonly finding: TextFinding;
  readonly reason: SetAsideReason;
}

interface Piece {
  readonly start: number;
  readonly end: number;
}

/** Character range of the tokens matching a test. */
function rangeOf(tokens: readonly Token[], keep: (i: number) => boolean): Piece | null {
  let start = -1;
  let end = -1;
  tokens.forEach((t, i) => {
    if (!keep(i)) return;
    if (start < 0) start = t.start;
    end = Math.max(end, t.end);
  });
  return start < 0 ? null : { start, end };
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i < 0 ? tokens.length - 1 : i;
}

/** Settled in the same sentence after the sign, or at the start of the next sentence ("It went away after…"). */
function settled(text: string, tokens: readonly Token[], ctx: readonly TokenContext[], f: TextFinding, all: readonly TextFinding[]): boolean {
  const i = tokenAt(tokens, f.span[0]);
  const sentence = tokens[i]?.sentence;
  const here = rangeOf(tokens, (k) => tokens[k]?.sentence === sentence);
  if (!here) return false;
  const from = f.span[1];
  for (const m of text.slice(from, here.end).matchAll(SETTLED)) {
    const at = from + m.index;
    if (DENIED.test(text.slice(Math.max(here.start, at - 30), at))) continue;
    if (m[0].endsWith('off') && SPOILED.test(text.slice(Math.max(here.start, at - 40), at))) continue;
    if (PERSISTS.test(text.slice(from, at)) || PERSISTS.test(text.slice(at + m[0].length, here.end))) continue;
    // "My calf is swollen and the bruise went away": the settling words have their own subject, another finding.
    const clause = ctx[tokenAt(tokens, at)]?.clause;
    const own = rangeOf(tokens, (k) => ctx[k]?.clause === clause);
    const mine = ctx[i]?.clause === clause;
    // "My calf was swollen but the swelling has mostly gone": the plain swelling named there is the same sign.
    const same = (g: TextFinding): boolean => g.id === 'swelling' && SWELLING.has(f.id);
    if (!mine && own && all.some((g) => g !== f && !same(g) && g.value === true && g.span[0] >= own.start && g.span[0] < at)) continue;
    return true;
  }
  const next = rangeOf(tokens, (k) => tokens[k]?.sentence === (sentence ?? -1) + 1);
  if (!next) return false;
  const said = text.slice(next.start, next.end);
  const m = /^\s*(?:it|that|this|they|which|everything|all|both|but it|and it)\b/.exec(said) ? SETTLED.exec(said) : null;
  SETTLED.lastIndex = 0;
  return m !== null && m.index < 60 && !DENIED.test(said.slice(Math.max(0, m.index - 30), m.index)) && !PERSISTS.test(said);
}

/** The sign's clause is set clearly in the past. */
function past(text: string, tokens: readonly Token[], ctx: readonly TokenContext[], f: TextFinding): boolean {
  const i = tokenAt(tokens, f.span[0]);
  const clause = ctx[i]?.clause;
  const sentence = tokens[i]?.sentence;
  const own = rangeOf(tokens, (k) => ctx[k]?.clause === clause);
  const whole = rangeOf(tokens, (k) => tokens[k]?.sentence === sentence);
  if (!own || !whole) return false;
  const said = text.slice(own.start, own.end);
  if (PERSISTS.test(said) || PERSISTS.test(text.slice(f.span[1], whole.end).replace(NOW, ' '))) return false;
  const when = LONG_AGO.exec(said) ?? RECENT.exec(said);
  if (!when || DURATION_BEFORE.test(said.slice(0, when.index))) return false;
  if (LONG_AGO.test(when[0])) return true;
  return HAD.test(said) || NOW.test(text.slice(own.end, whole.end));
}

/** The sentence gives the sign an everyday cause that is not denied. */
function explained(text: string, tokens: readonly Token[], f: TextFinding): boolean {
  const cause = CAUSES[f.id];
  if (!cause) return false;
  const sentence = tokens[tokenAt(tokens, f.span[0])]?.sentence;
  const whole = rangeOf(tokens, (k) => tokens[k]?.sentence === sentence);
  if (!whole) return false;
  const said = text.slice(whole.start, whole.end);
  const m = cause.exec(said);
  if (!m) return false;
  const before = said.slice(0, m.index);
  return !PERSISTS.test(said) && LINK.test(before) && !DENIED_CAUSE.test(before.slice(-40));
}

/**
 * The warning signs the text tells harmlessly: settled, clearly past, or with an everyday cause, and only when no
 * other warning sign is said plainly.
 * @example setAsideSigns(kb, 'foot went numb in the cold, back to normal in the car', tokens, contexts, found)
 * // [{ finding: { id: 'foot-cold-or-pale', … }, reason: 'settled' }]
 */
export function setAsideSigns(
  kb: KnowledgeBase, written: string, tokens: readonly Token[], ctx: readonly TokenContext[], found: readonly TextFinding[],
): SetAsideSign[] {
  const text = written.toLowerCase().replace(/[’]/g, "'");
  const signs = found.filter((f) => f.value === true && kb.findingById.get(f.id)?.redFlag === true);
  const out: SetAsideSign[] = [];
  const clotRisk = found.some((f) => f.value === true && CLOT_RISK.includes(f.id));
  for (const f of signs) {
    if (clotRisk && SWELLING.has(f.id)) return [];
    const reason: SetAsideReason | null = settled(text, tokens, ctx, f, found) ? 'settled'
      : past(text, tokens, ctx, f) ? 'past' : explained(text, tokens, f) ? 'everyday cause' : null;
    if (reason === null) return [];
    out.push({ finding: f, reason });
  }
  return out;
}
