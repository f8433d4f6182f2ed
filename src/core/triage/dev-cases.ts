/**
 * Held-out development cases for the triage engine: runners' narratives written by the triage engineer, phrased
 * independently of the project's vignette set (test/vignettes), so mechanism changes can be checked on text the
 * vignettes never saw. Gold labels follow the KB's own care and running advice; `redFlag` marks cases where a
 * lower level of care than gold would be unsafe. Judgement throughout.
 * @module
 */
import type { CareLevel } from '../kb/schema.ts';

/** One development case. */
export interface DevCase {
  readonly id: string;
  readonly text: string;
  readonly gold: string;
  readonly acceptable?: readonly string[];
  readonly level: CareLevel;
  readonly redFlag?: boolean;
  /** Running advice must be at least this cautious. */
  readonly stop?: boolean;
}

/** The cases. */
export const devCases: readonly DevCase[] = [
  { id: 'd01', gold: 'plantar-fasciitis', level: 'selfcare', text: "Underneath my right heel is agony for the first few minutes after I wake up, then it calms right down. It's been like this about five weeks. I mostly run on pavements." },
  { id: 'd02', gold: 'plantar-fasciitis', level: 'selfcare', text: 'Sharp stab at the inner front of my heel whenever I stand after a long drive or after my lunch break. Walking around for a bit loosens it. Upped my long run recently.' },
  { id: 'd03', gold: 'achilles-tendinopathy-midportion', level: 'selfcare', text: "The tendon above my left heel, a few cm up from the bone, is stiff and sore when I set off on a run and then settles. It feels thicker than the other side and pinching it hurts. Started after I added hill sessions two months ago." },
  { id: 'd04', gold: 'achilles-tendinopathy-insertional', acceptable: ['retrocalcaneal-bursitis'], level: 'selfcare', text: "Pain exactly where my achilles joins the heel bone at the back. There's a bony bump there and the heel tab of my shoes digs in. Worse running uphill." },
  { id: 'd05', gold: 'achilles-rupture', level: 'urgent', redFlag: true, stop: true, text: "Doing strides at the track and it felt like someone had thrown a stone at the back of my ankle. Heard a pop. Now I'm walking flat footed and I can't get up on my toes on that side." },
  { id: 'd06', gold: 'calf-strain', level: 'selfcare', stop: true, text: 'Halfway through a tempo run I felt a sudden grab in the middle of my calf muscle and had to limp home. It is tender to press in the muscle belly and some bruising has come out.' },
  { id: 'd07', gold: 'deep-vein-thrombosis', level: 'urgent', redFlag: true, stop: true, text: "Got back from a 12 hour flight from Singapore on Monday and now my left calf is swollen and tight and feels warmer than the other one. I can't think of any injury." },
  { id: 'd08', gold: 'medial-tibial-stress-syndrome', level: 'selfcare', text: 'Both shins ache along the inner edge of the bone over a long stretch, worst at the start of a run. I only took up running in January, three times a week.' },
  { id: 'd09', gold: 'tibial-stress-fracture', level: 'doctor', redFlag: true, stop: true, text: 'There is one spot on my shin bone, about a hand above the ankle, that is really sore when I press it. It throbs at night now and hopping on that leg hurts a lot. I upped my miles for a marathon.' },
  { id: 'd10', gold: 'anterior-shin-splints', acceptable: ['tibialis-anterior-tendinopathy', 'chronic-exertional-compartment-syndrome'], level: 'selfcare', text: 'The muscle down the front of my shin, just outside the bone, is sore after downhill runs, and lifting my toes up against my other foot hurts it.' },
  { id: 'd11', gold: 'chronic-exertional-compartment-syndrome', level: 'doctor', text: "Every run, about twenty minutes in, the front and outside of both lower legs go tight as if they'll burst and the top of my foot goes a bit numb. Ten minutes after I stop it's completely gone." },
  { id: 'd12', gold: 'acute-compartment-syndrome', level: 'emergency', redFlag: true, stop: true, text: "After a hard race last night the front of my shin swelled up and is rock hard. The pain is unbearable and much worse if anyone moves my toes. Paracetamol isn't touching it." },
  { id: 'd13', gold: 'lateral-ankle-sprain', acceptable: ['ankle-foot-fracture'], level: 'doctor', text: 'Went over on my ankle on a trail run this morning. The outside of the ankle puffed up like an egg, but I can walk on it with a limp.' },
  { id: 'd14', gold: 'ankle-foot-fracture', acceptable: ['lateral-ankle-sprain'], level: 'urgent', redFlag: true, stop: true, text: "Slipped off a kerb and twisted my foot. The back edge of the outer ankle bone is very tender to press and I couldn't manage more than a couple of steps afterwards." },
  { id: 'd15', gold: 'ankle-foot-fracture', acceptable: ['lateral-ankle-sprain', 'cuboid-syndrome'], level: 'urgent', redFlag: true, stop: true, text: 'Turned my foot stepping off a curb. Now the knobbly bone halfway along the outer edge of my foot is very tender to touch and swollen.' },
  { id: 'd16', gold: 'lisfranc-injury', acceptable: ['ankle-foot-fracture'], level: 'urgent', redFlag: true, stop: true, text: "Someone stood on my foot while I was up on my toes at a crowded race start. The middle of my foot is swollen, there's a bruise on the sole under the arch, and I can't put weight on it." },
  { id: 'd17', gold: 'chronic-ankle-instability', level: 'doctor', text: "My right ankle keeps going over on rough ground. I've sprained it maybe five times over the years. It doesn't hurt much but I just don't trust it." },
  { id: 'd18', gold: 'peroneal-tendinopathy', level: 'selfcare', text: 'An ache behind and under the bony bit on the outside of my ankle, along the tendons, which has crept up over six weeks since I started running on cambered country roads.' },
  { id: 'd19', gold: 'posterior-tibial-tendinopathy', level: 'selfcare', text: 'Sore on the inner side of my ankle, just behind and below the bone. That foot looks flatter than the other now, and going up onto tiptoe on that leg alone hurts.' },
  { id: 'd20', gold: 'tarsal-tunnel-syndrome', acceptable: ['baxters-nerve-entrapment'], level: 'doctor', text: 'Burning and pins and needles along the sole of my foot, worse at night and after long shifts on my feet. Tapping just below the inside ankle bone sends tingles into my arch.' },
  { id: 'd21', gold: 'mortons-neuroma', level: 'selfcare', text: "It's like walking on a rucked-up sock under the ball of my foot, with tingling shooting into my third and fourth toes. It's better when I take my shoe off and rub my foot." },
  { id: 'd22', gold: 'metatarsalgia', acceptable: ['mortons-neuroma'], level: 'selfcare', text: 'The ball of my foot aches under the second and third toes. I have hard skin there and it is worse in my thin racing flats.' },
  { id: 'd23', gold: 'metatarsal-stress-fracture', level: 'doctor', redFlag: true, stop: true, text: 'The top of my foot over the second long bone is sore to press in one spot and a little swollen. It began after I doubled my mileage for a marathon and now even walking hurts.' },
  { id: 'd24', gold: 'sesamoiditis', acceptable: ['hallux-rigidus'], level: 'doctor', text: 'Underneath the ball of my big toe hurts when I push off and when I rise onto my toes. Came on gradually after lots of track sessions in spikes.' },
  { id: 'd25', gold: 'hallux-rigidus', level: 'selfcare', text: "My big toe joint is stiff and hardly bends upwards any more, it's sore when I push off and there's a bony lump on top of it." },
  { id: 'd26', gold: 'bunion', level: 'selfcare', text: 'A bony bump on the side of my foot next to the big toe, red and sore from rubbing in narrow shoes.' },
  { id: 'd27', gold: 'gout', acceptable: ['foot-infection'], level: 'doctor', text: "Woke at 3am with my big toe joint red, hot and swollen and I can't even bear the duvet on it. I take water tablets for my blood pressure." },
  { id: 'd28', gold: 'foot-infection', level: 'urgent', redFlag: true, stop: true, text: 'I got a blister on my heel from new shoes a week ago. Now the skin around it is red and hot, the redness is creeping up towards my ankle and I feel shivery.' },
  { id: 'd29', gold: 'navicular-stress-fracture', level: 'doctor', redFlag: true, stop: true, text: 'A deep ache on the inner top of my midfoot that has got worse over a month of speedwork, with one really tender spot on the bone there.' },
  { id: 'd30', gold: 'calcaneal-stress-fracture', level: 'doctor', redFlag: true, stop: true, text: 'My heel hurts when I squeeze it from both sides. It started after I went up to 60 km a week and now it aches even when I am resting.' },
  { id: 'd31', gold: 'fat-pad-syndrome', acceptable: ['plantar-fasciitis'], level: 'selfcare', text: "A bruised feeling right in the centre of my heel pad, worse barefoot on the tiled kitchen floor and on hard pavements. Mornings are fine." },
  { id: 'd32', gold: 'retrocalcaneal-bursitis', acceptable: ['achilles-tendinopathy-insertional'], level: 'selfcare', text: 'Puffy swelling at the back of my heel just in front of where the achilles meets the bone. Squeezing either side of it is sore and my shoes rub it.' },
  { id: 'd33', gold: 'extensor-tendinopathy', level: 'selfcare', text: 'The top of my foot aches along the tendons under my laces ever since I tied them tighter for a trail race.' },
  { id: 'd34', gold: 'tibialis-anterior-tendinopathy', acceptable: ['extensor-tendinopathy', 'anterior-shin-splints'], level: 'selfcare', text: 'The tendon at the front of my ankle creaks and hurts when I pull my foot up, after a weekend of lots of downhill running.' },
  { id: 'd35', gold: 'anterior-ankle-impingement', level: 'selfcare', text: 'A pinching feeling at the front of my ankle when I squat down deep or run up steep hills. I have had a few sprains on that side in the past.' },
  { id: 'd36', gold: 'posterior-ankle-impingement', level: 'selfcare', text: 'Deep pain at the back of my ankle when I point my foot right down, for example running fast downhill or in my ballet class.' },
  { id: 'd37', gold: 'high-ankle-sprain', acceptable: ['lateral-ankle-sprain', 'ankle-foot-fracture'], level: 'doctor', stop: true, text: 'My foot got caught and turned outwards as I pivoted. The pain is above the ankle, between the two leg bones, and much worse than my normal sprains.' },
  { id: 'd38', gold: 'fibular-stress-fracture', acceptable: ['peroneal-tendinopathy'], level: 'doctor', redFlag: true, stop: true, text: 'A sore spot on the thin bone on the outside of my lower leg, a few inches above the ankle, since I increased my mileage. Hopping on it hurts.' },
  { id: 'd39', gold: 'lumbar-radiculopathy', level: 'doctor', text: 'Pain runs from my buttock down the back of my leg into the outer edge of my foot with some tingling. It is worse sitting at work and when I cough.' },
  { id: 'd40', gold: 'lumbar-radiculopathy', level: 'emergency', redFlag: true, stop: true, text: "Bad lower back pain with sciatica down both legs and since yesterday I'm numb around my bottom and have had trouble peeing." },
  { id: 'd41', gold: 'vascular-claudication', level: 'doctor', redFlag: true, stop: true, text: "I'm 62 and a smoker. My calf cramps after about 200 m of walking and goes if I stand still for a minute, then comes back when I carry on." },
  { id: 'd42', gold: 'inflammatory-arthritis', level: 'doctor', redFlag: true, text: 'Several of my toes are swollen like sausages, the backs of my heels are sore and my joints are stiff for over an hour every morning. I have psoriasis.' },
  { id: 'd43', gold: 'cuboid-syndrome', acceptable: ['peroneal-tendinopathy', 'lateral-ankle-sprain'], level: 'doctor', text: 'Since a sprain last month the outside of my midfoot feels like a bone has shifted out of place, and pushing off hurts there.' },
  { id: 'd44', gold: 'baxters-nerve-entrapment', acceptable: ['tarsal-tunnel-syndrome', 'plantar-fasciitis'], level: 'doctor', text: 'Burning pain on the inside of my heel that sometimes spreads across the sole to the outer edge. Months of plantar fasciitis treatment have done nothing.' },
  { id: 'd45', gold: 'accessory-navicular-syndrome', acceptable: ['posterior-tibial-tendinopathy'], level: 'selfcare', text: 'There is a prominent bony bump on the inner side of my midfoot that rubs against my shoe and aches after runs.' },
  { id: 'd46', gold: 'medial-tibial-stress-syndrome', level: 'selfcare', text: 'Lower inside of my shin is tender all the way along for a good few inches, it hurts at the start of runs and eases off, then aches later. Happened after I started doing intervals.' },
  { id: 'd47', gold: 'deep-vein-thrombosis', level: 'urgent', redFlag: true, stop: true, text: 'Two weeks after my knee operation my calf is aching and one leg looks bigger than the other. I have not been running since the surgery.' },
  { id: 'd48', gold: 'plantar-fasciitis', level: 'selfcare', text: 'Bottom of my foot near the heel is tight and sore on my first steps out of bed, no injury, no numbness. Both legs are fine otherwise, just the left.' },
];
