/**
 * The parts of a clinical note that are not the patient's present findings. Notes and letters are written under
 * headings: what the patient reports and what the examiner found count, but
 * - the writer's impression ("Imp: calf strain", "Assessment: likely PF", "Q: nerve?") is an opinion: it gives the
 *   same weak hint as a runner naming a condition (self-diagnosis.ts), never a finding, since notes often under-call;
 * - the plan ("Plan: calf stretches, steroid injection if no better, review 2/52") says what to do, not what is wrong;
 * - the family history is about someone else;
 * - the past medical history is the past: only lasting facts (conditions, medicines, habits) count from it.
 * A section runs from its heading to the next heading or the end of the line. Judgement, from how notes are laid out.
 * @module
 */

/** What a stretch of a note is. */
export type SectionKind = 'opinion' | 'plan' | 'family' | 'past';

/** One section of a note, as offsets into the text it was read from. */
export interface Section {
  readonly kind: SectionKind;
  readonly start: number;
  readonly end: number;
}

const KINDS: readonly (readonly [RegExp, SectionKind])[] = [
  [/^(?:imp|impression|clinical impression|assessment|ax|dx|ddx|diagnosis|differential(?: diagnosis)?|working diagnosis|provisional diagnosis|q|query|opinion)$/, 'opinion'],
  [/^(?:plan|mx|management|rx|treatment|advice|advised|recommendations?|referral|follow[- ]up|f\/u|actions?|next steps)$/, 'plan'],
  [/^(?:family history)$/, 'family'],
  [/^(?:past medical history|past history|previous history)$/, 'past'],
];

/** A heading: a few words then a colon, at the start of a line or after a full stop. */
const HEADING = /(?:^|\n|[.;]\s+)\s*([A-Za-z][A-Za-z /-]{0,30}?)\s*:/g;

/**
 * The opinion, plan, family and past sections of a note, in text order.
 * @example readSections('O/E: swelling.\nImp: sprain.\nPlan: rest')[0] // { kind: 'opinion', start: 16, end: 28 }
 */
export function readSections(text: string): Section[] {
  const heads: { kind: SectionKind | null; start: number; bodyStart: number }[] = [];
  for (const m of text.matchAll(HEADING)) {
    const name = (m[1] ?? '').trim().toLowerCase();
    const start = m.index + m[0].indexOf(m[1] ?? '');
    // A letter that opens "Referral: 58F runner, 4/12 ankle pain…" is headed by what it is, and tells the history;
    // "referral" later in a note is the plan (dev17).
    const letterHead = name === 'referral' && text.slice(0, start).trim() === '';
    const kind = letterHead ? null : KINDS.find(([re]) => re.test(name))?.[1] ?? null;
    heads.push({ kind, start, bodyStart: m.index + m[0].length });
  }
  const out: Section[] = [];
  heads.forEach((h, i) => {
    if (h.kind === null) return;
    const lineEnd = text.indexOf('\n', h.bodyStart);
    const next = heads[i + 1]?.start ?? text.length;
    const end = Math.min(next, lineEnd < 0 ? text.length : lineEnd);
    out.push({ kind: h.kind, start: h.start, end });
  });
  return out;
}

/**
 * The kind of section an offset lies in, or null for the note's own findings.
 * @example sectionAt(readSections('Plan: rest'), 6) // 'plan'
 */
export function sectionAt(sections: readonly Section[], offset: number): SectionKind | null {
  return sections.find((s) => offset >= s.start && offset < s.end)?.kind ?? null;
}
