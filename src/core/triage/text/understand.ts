/**
 * Own words → findings. Every finding keeps the span of text it came from, so the UI can show it as a chip
 * the runner can remove or correct.
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.ts';
import { dropBareHeel } from './bare-heel.ts';
import { bothFeetFlat } from './both-feet-flat.ts';
import { rolledAsInjury } from './rolled-event.ts';
import { dropCheckPlaces } from './check-places.ts';
import { dropLandmarkDeformity } from './bony-landmark.ts';
import { bigToeReadings } from './big-toe-readings.ts';
import { reconcileInjuries } from './injury-readings.ts';
import { MAX_TEXT_LENGTH, TriageInputError } from '../errors.ts';
import type { AssessOptions, FindingValue, KnownFinding } from '../types.ts';
import { compileLexicon } from './lexicon.ts';
import { findAll, indexTokens, type PhraseMatch } from './match.ts';
import { contextsFor, readMatches, type Contexts, type TextFinding } from './read-matches.ts';
import { readNumbers, type NumberMention } from './numbers.ts';
import { readSide } from './side.ts';
import { blankSpans, readHealthySide } from './healthy-side.ts';
import { readRelativePlaces } from './relative-place.ts';
import { readAboveHeel } from './above-heel.ts';
import { readPressTender } from './press-tender.ts';
import { readStories } from './story-readers.ts';
import { createMemory } from './remember.ts';
import { readOvernightFlare } from './overnight-flare.ts';
import { explainedBySigns, woundedPlacesOnly } from './wound-stories.ts';
import { readTokens } from './senses.ts';
import { correctSpelling } from './spelling.ts';
import { readSelfDiagnosis, type SelfDiagnosisHint } from './self-diagnosis.ts';
import { readContexts } from './context.ts';
import { limitedAbility } from './abilities.ts';
import { cantSpansClauses, dropLabelPlaces, spansComparison } from './forum-readings.ts';
import { PAIN, STOPWORDS, type Token } from './tokens.ts';
import { expandShorthand } from './clinical-shorthand.ts';
import { chainRewrites } from './rewrite-text.ts';
import { plainEnglish } from './second-language.ts';
import { readSections, sectionAt, type Section } from './clinical-sections.ts';
import { readEarlierOpinions } from './earlier-opinions.ts';
import { placeDenied } from './exam-sentences.ts';
import { readClinicalSigns } from './clinical-signs.ts';
import { setAsideSigns, type SetAsideReason } from './alarm-context.ts';
import { dropElsewhere } from './other-body-part.ts';
import { askedAbout } from './question-hints.ts';
import { formSlaps } from './running-form.ts';
import { literalKicks, weakAlarms, type WeakAlarmReason } from './weak-alarms.ts';

/** What the text said, with notes on anything read but not used. */
export interface Understood {
  readonly findings: KnownFinding[];
  readonly notes: string[];
  /** Conditions the runner named themselves: small hints for the differential, never findings. */
  readonly hints: SelfDiagnosisHint[];
}

/**
 * Reject text the engine must not read: empty, too long, binary or badly decoded.
 * @example checkText('') // throws TriageInputError('text-empty')
 */
export function checkText(text: string): void {
  if (text.trim() === '') throw new TriageInputError('text-empty', 'the description is empty: say where it hurts and what it feels like');
  if (text.length > MAX_TEXT_LENGTH) {
    throw new TriageInputError('text-too-long', `the description is too long (${text.length} characters; the limit is ${MAX_TEXT_LENGTH})`);
  }
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) throw new TriageInputError('text-binary', 'the description contains binary data, not text');
  if (text.includes('\ufffd')) throw new TriageInputError('text-binary', 'the description is not valid UTF-8 text');
}

/**
 * Prefer the longest reading when phrases nest: drop a match whose meaningful words all belong to a longer match
 * ("heel" inside "back of my heel", "pressure" inside "high blood pressure", "smoker" inside "non-smoker",
 * "back … hurts" inside "back of my heel hurts"). Filler words and pain words ("hurts", "sore") are shared by many
 * phrases, so they do not count when comparing. A longer phrase is the more specific statement of what was said.
 */
export function dropNested(tokens: readonly Token[], matches: readonly PhraseMatch[], kb?: KnowledgeBase): PhraseMatch[] {
  const core = matches.map((m) => m.positions.filter((p) => {
    const t = tokens[p];
    return t !== undefined && t.norm !== PAIN && !STOPWORDS.has(t.norm) && !STOPWORDS.has(t.word);
  }));
  // A longer match must hold every core word of the shorter one, so only matches holding its first core word can
  // hide it: index them by position instead of comparing every pair (long texts have thousands of matches).
  const holding = new Map<number, number[]>();
  core.forEach((positions, j) => {
    for (const p of positions) {
      const list = holding.get(p);
      if (list) list.push(j);
      else holding.set(p, [j]);
    }
  });
  const all = matches.map((_, j) => j);
  return matches.filter((m, i) => {
    const mine = core[i] ?? [];
    const first = mine[0];
    const rivals = first === undefined ? all : holding.get(first) ?? [];
    return !rivals.some((j) => {
      const o = matches[j];
      if (o === undefined) return false;
      const theirs = core[j] ?? [];
      if (o === m || !mine.every((p) => theirs.includes(p))) return false;
      // "Red hot", "hot and swollen": heat named with redness or swelling says all of them.
      if (o.entry.findingId === 'warmth' && (m.entry.findingId === 'redness' || m.entry.findingId === 'swelling')) return false;
      // A symptom phrase that names a place ("calf cramps when walking") also says where it hurts, unless the
      // finding is tied to a place of its own (then impliedPlaces adds that place); shoe and history phrases
      // ("heel counter") do not, nor does a sign said to be absent ("squeezing my achilles doesn't hurt").
      if (kb && m.entry.zone && !o.entry.zone && !o.entry.blocker && !o.entry.historyOnly && o.entry.value !== false
        && saysPlace(kb, o.entry.findingId)) return false;
      return theirs.length > mine.length || (theirs.length === mine.length && o.positions.length > m.positions.length);
    });
  });
}

/** Words that turn to what the ability costs: "… but it really hurts", "… though it's achy". */
const COST = new Set(['but', 'though', 'although', 'it', 'its']);

/** A pain word soon after a match, after a turn to what it costs and before any punctuation. */
function painLater(tokens: readonly Token[], m: PhraseMatch): boolean {
  let turned = false;
  for (let i = m.last + 1; i <= m.last + 8; i++) {
    const t = tokens[i];
    if (!t || t.punct) return false;
    if (COST.has(t.word)) turned = true;
    if (turned && t.norm === PAIN) return true;
  }
  return false;
}

/** Symptom findings (when and how it hurts, what it looks like) whose phrases may name the place too. */
const SYMPTOM_CATEGORIES = new Set(['timing', 'character', 'sign']);

function saysPlace(kb: KnowledgeBase, findingId: string): boolean {
  const f = kb.findingById.get(findingId);
  return f !== undefined && f.zone === undefined && SYMPTOM_CATEGORIES.has(f.category);
}

/**
 * Is the text at this offset about the runner's present (not someone else, a worry, or the past)? A lasting state
 * told in the past tense ("had a kidney transplant in 2019": anti-rejection drugs for life) is still present.
 */
function aboutNow(tokens: readonly Token[], cx: Contexts, offset: number, lasting = false): boolean {
  const i = tokens.findIndex((t) => t.end > offset);
  const c = i < 0 ? undefined : cx.tokens[i];
  return !c || !((c.other && !cx.allOther) || c.hypothetical || (c.past && !c.pastIsDuration && !lasting));
}

/** Story findings that are lasting states: their reader already leaves out treatment said to be over (dev25). */
const LASTING_STORIES = new Set(['weakened-immunity']);

const NUMBER_FINDINGS: Record<NumberMention['kind'], readonly string[]> = {
  'duration-weeks': ['duration-weeks'],
  'weekly-km': ['weekly-distance-km'],
  'change-percent': ['distance-change-percent'],
  'shoe-km': ['shoe-distance-km'],
  'pain-score': ['pain-score', 'pain-severity', 'pain-intensity', 'pain-level'],
  age: ['age-years'],
  sex: ['sex'],
};

/** Read descriptions, per knowledge base: a session sends the same text with every answer. */
const remember = createMemory<Understood>();

/**
 * Read a runner's description into findings (source "text", with spans).
 * @example
 * understandText(kb, "No swelling, but my left heel hurts first thing in the morning for 3 weeks").findings
 * // [{ id: 'swelling', value: false, … }, { id: 'side', value: 'left', … }, { id: 'pain-heel-underside', value: true, … }, …]
 */
export function understandText(kb: KnowledgeBase, written: string, options: AssessOptions = {}): Understood {
  checkText(written);
  const read = remember(kb, `${options.today ?? ''}\u0000${written}`, () => readDescription(kb, written, options));
  // Copies, so a caller changing its lists cannot change what the next step is given.
  return { findings: [...read.findings], notes: [...read.notes], hints: [...read.hints] };
}

function readDescription(kb: KnowledgeBase, written: string, options: AssessOptions): Understood {
  // Clinical shorthand and second-language English are read as plain words; spans are mapped back to what was
  // written at the end.
  const shorthand = expandShorthand(written);
  const expanded = chainRewrites(shorthand, plainEnglish(shorthand.text));
  const text = expanded.text;
  // An earlier opinion told in passing (dev23) is read like a note's impression: no findings from it.
  const sections = [...readSections(text), ...readEarlierOpinions(text)];
  const lexicon = compileLexicon(kb);
  const tokens = correctSpelling(readTokens(text), lexicon);
  const index = indexTokens(tokens);
  const clauses = readContexts(tokens);
  // "I can go up on tiptoe but it's achy doing it": an ability said to hurt tells of pain, not of what is possible.
  // "I can only get a couple of cm up on tiptoe": a partial ability is no "no" (dev28).
  const limited = (m: PhraseMatch): boolean => limitedAbility(tokens.slice(Math.max(0, m.first - 2), m.last + 1).map((t) => t.word));
  const found0 = findAll(lexicon, tokens, index).filter((m) => !cantSpansClauses(tokens, clauses, m) && !spansComparison(tokens, m)
    && !(m.entry.ability && (painLater(tokens, m) || limited(m))));
  const matches = dropLabelPlaces(tokens, dropNested(tokens, found0, kb));
  // "4cm above my heel": the heel is a landmark there, not where it hurts.
  const measured = readAboveHeel(text);
  const inMeasured = (m: PhraseMatch): boolean => measured.some(({ span }) => m.positions.every((p) => {
    const t = tokens[p];
    return t !== undefined && t.start >= span[0] && t.end <= span[1];
  }));
  // "The left one is fine": words about the healthy side describe that side, not the problem.
  const healthy = readHealthySide(text);
  const healthySpans = healthy?.spans ?? [];
  const inHealthy = (offset: number): boolean => healthySpans.some(([a, b]) => offset >= a && offset < b);
  // "Below and in front of the ankle bone": the bone is a landmark, so its place words give no zone (the relation does).
  const relative = readRelativePlaces(text);
  // A place word inside such a phrase gives no zone; in front of or beyond the heel, no heel finding either (the
  // ankle bone's own phrases, "behind the outer ankle bone", are precise places and stay).
  const nearLandmark = (m: PhraseMatch): boolean => relative.some(({ span, landmark }) => (m.entry.zone
    || (landmark === 'heel' && kb.findingById.get(m.entry.findingId)?.category === 'location')) && m.positions.some((p) => {
    const t = tokens[p];
    return t !== undefined && t.start >= span[0] && t.end <= span[1];
  }));
  const kept = matches.filter((m) => !(m.entry.zone && m.entry.findingId === 'pain-heel-underside' && inMeasured(m))
    && !nearLandmark(m) && !inHealthy(tokens[m.first]?.start ?? -1));
  kept.sort((a, b) => a.first - b.first || b.positions.length - a.positions.length || a.entry.findingId.localeCompare(b.entry.findingId));
  const cx = contextsFor(kb, tokens, kept, (i) => sectionAt(sections, tokens[i]?.start ?? 0) === 'past');
  const found: TextFinding[] = readMatches(kb, tokens, kept, cx);
  for (const m of measured) {
    if (m.findingId !== null && kb.findingById.has(m.findingId) && aboutNow(tokens, cx, m.span[0])) found.push({ id: m.findingId, value: true, span: [m.span[0], m.span[1]] });
  }
  for (const r of relative) {
    if (r.findingId !== null && kb.findingById.has(r.findingId) && aboutNow(tokens, cx, r.span[0]) && !inHealthy(r.span[0]) && !placeDenied(text, r.span)) {
      found.push({ id: r.findingId, value: true, span: [r.span[0], r.span[1]] });
    }
  }
  // Warning signs told as a story are always a "yes"; a tenderness story may be a "no" for an Ottawa point.
  const flares = readOvernightFlare(text).filter((f) => aboutNow(tokens, cx, f.span[0]));
  // A joint that flared within hours did not come on gradually, whatever "doesn't remember twisting it" implied.
  if (flares.length > 0) for (let i = found.length - 1; i >= 0; i--) if (found[i]?.id === 'onset-gradual' && found[i]?.value === true) found.splice(i, 1);
  // Doctor-level signs told in passing (dev16) are read the same way: always a "yes".
  const stories = [...readStories(text), ...flares].map((w) => ({ ...w, value: true }));
  for (const p of [...readPressTender(text), ...stories]) {
    if (!kb.findingById.has(p.id) || !aboutNow(tokens, cx, p.span[0], LASTING_STORIES.has(p.id)) || inHealthy(p.span[0])) continue;
    // "The bony bump on the outside of my foot isn't sore to press": the denial after the landmark outweighs the
    // landmark phrase read as tender in the same sentence.
    if (p.value === false) {
      for (let i = found.length - 1; i >= 0; i--) {
        const f = found[i];
        if (f && f.id === p.id && f.value === true && f.span[0] >= p.span[0] && f.span[1] <= p.span[1]) found.splice(i, 1);
      }
    }
    found.push({ id: p.id, value: p.value, span: [p.span[0], p.span[1]] });
  }
  // "Even the duvet resting on it was unbearable" tells a joint that cannot bear touch (gout), not pain out of
  // proportion to an injury (a compartment sign): the touch reading decides what those words mean (dev20).
  for (const t of found.filter((f) => f.id === 'cannot-bear-touch' && f.value === true)) {
    const i = found.findIndex((f) => f.id === 'severe-pain-out-of-proportion' && f.value === true && f.span[0] < t.span[1] && f.span[1] > t.span[0]);
    if (i >= 0) found.splice(i, 1);
  }
  // "Scratched his shin on brambles": a skin break at that place, not pain there (wound-stories.ts, dev25).
  for (const f of [...woundedPlacesOnly(kb, text, found), ...explainedBySigns(kb, text, found)]) found.splice(found.indexOf(f), 1);
  const signs = readClinicalSigns(text).filter((c) => kb.findingById.has(c.id) && aboutNow(tokens, cx, c.span[0]));
  // A named test read with its result decides what its words mean: a test finding the lexicon read from the same
  // words ("squeeze test positive" read as the calf squeeze where the note means the leg-bones squeeze) gives way.
  const overlaps = (f: TextFinding, c: { span: readonly [number, number] }): boolean => f.span[0] < c.span[1] && f.span[1] > c.span[0];
  const shadowed = found.filter((f) => f.id.startsWith('test-') && signs.some((c) => c.id !== f.id && overlaps(f, c)));
  // A sign read as absent overrules the lexicon's "yes" from its own words ("calf circumferences are equal", dev23).
  const denied = found.filter((f) => f.value === true && signs.some((c) => c.value === false && c.id === f.id && overlaps(f, c)));
  for (const f of [...shadowed, ...denied]) found.splice(found.indexOf(f), 1);
  for (const c of signs) found.push({ id: c.id, value: c.value, span: [c.span[0], c.span[1]] });
  const notes: string[] = [];
  // The side of an old, settled problem or of someone else's is not the side that hurts now (dev18: "left heel two
  // winters ago, sorted… this is the RIGHT foot").
  const notNow = tokens.filter((_, i) => cx.pastInjury.has(cx.tokens[i]?.clause ?? -1) || (cx.tokens[i]?.other === true && !cx.allOther))
    .map((t): [number, number] => [t.start, t.end]);
  // With nothing left to say the side ("my achilles on the same side"), the old problem's side is the one meant.
  const side = (notNow.length > 0 ? readSide(blankSpans(text, [...healthySpans, ...notNow])) : null) ?? readSide(blankSpans(text, healthySpans)) ?? (healthy?.side ? { value: healthy.side === 'left' ? 'right' : 'left', span: healthy.first } : null);
  if (side && kb.findingById.has('side')) found.push({ id: 'side', value: side.value, span: [side.span[0], side.span[1]] });
  const seenKinds = new Set<string>();
  for (const n of readNumbers(text, options.today)) {
    if (seenKinds.has(n.kind) || !aboutNow(tokens, cx, n.span[0]) || inHealthy(n.span[0]) || sectionAt(sections, n.span[0]) !== null) continue;
    const f = NUMBER_FINDINGS[n.kind].map((id) => kb.findingById.get(id)).find((x) => x !== undefined);
    if (!f) {
      notes.push(`Read "${text.slice(n.span[0], n.span[1]).trim()}" but there is no question it answers yet.`);
      continue;
    }
    if (typeof n.value === 'number' && ((f.min !== undefined && n.value < f.min) || (f.max !== undefined && n.value > f.max))) continue;
    if (f.type === 'choice' && !(f.options ?? []).some((o) => o.value === n.value)) continue;
    seenKinds.add(n.kind);
    found.push({ id: f.id, value: n.value, span: [n.span[0], n.span[1]] });
  }
  if (seenKinds.has('change-percent') && kb.findingById.has('recent-training-increase')) {
    const change = found.find((f) => f.id === 'distance-change-percent');
    if (change && typeof change.value === 'number' && change.value >= 10 && !found.some((f) => f.id === 'recent-training-increase')) {
      found.push({ id: 'recent-training-increase', value: true, span: change.span });
    }
  }
  // Words about somewhere else, and warning signs told as settled, past or with an everyday cause (issue #4).
  const here = dropElsewhere(kb, text, tokens, cx.tokens, found);
  for (const { finding, reason } of setAsideSigns(kb, text, tokens, cx.tokens, here)) {
    here.splice(here.indexOf(finding), 1, { ...finding, value: 'unknown' });
    const label = kb.findingById.get(finding.id)?.label ?? finding.id;
    notes.push(`Read "${label}" as ${REASON_NOTE[reason]}, so it is asked about rather than counted as a warning sign.`);
  }
  const slaps = formSlaps(text, here);
  for (const finding of slaps) here.splice(here.indexOf(finding), 1, { ...finding, value: 'unknown' });
  if (slaps.length > 0) notes.push('Read the feet slapping as tired running form, not a weak foot, so it is asked about rather than counted as a warning sign.');
  for (const kick of literalKicks(text, here)) {
    const blow = here.some((f) => f.id === 'injury-direct-blow');
    here.splice(here.indexOf(kick), 1, ...(blow || !kb.findingById.has('injury-direct-blow') ? [] : [{ ...kick, id: 'injury-direct-blow' }]));
    // The kick still says where it hurts, so "… and now I can't go up on tiptoe" keeps the rupture alarm.
    if (/\bcalf\b/i.test(text.slice(kick.span[0], kick.span[1])) && kb.findingById.has('pain-calf') && !here.some((f) => f.id === 'pain-calf')) here.push({ ...kick, id: 'pain-calf' });
    notes.push('Read the kick as a real blow in a game, not the feeling of being kicked that comes with a torn Achilles tendon.');
  }
  // Advice, a question put to the runner, a long-standing pain or morning stiffness read as a warning sign (issue #4).
  for (const { finding, reason } of weakAlarms(text, here, (id) => kb.findingById.get(id)?.redFlag === true)) {
    here.splice(here.indexOf(finding), 1, { ...finding, value: 'unknown' });
    notes.push(`Read "${kb.findingById.get(finding.id)?.label ?? finding.id}" as ${WEAK_NOTE[reason]}, so it is asked about rather than counted as a warning sign.`);
  }
  const hints = readSelfDiagnosis(kb, text, tokens, index, cx)
    .filter((h) => sectionAt(sections, h.span[0]) !== 'family' && !askedAbout(text, h.span))
    .map((h) => {
      const span = expanded.toOriginal(h.span);
      return expanded.changed ? { ...h, phrase: written.slice(span[0], span[1]), span } : h;
    });
  const own = here.filter((f) => ownFinding(kb, sections, f))
    .map((f) => (expanded.changed ? { ...f, span: expanded.toOriginal(f.span) } : f));
  return { findings: reconcileInjuries(written, bigToeReadings(kb, written, dropLandmarkDeformity(written, rolledAsInjury(kb, written, dropCheckPlaces(kb, written, dropBareHeel(kb, written, impliedPlaces(kb, bothFeetFlat(kb, written, mergeLatest(kb, own, notes))))))))), notes, hints };
}

const REASON_NOTE: Readonly<Record<SetAsideReason, string>> = {
  settled: 'settled since', past: 'in the past', 'everyday cause': 'having an everyday cause',
};

const WEAK_NOTE: Readonly<Record<WeakAlarmReason, string>> = {
  'advice or question': 'advice or a question rather than something you have', 'long-standing': 'a long-standing pain rather than a sudden one',
  'morning stiffness': 'stiffness in the morning', 'figure of speech': 'a figure of speech', 'known asthma': 'your known asthma',
  difficulty: 'something being hard to do', 'pain faint': 'a faint brought on by pain',
};

/** Categories that still count when read in a note's past medical history: lasting facts, not old symptoms. */
const LASTING = new Set(['history', 'training', 'profile']);

/** Is a finding the patient's own present finding, by the note section it was read in (clinical-sections.ts)? */
function ownFinding(kb: KnowledgeBase, sections: readonly Section[], f: TextFinding): boolean {
  const kind = sectionAt(sections, f.span[0]);
  if (kind === null) return true;
  if (kind === 'past') return LASTING.has(kb.findingById.get(f.id)?.category ?? '');
  return false;
}

/**
 * A statement tied to a place says where it hurts: "my calf is swollen", "the bump by my little toe is sore".
 * The longer phrase hides the bare place word (dropNested), so add the place as a finding with the same span,
 * unless the text said that place does not hurt.
 */
function impliedPlaces(kb: KnowledgeBase, findings: KnownFinding[]): KnownFinding[] {
  const out = [...findings];
  for (const k of findings) {
    const zone = k.value === true ? kb.findingById.get(k.id)?.zone : undefined;
    const place = zone === undefined ? undefined : `pain-${zone}`;
    if (place === undefined || place === k.id || !kb.findingById.has(place) || out.some((f) => f.id === place)) continue;
    out.push(k.span ? { id: place, value: true, source: 'text', span: k.span } : { id: place, value: true, source: 'text' });
  }
  return out;
}

/**
 * Findings a "yes" in one place settles whatever another place says: "the knobbly bit on the outside of my foot is
 * agony to touch … ankle bones fine to press" is a tender bone (dev3, dev17). A "no" inside the words the "yes" was
 * read from ("no one sore spot on a bone") is a correction of the reading, so the latest still wins there.
 */
const ANYWHERE = new Set(['bony-tenderness-focal']);

function mergeLatest(kb: KnowledgeBase, found: readonly { id: string; value: FindingValue; span: [number, number] }[], notes: string[]): KnownFinding[] {
  const byId = new Map<string, KnownFinding>();
  for (const f of [...found].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])) {
    const prev = byId.get(f.id);
    const elsewhere = prev !== undefined && prev.span !== undefined && (f.span[0] >= prev.span[1] || f.span[1] <= prev.span[0]);
    const keepFlag = prev?.value === true && f.value === false && (kb.findingById.get(f.id)?.redFlag === true || (ANYWHERE.has(f.id) && elsewhere));
    if (prev && prev.value !== f.value && f.value !== 'unknown' && prev.value !== 'unknown' && !keepFlag) {
      notes.push(`The description says both "${kb.findingById.get(f.id)?.label ?? f.id}" and its opposite; using the later statement.`);
    }
    if (prev && (prev.value === f.value || (f.value === 'unknown' && prev.value !== 'unknown'))) continue;
    // A warning sign once said stays said: a later "no" in the same text is more often loose wording than a
    // correction, and the runner can still remove the chip or answer the question (safety first; judgement).
    if (keepFlag) {
      notes.push(`Kept "${kb.findingById.get(f.id)?.label ?? f.id}" as a warning sign although the description also seems to say the opposite; answer the question to correct it.`);
      continue;
    }
    byId.set(f.id, { id: f.id, value: f.value, source: 'text', span: f.span });
  }
  return [...byId.values()];
}
