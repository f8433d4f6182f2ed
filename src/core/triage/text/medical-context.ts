/**
 * Medical context told in passing, the way people mention it before their real question (the dev20 study: a clot
 * told after a birth or a keyhole operation, a foot infection told during chemotherapy). Each family is open-ended,
 * so it is read by a small grammar over a class of words rather than by a list of phrases, one sentence at a time:
 * - cancer treatment by its everyday words: "on chemo", "day 9 after my 3rd cycle", "my low-immunity window",
 *   "neutropenic": a weakened immune system (and, for chemotherapy, cancer under treatment, a Wells criterion);
 *   anti-rejection or immune-suppressing drugs by name: a weakened immune system only;
 * - a recent birth by its story: "had the baby 12 days ago", "gave birth last month", "since my c-section",
 *   "postnatal", "my 3-week-old": the weeks after a birth, a clot risk (nice-ng158);
 * - a recent operation by what was taken out or how: "had my gallbladder out", "keyhole", "a c-section",
 *   "hernia repair", "under general anaesthetic": surgery in the last three months, a Wells criterion;
 * - a cast told by how far it reaches ("plaster from the knee down", "a below-knee cast"): a leg in a cast (dev27;
 *   a sticking plaster never reaches from a knee);
 * - a blood thinner stopped or paused, by name or by kind ("the dentist asked me to stop my clopidogrel", "been off
 *   my apixaban for the op"): the commonest reason a clot forms in a leg artery or a stent (aboyans-2018, dev27).
 * A sentence that puts it years back ("as a kid", "in 2015", "five years ago") gives nothing; understand.ts then
 * drops what is about someone else or a worry, as for every reader. Judgement, from how people write.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** Chemotherapy or the low blood count it brings, in everyday and ward words. */
const CHEMO = /\b(?:chemo(?:therapy)?|(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|last|next) (?:cycle|round|dose) of (?:my |the )?(?:treatment|chemo\w*)|(?:cycle|round) (?:\d+|one|two|three|four|five|six) of (?:my |the )?(?:treatment|chemo\w*))\b/;
/** Immunity low now: the chemo nurses' window, a low white count, or neutropenia. */
const LOW_IMMUNITY = /\b(?:low[- ]immunity|neutropeni\w*|neutrophils? (?:are |is |were |was )?(?:low|down|on the floor)|(?:low|no) (?:white (?:blood )?(?:cell )?count|immunity|immune system)|(?:immunity|immune system|white (?:blood )?(?:cell )?count|white cells?|bloods?) (?:is |are |was |were |being |goes |go |will be )?(?:low|down|weak|shot|wiped out|on the floor|at (?:its|their) lowest)|nadir)\b/;
/** Anti-rejection and immune-suppressing drugs, by what they are or their names. */
// A transplanted organ means lifelong anti-rejection drugs; biologics, JAK inhibitors (-citinib) and high-dose
// steroids suppress immunity too (dev25: "kidney transplant pt", "on infliximab for Crohn's"). A low maintenance dose
// of prednisolone is its own finding (medication-steroid) and is not counted here: read as low immunity it made an
// infection likely enough to lift a stress fracture on steroids to urgent care (dev16).
const SUPPRESSANTS = /\b(?:anti-?rejection|immuno-?suppress\w*|transplant (?:drugs|meds|medication|tablets|pt|patient|recipient|clinic|team)|tacrolimus|ciclosporin|cyclosporine|azathioprine|mycophenolate|sirolimus|everolimus|methotrexate|leflunomide|cyclophosphamide|biologics?|rituximab|adalimumab|humira|infliximab|remicade|etanercept|enbrel|golimumab|certolizumab|ustekinumab|stelara|vedolizumab|entyvio|secukinumab|ixekizumab|tocilizumab|sarilumab|abatacept|anakinra|\w+citinib|high[- ]dose (?:steroids|prednisolone|pred|prednisone))\b/;
/** A transplanted organ: anti-rejection drugs for life, so however long ago it was (not a hair transplant). */
const TRANSPLANTED = /\b(?:kidney|renal|liver|heart|lung|pancreas|bone marrow|stem cell) transplant\b/;
/** Treatment long finished: not the six months the clot and infection criteria ask about. */
const FINISHED = /\b(?:finished|completed|ended|done with|in remission|all clear|years ago|as a (?:kid|child|teenager|teen)|when i was|in (?:19|20)\d\d)\b/;

/** A birth, told by the baby or by the delivery. */
const BIRTH = /\b(?:(?:had|delivered|welcomed) (?:(?:the|my|a|our) )?(?:baby|little one|daughter|son|twins|boy|girl)(?! (?:shower|monitor|gate|seat|sitter|sling|scan|bath|carrier|brain|teeth|food))|gave birth|giving birth|(?:since|after) (?:the|my) (?:birth|delivery|labour|labor|c-?section|caesarean|cesarean|section)|post-?partum|post-?natal|c-?section|caesarean|cesarean|newborn|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:day|week)[- ]old)\b/;
/** Pregnant now. */
const PREGNANT = /\b(?:i'?m|i am|currently|now|while|whilst|being) (?:\d+ weeks |about \d+ weeks )?pregnant\b|\b\d+ weeks pregnant\b/;
/** A birth more than about six weeks back. */
const LONG_SINCE_BIRTH = /\b(?:years?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[0-2]) months?) (?:ago|old|back|since)\b|\b(?:1[3-9]|[2-9]\d)[- ]weeks?[- ](?:ago|old)\b|\bin (?:19|20)\d\d\b|\bwhen (?:i|she) was\b/;

/** Organs and parts taken out, mended or replaced. */
const PART = String.raw`(?:gall ?bladder|appendix|womb|uterus|ovar(?:y|ies)|tonsils|spleen|kidney|thyroid|prostate|hernia|bowel|colon|cyst|fibroids?|varicose veins|veins|cartilage|meniscus|acl|bunion|metalwork|plate|pins|screws|hip|knee|ankle|breast|lump|tumou?r|stoma)`;
/** An operation told by what was done to a part, or by the kind of operation. */
const OPERATION = new RegExp(String.raw`\bhad (?:my|an?|the|his|her) (?:\w+ ){0,2}?${PART} (?:out|removed|taken out|done|fixed|repaired|stripped|replaced|reconstructed|operated on)\b|\b(?:keyhole|laparoscopic|arthroscopic|day[- ]case)(?: (?:surgery|op|operation|procedure))?\b|\blaparoscopy\b|\barthroscopy\b|\b(?:hysterectomy|appendectomy|appendicectomy|cholecystectomy|mastectomy|lumpectomy|c-?section|caesarean|cesarean)\b|\b(?:hernia|knee|hip|ankle|acl|achilles|bunion) (?:repair|reconstruction|replacement|surgery|op|operation)\b|\bunder (?:a )?general(?: anaesthetic| anesthetic)?\b|\bgeneral an(?:a)?esthetic\b`);
/** An operation more than three months back. */
const LONG_SINCE_OP = /\b(?:years?|(?:four|five|six|seven|eight|nine|ten|eleven|[4-9]|1[0-2]) months?) (?:ago|back|since)\b|\bin (?:19|20)\d\d\b|\bas a (?:kid|child|teenager|teen|baby)\b|\bwhen i was\b|\blast year\b/;

/** A cast or splint told by how far it reaches up or down the leg. */
const CAST_LENGTH = /\b(?:plaster|cast|back-?slab|backslab|pot|splint)\s+(?:(?:that goes|that runs|going|which goes|all the way)\s+)?(?:from|up to|down to|to|below|above)\s+(?:just\s+)?(?:below\s+|above\s+)?(?:the|his|her|my|their)\s+(?:knee|thigh|hip|toes)(?:\s+(?:down|up))?\b|\b(?:below|above)[- ]?(?:the[- ])?knee\s+(?:cast|plaster|pot|back-?slab|backslab)\b|\b(?:full[- ]leg|knee[- ]length|knee[- ]high|long[- ]leg)\s+(?:cast|plaster|pot)\b/;
/** Blood thinners, the anticoagulants and the antiplatelets given after a stent, by name or by kind. */
const THINNER = String.raw`(?:warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|clopidogrel|plavix|ticagrelor|brilique|brilinta|prasugrel|efient|heparin|clexane|enoxaparin|dalteparin|fragmin|tinzaparin|blood[- ]thinners?|anti-?coagulants?|anti-?coagulation|anti-?platelets?)`;
/** The thinner stopped, paused, held or missed, by the person or on someone's instruction. */
const THINNER_STOPPED = new RegExp(String.raw`\b(?:stop|stopped|stopping|come off|came off|coming off|off|pause|paused|pausing|hold|held|holding|miss|missed|missing|skip|skipped|skipping|forgot|forget|forgotten|ran out of|run out of|haven'?t (?:been )?tak(?:en|ing)|not (?:been )?taking|without)\s+(?:taking\s+)?(?:my|the|his|her|their|all)?\s*(?:\w+\s+){0,2}?${THINNER}\b`);
/** A denial just before ("no immunosuppression", "never had an operation", "not on chemo"). */
const DENIED = /\b(?:no|not|never|nil|denies|without|none)\s+(?:\w+\s+){0,2}$/;

/**
 * Every piece of medical context told in the text.
 * @example readMedicalContext('Had my gallbladder out a fortnight ago.')[0]?.id // 'recent-surgery-or-cast'
 */
export function readMedicalContext(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/(?:\d\.\d|[^.!?;\n])+/g)) {
    const sentence = s[0];
    const push = (id: string, m: RegExpExecArray | null): void => {
      if (m && !DENIED.test(sentence.slice(Math.max(0, m.index - 30), m.index))) out.push({ id, span: [s.index + m.index, s.index + m.index + m[0].length] });
    };
    if (!FINISHED.test(sentence)) {
      const chemo = CHEMO.exec(sentence);
      push('weakened-immunity', chemo ?? LOW_IMMUNITY.exec(sentence) ?? SUPPRESSANTS.exec(sentence) ?? TRANSPLANTED.exec(sentence));
      push('active-cancer', chemo);
    } else push('weakened-immunity', TRANSPLANTED.exec(sentence));
    if (!LONG_SINCE_BIRTH.test(sentence)) push('oestrogen-or-pregnancy', BIRTH.exec(sentence) ?? PREGNANT.exec(sentence));
    if (!LONG_SINCE_OP.test(sentence)) push('recent-surgery-or-cast', OPERATION.exec(sentence) ?? CAST_LENGTH.exec(sentence));
    if (!LONG_SINCE_OP.test(sentence)) push('stopped-anticoagulant', THINNER_STOPPED.exec(sentence));
  }
  return out;
}
