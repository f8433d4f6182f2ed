/**
 * Investigation results in a note, a letter or a runner's own words: what an X-ray, MRI, CT, bone scan or ultrasound
 * showed ("X-ray NAD", "MRI: bone marrow oedema in the second metatarsal", "duplex: no DVT"), and blood results read
 * against their usual reference limits ("CRP 18, ESR 34", "urate 0.52 mmol/L", "D-dimer 1200", "HbA1c 64"). Works
 * on the plain-words text (clinical-shorthand.ts has already turned "NAD" into "normal" and "oedema" into
 * "swelling").
 *
 * A normal study is a finding too: a normal X-ray says no fracture and no healing reaction was seen (which still does
 * not rule out an early stress fracture: the KB's likelihood ratios carry that), a normal leg-vein scan says no clot.
 * A result that is pending, requested or only queried gives nothing. What each result means clinically is on its KB
 * finding (with sources); the reference limits are the usual UK/US laboratory ones and the choice of words is
 * judgement.
 * @module
 */
/** A finding read from a result, with the span of the result (the same shape as clinical-signs.ts's ResultFinding). */
export interface ResultFinding {
  readonly id: string;
  readonly value: boolean;
  readonly span: readonly [number, number];
}

/** Findings only an examination, a scan or a blood test can give: read from text, never asked as questions. */
const CLINICIAN_ONLY = /^(?:exam|imaging|blood)-/;

/**
 * Is this finding a clinician's result (an examination test, a scan, a blood test) that a runner cannot answer?
 * @example isClinicianOnly('imaging-neuroma') // true
 */
export function isClinicianOnly(id: string): boolean {
  return CLINICIAN_ONLY.test(id);
}

/** Sentences, keeping decimal points ("0.72") and a query mark ("?stress fracture") inside them. */
function sentences(text: string): { text: string; at: number }[] {
  return [...text.matchAll(/(?:[^.!?;\n]|\.(?=\d)|\?(?=[a-z]))+/g)].map((m) => ({ text: m[0], at: m.index }));
}

// ---------------------------------------------------------------------------------------------------------------
// Imaging

const XRAY = String.raw`x[- ]?rays?|xr|radiographs?|radiograph(?:y|ic)|plain films?|films`;
const CT = String.raw`ct(?: scan)?|computed tomography`;
const MRI = String.raw`mri|mr scan|mr imaging|magnetic resonance`;
const BONE_SCAN = String.raw`bone scan|isotope scan|scintigraph\w*|spect`;
const ULTRASOUND = String.raw`ultrasound|ultrasonograph\w*|uss|sonograph\w*|doppler|duplex`;
const ANY_SCAN = String.raw`${XRAY}|${CT}|${MRI}|${BONE_SCAN}|${ULTRASOUND}|scans?|imaging`;
const re = (alternatives: string): RegExp => new RegExp(String.raw`\b(?:${alternatives})\b`);
const MODALITY = re(ANY_SCAN);
/** The leg-vein scan for a clot, as against an ultrasound of a tendon. */
const VEIN_SCAN = /\b(?:doppler|duplex|dvt scan|(?:venous|vein|compression|leg) (?:ultrasound|scan|doppler|duplex)|(?:ultrasound|scan|uss) of the (?:\w+ )?(?:leg )?veins?)\b|\b(?:ultrasound|uss|scan)\b[^.]*\b(?:dvt|clot|thromb\w*|veins?|venous)\b|\b(?:dvt|clot|thromb\w*)\b[^.]*\b(?:ultrasound|uss|scan|doppler|duplex)\b/;

/** Words that make a whole study normal, when they close the clause or are followed only by words like these. */
const NORMAL = /\b(?:normal|clear|negative|nothing abnormal(?: (?:detected|seen))?|no abnormality(?: (?:detected|seen))?|no (?:acute )?bony (?:injury|abnormality)|no acute (?:injury|abnormality|findings?)|no significant abnormality)\b/;
const NEUTRAL_AFTER = /^(?:\s|\b(?:on|in|of|at|the|both|all|study|studies|scan|scans|appearances?|findings?|report(?:ed)?|results?|x[- ]?rays?|films?|views?|ankle|ankles|foot|feet|leg|legs|shin|tibia|fibula|heel|left|right|bilateral|and|\d+|weeks?|days?|ago)\b|[+&/()-])*$/;

/** Does the clause say the study as a whole was normal ("X-ray NAD", "radiographs were reported as normal")? */
function studyNormal(clause: string, modality: RegExp): boolean {
  const m = new RegExp(String.raw`(?:${modality.source})([^,]{0,60}?)${NORMAL.source}(.*)$`).exec(clause)
    ?? new RegExp(String.raw`\bnormal (?:plain )?(?:${modality.source})(.*)$`).exec(clause);
  if (m === null) return false;
  const after = m[m.length - 1] ?? '';
  return NEUTRAL_AFTER.test(after.split(/,/)[0] ?? '');
}

/** Negation, doubt or a plan in the clause before a lesion word: "no fracture", "?stress fracture", "to exclude". */
const NEGATED_BEFORE = /\b(?:no|nil|not|without|nor|negative for|free of|absence of|no evidence of|no sign of|no signs of|ruled out)\b[^,;:()]*$/;
const DOUBT_BEFORE = /(?:\?|\b(?:query|possible|possibly|probable|suspected|suspects?|rule out|to exclude|exclude|r\/o|assess for|look for|looking for|if|whether|concern for|worried|worry|scared|afraid|think|thinks|thought|convinced|assumed|feared|might|may|could|maybe|in case|feels? like|hope|requested|request|awaiting|waiting|pending|planned|arrange|booked|book|refer for)\b)[^,;:()]*$/;
const NEGATED_AFTER = /^[^,;]{0,20}?\b(?:ruled out|excluded|not seen|not shown|not identified|not demonstrated|absent)\b/;

/** How one lesion word reads in its clause: seen (true), said to be absent (false), or only queried (null). */
function lesionState(sentence: string, index: number, length: number): boolean | null {
  const clauseStart = Math.max(sentence.lastIndexOf(',', index), sentence.lastIndexOf(';', index), sentence.lastIndexOf(':', index), sentence.lastIndexOf('(', index));
  const before = sentence.slice(clauseStart + 1, index);
  const after = sentence.slice(index + length);
  if (DOUBT_BEFORE.test(before)) return null;
  if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) return false;
  return true;
}

/** One imaging finding: the words for its lesion and where they count. */
interface Lesion {
  readonly finding: string;
  readonly words: RegExp;
  /** The sentence must name one of these modalities (null: the words only ever describe an image). */
  readonly modality: RegExp | null;
  /** Words that, said of a structure, mean the lesion is not there ("normal tendon thickness"). */
  readonly normal?: RegExp;
  /** A lesion word does not count when the text just before it matches. */
  readonly notAfter?: RegExp;
}

const LESIONS: readonly Lesion[] = [
  {
    finding: 'imaging-fracture-on-xray', modality: re(`${XRAY}|${CT}`),
    words: /\b(?:(?:avulsion |stress |undisplaced |displaced |hairline )?fracture[sd]?|fracture line)\b/,
  },
  {
    // A healing reaction on an X-ray: new bone on the surface, callus, a sclerotic band, or the anterior shin's "dreaded
    // black line". "Callus" and "sclerosis" need the X-ray named (skin callus, multiple sclerosis).
    finding: 'imaging-bone-reaction-on-xray', modality: re(XRAY),
    words: /\b(?:periosteal (?:reaction|new bone(?: formation)?|thickening)|callus(?: formation)?|sclero(?:sis|tic)(?: line| band)?|cortical (?:thickening|lucency|hypertrophy)|(?:horizontal |transverse )?(?:radio)?lucent line|new bone formation)\b/,
    notAfter: /\bmultiple\s*$/,
  },
  { finding: 'imaging-bone-reaction-on-xray', modality: null, words: /\b(?:dreaded black line|periosteal reaction|periosteal new bone)\b/ },
  {
    finding: 'imaging-bone-stress-on-scan', modality: re(`${MRI}|${CT}|${BONE_SCAN}|scans?|imaging`),
    words: /\b(?:stress (?:reaction|response|fracture|injury)|bone stress injury|fracture line|(?:increased|focal) (?:tracer )?uptake|hot spot)\b/,
  },
  { finding: 'imaging-bone-stress-on-scan', modality: null, words: /\b(?:bone )?marrow (?:swelling|o?edema)\b/ },
  {
    finding: 'imaging-tendon-thickened', modality: re(`${ULTRASOUND}|${MRI}|scans?|imaging`),
    words: /\b(?:tendinosis|tendinopathy|tendinopathic|tendon (?:thickening|thickened|degeneration)|thickened (?:\w+ )?tendon|thickening of the (?:\w+ )?tendon|fusiform thickening|neovascular\w*|hypoechoic (?:\w+ )?tendon|tendon (?:is )?hypoechoic|partial[- ](?:thickness )?tear|split tear|longitudinal (?:split|tear)|interstitial tear|intrasubstance tear|tenosynovitis)\b/,
    normal: /\b(?:normal (?:\w+ )?tendon(?: thickness)?|tendon (?:is )?(?:normal|of normal thickness)|normal (?:\w+ )?tendon thickness)\b/,
  },
  {
    finding: 'imaging-tendon-torn', modality: re(`${ULTRASOUND}|${MRI}|scans?|imaging`),
    words: /\b(?:full[- ]thickness (?:tear|rupture)|complete (?:tear|rupture)|ruptured?|torn (?:through|completely)|tendon gap|gap between the (?:tendon )?ends|retracted|discontinuity)\b/,
    // A tendon reported normal on the scan that looked at it is not torn through.
    normal: /\b(?:tendon (?:is )?(?:intact|normal)|intact (?:\w+ )?tendon|tendon in continuity|normal (?:\w+ )?tendon(?: thickness)?)\b/,
  },
  {
    // How a report describes a neuroma without naming it: a mass between two metatarsal heads.
    finding: 'imaging-neuroma', modality: re(`${ULTRASOUND}|${MRI}|scans?|imaging`),
    words: /\b(?:neuromas?|(?:hypoechoic |ovoid |fusiform |soft tissue )?(?:mass|lesion) (?:in|within|between|at) the (?:\w+ )?(?:intermetatarsal|inter-metatarsal|web) space)\b/,
  },
  {
    finding: 'imaging-bursa-fluid', modality: re(`${ULTRASOUND}|${MRI}|scans?|imaging`),
    words: /\b(?:bursitis|bursal (?:fluid|effusion|thickening|distension)|fluid (?:in|within|distending) the (?:\w+ )?bursa|(?:distended|thickened|fluid[- ]filled) (?:\w+ )?bursa)\b/,
  },
  { finding: 'imaging-os-trigonum', modality: null, words: /\b(?:os trigonum|stieda(?:'s)? process|trigonal process)\b/ },
  // An extra bone described rather than named: "an ossicle beside the navicular", "a separate bone at the navicular's
  // inner edge" (dev23).
  { finding: 'imaging-accessory-navicular', modality: null, words: /\b(?:accessory navicular|os naviculare|os tibiale externum|(?:accessory |extra |separate |small )?(?:ossicles?|ossification centres?|bones? fragments?|bony fragments?)(?: \w+){0,2} (?:beside|next to|adjacent to|alongside|by|at|medial to|on the (?:inner|medial|inside) (?:side|edge|aspect) of) the navicular|(?:accessory|extra|separate) bones? (?:beside|next to|adjacent to|alongside|by|at|medial to) the navicular)\b/ },
  {
    finding: 'imaging-ankle-spur-front', modality: null,
    words: /\b(?:(?:anterior|tibial|talar|tibiotalar|kissing)(?: (?:tibial|talar|distal tibial|talar neck))? (?:osteophytes?|spurs?)|osteophytes? (?:on|at|of) the (?:anterior|front)\b)/,
  },
  {
    finding: 'imaging-clot-on-scan', modality: VEIN_SCAN,
    words: /\b(?:dvt|thromb(?:us|osis|i)|clots?|occlusive|non[- ]?compressible)\b(?!\s+(?:scan|ultrasound|study|screen|risk|prophylaxis|pathway))/,
    normal: /\b(?:(?:fully|normally|easily) compressible|veins? (?:are |were )?(?:patent|compressible))\b/,
  },
];

/** Studies whose normal report says a lesion was not seen. */
const NORMAL_STUDIES: readonly { readonly modality: RegExp; readonly findings: readonly string[] }[] = [
  { modality: re(XRAY), findings: ['imaging-fracture-on-xray', 'imaging-bone-reaction-on-xray'] },
  { modality: re(CT), findings: ['imaging-fracture-on-xray', 'imaging-bone-stress-on-scan'] },
  { modality: re(`${MRI}|${BONE_SCAN}`), findings: ['imaging-bone-stress-on-scan'] },
];

/** A leg-vein scan reported positive or negative ("duplex negative", "Doppler: positive for DVT"). */
const VEIN_RESULT = /\b(?:doppler|duplex|dvt scan|(?:venous|compression) (?:ultrasound|scan|duplex))\b[^,;]{0,25}?\b(positive|negative|normal|clear)\b/;

/**
 * Imaging results in the text: lesions seen or said to be absent, and normal studies.
 * @example readImaging('X-ray normal. MRI: marrow swelling in the second metatarsal.').map((f) => [f.id, f.value])
 * // [['imaging-fracture-on-xray', false], ['imaging-bone-reaction-on-xray', false], ['imaging-bone-stress-on-scan', true]]
 */
export function readImaging(text: string): ResultFinding[] {
  const out: ResultFinding[] = [];
  for (const s of sentences(text)) {
    const sentence = s.text;
    const span: [number, number] = [s.at, s.at + sentence.length];
    if (MODALITY.test(sentence)) {
      // "X-ray (2 weeks ago, GP): normal": what is in brackets does not split the study from its result.
      const plain = sentence.replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length));
      for (const c of plain.matchAll(/(?:[^;,b]|b(?!ut\b))+/g)) {
        const lead = c[0].length - c[0].trimStart().length;
        const at: [number, number] = [s.at + c.index + lead, s.at + c.index + c[0].trimEnd().length];
        for (const n of NORMAL_STUDIES) if (studyNormal(c[0], n.modality)) for (const id of n.findings) out.push({ id, value: false, span: at });
      }
      const vein = VEIN_RESULT.exec(sentence);
      if (vein) out.push({ id: 'imaging-clot-on-scan', value: vein[1] === 'positive', span: [s.at + vein.index, s.at + vein.index + vein[0].length] });
    }
    const lesions: ResultFinding[] = [];
    for (const l of LESIONS) {
      if (l.modality !== null && !l.modality.test(sentence)) continue;
      if (l.normal?.test(sentence)) lesions.push({ id: l.finding, value: false, span });
      for (const m of sentence.matchAll(new RegExp(l.words.source, 'g'))) {
        if (l.notAfter?.test(sentence.slice(0, m.index))) continue;
        const state = lesionState(sentence, m.index, m[0].length);
        if (state !== null) lesions.push({ id: l.finding, value: state, span: [s.at + m.index, s.at + m.index + m[0].length] });
      }
    }
    // A lesion seen outweighs one of its words denied in the same sentence ("marrow oedema, no fracture line").
    out.push(...lesions.filter((f) => f.value || !lesions.some((g) => g.id === f.id && g.value)));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Blood results and measurements

/** What a value means: raised (true), not raised (false), or neither (null). */
type Reading = (value: number, context: string) => boolean | null;

interface Analyte {
  readonly name: RegExp;
  readonly finding: string;
  /** A number read against the usual limits (a reference range written with the result wins). */
  readonly read: Reading;
  /** "No" results do not count (a normal random glucose does not rule out diabetes). */
  readonly yesOnly?: boolean;
  /** The sentence must also match this (for short names that mean other things). */
  readonly needs?: RegExp;
  /** A low value is the finding (the ankle-brachial index), not a normal result. */
  readonly lowIsYes?: true;
}

const above = (raised: number, normal: number): Reading => (v) => (v >= raised ? true : v <= normal ? false : null);

const ANALYTES: readonly Analyte[] = [
  // CRP in mg/L (mg/dL when written so): under 5 normal, 10 or more raised.
  { name: /\b(?:crp|c[- ]reactive protein)\b/, finding: 'blood-inflammation-raised', read: (v, c) => above(10, 5)(/mg\s*\/\s*dl/.test(c) ? v * 10 : v, c) },
  { name: /\b(?:esr|(?:erythrocyte )?sedimentation rate)\b/, finding: 'blood-inflammation-raised', read: above(25, 20) },
  {
    name: /\b(?:rf|rheumatoid factor)\b/, finding: 'blood-rheumatoid-antibodies-positive', read: above(20, 14),
    needs: /\b(?:blood|bloods|serolog\w*|anti[- ]?ccp|acpa|crp|esr|antibod\w*|rheumatoid factor|iu\/ml)\b/,
  },
  { name: /\b(?:anti[- ]?ccp(?: antibod(?:y|ies))?|acpa|anti[- ]cyclic citrullinated peptide(?: antibod(?:y|ies))?)\b/, finding: 'blood-rheumatoid-antibodies-positive', read: above(17, 7) },
  { name: /\bhla[- ]?b ?27\b/, finding: 'blood-hla-b27-positive', read: () => null },
  // Urate: 360 µmol/L (6 mg/dL) or more counts for gout in the ACR/EULAR criteria (neogi-2015); units from the size.
  { name: /\b(?:serum |plasma )?(?:urate|uric acid)\b/, finding: 'blood-urate-raised', read: (v) => { const u = v < 2 ? v * 1000 : v < 20 ? v * 59.5 : v; return u >= 360; } },
  // D-dimer: 500 ng/mL (0.5 mg/L or µg/mL) is the usual cut-off.
  { name: /\bd[- ]?dimers?\b/, finding: 'blood-d-dimer-raised', read: (v) => (v >= 100 ? v >= 500 : v >= 0.5) },
  // White cells ×10⁹/L: above 11 raised (or per µL when written in thousands).
  { name: /\b(?:wcc|wbc|white (?:blood )?cells?(?: count)?|white count|leu[ck]ocytes?|leu[ck]ocyte count)\b/, finding: 'blood-white-count-raised', read: (v) => above(11.5, 11)(v > 500 ? v / 1000 : v, '') },
  // HbA1c: 48 mmol/mol (6.5%) or more is diabetes, under 42 (6.0%) is not.
  { name: /\b(?:hba1c|a1c|glycated ha?emoglobin)\b/, finding: 'diabetes', read: (v) => (v >= 20 ? above(48, 41.9)(v, '') : above(6.5, 5.9)(v, '')) },
  // Glucose: random 11.1 mmol/L (200 mg/dL) or fasting 7.0 (126) or more; a normal one does not rule diabetes out.
  {
    name: /\b(?:(?:random |fasting |capillary |plasma |blood )?glucose|blood sugar)\b/, finding: 'diabetes', yesOnly: true,
    read: (v, c) => { const fasting = /\bfasting\b/.test(c); const mmol = v > 40 ? v / 18 : v; return mmol >= (fasting ? 7 : 11.1) ? true : null; },
  },
  // Ankle-brachial index: 0.90 or below is narrowed arteries; above 1.40 the arteries are too stiff to say (aboyans-2018).
  { name: /\b(?:abpi|abi|ankle[- ]brachial(?: pressure)? index)\b/, finding: 'exam-ankle-brachial-index-low', lowIsYes: true, read: (v) => (v <= 0.9 ? true : v <= 1.4 ? false : null) },
];

const PENDING = /^[^,;]{0,25}?\b(?:pending|awaited|awaiting|requested|sent|to follow|ordered|to be (?:checked|done|repeated)|tbc|not (?:yet )?(?:back|done|available)|will check|to check)\b/;
const RESULT_YES = /^[\s:=-]*(?:(?:is|was|were|came back|reported|returned|strongly|weakly|mildly|markedly|significantly|slightly|very|level|levels|result)\s+)*(?:raised|elevated|high|increased|positive|abnormal|detected|present|more)\b/;
const RESULT_NO = /^[\s:=-]*(?:(?:is|was|were|came back|reported|returned|level|levels|result)\s+)*(?:normal|negative|not (?:raised|elevated|high|detected)|within (?:normal )?(?:limits|range)|undetectable|low|less|unremarkable|no)\b/;
const RESULT_LOW = /^[\s:=-]*(?:(?:is|was|were|came back|reported|returned|markedly|significantly|slightly|very)\s+)*(?:low|reduced|less|abnormal)\b/;
const NUMBER = /^[\s:=-]*(?:(?:is|was|of|at|level|levels|result|came back at|reported at)\s+)*(<|>|≤|≥|less than|under|below|greater than|over|above)?\s*(\d+(?:\.\d+)?)/;
const REFERENCE = /\((?:[^)]*?\b(?:ref(?:erence)?|normal|nr|rr|range|uln)\b[^)]*?)?(?:<|≤|up to|less than|below)\s*(\d+(?:\.\d+)?)[^)]*\)|\((\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)\s*\)/;

/** The result in the window after an analyte's name: qualitative words, or a number against its limits. */
function resultOf(a: Analyte, window: string, sentence: string): boolean | null {
  if (PENDING.test(window)) return null;
  if (a.lowIsYes && RESULT_LOW.test(window)) return true;
  if (RESULT_YES.test(window)) return true;
  if (RESULT_NO.test(window)) return false;
  const n = NUMBER.exec(window);
  if (n === null) return null;
  const value = Number(n[2]);
  const cmp = n[1] ?? '';
  const ref = REFERENCE.exec(window.slice(0, 60));
  const upper = ref ? Number(ref[1] ?? ref[3]) : undefined;
  const verdict = (v: number): boolean | null => (upper !== undefined && Number.isFinite(upper) ? v > upper : a.read(v, `${window} ${sentence}`));
  // "< 5" is at most 5: normal if 5 is; "> 100" is more than 100: raised if 100 is.
  if (/^(?:<|≤|less than|under|below)$/.test(cmp)) return verdict(value) === false ? false : null;
  if (/^(?:>|≥|greater than|over|above)$/.test(cmp)) return verdict(value) === true ? true : null;
  return verdict(value);
}

/**
 * Blood results and the ankle-brachial index in the text, read against their limits.
 * @example readResults('Bloods: CRP 18, ESR 12, urate 0.52 mmol/L, anti-CCP pending.').map((f) => [f.id, f.value])
 * // [['blood-inflammation-raised', true], ['blood-inflammation-raised', false], ['blood-urate-raised', true]]
 */
export function readResults(text: string): ResultFinding[] {
  const out: ResultFinding[] = [];
  for (const s of sentences(text)) {
    const sentence = s.text;
    const names = ANALYTES.flatMap((a) => (a.needs && !a.needs.test(sentence) ? [] : [...sentence.matchAll(new RegExp(a.name.source, 'g'))].map((m) => ({ a, m }))))
      .sort((x, y) => x.m.index - y.m.index);
    // Other analytes' names are blanked in a window, so "RF/anti-CCP negative" gives both their result.
    let blanked = sentence;
    for (const { m } of names) blanked = blanked.slice(0, m.index) + ' '.repeat(m[0].length) + blanked.slice(m.index + m[0].length);
    for (const { a, m } of names) {
      const end = m.index + m[0].length;
      const window = (blanked.slice(end).split(/[,;]|\bbut\b|\band\b(?=\s+[a-z])/)[0] ?? '').replace(/^[\s/&+]*(?:and\s+)?/, ' ');
      const value = resultOf(a, window, sentence);
      if (value === null || (a.yesOnly && !value)) continue;
      out.push({ id: a.finding, value, span: [s.at + m.index, s.at + end + window.length] });
    }
  }
  return out;
}
