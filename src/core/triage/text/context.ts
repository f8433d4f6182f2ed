/**
 * What a clause is about, beyond negation: a question or worry rather than a symptom ("could it be a stress
 * fracture?"), someone else's problem ("my friend had shin splints"), or the runner's past ("I sprained it last
 * year"). Findings read inside such clauses are not the runner's present problem (understand.ts decides what to keep).
 * Judgement, from how runners write.
 * @module
 */
import { BREAKS, CLAUSE_START } from './negation.ts';
import { stem, type Token } from './tokens.ts';

/** The context of one token. */
export interface TokenContext {
  /** Clause number (clauses split at sentence ends, "but"/"since"…, and a comma or "and" before a new subject). */
  readonly clause: number;
  /** Inside a question or worry about what it might be (only diagnosis-like findings are dropped there). */
  readonly hypothetical: boolean;
  /** Inside a statement about someone else. */
  readonly other: boolean;
  /** The clause places itself in the past ("last year", "two years ago", "as a kid"). */
  readonly past: boolean;
  /** The past marker is really a duration ("since last year", "for the past year"): the pain is still present. */
  readonly pastIsDuration: boolean;
}

const seq = (phrase: string): string[] => phrase.split(' ').map(stem);

const HYPOTHETICAL = [
  'could it be', 'could this be', 'could that be', 'might it be', 'might be a', 'may be a', 'maybe its a', 'maybe it is a',
  'is it a', 'is it an', 'is this a', 'is this an', 'do i have', 'could i have', 'have i got', 'worried its', 'worried it is',
  'worried it might', 'worried about', 'worried i have', 'worried i might', 'worried that', 'worry its', 'scared its',
  'scared it is', 'scared of', 'afraid its', 'afraid it is', 'afraid i', 'fear its', 'wondering if', 'wonder if',
  'wondering whether', 'what if', 'in case', 'rule out', 'ruled out', 'ruling out', 'check for', 'checked for', 'test for',
  'tested for', 'signs of', 'symptoms of', 'sounds like', 'read about', 'reading about', 'googled', 'google says',
  'risk of', 'to prevent', 'avoid getting', 'dont want to get', 'dont want it to', 'turn into', 'turning into', 'become a',
  'thought it was', 'thought it might', 'suspect its', 'suspect it is', 'think its a', 'think it is a', 'think its an',
  'think i have', 'think ive got', 'reckon its', 'or is it', 'or could it',
  // Forum worries and reading (dev6): "worried I've got a stress fracture", "I read online that … = stress fracture".
  'worried ive got', 'worried ive', 'scared ive got', 'convinced its', 'convinced i have', 'convinced ive got', 'read online',
  // Someone else's certainty is a guess too: "he's convinced he's sprained it" (dev16, a gout flare).
  'convinced hes', 'convinced shes', 'convinced he has', 'convinced she has', 'convinced ive', 'convinced that',
  'sure hes', 'sure shes', 'insists hes', 'insists shes', 'insists its', 'adamant its', 'adamant hes', 'adamant shes',
  'read that', 'i read', 'internet says',
  // And someone else's theory: "his PE teacher thinks he rolled it and forgot" (dev25, an infected ankle joint).
  'thinks hes', 'thinks shes', 'thinks he', 'thinks she', 'reckons hes', 'reckons shes', 'reckons he', 'reckons she',
].map(seq);
const PEOPLE = new Set([
  'friend', 'friends', 'mate', 'mates', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'mum', 'mom', 'mother', 'dad',
  'father', 'brother', 'sister', 'son', 'daughter', 'colleague', 'teammate', 'clubmate', 'buddy', 'pal', 'neighbour',
  'neighbor', 'cousin', 'uncle', 'aunt', 'grandma', 'grandad', 'granddad', 'grandmother', 'grandfather', 'someone',
  'somebody', 'everyone', 'people', 'runners', 'sibling', 'twin', 'family', 'parents',
].map(stem));
/**
 * A person's occasion or place ("after my cousin's wedding with my foot swollen", "at my mum's house"): the runner
 * was there, so the clause is not about that person (dev14: a gout flare told as waking up after a wedding).
 */
const OCCASION = new Set([
  'wedding', 'party', 'birthday', 'funeral', 'christening', 'barbecue', 'bbq', 'stag', 'hen', 'house', 'place', 'flat',
  'wake', 'reception', 'do',
].map(stem));
/** After a person: the verbs that make the rest of the clause about them. */
const HAVING = new Set(['have', 'has', 'had', 'get', 'got', 'gets', 'was', 'is', 'suffer', 'suffered', 'diagnosed', 'went', 'ended', 'dealing', 'struggled', 'struggle', 'broke', 'tore', 'sprained', 'rolled', 'also', 'once', 'used', 'be', 'recently', 'who', 'with', 'keeps', 'keep'].map(stem));
const PAST = [
  'last year', 'year ago', 'years back', 'last season', 'last summer', 'last winter', 'last spring', 'last autumn',
  'as a kid', 'as a child', 'as a teenager', 'as a teen', 'when i was younger', 'when i was a', 'in the past', 'previously',
  'used to', 'in school', 'at school', 'at uni', 'in college', 'in high school', 'long time ago', 'while ago', 'years earlier',
  // An era of life named as over: "rolled my ankles loads back then", "till I was 30", "in my twenties".
  'back then', 'back in the day', 'in those days', 'over the years', 'till i was', 'until i was', 'in my teens', 'in my twenties',
  'in my thirties', 'in my youth',
  // A season counted back ("two winters ago", "a few summers back"), like "two years ago" (dev18).
  'winter ago', 'summer ago', 'spring ago', 'autumn ago', 'season ago', 'winter back', 'summer back', 'season back',
].map(seq);
/** Last words of a time in the past ("last year", "two seasons ago"): a clause may end there. */
const PAST_END = new Set(['year', 'years', 'ago', 'season', 'summer', 'winter', 'spring', 'autumn'].map(stem));
const DURATION_LEAD = new Set(['since', 'for', 'from', 'over', 'throughout', 'all']);
const FEW = new Set(['few', 'several', 'many', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(stem));

/** Phrases by their first word, so each token is checked only against the phrases that can start there. */
function byFirst(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const m = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const w = p[0] ?? '';
    m.set(w, [...(m.get(w) ?? []), p]);
  }
  return m;
}
const HYPOTHETICAL_BY_FIRST = byFirst(HYPOTHETICAL);
const PAST_BY_FIRST = byFirst(PAST);

/** Does a phrase from `index` start at token i (its first word matching the token's stem or surface word)? */
function startsAt(tokens: readonly Token[], i: number, index: ReadonlyMap<string, readonly (readonly string[])[]>): boolean {
  const t = tokens[i];
  if (!t) return false;
  const test = (list: readonly (readonly string[])[] | undefined): boolean => (list ?? []).some((p) => at(tokens, i, p));
  return test(index.get(t.norm)) || (t.word !== t.norm && test(index.get(t.word)));
}

function at(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w || tokens[i + k]?.word === w);
}

function clauseBreak(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || (i > 0 && tokens[i - 1]?.sentence !== t.sentence)) return true;
  if (BREAKS.has(t.norm) || BREAKS.has(t.word) || t.norm === 'now' || t.norm === 'so') return true;
  // "Since I sprained it last year there's a click": a new statement starts right after a time in the past.
  if (PAST_END.has(tokens[i - 1]?.norm ?? '') && (CLAUSE_START.has(t.norm) || CLAUSE_START.has(t.word))) return true;
  return (t.norm === ',' || t.norm === 'and' || t.norm === ':') && next !== undefined && (CLAUSE_START.has(next.norm) || CLAUSE_START.has(next.word));
}

/** "3 months ago", "a few months ago": long enough ago to be history (judgement: three months). */
function monthsAgo(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== stem('months') || tokens[i + 1]?.norm !== 'ago') return false;
  const n = tokens[i - 1];
  return n !== undefined && (FEW.has(n.norm) || (/^\d+$/.test(n.word) && Number(n.word) >= 3));
}

const RECENT_DAY = new Set(['yesterday', 'today', 'tonight']);
const RECENT_PART = new Set(['morning', 'afternoon', 'evening', 'night']);

/** "yesterday", "today", "this morning", "last night": the story is of now, not of the past. */
function recentDay(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.word ?? '';
  if (RECENT_DAY.has(w)) return true;
  const prev = tokens[i - 1]?.word ?? '';
  return RECENT_PART.has(w) && (prev === 'this' || (prev === 'last' && w === 'night'));
}

/**
 * "My husband had to carry me", "a friend had to help me off the trail": the other person acts on the runner, so the
 * clause is still about the runner's own injury.
 */
function helpsMe(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    if (tokens[k]?.word !== 'to') continue;
    return ['me', 'myself'].includes(tokens[k + 2]?.word ?? '') || ['me', 'myself'].includes(tokens[k + 3]?.word ?? '');
  }
  return false;
}

/**
 * The context of every token.
 * @example readContexts(readTokens('my friend had shin splints'))[3]?.other // true
 */
export function readContexts(tokens: readonly Token[]): TokenContext[] {
  const clauseOf: number[] = [];
  let clause = 0;
  tokens.forEach((_, i) => {
    if (i > 0 && clauseBreak(tokens, i)) clause += 1;
    clauseOf.push(clause);
  });
  const hypoFrom = new Map<number, number>();
  const otherFrom = new Map<number, number>();
  const past = new Map<number, boolean>();
  tokens.forEach((t, i) => {
    const c = clauseOf[i] ?? 0;
    if (!hypoFrom.has(c) && startsAt(tokens, i, HYPOTHETICAL_BY_FIRST)) hypoFrom.set(c, i);
    if (PEOPLE.has(t.norm) && !OCCASION.has(tokens[i + 1]?.norm ?? '') && [1, 2].some((k) => HAVING.has(tokens[i + k]?.norm ?? '')) && !helpsMe(tokens, i) && !otherFrom.has(c)) otherFrom.set(c, i);
    const yearsAgo = /^(19|20)\d\d$/.test(t.word) && ['in', 'backadv', 'during'].includes(tokens[i - 1]?.norm ?? '');
    if (startsAt(tokens, i, PAST_BY_FIRST) || monthsAgo(tokens, i) || yearsAgo) {
      const lead = tokens[i - 1]?.norm === 'the' ? tokens[i - 2] : tokens[i - 1];
      const duration = lead !== undefined && (DURATION_LEAD.has(lead.word) || DURATION_LEAD.has(lead.norm));
      past.set(c, (past.get(c) ?? true) && duration);
    }
  });
  // "Stress fracture?? please say no": a bare name of a condition asked as its own question is a guess (dev20).
  for (const [from, to] of nameAsked(tokens)) for (let i = from; i < to; i++) if (!hypoFrom.has(clauseOf[i] ?? 0)) hypoFrom.set(clauseOf[i] ?? 0, from);
  // "jumped off a step at school yesterday": a day named as recent outweighs a past-sounding place in the clause.
  tokens.forEach((_, i) => {
    const c = clauseOf[i] ?? 0;
    if (past.has(c) && past.get(c) === false && recentDay(tokens, i)) past.delete(c);
  });
  return tokens.map((_, i) => {
    const c = clauseOf[i] ?? 0;
    const h = hypoFrom.get(c);
    const o = otherFrom.get(c);
    return {
      clause: c, hypothetical: h !== undefined && i >= h, other: o !== undefined && i >= o,
      past: past.has(c), pastIsDuration: past.get(c) === true,
    };
  });
}

/** Words that say an old problem went away ("which the podiatrist sorted", "cleared with heel drops"). */
const RESOLVED = [['sorted'], ['cleared'], ['settled'], ['fixed'], ['healed'], ['resolved'], ['recovered'], ['went', 'away'], ['got', 'better'], ['got', 'over'], ['cured']];
/** Words that say it came back, so the old problem is today's again ("cleared up but it's back"). */
const RETURNED = [['came', 'back'], ['come', 'back'], ['coming', 'back'], ['its', 'back'], ['is', 'back'], ['back', 'again'], ['again'], ['returned'], ['returning'], ['recurred'], ['flared'], ['still']];

/**
 * Clauses set in the past (not "since last year") whose sentence says the problem went away and did not come back:
 * "had plantar fasciitis two winters ago which the podiatrist sorted" is an old, settled problem, so its places and
 * side are not today's (dev18). Judgement, from how runners write.
 * @example resolvedPastClauses(tokens, readContexts(tokens)) // Set { 0 } for the sentence above
 */
export function resolvedPastClauses(tokens: readonly Token[], ctx: readonly TokenContext[]): Set<number> {
  const has = (sentence: number, list: readonly (readonly string[])[]): boolean => tokens.some((t, i) => t.sentence === sentence
    && list.some((words) => words.every((w, k) => tokens[i + k]?.word === w && tokens[i + k]?.sentence === sentence)));
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    const c = ctx[i];
    if (c && c.past && !c.pastIsDuration && !out.has(c.clause) && has(t.sentence, RESOLVED) && !has(t.sentence, RETURNED)) out.add(c.clause);
  });
  return out;
}

/** Words that name a condition, for a fragment question ("Stress fracture?", "Torn tendon??"). */
const CONDITION_WORDS = new Set(['fracture', 'fractured', 'break', 'broken', 'tear', 'torn', 'rupture', 'ruptured', 'sprain', 'sprained', 'dvt', 'clot', 'gout', 'tendonitis', 'tendinitis', 'tendinopathy', 'splints', 'neuroma', 'fasciitis', 'bursitis', 'arthritis', 'reaction']);
/** Token ranges of fragment questions of up to four words that name a condition. */
function nameAsked(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    if (!t.punct) return;
    const words = tokens.slice(start, i).filter((w) => !w.punct);
    if (t.word === '?' && words.length > 0 && words.length <= 4 && words.some((w) => CONDITION_WORDS.has(w.word))) out.push([start, i]);
    start = i + 1;
  });
  return out;
}

const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'mine', 'myself']);
/** Verbs of a narrator watching, thinking or acting for the patient ("what I've noticed", "I gave her Calpol"). */
const NARRATOR = new Set(['notice', 'noticed', 'think', 'thought', 'wonder', 'wondered', 'wondering', 'check', 'checked', 'reckon', 'guess', 'saw', 'asked', 'suppose', 'figured', 'gave', 'drove', 'watched', 'spotted']);
/** Words that open a comparison: "like my sprains were", "than mine". */
const COMPARING = new Set(['like', 'unlike', 'than']);

/**
 * Is the first-person word at i the writer narrating about someone else rather than describing themselves: a
 * watching or thinking verb right after it ("I've noticed", "I checked", "I gave her Calpol"), or a comparison with
 * the writer's own past ("like my sprains were")? A parent's story about a child is full of these (dev16).
 */
function narrating(tokens: readonly Token[], i: number): boolean {
  if (COMPARING.has(tokens[i - 1]?.word ?? '')) return true;
  const next = tokens[i + 1]?.word ?? '';
  return tokens[i]?.word !== 'my' && tokens[i]?.word !== 'me' && (NARRATOR.has(next) || (next === 'have' && NARRATOR.has(tokens[i + 2]?.word ?? '')));
}
const THIRD_PERSON = new Set(['he', 'she', 'hes', 'shes', 'his', 'her', 'him', 'hers', 'himself', 'herself']);

/**
 * Is the whole text a story told about one other person: a parent writing for a child, someone asking for a
 * partner ("my son 12 has a lump on the inside of his foot. It gets sore after running. He has flat feet")?
 * Then that person is the patient and what is said about them counts. Read as: someone else is named before the
 * writer says anything about themselves, and the text speaks of "he/she/his/her" more often than of "I/me/my …"
 * ("my" before a person, as in "my son", does not count for the writer, nor does the writer narrating: "what I've
 * noticed", "like my sprains were"). Judgement, from how parents write.
 * @example toldAboutOther(readTokens('my son has a lump on his foot'), contexts) // true
 */
export function toldAboutOther(tokens: readonly Token[], ctx: readonly TokenContext[]): boolean {
  const firstOther = ctx.findIndex((c) => c.other);
  if (firstOther < 0) return false;
  let first = 0;
  let third = 0;
  let firstSelf = -1;
  tokens.forEach((t, i) => {
    const self = (FIRST_PERSON.has(t.word) || (t.word === 'my' && !PEOPLE.has(tokens[i + 1]?.norm ?? ''))) && !narrating(tokens, i);
    if (self) {
      first += 1;
      if (firstSelf < 0) firstSelf = i;
    }
    if (THIRD_PERSON.has(t.word)) third += 1;
  });
  // A text that opens on the other person ("My son is 13 and turned his ankle…") is theirs even when the writer says
  // as much of themselves as of them ("what I've noticed… like my sprains were"; dev16).
  const opensOnOther = tokens[firstOther]?.sentence === 0;
  return (firstSelf < 0 || firstSelf > firstOther) && (third > first || (opensOnOther && third > 0 && third === first));
}

/** Words a note uses for the person it is about. */
const PATIENT = new Set(['patient', 'pt', 'client', 'athlete', 'casualty']);

/**
 * In a story about another person, the clauses about yet another one: "She reports her calf is swollen. Her mother
 * had a DVT" (the mother is not the patient), "my son has heel pain; his coach had the same". The patient is the first
 * person named, unless the text was already speaking of him or her ("the patient", "she") before anyone was named:
 * then every named person is a bystander. Judgement, from how notes and parents write.
 * @example bystanderClauses(tokens, contexts) // Set { 4 } for the mother's clause above
 */
export function bystanderClauses(tokens: readonly Token[], ctx: readonly TokenContext[]): Set<number> {
  const out = new Set<number>();
  let patient: string | null = null;
  let spokenOf = false;
  tokens.forEach((t, i) => {
    const c = ctx[i];
    if (!c) return;
    const starts = c.other && (i === 0 || ctx[i - 1]?.clause !== c.clause || ctx[i - 1]?.other !== true);
    if (starts) {
      if (patient === null && !spokenOf) patient = t.norm;
      else if (t.norm !== patient) out.add(c.clause);
      return;
    }
    if (!c.other && (THIRD_PERSON.has(t.word) || PATIENT.has(t.word))) spokenOf = true;
  });
  return out;
}
