/**
 * Numbers in own words: how long ("for 3 weeks", "since march", "a couple of months"), how much running
 * ("from 20 to 35 miles a week", "did 20, now 40" → weekly km and change %), shoe mileage, pain scores ("6/10"), age and sex.
 * Works on the lower-cased text with offsets, so each value keeps the span it came from.
 * @module
 */

/** A number read from the text, keyed by what it measures. */
export interface NumberMention {
  readonly kind: 'duration-weeks' | 'weekly-km' | 'change-percent' | 'shoe-km' | 'pain-score' | 'age' | 'sex';
  readonly value: number | string;
  readonly span: readonly [number, number];
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, couple: 2, few: 3, several: 4,
  half: 0.5, dozen: 12,
};
const NUM = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|couple|few|several|half|dozen)`;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MILE_KM = 1.609344;

/** Units after a bare number that make it a count of something other than distance. */
const OTHER_COUNT = /^\s*(?:reps?|sets?|mins?|minutes?|hours?|hrs?|times|kg|kilos?|lbs?|pounds|%|\/|out\s+of|steps?|days?|weeks?|months?|years?|secs?|seconds?|bpm|stairs|flights)\b/;

/** After a bare score, a unit that makes it something else ("a 7 km run", "a 5 minute walk"). */
const NOT_SCORE_AFTER = /^\s*(?:\/|out\s+of|km|k\b|kms|mi\b|miles?|mins?|minutes?|hours?|hrs?|%|weeks?|days?|months?|years?|yrs?|yo\b|times|reps?|sets?|kg|lbs?|year|weeks?|mile|th\b|st\b|nd\b|rd\b|-?\s*(?:mile|km|minute|day|week|hour))/;
const PAIN_WORDS = /\b(pain|painful|hurts?|hurting|sore|ache|aches|aching|agony|killing|throbs?|throbbing|bad|severe|discomfort)\b/;

/**
 * Pain scores said without "/10": "like a 7", "about a 6", "pain is a 5", "pain level 8". Only next to a pain word,
 * only 0–10, and not when a unit follows ("a 7 km run").
 */
function spokenPainScores(text: string, taken: (s: number, e: number) => boolean, take: (s: number, e: number) => void): NumberMention[] {
  const out: NumberMention[] = [];
  const re = /\b(?:(?:like|about|around|maybe|probably|roughly|is|was|it'?s|at|solid|easy)\s+(?:a|an)\s+|pain\s+(?:level\s+|score\s+|of\s+|is\s+|at\s+)?(?:a\s+)?)(\d{1,2}(?:\.\d)?)\b/g;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const v = Number(m[1]);
    if (taken(m.index, end) || v > 10 || NOT_SCORE_AFTER.test(text.slice(end))) continue;
    const around = text.slice(Math.max(0, m.index - 40), Math.min(text.length, end + 25));
    if (!PAIN_WORDS.test(around)) continue;
    out.push({ kind: 'pain-score', value: v, span: [m.index, end] });
    take(m.index, end);
  }
  return out;
}

function num(s: string | undefined): number {
  if (s === undefined) return NaN;
  return WORD_NUMBERS[s] ?? Number(s);
}

function toKm(value: number, unit: string | undefined, fallbackMiles: boolean): number {
  const miles = unit ? /^(mi|mile|mpw)/.test(unit) : fallbackMiles;
  return Math.round((miles ? value * MILE_KM : value) * 10) / 10;
}

const UNIT_WEEKS: Record<string, number> = { day: 1 / 7, week: 1, wk: 1, fortnight: 2, month: 4.35, year: 52, yr: 52 };

/** Words that make a sentence about medicines rather than the pain ("taken ibuprofen for years"). */
const MEDICATION = /\b(tablets?|pills?|medication|medicines?|meds|ibuprofen|naproxen|paracetamol|acetaminophen|aspirin|statins?|inhaler|insulin|metformin|contraceptive|hrt|antibiotics?|steroids?|painkillers?|prescribed|prescription|taken|taking|take)\b/;
/** Right before a duration: something the runner has done for that long, not how long it has hurt. */
// Also a sport played or a place lived in, with its object ("played football for years", "I live here since 2 years",
// "been in the UK for 3 years"; dev19), and other sports said as a gerund ("cycling for 20 years").
const NOT_PAIN_BEFORE = /\b(?:running|jogging|a\s+runner|racing|training|smok\w*|diabetic|vegan|vegetarian|working|worked|on\s+the\s+pill|doing\s+(?:this|it|that)|(?:cycl|swimm|row|danc|ski|climb|lift|coach|teach)ing|play(?:ed|ing|s)?(?:\s+(?!through\b|on\b|with\b|it\b)\w+){1,3}|(?:live[sd]?|living|been|stayed|staying|settled)\s+(?:here|there|in\s+(?:the\s+)?\w+|abroad)(?:\s+\w+)?|married|moved\s+here)\s*$/;

/** Right after a duration: the age of a pregnancy or a child, not how long it has hurt. */
const NOT_PAIN_AFTER = /^\s*(?:pregnant|postpartum|post[\s-]?partum|post[\s-]?natal|gestation)/;

const CLAUSE_PUNCT = new Set(['.', '!', '?', ';', ',', '\n']);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/**
 * Where the clause holding `index` starts: just after the last stop, comma, "but" or "and" before it (0 if none).
 * Scans backwards from `index`, so reading many durations in a long text stays linear per duration.
 */
function afterLastBreak(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    if (CLAUSE_PUNCT.has(text[i] ?? '')) return i + 1;
    const word = text.slice(i, i + 3);
    // A whole word: "band" and "butter" are not breaks; the end of the text before `index` counts as a boundary.
    if ((word === 'but' || word === 'and') && i + 3 <= index && !isWordChar(text[i - 1]) && (i + 3 === index || !isWordChar(text[i + 3]))) return i + 3;
  }
  return 0;
}

/**
 * Is a duration about something other than the pain: in a clause about medicines, or right after an activity
 * the runner has kept up for that long ("been running for 10 years", a second language's "running since 10 years",
 * dev18)?
 */
function notPainDuration(text: string, index: number): boolean {
  // The clause around the duration: from the last stop, comma, "but" or "and" before it to the next one after it.
  const start = afterLastBreak(text, index);
  const nextStop = text.slice(index).search(/[.!?;,\n]|\bbut\b|\band\b/);
  const clause = text.slice(start, nextStop < 0 ? text.length : index + nextStop);
  return MEDICATION.test(clause) || NOT_PAIN_BEFORE.test(text.slice(start, index).replace(/\s+(?:for|over|since)\s*$/, ''));
}

/** Words that make a bare "yesterday" or "last week" the start of the problem: an injury, an onset or the pain. */
const ONSET_CUE = /\b(?:start|began|begin|came on|come on|since|happen|did it|fell|fall|went over|rolled|roll|twist|turn|sprain|pop|snap|crack|kick|blow|hit|injur|hurt|pain|sore|ache|aching|swell|swoll|tender|limp|noticed|felt|feel|went|been)/;

/** Something else that happened on a named day: an illness or an occasion, not the start of the pain. */
const OTHER_EVENT = /\b(?:fever|temperature|flu|covid|cold|virus|bug|ill|sick|holiday|wedding|party|birthday|race|parkrun|marathon|vaccin|jab)/;

/** The text around an offset up to the nearest of `stops` on each side, lower-cased. */
function around(text: string, index: number, stops: readonly string[]): string {
  const start = Math.max(...stops.map((c) => text.lastIndexOf(c, index))) + 1;
  const rest = Math.min(...stops.map((c) => text.indexOf(c, index)).filter((i) => i >= 0), text.length);
  return text.slice(start, rest).toLowerCase();
}
/** A count just before "a week": the phrase is a rate ("twice a week", "5 runs a week"), not a duration. */
// "Runs three mornings a week" (dev23): the parts of a day are counted the same way.
const RATE_BEFORE = /\b(?:twice|once|thrice|\d+\s*x|x|runs?|sessions?|days?|nights?|mornings?|evenings?|afternoons?|lunchtimes?|weekends?|workouts?|classes|games?|matches|shifts?|hours?|hrs?)\s*$/;
const SENTENCE_STOPS = ['.', '!', '?', '\n'];
/** A sentence about what the examiner finds on the day: a denied sign, a grade or a test, not when the pain began. */
const EXAM_DAY = /^\s*today\s*,|\b(?:there (?:is|are|was) no|no)\b[^,]*\btoday\b|\b(?:examination|examined|on exam|\d\/5|grade|test|reflex)/;
const CLAUSE_STOPS = [...SENTENCE_STOPS, ',', ';'];

function durations(text: string, taken: (s: number, e: number) => boolean, today: string | undefined): NumberMention[] {
  const out: NumberMention[] = [];
  const re = new RegExp(String.raw`(?:\b(in|every|per|times|for|past|last|about|around|over|nearly|almost|ago)\s+(?:the\s+)?(?:last\s+|past\s+)?)?\b${NUM}(?:\s*(?:-|to|or)\s*${NUM})?(?:\s+|\s*-\s*)(?:of\s+)?(day|week|wk|fortnight|month|year|yr)s?\b(\s+(?:a|per)\s+(?:week|month|year))?`, 'g');
  for (const m of text.matchAll(re)) {
    const [all, lead, a, b, unit, rate] = m;
    if (rate || lead === 'in' || lead === 'every' || lead === 'per' || lead === 'times' || taken(m.index, m.index + all.length) || notPainDuration(text, m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "Twice a week", "4x a week", "5 runs a week": how often, not how long.
    if ((a === 'a' || a === 'an') && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (/\b(times|x)\s*$/.test(before) || /\b(in|within)\s+$/.test(before)) continue;
    // "31 weeks pregnant", "baby's 9 weeks now": how far along a pregnancy or how old a baby is, not the pain.
    if (NOT_PAIN_AFTER.test(text.slice(m.index + all.length)) || /\bbaby(?:['’]s|\s+is)?\s*$/.test(before)) continue;
    const lo = num(a);
    const hi = b === undefined ? lo : num(b);
    const weeks = ((lo + hi) / 2) * (UNIT_WEEKS[unit ?? 'week'] ?? 1);
    if (Number.isFinite(weeks)) out.push({ kind: 'duration-weeks', value: Math.round(weeks * 10) / 10, span: [m.index, m.index + all.length] });
  }
  // "For months", "months of treatment": at least a few months (judgement: three months, one year for "years").
  for (const m of text.matchAll(/\b(?:for|over)\s+(?:many\s+)?(months|years)\b|\b(months|years)\s+(?:of|now)\b/g)) {
    if (taken(m.index, m.index + m[0].length) || notPainDuration(text, m.index) || out.some((o) => o.span[0] <= m.index && o.span[1] >= m.index + m[0].length)) continue;
    out.push({ kind: 'duration-weeks', value: (m[1] ?? m[2]) === 'years' ? 52 : 13, span: [m.index, m.index + m[0].length] });
  }
  for (const m of text.matchAll(/\b(yesterday|last night|this morning|today|last week|a fortnight)\b/g)) {
    // "Had a fever last week, now my heel hurts": a day named for something else says nothing about the pain.
    const clause = around(text, m.index, CLAUSE_STOPS);
    if ((OTHER_EVENT.test(clause) && !ONSET_CUE.test(clause)) || !ONSET_CUE.test(around(text, m.index, SENTENCE_STOPS))) continue;
    // "No swelling or bony tenderness today", "Today, dorsiflexion is 3/5": the day of the examination (dev23).
    if (m[1] === 'today' && EXAM_DAY.test(around(text, m.index, SENTENCE_STOPS))) continue;
    const weeks = m[1] === 'last week' ? 1 : m[1] === 'a fortnight' ? 2 : m[1] === 'yesterday' || m[1] === 'last night' ? 0.1 : 0;
    out.push({ kind: 'duration-weeks', value: weeks, span: [m.index, m.index + m[0].length] });
  }
  if (today !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(today)) {
    const re2 = new RegExp(String.raw`\bsince\s+(?:early\s+|late\s+|mid\s+|the\s+start\s+of\s+|the\s+end\s+of\s+)?(${MONTHS.join('|')})\b`, 'g');
    for (const m of text.matchAll(re2)) {
      const month = MONTHS.indexOf(m[1] ?? '');
      const [y, mo, d] = today.split('-').map(Number);
      if (y === undefined || mo === undefined || d === undefined) continue;
      let start = Date.UTC(y, month, 15);
      const now = Date.UTC(y, mo - 1, d);
      if (start > now) start = Date.UTC(y - 1, month, 15);
      out.push({ kind: 'duration-weeks', value: Math.round(((now - start) / (7 * 86_400_000)) * 10) / 10, span: [m.index, m.index + m[0].length] });
    }
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/**
 * All number mentions, in text order.
 * @example readNumbers('from 20 to 35 miles a week').map((n) => [n.kind, n.value]) // [['weekly-km', 56.3], ['change-percent', 75]]
 */
export function readNumbers(raw: string, today?: string): NumberMention[] {
  const text = raw.toLowerCase();
  const out: NumberMention[] = [];
  const spans: [number, number][] = [];
  const take = (s: number, e: number): void => {
    spans.push([s, e]);
  };
  const taken = (s: number, e: number): boolean => spans.some(([a, b]) => s < b && e > a);
  const milesContext = /\b(miles?|mileage|mpw)\b/.test(text);
  // A unit is a whole word: "mi" must not be read from "minutes".
  const UNIT = String.raw`((?:km|k|kms|kilomet\w*|miles?|mi|mpw)(?![a-z]))`;
  const fromTo = new RegExp(String.raw`\bfrom\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*${UNIT}?\s+(?:a\s+week\s+)?(?:up\s+)?to\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*${UNIT}?(?:\s*(?:a|per|/|each)\s*(?:week|wk))?`, 'g');
  // "Did 20, now 40", "was running 30k a week and now 45": the same change said as before and now.
  const beforeNow = new RegExp(String.raw`\b(?:did|was\s+doing|used\s+to\s+(?:do|run)|was\s+running|was\s+at|ran)\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*${UNIT}?(?:\s*(?:a|per|/|each)\s*(?:week|wk))?\s*(?:,|\.|;|and|but)?\s*(?:i'?m\s+)?(?:now|these\s+days)\s+(?:i'?m\s+)?(?:doing\s+|running\s+|at\s+|up\s+to\s+)?(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*${UNIT}?(?:\s*(?:a|per|/|each)\s*(?:week|wk))?`, 'g');
  const pairs = [...text.matchAll(fromTo)].map((m) => ({ m, a: m[1], ua: m[2], b: m[3], ub: m[4] }))
    .concat([...text.matchAll(beforeNow)].map((m) => ({ m, a: m[1], ua: m[2], b: m[3], ub: m[4] })))
    .sort((x, y) => x.m.index - y.m.index);
  for (const { m, a: aText, ua, b: bText, ub } of pairs) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const a = Number(aText);
    const b = Number(bText);
    const unit = ub ?? ua;
    const weekly = unit !== undefined || /\b(week|wk|weekly)\b/.test(m[0]) || /\b(mileage|distance|volume|week)\b/.test(text);
    // Without a unit, two numbers are a training change unless they count something else ("20 reps", "3 to 7
    // out of 10") or sit in a sentence about pain; runners mean their distance (judgement).
    const end = m.index + m[0].length;
    const painBefore = /\b(pain|score|scale|rated?|rating)\b[^.,;]*$/.test(text.slice(Math.max(0, m.index - 30), m.index));
    if ((unit === undefined && OTHER_COUNT.test(text.slice(end))) || (!weekly && painBefore)) continue;
    if (weekly) out.push({ kind: 'weekly-km', value: toKm(b, unit, milesContext), span: [m.index, m.index + m[0].length] });
    if (a > 0) out.push({ kind: 'change-percent', value: Math.round(((b - a) / a) * 100), span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  const weekly = new RegExp(String.raw`\b(\d+(?:\.\d+)?)\s*${UNIT}\s*(?:a|per|/|each|every)\s*(?:week|wk)\b|\b(\d+(?:\.\d+)?)\s*(mpw)\b`, 'g');
  for (const m of text.matchAll(weekly)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const value = Number(m[1] ?? m[3]);
    out.push({ kind: 'weekly-km', value: toKm(value, m[2] ?? m[4], milesContext), span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/\b(?:by|about|around|nearly|over)?\s*(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s*(?:more|increase|jump|up)?/g)) {
    if (taken(m.index, m.index + m[0].length) || !/(increas|more|jump|up|rais|added|bump)/.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20))) continue;
    out.push({ kind: 'change-percent', value: Number(m[1]), span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/\b(doubled|tripled)\b/g)) {
    if (!/(mileage|miles|km|distance|volume|training|running|long run)/.test(text.slice(m.index, m.index + 40))) continue;
    out.push({ kind: 'change-percent', value: m[1] === 'doubled' ? 100 : 200, span: [m.index, m.index + m[0].length] });
  }
  const shoe = new RegExp(String.raw`\b(\d+(?:\.\d+)?)\s*${UNIT}\s+(?:on|in)\s+(?:them|my\s+shoes|these\s+shoes|the\s+shoes|those)|\bshoes?\s+(?:have|has|with|are\s+at|at)\s+(?:about\s+|around\s+|over\s+)?(\d+(?:\.\d+)?)\s*${UNIT}`, 'g');
  for (const m of text.matchAll(shoe)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    out.push({ kind: 'shoe-km', value: toKm(Number(m[1] ?? m[3]), m[2] ?? m[4], milesContext), span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/\b(\d{1,2}(?:\.\d)?)\s*(?:\/|out of)\s*10\b/g)) {
    const v = Number(m[1]);
    if (v <= 10) out.push({ kind: 'pain-score', value: v, span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  out.push(...spokenPainScores(text, taken, take));
  for (const m of text.matchAll(/\b(\d{1,2})\s*(?:-|\s)?\s*(?:years?[\s-]old|yrs?[\s-]old|yo|y\/o|year old)\b|\b(?:i'?m|i am|aged?)\s+(\d{2})\b(?!\s*(?:km|k|miles?|mi|min|minutes|%|weeks?|days?|months?))/g)) {
    const v = Number(m[1] ?? m[2]);
    if (v >= 10 && v <= 99) out.push({ kind: 'age', value: v, span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  // A parent writing for a child: "my daughter is 14", "my son 12 has…", "my son Max (14)", "our daughter (16)".
  for (const m of text.matchAll(/\b(?:my|our)\s+(daughter|son)(?:\s+is\s+|,?\s+|\s+[a-z]+\s+\(|\s*\()(\d{1,2})\b(?!\s*(?:km|k|miles?|mi|min|minutes|%|weeks?|days?|months?|years? ago|times?|x)\b)/g)) {
    const v = Number(m[2]);
    if (v < 6 || v > 25 || taken(m.index, m.index + m[0].length)) continue;
    out.push({ kind: 'age', value: v, span: [m.index, m.index + m[0].length] });
    out.push({ kind: 'sex', value: m[1] === 'daughter' ? 'female' : 'male', span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  // "the kid is 14", "a boy (15)": a child named without a sex-giving word. Judgement: only these words, two digits.
  for (const m of text.matchAll(/\b(?:kid|child|boy|girl)\s*(?:is|,|\()\s*(\d{2})\b(?!\s*(?:km|k|miles?|mi|min|minutes|%|weeks?|days?|months?|hours?|times?|x|\/|\.\d))/g)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const v = Number(m[1]);
    if (v >= 10 && v <= 99) out.push({ kind: 'age', value: v, span: [m.index, m.index + m[0].length] });
    take(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/\b(\d{2})\s?([mf])\b/g)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    out.push({ kind: 'age', value: Number(m[1]), span: [m.index, m.index + m[0].length] });
    out.push({ kind: 'sex', value: m[2] === 'f' ? 'female' : 'male', span: [m.index, m.index + m[0].length] });
  }
  for (const m of text.matchAll(/\b(woman|female|girl|lady|mum|mom|man|male|guy|dad)\b/g)) {
    // "My mum had a clot", "her dad": someone else, not the runner.
    if (/\b(my|his|her|our|your|their|the|friend's|wife's|husband's)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Like the tin man", "a snowman": a figure of speech, not the runner's sex (dev20).
    if (/\b(?:tin|snow|iron|straw|sand)\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const female = ['woman', 'female', 'girl', 'lady', 'mum', 'mom'].includes(m[1] ?? '');
    out.push({ kind: 'sex', value: female ? 'female' : 'male', span: [m.index, m.index + m[0].length] });
  }
  out.push(...durations(text, taken, today));
  return out.sort((x, y) => x.span[0] - y.span[0]);
}
