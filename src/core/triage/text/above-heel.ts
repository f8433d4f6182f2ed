/**
 * "4cm above my heel", "two inches up from the heel", "a finger's width above my heel bone": a measured place on
 * the Achilles. The word "heel" in such a phrase is a landmark, not where it hurts, so it must not read as heel
 * pain (which would point to plantar fasciitis). Distances are matched to the Achilles regions clinicians use:
 * 2–7 cm above the heel is the mid-portion of the tendon, less than 2 cm is at or near its insertion
 * (the insertion region lies within about 2 cm of the bone: judgement from the tendinopathy literature; see the
 * Achilles conditions' sources).
 * @module
 */

/** One measured place above the heel: the finding it gives and the span of the whole phrase. */
export interface AboveHeel {
  /** Null when the distance is beyond the tendon's usual painful regions (the heel is still only a landmark). */
  readonly findingId: 'pain-achilles-above-heel' | 'pain-back-of-heel' | null;
  readonly span: readonly [number, number];
}

const WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, couple: 2, few: 3 };
const CM_PER: Readonly<Record<string, number>> = { mm: 0.1, cm: 1, centimetre: 1, centimeter: 1, inch: 2.5, in: 2.5, finger: 1.5, fingers: 1.5, thumb: 2 };

/** Mid-portion of the tendon: this many cm above the heel (judgement; 2–6 cm in most descriptions, some say 7). */
export const MID_PORTION_CM = { min: 2, max: 7 } as const;

/**
 * Every measured place above the heel in the text (offsets in the original text).
 * @example readAboveHeel('sore about 4cm above my heel')[0]?.findingId // 'pain-achilles-above-heel'
 */
export function readAboveHeel(raw: string): AboveHeel[] {
  const text = raw.toLowerCase();
  // A heel named in the writer's own language ("three fingers over the talon", dev22) reaches here as "heel": the
  // text has been through second-language.ts.
  const re = new RegExp(String.raw`\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|couple|few)(?:\s+of)?\s*(mm|cm|centimet(?:re|er)s?|inch(?:es)?|in|"|fingers?|finger'?s?\s*(?:width|breadth)s?|thumb'?s?\s*(?:width|breadth)s?)\s+(?:or\s+so\s+)?(?:up\s+)?(?:above|up\s+from|from|over)\s+(?:my|the|where\s+it\s+(?:meets|joins)\s+(?:my|the))\s+heel(?:\s+bone)?`, 'gu');
  const out: AboveHeel[] = [];
  for (const m of text.matchAll(re)) {
    const n = WORDS[m[1] ?? ''] ?? Number(m[1]);
    const unitWord = (m[2] ?? '').replace(/['"]/g, (q) => (q === '"' ? 'inch' : '')).replace(/s?\s*(width|breadth)s?$/, '').replace(/es$|s$/, '');
    const per = CM_PER[unitWord] ?? CM_PER[unitWord.replace(/s$/, '')] ?? (m[2] === '"' ? CM_PER.inch : undefined);
    if (per === undefined || !Number.isFinite(n)) continue;
    const cm = n * per;
    const findingId = cm >= MID_PORTION_CM.min && cm <= MID_PORTION_CM.max ? 'pain-achilles-above-heel' : cm < MID_PORTION_CM.min ? 'pain-back-of-heel' : null;
    out.push({ findingId, span: [m.index, m.index + m[0].length] });
  }
  return out;
}
