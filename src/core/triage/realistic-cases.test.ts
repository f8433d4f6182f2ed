/**
 * Realistic runner descriptions nobody tuned on (written for this test: texting style, British and American,
 * hedging, irrelevant details, other people's problems, past injuries, questions, numbers in words, distances and
 * pain scales). Each asserts the findings that must be read, the findings that must NOT be read, and the least level
 * of care (strict for warning signs: a same-day or emergency case must get at least that, and be told to stop).
 * Where it is clear, the condition a clinician would name must be in the top three.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { assess } from './assess.ts';
import { careRank } from './levels.ts';
import type { CareLevel } from '../kb/schema.ts';
import type { FindingValue } from './types.ts';

interface RealCase {
  readonly text: string;
  /** The least level of care that is safe. */
  readonly level: CareLevel;
  /** Findings that must be read, with their values. */
  readonly findings: Readonly<Record<string, FindingValue>>;
  /** Findings that must not be read at all (other people, worries, the past). */
  readonly absent?: readonly string[];
  /** A condition that must be in the top three. */
  readonly top3?: string;
}

const kb = await readKnowledgeBase();

export const realCases: readonly RealCase[] = [
  { text: "heel pain for about three weeks, worst first thing in the morning, eases once i get going. maybe plantar fasciitis?? 40k a week", level: 'selfcare', findings: {"pain-heel-underside": true, "pain-first-steps": true, "duration-weeks": 3, "weekly-distance-km": 40}, top3: "plantar-fasciitis" },
  { text: "hi so my left heel is killing me when i get out of bed, like a 7 out of 10, then ok after 10 mins. been running 25 mpw for a couple of months", level: 'selfcare', findings: {"side": "left", "pain-first-steps": true, "duration-weeks": 8.7, "weekly-distance-km": 40.2}, top3: "plantar-fasciitis" },
  { text: "My friend had shin splints last year and now I think I have them too - inner shins ache on both legs after runs, started couch to 5k 4 weeks ago", level: 'selfcare', findings: {"pain-inner-shin": true, "side": "both", "new-to-running": true, "duration-weeks": 4}, top3: "medial-tibial-stress-syndrome" },
  { text: "Could it be a stress fracture? There's one spot on my shin bone that's really tender to press, and it aches at night now. Upped from 30 to 50 km a week.", level: 'doctor', findings: {"bony-tenderness-focal": true, "pain-at-night-or-rest": true, "distance-change-percent": 67}, absent: ["previous-stress-fracture"], top3: "tibial-stress-fracture" },
  { text: "I sprained my right ankle last year playing netball. This week my achilles on the same side has been sore and stiff in the mornings.", level: 'selfcare', findings: {"previous-ankle-sprains": true, "pain-achilles": true, "side": "right"}, absent: ["injury-rolled-ankle", "pain-ankle-area"], top3: "achilles-tendinopathy-midportion" },
  { text: "rolled my ankle on a trail run yesterday, outside of the ankle is swollen and bruised, I can walk on it but limping", level: 'doctor', findings: {"injury-rolled-ankle": true, "pain-outside-ankle": true, "swelling-ankle": true, "bruising": true}, top3: "lateral-ankle-sprain" },
  { text: "Went over on my ankle stepping off a kerb, heard a crack, couldn't put any weight on it and had to get a taxi home. Ankle is massive.", level: 'urgent', findings: {"cannot-bear-weight": true, "injury-pop-or-snap": true}, top3: "ankle-foot-fracture" },
  { text: "not sure if it's swollen but the top of my foot hurts when I tie my laces tight, been about 2 weeks", level: 'selfcare', findings: {"pain-top-of-foot": true, "worse-tight-shoes": true, "swelling": "unknown"}, top3: "extensor-tendinopathy" },
  { text: "Calf felt like someone kicked me during a parkrun sprint finish. Heard a pop. Can't go up on my toes now.", level: 'urgent', findings: {"injury-pop-or-snap": true, "cannot-push-off-or-tiptoe": true}, top3: "achilles-rupture" },
  { text: "just back from a long haul flight from Sydney, left calf is swollen and tender, not sure if it's related to running", level: 'urgent', findings: {"long-travel-or-immobilisation": true, "calf-swelling-one-side": true}, absent: ["calf-tender-deep"], top3: "deep-vein-thrombosis" },
  { text: "big toe joint went red hot and swollen overnight, can't even bear the bed sheet on it. I'm 52 and like a drink", level: 'doctor', findings: {"pain-big-toe": true, "redness": true, "warmth": true, "cannot-bear-touch": true}, top3: "gout" },
  { text: "Achilles pain for 2 months. Sore and thick about 4cm above my heel, worst in the morning, warms up during runs. 50 miles a week.", level: 'selfcare', findings: {"pain-achilles": true, "pain-eases-with-warm-up": true, "weekly-distance-km": 80.5}, absent: ["warmth"], top3: "achilles-tendinopathy-midportion" },
  { text: "Pain at the back of my heel where the achilles attaches, shoes rub it, there's a bump. No injury.", level: 'selfcare', findings: {"pain-back-of-heel": true, "worse-shoe-heel-counter": true}, top3: "achilles-tendinopathy-insertional" },
  { text: "I'm 28F, training for my first marathon, ramped up mileage quickly, and now my foot hurts on top, over the second metatarsal. It's sore to press one spot and even walking hurts now. Periods have been irregular.", level: 'doctor', findings: {"bony-tenderness-focal": true, "low-energy-availability": true, "sex": "female", "age-years": 28}, top3: "metatarsal-stress-fracture" },
  { text: "Burning and tingling into my 3rd and 4th toes, feels like I'm standing on a pebble, better when I take my shoe off", level: 'selfcare', findings: {"character-pebble-feeling": true, "relief-removing-shoe": true}, top3: "mortons-neuroma" },
  { text: "ball of my foot aches under the second toe, worse in my racing flats. no swelling.", level: 'selfcare', findings: {"pain-under-second-toe": true, "swelling": false}, top3: "metatarsalgia" },
  { text: "The outside of my shin gets tight and my foot goes numb about 20 min into every run, totally fine 10 mins after I stop. Both legs.", level: 'doctor', findings: {"exercise-numbness-resolves": true, "pain-stops-run-same-point": true, "side": "both"}, top3: "chronic-exertional-compartment-syndrome" },
  { text: "Front of my shin is rock hard and swollen after a hard trail race, pain is unbearable and moving my toes is agony", level: 'emergency', findings: {"leg-rock-hard": true, "pain-on-stretching-toes-severe": true}, top3: "acute-compartment-syndrome" },
  { text: "my ankle keeps giving way on uneven ground, I've sprained it maybe 5 times over the years. doesn't really hurt.", level: 'doctor', findings: {"character-giving-way": true}, top3: "chronic-ankle-instability" },
  { text: "heel hurts when i squeeze it from both sides, started after I increased to 60k a week, it aches even when I'm sitting", level: 'doctor', findings: {"test-heel-squeeze-painful": true, "weekly-distance-km": 60}, top3: "calcaneal-stress-fracture" },
  { text: "shin splints again!! same as last spring. inside of both shins sore for about a week, hurts at the start of runs and then eases", level: 'selfcare', findings: {"pain-inner-shin": true, "side": "both", "pain-eases-with-warm-up": true}, top3: "medial-tibial-stress-syndrome" },
  { text: "Hey, 45M, been getting calf cramps when I walk up hills, goes when I stand still for a minute. Smoker. Not a runner really but started jogging.", level: 'doctor', findings: {"pain-walking-relieved-standing": true, "smoker": true, "age-years": 45, "sex": "male"} },
  { text: "pins and needles and burning in the sole of my foot, worse at night. tapping the inside of my ankle makes it tingle. my wife has plantar fasciitis", level: 'doctor', findings: {"tingling-sole": true, "pain-inside-ankle": true}, absent: ["pain-heel-underside"], top3: "tarsal-tunnel-syndrome" },
  { text: "Lower back has been playing up and now there's a shooting pain down the back of my leg into my foot. Worse when I sit at my desk.", level: 'doctor', findings: {"back-pain": true, "pain-radiates-down-leg": true}, top3: "lumbar-radiculopathy" },
  { text: "got a blister on my heel from new shoes, now it's red, hot, spreading up my ankle and I feel feverish", level: 'urgent', findings: {"wound-or-broken-skin": true, "fever-or-unwell": true, "new-shoes": true}, top3: "foot-infection" },
  { text: "My physio thinks it's posterior tibial tendon. Inside of my ankle is sore behind the bone, foot's gone flatter, hurts to go up on tiptoe.", level: 'selfcare', findings: {"pain-inside-ankle": true, "arch-flattening": true, "pain-tiptoe": true}, top3: "posterior-tibial-tendinopathy" },
  { text: "I don't have any swelling or bruising, just a dull ache in my arch after long runs. New shoes 3 weeks ago. Flat feet.", level: 'selfcare', findings: {"swelling": false, "bruising": false, "pain-arch": true, "new-shoes": true, "flat-feet": true, "duration-weeks": 3}, top3: "plantar-fasciitis" },
  { text: "Both feet hurt at the end of the day, I stand at work all day as a nurse. Heels mainly. No injury. ", level: 'selfcare', findings: {"worse-prolonged-standing": true, "pain-heel-underside": true, "side": "both"}, top3: "plantar-fasciitis" },
  { text: "No pain at rest, no night pain, no numbness. Just sore achilles after running, been 6 weeks. I run about 30 miles a week.", level: 'selfcare', findings: {"pain-at-night-or-rest": false, "character-numbness": false, "pain-achilles": true, "duration-weeks": 6}, top3: "achilles-tendinopathy-midportion" },
  { text: "idk what's going on, my foot just hurts everywhere after I run. maybe my shoes are worn out? they've got about 800km on them", level: 'selfcare', findings: {"pain-foot-area": true, "worn-shoes": true, "shoe-distance-km": 800} },
  { text: "It's not my heel, it's more the arch of my foot. Hurts on the first steps in the morning and after sitting.", level: 'selfcare', findings: {"pain-heel-underside": false, "pain-arch": true, "pain-first-steps": true}, top3: "plantar-fasciitis" },
  { text: "my calf is swollen and hot and I've been on the pill for years. Flew back from Spain on Sunday. Calf hurts when I walk.", level: 'urgent', findings: {"calf-swelling-one-side": true, "oestrogen-or-pregnancy": true, "long-travel-or-immobilisation": true}, top3: "deep-vein-thrombosis" },
  { text: "I think I pulled my calf during intervals yesterday, felt a sudden twinge in the middle of the calf, it's bruised now", level: 'selfcare', findings: {"calf-pull-during-run": true, "bruising": true}, top3: "calf-strain" },
  { text: "Ankle feels unstable and clicks when I run on cambered roads. Sprained it badly in 2019.", level: 'doctor', findings: {"character-giving-way": true, "previous-ankle-sprains": true}, absent: ["injury-rolled-ankle"], top3: "chronic-ankle-instability" },
  { text: "Sharp pain on the outside of my foot halfway along the edge. Came on after a long run, no injury that I remember. It's tender to press on the bone there.", level: 'doctor', findings: {"bony-tenderness-focal": true, "pain-outside-of-foot": true}, top3: "metatarsal-stress-fracture" },
  { text: "Knee is fine, hip is fine, it's my shin that hurts - front of the shin, lifting my toes up against resistance hurts it. Lots of downhill running recently.", level: 'selfcare', findings: {"pain-front-of-shin": true, "worse-hills": true}, top3: "anterior-shin-splints" },
  { text: "Can't walk on it at all since this morning, no injury, foot is swollen and hot and I feel awful with a temperature of 38.5", level: 'urgent', findings: {"cannot-bear-weight": true, "fever-or-unwell": true, "swelling": true}, top3: "foot-infection" },
  { text: "i have diabetes and a cut on my foot that's not healing and looks red around it", level: 'urgent', findings: {"diabetes": true, "wound-or-broken-skin": true, "redness": true}, top3: "foot-infection" },
  { text: "My son (15) has pain at the back of his heel after football, both heels, worse when he runs. Is it Sever's?", level: 'selfcare', findings: {"pain-back-of-heel": true, "side": "both"} },
  { text: "Pain in the back of my ankle when I point my foot down, like in ballet or running downhill fast", level: 'selfcare', findings: {"pain-back-of-ankle": true, "pain-pointing-toes": true}, top3: "posterior-ankle-impingement" },
  { text: "my toes feel numb all the time now and my foot slaps the ground when I walk. started a week ago", level: 'urgent', findings: {"weakness-foot-drop": true, "numbness-persistent": true} },
  { text: "calves are really tight after my long run on Sunday, like a 4/10, sore to touch but getting better each day", level: 'selfcare', findings: {"pain-calf": true}, top3: "calf-strain" },
  { text: "Pain under the big toe joint when pushing off, gradually came on after sprint sessions in spikes. Hurts to bend the toe up.", level: 'selfcare', findings: {"pain-under-big-toe-joint": true, "pain-push-off": true, "onset-gradual": true}, top3: "sesamoiditis" },
  { text: "big toe stiff and sore, can't bend it up much, lump on top of the joint. been years", level: 'selfcare', findings: {"big-toe-stiff": true, "pain-big-toe": true}, top3: "hallux-rigidus" },
  { text: "sore bony bump on the side of my big toe that rubs in my work shoes", level: 'selfcare', findings: {"bump-big-toe-joint-side": true}, absent: ["worse-shoe-heel-counter"], top3: "bunion" },
  { text: "I've had heel pain for 6 months. tried everything. stretching, insoles, new trainers. still hurts every morning", level: 'doctor', findings: {"pain-heel-underside": true, "duration-weeks": 26.1, "pain-first-steps": true}, top3: "plantar-fasciitis" },
  { text: "Sudden sharp pain in my achilles when I jumped up for a ball, felt like I was shot, now walking flat footed", level: 'urgent', findings: {"onset-sudden": true, "pain-achilles": true, "cannot-push-off-or-tiptoe": true}, top3: "achilles-rupture" },
  { text: "ran a marathon 2 days ago, now my whole foot is swollen on top and hurts to walk, no specific injury", level: 'doctor', findings: {"swelling-top-of-foot": true, "pain-with-walking": true}, top3: "metatarsal-stress-fracture" },
  { text: "I was hit by a car door on my shin while cycling last week, bruised and sore, can run ok", level: 'selfcare', findings: {"injury-direct-blow": true, "bruising": true} },
  { text: "painful lump on the inside of my midfoot that rubs on my shoes, aches after runs, I'm 16", level: 'selfcare', findings: {"bony-bump-inner-midfoot": true, "age-years": 16}, absent: ["worse-shoe-heel-counter"], top3: "accessory-navicular-syndrome" },
  { text: "Twisted my foot when I landed from a jump at basketball and the middle of my foot is swollen, bruising under the arch. Walking is very painful.", level: 'urgent', findings: {"bruising-sole-of-midfoot": true}, top3: "lisfranc-injury" },
  { text: "Outer ankle pain behind the bone, along the tendons, for about 6 weeks since I started running on cambered roads. No sprain.", level: 'selfcare', findings: {"pain-behind-outer-ankle-bone": true, "worse-uneven-ground": true, "duration-weeks": 6}, top3: "peroneal-tendinopathy" },
  { text: "my 2 week old ankle sprain is getting better but I still can't hop on it without pain", level: 'selfcare', findings: {"duration-weeks": 2}, top3: "lateral-ankle-sprain" },
  { text: "Shin has been hurting for 3 weeks, it's getting worse, hurts when I walk and hopping is painful. My coach said it's probably just shin splints.", level: 'doctor', findings: {"pain-inner-shin": true, "pain-hopping": true, "pain-with-walking": true}, top3: "tibial-stress-fracture" },
  { text: "Deep ache in my inner midfoot, worse after speed work, one tender spot on the navicular bone", level: 'doctor', findings: {"bony-tenderness-focal": true, "pain-inside-of-foot": true} },
  { text: "not a runner but my heel hurts - actually I do run 5k a couple times a week", level: 'selfcare', findings: {"pain-heel-underside": true}, top3: "plantar-fasciitis" },
  { text: "A pain like a 9 in my calf after a kick in football, calf is tense and shiny and it keeps getting worse even resting", level: 'urgent', findings: {"pain-calf": true, "skin-tight-shiny": true, "pain-getting-worse-by-hour": true} },
  { text: "I have psoriasis and my heels are sore at the back, toes puffy like sausages, stiff for hours every morning", level: 'doctor', findings: {"psoriasis-or-ibd": true, "sausage-toe": true, "morning-stiffness-long": true}, top3: "inflammatory-arthritis" },
  { text: "Did 20 miles a week, now 40 miles a week. shins sore. zero pain at rest though.", level: 'selfcare', findings: {"pain-inner-shin": true, "pain-at-night-or-rest": false}, top3: "medial-tibial-stress-syndrome" },
  { text: "I get a pinching at the front of my ankle when I squat deep or run up hills. I've had lots of sprains before.", level: 'selfcare', findings: {"pinch-front-of-ankle": true, "previous-ankle-sprains": true}, top3: "anterior-ankle-impingement" },
  { text: "I haven't rolled it or fallen, it just started hurting on the outside of my ankle a week ago", level: 'selfcare', findings: {"injury-rolled-ankle": false, "pain-outside-ankle": true, "duration-weeks": 1} },
  { text: "The ball of my foot feels like walking on a marble and two toes go numb. My mate says it's a neuroma.", level: 'selfcare', findings: {"character-pebble-feeling": true, "toe-numbness-or-tingling": true}, top3: "mortons-neuroma" },
  { text: "pain in my foot, can't put weight on it since my long run yesterday, no injury", level: 'urgent', findings: {"cannot-bear-weight": true, "pain-foot-area": true} },
  { text: "tight feeling in my calf after a long drive, no swelling, ran fine today", level: 'selfcare', findings: {"long-travel-or-immobilisation": true, "swelling": false} },
  { text: "heel pain but I can walk fine, no swelling, no numbness, not worse at night", level: 'selfcare', findings: {"pain-heel-underside": true, "cannot-bear-weight": false, "swelling": false}, top3: "plantar-fasciitis" },
  { text: "started running again after a 3 month break, and now my right shin hurts in one spot when I press it", level: 'doctor', findings: {"bony-tenderness-focal": true, "side": "right", "pain-inner-shin": true}, top3: "tibial-stress-fracture" },
  { text: "I feel fine otherwise, no fever, but my toe is red around the nail and a bit swollen", level: 'selfcare', findings: {"fever-or-unwell": false, "redness": true, "swelling": true} },
];

test('at least 60 realistic descriptions', () => {
  assert.ok(realCases.length >= 60);
});

for (const [i, c] of realCases.entries()) {
  test(`realistic case ${i + 1}: ${c.text.slice(0, 60)}`, () => {
    const r = assess(kb, { text: c.text }, { today: '2026-11-22' });
    const got = new Map(r.findings.map((f) => [f.id, f.value]));
    for (const [id, value] of Object.entries(c.findings)) assert.deepEqual(got.get(id), value, `${id} in "${c.text}"`);
    for (const id of c.absent ?? []) assert.equal(got.has(id), false, `${id} should not be read from "${c.text}"`);
    assert.ok(careRank(r.triage.level) >= careRank(c.level), `level ${r.triage.level} < ${c.level}: "${c.text}"`);
    if (careRank(c.level) >= careRank('urgent')) assert.equal(r.running.advice, 'stop');
    if (c.top3 !== undefined) {
      const ids = r.differential.slice(0, 3).map((d) => d.conditionId);
      assert.ok(ids.includes(c.top3), `${c.top3} not in top 3 (${ids.join(', ')}): "${c.text}"`);
    }
  });
}
