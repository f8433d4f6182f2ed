/**
 * A clot in the lungs told without saying "chest pain" or "breathless" (the dev25 study: "a sharp catch on the right
 * side of my chest if I yawn", "a stitch under my ribs that's there lying in bed and worse when I breathe in deep",
 * "a couple of rusty flecks when I coughed", "my watch says 112 sitting at my desk, normally 58"). NICE NG158 lists
 * pleuritic chest pain, coughing blood and a fast heart rate among its signs; the words are open-ended, so each
 * family is a small grammar, read one sentence at a time (judgement):
 * - a pain word and a chest place (chest, ribs, side, lung, breastbone) with a breathing trigger (breathing in, a
 *   deep breath, a yawn, a cough, a sneeze, a laugh): pleuritic pain. A runner's stitch that goes when the run stops
 *   is not this, nor a rib hurt by a fall or a knock;
 * - coughing with blood told by its colour (rusty, red, pink, brown flecks or streaks): coughing blood. Green or
 *   yellow phlegm is a chest cold, not this;
 * - a heart rate of 100 or more said while sitting, lying or at rest ("112 at my desk", "pulse 120 lying in bed"),
 *   or a resting rate said to be far above the usual: a fast heart at rest. A rate on a hill rep or a race is not.
 * All give `chest-pain-or-breathless`, the KB's one lung-clot finding.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const PAIN = String.raw`(?:pain\w*|sharp|catch(?:es|ing)?|stab\w*|stitch|twinge\w*|jab\w*|pinch\w*|hurts?|hurting|sore|ache|aching|tight\w*|knife)`;
const CHEST = String.raw`(?:chest|ribs?|rib ?cage|breast ?bone|sternum|lungs?|side of my (?:chest|body|back)|under my (?:left |right )?(?:ribs?|breast|boob|pec)|pleur\w*|shoulder ?blade)`;
const TRIGGER = String.raw`(?:breath(?:e|es|ing)? in|breath in|(?:a |take a |taking a |big |deep |deeply )+breaths?|breath(?:e|ing)? (?:in )?deep(?:ly)?|inhal\w*|yawn\w*|cough\w*|sneez\w*|laugh\w*|hiccup\w*)`;
const PLEURITIC = new RegExp(String.raw`\b${PAIN}\b[^.!?;]{0,60}?\b${CHEST}\b[^.!?;]{0,80}?\b${TRIGGER}|\b${CHEST}\b[^.!?;]{0,40}?\b${PAIN}\b[^.!?;]{0,60}?\b${TRIGGER}|\b${TRIGGER}\b[^.!?;]{0,40}?\b${PAIN}\b[^.!?;]{0,40}?\b${CHEST}\b`);
/** A stitch that only comes with running and goes on stopping; a rib hurt by a blow. */
const RUN_STITCH = /(?<!\b(?:doesn'?t|does not|didn'?t|won'?t|not|never)\s+)\b(?:goes|go|went|eases|settles|disappears|vanishes|stops)\s+(?:away\s+)?(?:when|once|as soon as|after)\s+(?:i|you)\s+(?:stop|slow|walk)/;
const RIB_INJURY = /\b(?:fell|fall|crash\w*|knock\w*|hit|bruis\w*|cracked|broke|pulled a muscle|lifting|tackle\w*|elbow\w*)\b/;

/** Coughing with blood told by its colour. */
const BLOODY_COUGH = /\b(?:rusty|rust-coloured|red|pink|pinkish|brown|brownish|bloody|blood-?(?:stained|streaked|tinged)|blood)\s+(?:\w+\s+){0,2}?(?:flecks?|streaks?|specks?|spots?|bits|tinge|stuff|phlegm|spit|mucus|sputum|in (?:it|the tissue|my phlegm|my spit))\b[^.!?;]{0,40}?\bcough\w*|\bcough\w*[^.!?;]{0,50}?\b(?:rusty|pink|pinkish|bloody|blood-?(?:stained|streaked|tinged)|streaks? of (?:blood|red)|flecks? of (?:blood|red)|specks? of (?:blood|red)|(?:some|bit of|little) blood|blood)\b/;
const NOT_BLOOD = /\b(?:nose ?bleed|nose|gums?|lip|tooth|teeth|beetroot|red wine|vomit\w*|sick)\b/;

/** A heart rate of 100 or more at rest: "says 112 sitting", "HR 104 lying in bed". */
const RATE = /\b(?:heart ?rate|hr|pulse|watch|garmin|fitbit|whoop|oura|bpm|heart)\b[^.!?;]{0,40}?\b(1\d\d)\b(?:\s*bpm)?[^.!?;]{0,40}?\b(?:sitting|seated|resting|at rest|lying|laying|in bed|at my desk|on the sofa|on the couch|doing nothing|watching tv|before getting up|on waking|when i woke)\b|\b(?:sitting|resting|at rest|lying|in bed|at my desk|on the sofa)\b[^.!?;]{0,40}?\b(?:heart ?rate|hr|pulse|bpm)\b[^.!?;]{0,15}?\b(1\d\d)\b/;
/** A rate said with an effort that explains it. */
const EFFORT = /\b(?:run\w*|race|racing|rep|reps|interval\w*|hill\w*|sprint\w*|tempo|climb\w*|session|workout|max|peak|threshold|zone)\b/;

/**
 * Denied earlier in the sentence, also as a list ("No SOB, chest pain or coughing blood", "no cough or blood"),
 * unless a turn ("but") comes between.
 */
const LIST_DENIED = /\b(?:no|nil|denies|denied|without|never|not)\b(?![^]*\b(?:but|although|though|however|yet|except)\b)[^]{0,80}$/;

/**
 * Every lung-clot sign told in the families above.
 * @example readLungClotSigns('There is a sharp catch under my ribs whenever I breathe in.')[0]?.id // 'chest-pain-or-breathless'
 */
export function readLungClotSigns(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/(?:\d\.\d|[^.!?;\n])+/g)) {
    const sentence = s[0];
    const push = (index: number, length: number): void => {
      out.push({ id: 'chest-pain-or-breathless', span: [s.index + index, s.index + index + length] });
    };
    const pleuritic = RUN_STITCH.test(sentence) || RIB_INJURY.test(sentence) ? null : PLEURITIC.exec(sentence);
    // "My chest is fine, no pain when I breathe in": the denial inside the match.
    if (pleuritic && !/\b(?:no|not|never|without|fine|nothing)\b/.test(pleuritic[0]) && !LIST_DENIED.test(sentence.slice(0, pleuritic.index)) && !/\b(?:isn'?t|doesn'?t)\s+(?:\w+\s+){0,2}$/.test(sentence.slice(0, pleuritic.index))) push(pleuritic.index, pleuritic[0].length);
    const blood = NOT_BLOOD.test(sentence) ? null : BLOODY_COUGH.exec(sentence);
    if (blood && !LIST_DENIED.test(sentence.slice(0, blood.index))) push(blood.index, blood[0].length);
    // The effort must be in the rate's own words: "had to walk the hill …, and my watch says 112 sitting" is at rest.
    const rate = RATE.exec(sentence);
    const bpm = Number(rate?.[1] ?? rate?.[2] ?? 0);
    if (rate && !EFFORT.test(rate[0]) && bpm >= 100 && bpm <= 199) push(rate.index, rate[0].length);
  }
  return out;
}
