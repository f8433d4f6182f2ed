/**
 * Named examination tests and signs with their results, as clinicians write them ("Thompson positive", "windlass
 * negative", "calcaneal squeeze painful", "unable single leg heel raise", "DP pulses absent", "hop x10 pain-free"),
 * read into the KB findings they establish. The result may follow the test's name or come before it ("positive
 * Simmonds", "pain on squeeze of the heel"). Works on the plain-words text (clinical-shorthand.ts has already turned
 * "+ve" into "positive", "SLHR" into "single leg heel raise").
 *
 * What each test shows is standard examination practice (sources on the findings' KB entries: Maffulli 1998 for the
 * calf squeeze, Stiell 1993 for Ottawa, Sman 2015 for the syndesmosis tests, Kinoshita 2001 for the tarsal tunnel,
 * Ulmer 2002 for pain on passive stretch, Deville 2000 for the straight leg raise); which words count as a result is
 * judgement.
 * @module
 */
import { readImaging, readResults } from './clinical-results.ts';
import { readCompartmentSigns } from './compartment-signs.ts';
import { readCalfGirth } from './calf-girth.ts';
import { readExamSentences } from './exam-sentences.ts';
import { readCaseHistory } from './case-history.ts';

import type { SignFinding } from './sign-finding.ts';
export type { SignFinding } from './sign-finding.ts';

/** How a result reads: its finding is present (yes) or absent (no). */
interface Test {
  /** The test's name (lower-case text). */
  readonly name: RegExp;
  /** Results in order of preference at one position: earliest match in the window wins. */
  readonly yes: RegExp;
  readonly no: RegExp;
  /** Finding when the result is "yes". */
  readonly finding: string;
  /** Findings when the result is "no" (default: the same finding, false); an empty list sets nothing. */
  readonly noFindings?: readonly string[];
  /** The name does not count when the text just before it matches (another test of the same word). */
  readonly notAfter?: RegExp;
  /** The sentence must also match this for the test to count. */
  readonly needs?: RegExp;
  /** A wider "yes" written before the name than BEFORE_YES ("tender to press the plantar aspect of the cuboid"). */
  readonly yesBefore?: RegExp;
}

const POSITIVE = String.raw`positive|reproduc\w*|painful|pain(?![- ]?free)|tender|sore|abnormal`;
// "Without pain" starts before its "pain", so the earliest-match rule reads "hops on it without pain" as negative.
const NEGATIVE = String.raw`negative|normal|pain[- ]?free|painless|no pain|without (?:any )?pain|not painful|non[- ]?tender|not tender|unremarkable|comfortable`;
const word = (alternatives: string): RegExp => new RegExp(String.raw`\b(?:${alternatives})\b`);

const TESTS: readonly Test[] = [
  {
    // Calf squeeze (Thompson, Simmonds): a positive test is a foot that does not move.
    name: /\b(?:thompson'?s?|simmonds'?|simmond'?s|calf[- ]squeeze)(?:\s+(?:test|sign))?/,
    yes: word(String.raw`positive|absent|no (?:plantar ?flexion|movement|response)|minimal|reduced|diminished|abnormal|weak|sluggish`),
    no: word(String.raw`negative|normal|intact|present|brisk|foot moves|moves normally`),
    finding: 'test-calf-squeeze-no-movement',
  },
  {
    name: /\b(?:single[- ]leg(?:ged)?\s+)?hop(?:s|ping)?(?:\s+test)?\b/,
    yes: word(String.raw`${POSITIVE}|unable|cannot|can'?t|not able`),
    no: word(String.raw`${NEGATIVE}|able|full`),
    finding: 'test-hop-painful',
  },
  {
    name: /\btuning[- ]fork(?:\s+test)?/,
    yes: word(POSITIVE),
    no: word(NEGATIVE),
    finding: 'bony-tenderness-focal',
  },
  {
    // The squeeze of the two leg bones and the external rotation test both stress the ligaments that bind them.
    name: /\b(?:squeeze test|(?:tib(?:ia)?[- ]?fib(?:ula)?|syndesmo\w*|mid[- ]calf|fibular|leg) (?:squeeze|compression)(?: test)?|(?:dorsiflexion[- ])?(?:external rotation|er) (?:stress )?test|kleiger(?:'?s)?(?: test)?)/,
    notAfter: /\b(?:calf|heel|calcaneal|calcaneus|web|web[- ]space|metatarsal|toe joint|forefoot|lateral|mtp|toe)\s*$/,
    yes: word(POSITIVE),
    no: word(NEGATIVE),
    finding: 'test-squeeze-shin-painful',
  },
  {
    name: /\b(?:(?:medio-?lateral |side[- ]to[- ]side )?squeeze of the (?:calcaneal body|calcaneus|heel)|(?:calcaneal|calcaneus|heel)(?: body)? squeeze(?: test)?)/,
    yes: word(POSITIVE),
    no: word(NEGATIVE),
    finding: 'test-heel-squeeze-painful',
  },
  {
    name: /\b(?:mulder'?s?(?: click| sign| test)?|web[- ]?space (?:squeeze|compression)(?: test)?)/,
    yes: word(String.raw`${POSITIVE}|click\w*|clunk`),
    no: word(NEGATIVE),
    finding: 'test-web-space-squeeze-painful',
  },
  {
    name: /\bwindlass(?: test| sign)?/,
    yes: word(POSITIVE),
    no: word(NEGATIVE),
    finding: 'test-windlass-painful',
  },
  {
    // Tinel's sign over the tibial nerve behind the inner ankle, and the dorsiflexion-eversion test that stretches it.
    name: /\b(?:tinel'?s?(?: sign| test)?|dorsiflexion[- ]eversion(?: test)?)/,
    needs: /tarsal|inner ankle|medial ankle|tibial nerve|behind the inner|dorsiflexion[- ]eversion/,
    yes: word(String.raw`${POSITIVE}|tingl\w*`),
    no: word(NEGATIVE),
    finding: 'test-tinel-tarsal-tunnel',
  },
  {
    name: /\btoo[- ]many[- ]toes(?: sign)?/,
    yes: word(String.raw`positive|present|seen|evident`),
    no: word('negative|absent|normal'),
    finding: 'arch-flattening',
    noFindings: [],
  },
  {
    name: /\bottawa(?: ankle| foot| midfoot)?(?: rules?| criteria)?/,
    yes: word('positive|met|fulfilled|applies'),
    no: word('negative|not met|normal'),
    finding: 'test-ottawa-ankle-positive',
  },
  {
    // Anterior drawer and talar tilt: a lax ligament, not a painful one (van-dijk-1996, netterstrom-wedin-2021).
    name: /\b(?:ant(?:erior)? drawer|talar tilt|inversion stress)(?: test| sign)?/,
    yes: word(String.raw`positive|lax|laxity|increased|excessive|more|unstable|soft end[- ]?feel|grade (?:2|3|ii|iii)|clunk`),
    no: word(String.raw`negative|normal|stable|firm end[- ]?feel|symmetrical|equal|no (?:increased )?laxity|intact`),
    finding: 'exam-ankle-ligament-laxity',
  },
  {
    // The cuboid pressed or glided: tender, or stiff and painful (patterson-2006).
    name: /\bcuboid(?: glide| squeeze| mobility| joint| bone)?(?: test)?/,
    notAfter: /\b(?:calcaneo|base of|peroneal groove of the)\s*$/,
    yes: word(String.raw`${POSITIVE}|reduced|less|stiff|hypomobile|restricted|locked|stuck`),
    no: word(String.raw`${NEGATIVE}|mobile|free`),
    yesBefore: /\b(?:tender(?:ness)?|tender to press|point tender|pain on palpation|painful|sore)\b[^,;]{0,40}$/,
    finding: 'exam-cuboid-tender',
  },
  {
    // Matles: with the knee bent, a foot that hangs flat has lost its Achilles tension (maffulli-1998).
    name: /\bmatles'?s?(?: test| sign)?/,
    yes: word('positive|abnormal|neutral|flat|flatter|loss|lost|absent|reduced'),
    no: word('negative|normal|present|intact|symmetrical'),
    finding: 'exam-matles-positive',
  },
  {
    // Forcing the foot fully down (posterior impingement test) or up (anterior impingement), with the result.
    name: /\b(?:forced (?:passive )?plantar ?flexion|plantar ?flexion (?:with )?overpressure|posterior impingement test|heel thrust(?: test)?)/,
    yes: word(POSITIVE),
    no: word(NEGATIVE),
    finding: 'exam-forced-plantarflexion-painful',
  },
  {
    name: /\b(?:forced (?:passive )?dorsi ?flexion|dorsi ?flexion (?:with )?overpressure|anterior impingement test)/,
    yes: word(String.raw`${POSITIVE}|pinch\w*|block\w*`),
    no: word(NEGATIVE),
    finding: 'exam-forced-dorsiflexion-painful',
  },
  {
    // Squeezing across the toe joints (the forefoot or MTP squeeze), not between two of them (Mulder) (emery-2002).
    name: /\b(?:(?:toe joint|metatarsal|metatarsophalangeal(?: joint)?|forefoot|lateral forefoot|lateral) (?:squeeze|compression)(?: test)?|squeeze (?:test )?(?:of|across) the (?:toe joints|metatarsals?|metatarsal heads|forefoot))/,
    yes: word(POSITIVE),
    no: word(NEGATIVE),
    finding: 'exam-toe-joint-squeeze-painful',
  },
  {
    name: /\bfulcrum(?: test| sign)?/,
    yes: word(POSITIVE),
    no: word(NEGATIVE),
    finding: 'exam-fulcrum-painful',
  },
  {
    // The navicular "N-spot" on the top of the inner midfoot: tender bone there is the sign of a stress fracture.
    name: /\b(?:n[- ]?spot|navicular(?: bone| tuberosity| body)?)\b/,
    notAfter: /\b(?:accessory|os)\s*$/,
    yes: word(String.raw`${POSITIVE}|point tender`),
    no: word(NEGATIVE),
    yesBefore: /\b(?:point tender|focal(?:ly)? tender(?:ness)?|tender to press|tender over|bony tenderness)\b[^,;]{0,40}$/,
    finding: 'ottawa-tender-navicular',
  },
  {
    // A missing foot pulse is a foot short of blood; a pulse that is there says nothing about a cold foot.
    name: /\b(?:foot |ankle |pedal |distal |dorsalis pedis |posterior tibial )?pulses?\b/,
    yes: word(String.raw`absent|impalpable|not palpable|non[- ]?palpable|not felt|weak|faint|reduced|diminished|doppler only|monophasic`),
    no: word(String.raw`palpable|present|normal|strong|intact|felt`),
    finding: 'foot-cold-or-pale',
    noFindings: [],
  },
  {
    name: /\bcap(?:illary)? refill(?: time)?/,
    yes: /(?:>|more than|over)\s*[2-9]|\b(?:prolonged|delayed|sluggish|slow)\b/,
    no: /(?:<|less than|under)\s*[2-3]|\b(?:normal|brisk)\b/,
    finding: 'foot-cold-or-pale',
    noFindings: [],
  },
  {
    name: /\bhoman'?s'?(?: sign| test)?/,
    yes: word('positive|painful|pain'),
    no: word('negative'),
    finding: 'pain-calf',
    noFindings: [],
  },
  {
    name: /\b(?:straight[- ]leg[- ]rais(?:e|ing)|slr|slump)(?: test)?/,
    yes: word('positive|reproduc\\w*'),
    no: word('negative|normal|full'),
    finding: 'pain-radiates-down-leg',
    noFindings: [],
  },
  {
    // Neurology that is normal: no numbness, no weakness.
    name: /\b(?:neuro(?:logical(?:ly)?)?(?: exam(?:ination)?| screen| assessment)?|neurovascular(?:ly)?|sensation|sensory exam(?:ination)?|power and sensation)\b/,
    yes: /(?!)/,
    no: word('normal|intact|grossly intact|unremarkable'),
    finding: '',
    noFindings: ['character-numbness', 'numbness-persistent', 'weakness-foot-drop', 'toe-numbness-or-tingling'],
  },
  {
    name: /\b(?:lumbar|l\/s|spine|back)(?: spine)?(?: screen| exam(?:ination)?| assessment)?\b/,
    needs: /\b(?:lumbar|spine) (?:screen|exam|spine)|\b(?:lumbar|spine)\s*:?\s*(?:normal|clear|unremarkable)/,
    yes: /(?!)/,
    no: word('normal|clear|unremarkable'),
    finding: '',
    noFindings: ['back-pain'],
  },
];

/** Results written before the name: "positive Thompson", "pain on squeeze of the heel", "unable single leg heel raise". */
const BEFORE_YES = /\b(?:positive|painful|pain (?:on|with)(?: \w+)?|tender (?:on|to)(?: \w+)?|marked pain on(?: \w+)?|absent|impalpable|no palpable|weak|reduced|diminished|unable(?: to)?(?: do| perform)?(?: a| any)?|cannot(?: do)?(?: a)?|can'?t(?: do)?(?: a)?)\s*$/;
const BEFORE_NO = /\b(?:negative|normal|palpable|no pain on|pain[- ]?free)\s*$/;

/** The single-leg heel raise: unable, painful, or the heel not turning in, each its own finding. */
function heelRaise(sentence: string, offset: number): SignFinding[] {
  const out: SignFinding[] = [];
  for (const m of sentence.matchAll(/\b(?:single[- ]leg(?:ged)?\s+)?(?:heel|calf)[- ]raises?(?:\s+test)?\b/g)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const after = sentence.slice(m.index + m[0].length).split(/[;,]|\bbut\b(?!\s+painful)/)[0] ?? '';
    const tail = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const span: [number, number] = [offset + m.index, offset + m.index + m[0].length + after.length];
    if (/\b(?:unable(?: to)?(?: do| perform)?(?: a| any)?|cannot(?: do)?(?: a)?|can'?t(?: do)?(?: a)?)\s*$/.test(before) || /^\s*(?:\w+\s+){0,2}?:?\s*(?:unable|nil|cannot|can'?t|not possible|0\b|zero)/.test(after)) {
      out.push({ id: 'test-heel-raise-unable', value: true, span });
    }
    if (/\b(?:painful|pain(?![- ]?free)|reproduc\w*)\b/.test(tail) && !/\bno pain|pain[- ]?free|painless/.test(tail)) out.push({ id: 'test-heel-raise-painful', value: true, span });
    if (/\b(?:no|without|absent|reduced|lack of|fails? to|does not|doesn'?t) (?:\w+ )?invert|inversion (?:absent|lacking|lost|reduced)/.test(tail)) {
      out.push({ id: 'test-heel-raise-no-inversion', value: true, span });
    }
  }
  return out;
}

/** The first result (yes or no) in a window, or null. */
function resultIn(window: string, t: Test): boolean | null {
  const y = t.yes.exec(window);
  const n = t.no.exec(window);
  if (y === null && n === null) return null;
  if (y === null) return false;
  if (n === null) return true;
  // The earlier statement is the result; at the same place the longer one ("not palpable" over "palpable").
  return y.index < n.index || (y.index === n.index && y[0].length > n[0].length);
}

/**
 * Every named test with a result in the text.
 * @example readClinicalSigns('Thompson test positive on the right.') // [{ id: 'test-calf-squeeze-no-movement', value: true, … }]
 */
export function readClinicalSigns(raw: string): SignFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: SignFinding[] = [];
  // A decimal point ("3.5 cm larger") does not end the sentence (dev23).
  for (const s of text.matchAll(/(?:[^.!?;\n]|\.(?=\d))+/g)) {
    const sentence = s[0];
    out.push(...heelRaise(sentence, s.index), ...readCompartmentSigns(sentence, s.index));
    const girth = readCalfGirth(sentence, s.index);
    if (girth) out.push(girth);
    for (const t of TESTS) {
      if (t.needs && !t.needs.test(sentence)) continue;
      const re = new RegExp(t.name.source, 'g');
      for (const m of sentence.matchAll(re)) {
        const before = sentence.slice(Math.max(0, m.index - 40), m.index);
        if (t.notAfter?.test(before)) continue;
        // The window runs to the next test result or clause: a comma ends it unless the result follows in brackets.
        const rest = sentence.slice(m.index + m[0].length);
        const window = rest.replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length)).split(/,|\band\b|\bbut\b|\bvs\b/)[0] ?? '';
        let value = resultIn(window.slice(0, 50), t);
        const wider = sentence.slice(Math.max(0, m.index - 60), m.index);
        if (value === null) value = BEFORE_YES.test(before) || t.yesBefore?.test(wider) ? true : BEFORE_NO.test(before) ? false : null;
        if (value === null) continue;
        const span: [number, number] = [s.index + m.index, s.index + m.index + m[0].length + window.length];
        if (value && t.finding !== '') out.push({ id: t.finding, value: true, span });
        if (!value) for (const id of t.noFindings ?? [t.finding]) out.push({ id, value: false, span });
      }
    }
  }
  // Scans and blood results (clinical-results.ts) are read the same way: a finding with the span of its result.
  out.push(...readImaging(text), ...readResults(text), ...readExamSentences(text), ...readCaseHistory(text));
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
