/**
 * Bladder, bowel and saddle changes told through what happens on the toilet, in plain or non-native words (dev18: a
 * runner writing in a second language "does not feel the paper well between the legs" and "must push for the pee to
 * start"). These are the cauda equina signs (nice-ng59); people rarely name them, they describe the act. Phrase lists
 * cannot keep up with the word order of a second language, so this reads a small grammar over word classes:
 * - a feeling that fails: a "not" word, then feel/notice/sense/tell, then a toilet object within a few words ("I don't
 *   really feel the tissue", "can hardly sense when I need to wee", "couldn't tell if I'd finished peeing");
 * - the toilet act felt wrongly: wiping or the paper that feels numb, like nothing, not like my own skin;
 * - the saddle gone numb or asleep: between the legs, down below, the back passage, with a numb word either side, or
 *   felt "like cardboard", "like wood", "like someone else's" (dev25);
 * - a bladder that must be forced or waited on: must/have to push, strain, press or wait for the pee to come, told
 *   in either order ("when I pee I have to push", dev22), or a stream that "is not coming" or "won't start";
 * - the saddle named as where you sit on a bicycle or a horse, when the word is missing (dev22).
 * Here the "not" is the symptom; a denial of the whole act ("I don't have to push to pee", "no trouble peeing")
 * or a long-standing habit ("always had a slow stream", a prostate) is not. Who it is about (a father, a question)
 * is left to understand.ts as for every reader. Judgement, from how people write.
 * @module
 */

/** One match in a sentence: where it starts and how long it is. */
export interface ToiletMatch {
  readonly index: number;
  readonly length: number;
}

const NOT = String.raw`(?:can'?t|cannot|can not|couldn'?t|could not|don'?t|dont|do not|doesn'?t|does not|didn'?t|did not|no longer|not able to|unable to|can (?:hardly|barely|scarcely)|(?:hardly|barely|scarcely)(?: can)?)`;
const ADVERB = String.raw`(?:really|properly|well|good|fully|quite|so|much|any ?more|anymore|always|even|very)`;
/** "Wee" but not the Scots "a wee bit". */
const WEE = String.raw`wee(?! (?:bit|while|one|ones|hill|lad|lass|run|jog|walk|stretch))`;
/** "Go" meaning the toilet: at a clause end or "go to the loo", never "go up the stairs". */
const GO = String.raw`go(?= *(?:[,.;!?]|$|to the (?:toilet|loo|bathroom)|any ?more|now|again))`;
const PEE = String.raw`(?:pee|${WEE}|urine|urinate|peeing|weeing|urinating|piss|pass(?:ing)? water|water (?:to )?(?:come|start|flow)|(?:stream|flow) (?:to )?(?:start|come|get going)|my (?:stream|flow)|(?:stream|flow) of (?:urine|wee|pee))`;
/** What the toilet gives you to feel: paper, the seat, wiping, the wee itself. */
const TOILET_THING = String.raw`(?:(?:the |my )?(?:toilet |loo |bog )?(?:paper|tissue|seat)|(?:the |my )?(?:toilet|loo) roll|(?:myself |me )?wip(?:e|ing)\b|when i wipe|(?:the |my )?(?:pee|${WEE}|urine|poo|stool)\b|(?:the |my )?(?:stream|flow)\b)`;
/** Knowing when you need to go or have been: the need, the urge, having emptied. */
const NEED = String.raw`(?:(?:when|if|whether|that) (?:i|i'?ve|i have|i'?d|i had|i am|i'?m) (?:wiped|weed|wee'?d|peed|pee'?d|finished (?:weeing|peeing|wiping|on the (?:toilet|loo))|emptied|empty|done (?:a |my )?(?:${WEE}|pee|poo))|(?:when|if|that) (?:i|i'?m|i am) (?:need|needing|have|got|want) (?:to|a)\s+(?:${GO}|${WEE}|pee|poo|urinate|pass water|empty|open my bowels)|(?:the |my )?(?:need|urge) to (?:${GO}|${WEE}|pee|poo|urinate|empty))`;
const FEELING_FAILS = new RegExp(String.raw`\b${NOT}\s+(?:${ADVERB}\s+){0,2}(?:(?:feel|sense|notice)\s+(?:it\s+|anything\s+)?(?:${ADVERB}\s+)?(?:${TOILET_THING}|${NEED})|(?:tell|know)\s+${NEED})`);
/** "Feel nothing when I wipe", "wiping feels numb", "the paper feels like it's not my skin". */
const ACT_FELT_WRONG = /\b(?:feel|felt) (?:nothing|very little|almost nothing|not much)\b[^.!?;]{0,25}\b(?:wip(?:e|ing)|paper|tissue|toilet|loo)\b|\b(?:wiping|the (?:toilet )?paper|the tissue|the toilet seat)\b[^.!?;]{0,15}\b(?:feels?|felt|is|was)\b[^.!?;]{0,15}\b(?:numb|like nothing|like (?:it'?s |it is )?not (?:my|me)|far away|dead|like cotton|like rubber)/;
/**
 * The saddle told as the place you sit on a saddle, when the writer lacks the word (dev22: "the part where you sit on
 * the bicycle feels asleep"); a chair does not count, since "where I sit at my desk" is a habit, not skin.
 */
const WHERE_YOU_SIT = String.raw`(?:the )?(?:part|parts|place|area|skin|bit|zone)(?: of (?:the|my) body)? (?:where|that|which|on which) (?:(?:you|i|one|we|a person) )?(?:sit|sits|touch|touches)(?: on)? (?:a |the |my |your )?(?:bicycle|bike|saddle|horse|bicycle seat|bike seat)`;
/** The saddle: the skin that sits on a saddle, named plainly or shyly. */
const SADDLE_PLACE = String.raw`(?:between (?:my|the) legs|down below|(?:my |the )?(?:private parts|privates|genitals|crotch|perineum|back passage|anus|saddle area)|around (?:my|the) (?:bum|bottom|backside|anus)|${WHERE_YOU_SIT})`;
/**
 * Numb, or felt as a lifeless material ("feels like it's made of cardboard", "like a block of wood", "like rubber"):
 * skin that no longer feels is likened to something that cannot feel (dev25).
 */
const NUMB_WORD = String.raw`(?<!\b(?:no|not|any|without|never) )(?:numb\w*|dead|asleep|sleepy|tingl\w*|pins and needles|no feeling|without feeling|no sensation|fuzzy|like cotton wool|can'?t feel|cannot feel|not feel\w*|don'?t feel|(?:feels?|felt|feeling) (?:\w+ )?like (?:it'?s |it is |it was |its )?(?:made (?:of|from|out of) |been replaced (?:by|with) )?(?:a |an |some |solid )?(?:cardboard|wood|wooden|a block of wood|plank|board|rubber|leather|plastic|polystyrene|foam|putty|clay|marble|stone|someone else'?s|not mine|not my own|not there))`;
const SADDLE_NUMB = new RegExp(String.raw`\b${SADDLE_PLACE}\b[^.!?;]{0,25}?\b${NUMB_WORD}|\b${NUMB_WORD}\b[^.!?;]{0,25}?\b${SADDLE_PLACE}\b`);
/** A bladder that must be forced or waited on: "must push for the pee to start", "have to wait ages before the wee comes". */
const FORCED = new RegExp(String.raw`\b(?:must|have to|has to|had to|having to|need to|needed to|got to|gotta|forced to)\s+(?:\w+\s+)?(?:push|strain|squeeze|press|force|bear down|wait)\w*\b[^.!?;]{0,30}?\b${PEE}\b`);
/**
 * The same told pee first (dev22): "when I go to pee I don't feel when it comes, I have to push". The toilet act sets
 * the scene, so the forcing verb needs no object after it.
 */
const FORCED_AFTER = new RegExp(String.raw`\b(?:when|if|each time|every time|whenever) (?:i|he|she) (?:go to |try to |want to |need to )?(?:${PEE})\b(?:(?!\b(?:normal|fine|ok|okay|no problem)\b)[^.!?;]){0,50}?\b(?:must|have to|has to|had to|need to|needed to|got to|forced to)\s+(?:\w+\s+)?(?:push|strain|squeeze|press|force|bear down|wait)\w*\b`);
/** "The pee is not coming normal", "the wee won't start", "urine doesn't come properly". */
const STUCK = new RegExp(String.raw`\b(?:the |my )?(?:pee|${WEE}|urine)\s+(?:is not|isn'?t|won'?t|will not|doesn'?t|does not|did not|didn'?t|not|is slow to|takes ages to|takes long to)\s+(?:\w+\s+)?(?:com(?:e|es|ing)|start\w*|flow\w*)\b`);
/** The act itself denied ("I don't have to push to pee", "no numbness down below") just before the match. */
const DENIED = /\b(?:no|never|not|don'?t|do not|doesn'?t|does not|without|no need to)\s+(?:\w+\s+){0,2}$/;
/** A habit of years or a prostate: not a new sign. */
const LONG_STANDING = /\b(?:prostate|for years|always (?:had|been)|since i was (?:a )?(?:kid|child|young))\b/;

/**
 * The first bladder, bowel or saddle change told through the toilet in one sentence (lower case), or null.
 * @example readToiletChange('when i am on the toilet i do not feel the paper well')?.index // 29
 */
export function readToiletChange(sentence: string): ToiletMatch | null {
  if (LONG_STANDING.test(sentence)) return null;
  for (const re of [FEELING_FAILS, ACT_FELT_WRONG, SADDLE_NUMB, FORCED, FORCED_AFTER, STUCK]) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (re !== FEELING_FAILS && DENIED.test(sentence.slice(Math.max(0, m.index - 25), m.index))) continue;
    return { index: m.index, length: m[0].length };
  }
  return null;
}
