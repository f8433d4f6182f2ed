/**
 * Warning signs read from words that do not report them (issue #4, round 3):
 * - Advice or a question, not a report: "if you have numbness down there go to A&E" (advice to a reader), "she asked
 *   if I was numb down there, I said no" (a question put to the runner). The sign sits after "if you …", "should
 *   you …", "asked (me) if/whether/about …", "wanted to know if …" or "to see if …" in the same sentence, with no
 *   "I/my" between them and the sign, and no answer "yes" after it. A question answered "yes" ("asked if I was numb
 *   down there and I said yes") keeps the sign.
 * - Painkillers that do not help a pain of weeks or months: "painkillers don't help my heel, been 3 months". The
 *   pressure of acute compartment syndrome builds over hours to a day or two after a blow or hard exercise
 *   (ulmer-2002, mcqueen-2000); a long-standing pain that tablets do not touch is not that sign. Only when the sign
 *   was read from painkiller words, the text gives the pain as weeks or longer, and nothing acute is said (hours after,
 *   since yesterday, rock hard, swollen and tight).
 * - A tendon stiff "like wood" first thing in the morning: morning stiffness of a tendon that eases with walking, not
 *   a tense muscle compartment. Only when the same sentence speaks of the morning or of stiffness, and no calf, shin or
 *   muscle is said to be swollen, tight or hard after exercise.
 * - "Marathon fever", "hay fever": a figure of speech or an allergy, not a temperature.
 * - "I twisted round over the planted foot": the body turning (the injury's mechanism), not a foot twisted round.
 * - Breathlessness from known asthma eased by the inhaler, with no chest pain, no sudden or new breathlessness and no
 *   calf sign or clot risk anywhere in the text (otherwise it stays a possible clot in the lungs; nice-ng158).
 * - "Standing on tiptoe on that leg is hard": a task that is difficult, not a leg hard to the touch.
 * - "I go lightheaded with pain when I put weight on it": a faint brought on by pain (pain-faint.ts, dev25).
 * Such a sign becomes unknown, so the safety screen still asks about it. Separately, a real kick in a game ("kicked in
 * the calf at football") is read as a direct blow, not as the torn tendon's feeling of a kick (literalKicks).
 * Judgement, from how runners write.
 * @module
 */
import type { TextFinding } from './read-matches.ts';
import { faintWithPain } from './pain-faint.ts';

/** Why a warning sign was set aside here. */
export type WeakAlarmReason = 'advice or question' | 'long-standing' | 'morning stiffness' | 'figure of speech' | 'known asthma' | 'difficulty' | 'pain faint';

/** A warning sign read from words that do not report it. */
export interface WeakAlarm {
  readonly finding: TextFinding;
  readonly reason: WeakAlarmReason;
}

/** The start of advice to a reader, or of a question put to the runner, whose words follow in the sentence. */
const ASKING = /\b(?:if you(?:'re| are| have| had| get| got| ever| notice| feel| develop| lose| can'?t| cannot| start| experience)?|should you|(?:asked|asks|asking) (?:me |us |him |her )?(?:if|whether|about)|wanted to know (?:if|whether)|to see (?:if|whether)|(?:check|checked|checking) (?:if|whether))\b/g;
/** The runner speaking of themself between the cue and the sign: a report after all ("if you ask me, I'm numb"). */
const SELF = /\b(?:i|i'm|im|i've|ive|my|me)\b/;
/** After an "asked if I …", "I said yes" or "and I am" answers the question with a yes. */
const ANSWERED_YES = /\b(?:said yes|answered yes|told (?:her|him|them) yes|yes i (?:am|was|do|did|have)|and i (?:am|was|do|did|have)|which i (?:am|was|do|did|have)|i do\b|i am\b)/;

/** Painkiller words: where a sign of pain "out of proportion" came from. */
const PAINKILLER = /\b(?:pain ?killers?|tablets?|pills?|ibuprofen|paracetamol|codeine|naproxen|nurofen|co-?codamol|tramadol|meds|medication|analgesi\w*|anti-?inflammator\w*)\b/;
/** A pain of weeks or longer, said in words ("3 months", "for ages", "since last year"). */
const LONG_STANDING = /\b(?:\d+|a few|few|several|many|couple of|two|three|four|five|six|seven|eight|nine|ten) (?:weeks?|wks?|months?|years?)\b|\b(?:for|since) (?:ages|months|years|last (?:year|month|summer|winter|spring|autumn))\b/;
/** Anything acute: the pain started hours or a day ago, or the leg is tense or swollen. */
const ACUTE = /\b(?:hours?|last night|yesterday|today|this morning|tonight|since the (?:race|run|match|game)|after the (?:race|run|match|game)|rock hard|tense|tight and shiny|shiny|swollen|swelling|numb\w*|can'?t move|crush\w*|kicked|blow|fractur\w*|broke\w*|cast)\b/;

/** Morning stiffness words. */
const MORNING = /\b(?:morning|first thing|stiff\w*|getting up|out of bed)\b/;
/** A muscle compartment said to be tense after exercise, in the same sentence. */
const COMPARTMENT = /\b(?:calf|calves|shin|shins|muscle|compartment|swollen|swelling|tight|tense|after (?:the |my |a )?(?:run|race|match|game))\b/;

/** "Marathon fever", "race fever", "hay fever": a figure of speech or an allergy, not a raised temperature. */
const FEVER_FIGURE = /\b(?:marathon|race|racing|running|parkrun|football|cup|olympic|spring|cabin|hay|gold|disco|saturday night|election|training|ultra|trail|pre-?race|shopping|wedding)\s+fever\b/;

/** Asthma told as the everyday cause of breathlessness, eased by the inhaler. */
const ASTHMA = /\b(?:asthma\w*|inhaler|puffer|exercise[- ]induced)\b/;
/** Words that keep breathlessness a possible clot in the lungs whatever the cause given. */
const CLOT_WORDS = /\b(?:chest pain|pain in my chest|sudden\w*|blood|at rest|worse than (?:usual|normal)|not (?:helping|working)|doesn'?t help|didn'?t help|new)\b/;
/** Findings that make breathlessness a clot until shown otherwise (nice-ng158). */
const CLOT_SIGNS = new Set(['pain-calf', 'calf-swelling-one-side', 'whole-leg-swollen', 'calf-tender-deep', 'pitting-swelling', 'long-travel-or-immobilisation',
  'recent-surgery-or-cast', 'oestrogen-or-pregnancy', 'previous-clot', 'active-cancer', 'stopped-anticoagulant']);

/** The sentence around a span: from the last stop or line break before it to the next one after it. */
function sentenceOf(text: string, span: readonly [number, number]): { start: number; end: number } {
  const before = text.slice(0, span[0]);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const next = text.slice(span[1]).search(/[.!?\n]/);
  return { start, end: next < 0 ? text.length : span[1] + next };
}

/** The sign follows advice to a reader or a question put to the runner, and no "yes" answers it. */
function adviceOrQuestion(text: string, f: TextFinding): boolean {
  const { start, end } = sentenceOf(text, f.span);
  const before = text.slice(start, f.span[0]);
  let cue: RegExpExecArray | null = null;
  for (const m of before.matchAll(ASKING)) cue = m;
  if (cue === null) return false;
  const between = before.slice(cue.index + cue[0].length);
  // "if you ask me" is the runner speaking: the sign after "… me, I'm numb" is theirs. "asked if I was numb": the
  // question's own "I" is the runner being asked about, so only a "yes" after it counts.
  const asked = /^(?:asked|asks|asking|wanted|check)/.test(cue[0]);
  if (!asked && SELF.test(between)) return false;
  if (asked && /[,;:]/.test(between)) return false;
  return !ANSWERED_YES.test(text.slice(f.span[1], end));
}

/** A pain "out of proportion" read from painkillers that do not help a pain of weeks or longer. */
function longStandingPainkillers(text: string, f: TextFinding, found: readonly TextFinding[]): boolean {
  if (f.id !== 'severe-pain-out-of-proportion') return false;
  if (!PAINKILLER.test(text.slice(f.span[0], f.span[1]))) return false;
  const weeks = found.find((g) => g.id === 'duration-weeks' && typeof g.value === 'number');
  const long = (weeks !== undefined && typeof weeks.value === 'number' && weeks.value >= 2) || LONG_STANDING.test(text);
  return long && !ACUTE.test(text);
}

/** A tendon "like wood" in the morning: stiffness, not a tense compartment. */
function morningWood(text: string, f: TextFinding): boolean {
  if (f.id !== 'leg-rock-hard') return false;
  const words = text.slice(f.span[0], f.span[1]);
  if (!/\bwood/.test(words) && !/\bwood/.test(text.slice(f.span[1], f.span[1] + 12))) return false;
  const { start, end } = sentenceOf(text, f.span);
  const sentence = text.slice(start, end);
  return MORNING.test(sentence) && !COMPARTMENT.test(sentence.replace(/\bcalf raises?\b/g, ' '));
}

/**
 * "I twisted round so the foot got wrenched": the person turning over a planted foot, the injury's mechanism, not a
 * foot left twisted round out of line (dev16). Only when the words read as the deformity have a person as subject.
 */
const BODY_TURNED = /\b(?:i|we|he|she|they|i'?ve|body|whole body)\s+(?:\w+\s+)?(?:twisted|turned|spun|swivell?ed)\s+(?:a?round|over)\b/;
function bodyTurned(text: string, f: TextFinding): boolean {
  return f.id === 'deformity' && BODY_TURNED.test(text.slice(Math.max(0, f.span[0] - 20), f.span[1] + 10));
}

/** "Marathon fever has hit the office": the fever is a figure of speech (or hay fever). */
function feverFigure(text: string, f: TextFinding): boolean {
  if (f.id !== 'fever-or-unwell') return false;
  const said = text.slice(f.span[0], f.span[1]);
  if (!/^fever\b/.test(said)) return false;
  return FEVER_FIGURE.test(text.slice(Math.max(0, f.span[0] - 20), f.span[1]));
}

/**
 * "Short of breath on cold mornings but my inhaler sorts it": known asthma eased as usual. Not with chest pain,
 * blood, breathlessness that is sudden, new or at rest, an inhaler that does not help, nor any sign of or risk for a
 * clot anywhere in the text: then breathlessness stays a possible clot in the lungs (nice-ng158).
 */
function knownAsthma(text: string, f: TextFinding, found: readonly TextFinding[]): boolean {
  if (f.id !== 'chest-pain-or-breathless') return false;
  const { start, end } = sentenceOf(text, f.span);
  const sentence = text.slice(start, end);
  if (!ASTHMA.test(sentence) || CLOT_WORDS.test(sentence) || /\bchest\b/.test(text.slice(f.span[0], f.span[1]))) return false;
  return !found.some((g) => g.value === true && CLOT_SIGNS.has(g.id));
}

/** Words that make "hard" a hardness to the touch. */
const FIRMNESS = /\b(?:rock|solid|wood\w*|tense|touch|drum|brick|board|swollen|swelling|tight|shiny|press\w*|feel\w*)\b/;

/**
 * "Standing up on tiptoe on just that leg is hard": an activity that is difficult, not a leg hard to the touch. Only
 * when the sign was read from "… is/was hard" in a clause that opens with an activity in -ing, and nothing in the
 * sentence speaks of firmness (rock, solid, tense, swollen, to the touch).
 */
function hardToDo(text: string, f: TextFinding): boolean {
  if (f.id !== 'leg-rock-hard') return false;
  const said = text.slice(f.span[0], f.span[1]);
  if (!/\b(?:is|was|are|were|gets|got) (?:really |very |so |quite )?hard$/.test(said)) return false;
  const { start, end } = sentenceOf(text, f.span);
  // The clause must open with the activity ("standing up on tiptoe on that leg is hard"), not with a leg ("and the
  // front of his leg is hard", a hard compartment after a blow).
  const clauses = text.slice(start, f.span[0]).split(/[,;:]|\b(?:and|but|so|then|now)\b/);
  const clause = (clauses[clauses.length - 1] ?? '').trim();
  return /^(?:just |even |also )?\w{3,}ing\b/.test(clause) && !FIRMNESS.test(text.slice(start, end));
}

/**
 * The red-flag findings read from words that do not report them, to be set to unknown.
 * @example weakAlarms('if you have numbness down there go to a&e', found) // [{ finding: saddle numbness, reason: 'advice or question' }]
 */
export function weakAlarms(written: string, found: readonly TextFinding[], isRedFlag: (id: string) => boolean): WeakAlarm[] {
  const text = written.toLowerCase().replace(/[’]/g, "'");
  const out: WeakAlarm[] = [];
  for (const f of found) {
    if (f.value !== true) continue;
    // Deformity is not a KB red-flag finding, yet its rule is an emergency: the body-turn reading is checked for it.
    if (bodyTurned(text, f)) {
      out.push({ finding: f, reason: 'figure of speech' });
      continue;
    }
    if (!isRedFlag(f.id)) continue;
    const reason: WeakAlarmReason | null = adviceOrQuestion(text, f) ? 'advice or question'
      : longStandingPainkillers(text, f, found) ? 'long-standing' : morningWood(text, f) ? 'morning stiffness'
      : feverFigure(text, f) ? 'figure of speech' : knownAsthma(text, f, found) ? 'known asthma' : hardToDo(text, f) ? 'difficulty' : faintWithPain(text, f) ? 'pain faint' : null;
    if (reason !== null) out.push({ finding: f, reason });
  }
  return out;
}

/** Words saying a kick or blow was only a feeling: the torn tendon's "as if someone kicked me". */
const FELT = /\b(?:like|as if|as though|thought|felt|feel|feels|feeling|sensation|turned (?:a)?round|looked (?:a)?round|looked back|who (?:kicked|hit))\b/;
/** A real kick or blow from someone or something in a game or a tackle. */
const REAL_KICK = /\b(?:football|soccer|rugby|hockey|futsal|match|game|tackle\w*|player|opponent|defender|studs?|boot|by (?:a|an|the|some|my|his|her)\b|someone kicked me|got kicked|was kicked|took a kick)\b/;

/**
 * "Kicked in the calf at football": a real kick, told as what happened, is a direct blow, not the torn Achilles'
 * feeling of being kicked (maffulli-1998). Returns the kicked-in-calf findings to read as a direct blow instead: only
 * when their sentence names a game, a tackle or the person who kicked, and says nothing of it being a feeling.
 * @example literalKicks('kicked in the calf at football', found) // [the injury-kicked-in-calf finding]
 */
export function literalKicks(written: string, found: readonly TextFinding[]): TextFinding[] {
  const text = written.toLowerCase().replace(/[’]/g, "'");
  return found.filter((f) => {
    if (f.id !== 'injury-kicked-in-calf' || f.value !== true) return false;
    const { start, end } = sentenceOf(text, f.span);
    const said = text.slice(f.span[0], f.span[1]);
    if (!/\bkick/.test(said)) return false;
    return !FELT.test(text.slice(start, f.span[1])) && REAL_KICK.test(text.slice(start, end));
  });
}
