/**
 * A foot crushed under something heavy, told as what happened rather than named (dev27: a carer whose partner's power
 * chair "lurched forward straight over my right foot"; the fixed phrases "wheel went over my foot" and "something fell
 * on my foot" cover only a few wordings). A heavy thing (a wheelchair, a car, a trolley, a horse, a barbell, a slab)
 * that went, rolled, drove, fell or landed over or onto the foot, or a foot run over, crushed or trapped under one.
 * A crush across the midfoot is one of the ways the Lisfranc joint is injured (desmond-2006), and the midfoot rule asks
 * for it beside swelling or pain on the top of the foot. The runner's own "went over on my foot" or "rolled over on it"
 * is a twisted ankle, not a crush, so the subject must be the heavy thing. Anything dropped on the foot ("dropped a
 * tin of beans on my toes") is a direct blow; a heavy thing dropped there is a crush as well. Judgement, from how
 * people tell it.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** Heavy things that can crush a foot: vehicles and wheeled things, animals, weights, loads. */
const HEAVY = String.raw`(?:(?:power |electric |mobility )?(?:wheel ?chairs?|chairs?|scooters?)|cars?|vans?|trucks?|lorry|lorries|tractors?|quad(?: bike)?s?|motor ?bikes?|trolleys?|prams?|buggy|buggies|pushchairs?|fork ?lifts?|pallet trucks?|pallets?|carts?|wheels?|tyres?|tires?|horses?|ponies|pony|cows?|bulls?|barbells?|bars?|weight plates?|plates?|kettlebells?|dumbbells?|weights?|gates?|logs?|boulders?|rocks?|(?:paving )?slabs?|fridges?|washing machines?|wardrobes?|pianos?|sofas?|settees?|hospital beds?|beds?|bins?|wheelie bins?)`;
/** Where it went: over or onto the foot. */
const ONTO = String.raw`(?:over|on|onto|on to|down on|across|into)\s+(?:the (?:top|middle|front|side|ball|outside|inside) of\s+)?(?:my|his|her|their|the)\s+(?:(?:right|left|bare|front|whole)\s+)?(?:foot|feet|instep|midfoot|toes)`;
/** The heavy thing as the subject, a verb of moving or falling, then over or onto the foot. */
const ACTIVE = new RegExp(String.raw`\b${HEAVY}\b[^.!?;]{0,40}?\b(?:went|goes|go|rolled|rolls|ran|runs|drove|drives|reversed|backed|lurched|jolted|came|rode|fell|falls|dropped|landed|toppled|crashed|slammed|tipped|stood|trod|stamped|squashed|crushed|pinned)\b(?:\s+\w+){0,2}?\s+${ONTO}\b`);
/** The foot run over, crushed or trapped under or by the heavy thing. */
const PASSIVE = new RegExp(String.raw`\b(?:foot|feet|instep|midfoot|toes)\s+(?:got\s+|was\s+|were\s+|has been\s+|had been\s+|been\s+)?(?:run over|driven over|rolled over|crushed|squashed|squished|flattened|trapped|pinned)\s+(?:under|by|beneath)\s+(?:(?:a|an|the|his|her|my|our|their|two)\s+)?(?:\w+\s+)?${HEAVY}\b`);
/** Something let fall onto the foot. */
const DROPPED = /\b(?:dropped|drop|dropping|let go of|lost (?:my )?grip (?:of|on))\s+(?!(?:my|his|her|the)\s+(?:foot|feet|toes?)\b)(?:\w+\s+){1,4}?(?:on|onto|on to)\s+(?:(?:my|his|her|their|the)\s+)?(?:(?:right|left|bare|big|little)\s+)?(?:foot|feet|toes?|instep)\b/;
/** "No", "nothing", "didn't" just before: the crush is denied. */
const DENIED = /\b(?:no|not|nothing|didn'?t|did not|never|without|nearly|almost)\s+(?:\w+\s+){0,3}$/;
/** A near miss inside the story: "the car nearly went over my foot", "the trolley just missed my feet". */
const NEAR_MISS = /\b(?:nearly|almost|didn'?t|did not|never|missed|narrowly)\b/;

/**
 * Every crushed-foot story in the text, as `injury-midfoot-bent-or-crushed` (and a thing dropped on the foot as
 * `injury-direct-blow`).
 * @example readCrushedFoot('The mobility scooter rolled right over my left foot.')[0]?.id // 'injury-midfoot-bent-or-crushed'
 */
export function readCrushedFoot(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const dropped = DROPPED.exec(s[0]);
    if (dropped && !DENIED.test(s[0].slice(Math.max(0, dropped.index - 30), dropped.index)) && !NEAR_MISS.test(dropped[0])) {
      out.push({ id: 'injury-direct-blow', span: [s.index + dropped.index, s.index + dropped.index + dropped[0].length] });
    }
    const m = ACTIVE.exec(s[0]) ?? PASSIVE.exec(s[0]) ?? (dropped && new RegExp(String.raw`\b${HEAVY}\b`).test(dropped[0]) ? dropped : null);
    if (!m || DENIED.test(s[0].slice(Math.max(0, m.index - 30), m.index)) || NEAR_MISS.test(m[0])) continue;
    out.push({ id: 'injury-midfoot-bent-or-crushed', span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
