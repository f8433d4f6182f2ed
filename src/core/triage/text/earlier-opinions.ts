/**
 * Someone's earlier opinion told in passing, outside any heading: "it was first put down to new shoes", "a GP
 * thought she had pulled the calf and advised stretching", "he had been told it was only a sprain", "the physio
 * felt this was tendinitis", "she is convinced she has sprained it", "the referral reads 'contusion'". Case
 * descriptions and letters tell the story of a problem that was misread before (dev23: about one case in four), so
 * what the earlier opinion named ("tight laces", "strained the calf", "a simple sprain") is not what the patient
 * has: it gives no findings, just as a note's impression section does not (clinical-sections.ts). The name of a
 * condition in it can still become the weak self-diagnosis hint. What the patient did, felt or was found to have is
 * told in other clauses and still counts; a clause that reports a scan or a blood result is a result, not an opinion.
 * Judgement, from how clinicians write case histories.
 * @module
 */
import type { Section } from './clinical-sections.ts';

/** Someone who gives an opinion, or the record of one. */
const WHO = String.raw`(?:clinicians?|doctors?|gps?|general practitioners?|physios?|physiotherapists?|therapists?|sports therapists?|coach(?:es)?|nurses?|podiatrists?|chiropractors?|osteopaths?|consultants?|registrars?|surgeons?|paramedics?|pharmacists?|colleagues?|team|staff|(?:triage|referral|discharge|gp|clinic) (?:note|letter|summary)|(?:a&e|emergency department|urgent care|walk-in (?:centre|clinic)|minor injur(?:y|ies) unit) (?:team|doctors?|staff|note)?)`;
/** Verbs that report an opinion, advice or a label. */
// "Felt" is an opinion, not a touch: "the physio felt a gap in the tendon" is a finding. What was recorded or
// documented ("the nurse recorded a temperature of 38.4") is a finding too, so those verbs are not here.
const SAID = String.raw`(?:suggested|advised|said|thought|felt(?! (?:a|an|some|no|for|along|over)\b)|believed|diagnosed|labell?ed|called (?:it|this)|told (?:him|her|them)|reassured (?:him|her|them)|put (?:it|this|the \w+) down to|attributed (?:it|this|the \w+) to|blamed (?:it|this|the \w+) on|reads?)`;
/** An opinion said in the passive or as a belief: "was put down to", "had been told", "she believes". */
const PASSIVE = String.raw`(?:(?:was|were|had been|has been|is being|was being)\s+(?:(?:\w+ly|first|at first|later|then|once)\s+)?(?:blamed on|put down to|attributed to|thought to be|felt to be|assumed to be|diagnosed as|labell?ed (?:as )?|treated as|called|told)|(?:he|she|they|the patient|the runner) (?:believes?|thinks?|is (?:sure|convinced|certain)|was (?:sure|convinced|certain)|assumed|assumes|suspects?|puts? (?:it|this) down to|blames? (?:it|this) on))`;

// The speaker and the verb sit in one clause ("the nurse line is closed, so I thought…" is not the nurse's opinion);
// "physio-type question" is not a physio.
// "The GP asked if I had numbness and I said yes": a second speaker in between ends the first one's clause.
const OPINION = new RegExp(String.raw`(?<![\w-])(?:${WHO}(?![\w-])(?:(?!\b(?:so|because|but|i|we|asked|asks)\b)[^.;,(]){0,50}?\b(${SAID})|${PASSIVE})\b`, 'g');
/** Verbs that report a finding as often as an opinion ("the physio said my ligaments are lax"). */
const REPORTING = /^(?:said|suggested|advised|thought|felt|believed|told)/;
/**
 * After such a verb, an opinion puts a cause on the problem ("that this was …", "he had strained …", "she probably had
 * …") or names a diagnosis; a finding the examiner reported is kept.
 */
const ATTRIBUTION = /\b(?:it|this|that|he|she|they|the (?:pain|problem|injury|ache|symptoms?))\s+(?:\w+\s+)?(?:was|were|is|'s|are|had|has|have|might|may|could|would|must|probably|likely)\b|\b(?:fasciitis|splints|strain(?:ed)?|sprain(?:ed)?|tendin\w+|tendon\w*|neuroma|bursitis|arthritis|gout|sciatica|metatarsalgia|tightness|tight|pulled|muscle|muscular|cramp|overuse|contusion|bruis\w+|nothing serious|nothing to worry)\b/;
/** A result is read by clinical-results.ts: "the MRI was reported as …", "bloods were thought normal". */
const RESULT = /\b(?:x[- ]?rays?|radiographs?|mri|ct|scan|ultrasound|bloods?|urate|crp|esr|d[- ]?dimer|films?)\b/;
/** Where the opinion ends: a turn to what actually happened ("…, but attempts to jog were too painful"). */
// A comma or a bracket ends it too: what follows is as often a finding ("…said neuroma (it clicked when squeezed)").
const TURN = /[,;(]|\bbut\b|\bhowever\b|\balthough\b/;

/**
 * Spans of earlier opinions, as 'opinion' sections (from the opinion's first word to the end of its clause).
 * @example readEarlierOpinions('It was first put down to new shoes. It hurts to hop.') // [{ kind: 'opinion', start: 3, end: 34 }]
 */
export function readEarlierOpinions(raw: string): Section[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: Section[] = [];
  for (const s of text.matchAll(/[^.!?\n]+[.!?\n]?/g)) {
    const sentence = s[0];
    for (const m of sentence.matchAll(OPINION)) {
      const rest = sentence.slice(m.index);
      const turn = TURN.exec(rest.slice(m[0].length));
      const end = turn === null ? rest.length : m[0].length + turn.index;
      const clause = rest.slice(0, end);
      if (RESULT.test(clause)) continue;
      const verb = m[1];
      if (verb !== undefined && REPORTING.test(verb) && !ATTRIBUTION.test(clause.slice(m[0].length))) continue;
      // "The GP advised rest": advice about what to do is the plan, which gives no findings anyway; still an opinion.
      out.push({ kind: 'opinion', start: s.index + m.index, end: s.index + m.index + end });
    }
  }
  return out;
}
