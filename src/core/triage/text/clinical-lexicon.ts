/**
 * Clinicians' words for the shared findings: how physiotherapists, GPs, nurses and case reports write what runners
 * say in everyday words ("firm anterior compartment" for a rock-hard shin, "pain despite opioid analgesia" for pain
 * out of proportion, "calf circumference 3 cm greater" for a swollen calf). Added to the built-in lexicon and matched
 * the same tolerant way; shorthand is already spelt out by clinical-shorthand.ts. The clinical meaning of each
 * finding (and its source) is on its KB entry; the wording here is our own (judgement).
 * @module
 */

/** Finding id → clinical phrases meaning "yes". */
export const clinicalLexicon: Readonly<Record<string, readonly string[]>> = {
  // A tense compartment (ulmer-2002): how an examiner describes it.
  'leg-rock-hard': ['compartment firm', 'compartment tense', 'compartment hard', 'tense compartment', 'firm compartment', 'woody compartment', 'woody', 'compartment feels woody', 'tense on palpation', 'firm on palpation'],
  // Pain that strong painkillers do not touch (mcqueen-2000: rising analgesic need is the warning).
  'severe-pain-out-of-proportion': [
    'despite co codamol', 'despite codeine', 'despite tramadol', 'despite morphine', 'despite oramorph', 'despite opioids', 'despite opiates',
    'despite analgesia', 'despite strong analgesia', 'unrelieved by analgesia', 'not controlled by analgesia', 'analgesia ineffective',
    'escalating analgesia', 'increasing analgesic requirement', 'pain out of proportion', 'disproportionate pain', 'out of proportion to',
  ],
  // Wells: swelling that pits, tenderness along the deep veins, collateral veins (wells-1997). A calf bigger by
  // measurement is read with its result by calf-girth.ts (dev23: "calf circumferences are equal" is no swollen calf).
  'pitting-swelling': ['pitting swelling', 'pitting', 'pits on pressure'],
  'calf-tender-deep': ['tender along the deep veins', 'tender over the deep veins', 'tenderness along the deep venous system', 'tender to press along medial calf', 'tender to press calf', 'calf tender to press', 'tender to press over deep veins'],
  'visible-surface-veins': ['superficial veins prominent', 'superficial veins more prominent', 'collateral superficial veins', 'dilated superficial veins', 'prominent superficial veins', 'distended veins'],
  'long-travel-or-immobilisation': ['immobilised', 'immobilisation', 'immobilization', 'walker boot', 'cam boot', 'moon boot', 'plaster cast', 'backslab'],
  // Fever and feeling ill, as a note records them.
  'fever-or-unwell': ['rigors', 'systemically unwell', 'looks unwell', 'clammy'],
  'chest-pain-or-breathless': ['chest discomfort', 'pleuritic chest pain', 'pleuritic pain', 'dyspnoea', 'dyspnea', 'breathing fast short of breath', 'low oxygen short of breath'],
  // Nerve words.
  'character-numbness': ['reduced sensation', 'sensation reduced', 'sensation less', 'decreased sensation', 'sensory loss', 'altered sensation', 'diminished sensation', 'numbness'],
  'character-tingling': ['tingling', 'dysaesthesia', 'dysesthesia', 'electric'],
  'weakness-foot-drop': ['dorsiflexion weak', 'weak dorsiflexion', 'high stepping gait', 'steppage gait'],
  'pain-radiates-down-leg': ['radicular pain', 'radiating pain', 'radiates down', 'dermatomal'],
  'back-pain': ['low back pain', 'lumbar pain', 'lbp'],
  // Skin and joints.
  'spreading-redness': ['spreading cellulitis', 'lymphangitis', 'ascending redness', 'tracking redness', 'redness spreading'],
  'pus-or-discharge': ['purulent', 'fluctuant', 'fluctuance', 'abscess', 'seropurulent'],
  'bruising-sole-of-midfoot': ['plantar bruising', 'plantar bruising across arch', 'bruising across arch', 'bruising sole'],
  'sausage-toe': ['dactylitis'],
  'other-joints-swollen': ['synovitis', 'polyarthritis', 'hand knuckles', 'knuckles stiff', 'knuckles puffy', 'knuckles swollen', 'mcp swelling', 'mcp synovitis'],
  'morning-stiffness-long': ['prolonged morning stiffness', 'early morning stiffness'],
  'psoriasis-or-ibd': ['inflammatory bowel disease', 'ulcerative colitis', 'psoriatic'],
  // Bone stress words.
  'bony-tenderness-focal': ['focal bony tenderness', 'point tenderness', 'focally tender', 'focal tenderness', 'tender to press over the bone'],
  'tender-shin-inner-edge-long': ['diffuse tenderness', 'tender along posteromedial border', 'tender to press along posteromedial', 'diffusely tender', 'tender along the distal two thirds'],
  // Onset and injury.
  'onset-gradual': ['insidious onset', 'insidious'],
  'injury-rolled-ankle': ['inversion injury', 'inversion sprain', 'inversion mechanism', 'inverted ankle', 'rolled ankle'],
  'injury-twisting-foot-planted': ['external rotation injury', 'foot forced outwards', 'foot planted', 'forced into external rotation'],
  'injury-midfoot-bent-or-crushed': ['forefoot fixed', 'axial load plantarflexed', 'caught under a root', 'forefoot trapped'],
  // Function.
  'cannot-bear-weight': ['unable to weight bear', 'unable to bear weight', 'non weight bearing', 'unable to take four steps', 'unable to take 4 steps'],
  'cannot-push-off-or-tiptoe': ['unable to push off', 'avoiding toe off', 'no push off'],
  'gap-in-achilles': ['palpable gap', 'palpable depression', 'soft depression', 'tendon defect'],
  // How an X-ray or ultrasound report names the bony bump behind the heel (Haglund's).
  'bump-back-of-heel': ['prominent posterosuperior calcaneal tuberosity', 'prominent posterosuperior calcaneus', 'posterosuperior calcaneal prominence', 'prominent calcaneal tuberosity'],
  'exercise-bulge-on-shin': ['fascial defect', 'fascial hernia', 'muscle hernia'],
  'tender-soft-spot-front-of-outer-ankle': ['front of outer ankle ligament tender', 'tender to press front of outer ankle ligament'],
  'pain-with-walking': ['antalgic gait', 'antalgic'],
  'pain-at-night-or-rest': ['night pain', 'worse at night', 'rest pain'],
  // The inner heel as a note names it (dev28: Baxter's nerve told as "max tenderness medial heel").
  'pain-inner-front-heel': ['medial heel', 'anteromedial heel', 'medial heel tenderness', 'medial calcaneus'],
  'pain-above-ankle-between-shin-bones': ['interosseous membrane', 'tender to press ligament between the two shin bones', 'syndesmosis tender', 'anterolateral above the ankle', 'above the ankle joint'],
};

/** Zone id → anatomical place words ("posteromedial tibia", "dorsum of the foot", "hallux"). */
export const clinicalPlaces: Readonly<Record<string, readonly string[]>> = {
  'heel-underside': ['plantar heel', 'medial calcaneal tubercle', 'plantar fascia origin', 'calcaneal tubercle'],
  'back-of-heel': ['posterior heel', 'posterior calcaneus', 'retrocalcaneal', 'posterosuperior calcaneus'],
  achilles: ['tendo achilles', 'achilles tendon', 'mid portion achilles', 'midportion achilles'],
  arch: ['medial arch', 'plantar arch', 'plantar fascia'],
  'ball-of-foot': ['metatarsal heads', 'plantar forefoot'],
  'big-toe': ['hallux', 'big toe joint'],
  'top-of-foot': ['dorsal midfoot', 'dorsum of the foot', 'dorsum of foot', 'dorsal foot', 'dorsum'],
  'outside-of-foot': ['lateral midfoot', 'lateral foot', 'lateral border of the foot', 'outer border of the foot', 'cuboid'],
  'inside-of-foot': ['medial midfoot', 'medial foot', 'medial border of the foot'],
  'inside-ankle': ['medial ankle', 'posteromedial ankle'],
  'outside-ankle': ['lateral ankle', 'anterolateral ankle'],
  'front-of-ankle': ['anterior ankle', 'anteromedial ankle', 'front of ankle joint'],
  'back-of-ankle': ['posterior ankle', 'posterolateral ankle', 'posterolateral talus', 'posterior talus'],
  'front-of-shin': ['anterior shin', 'anterior tibia', 'anterior compartment', 'front of shin compartment', 'front of tibia', 'front of tibial'],
  'inner-shin': ['posteromedial tibia', 'posteromedial border', 'medial tibia', 'medial tibial border', 'posteromedial tibial border', 'inner tibia'],
  'outer-leg': ['lateral leg', 'lateral compartment', 'peroneal compartment', 'outer leg compartment', 'fibular shaft', 'distal fibula', 'fibula'],
  calf: ['gastrocnemius', 'gastroc', 'soleus', 'posterior calf', 'medial calf', 'calf muscle'],
};

/**
 * Clinical ways of saying there was no injury, read like builtinNoInjury (word for word, in order): every
 * acute-injury finding "no" and a gradual start, unless the text says otherwise.
 */
export const clinicalNoInjury: readonly string[] = [
  'no history of trauma', 'no history of injury', 'no hx of trauma', 'denies trauma', 'denies injury', 'denies any injury',
  'denies any trauma', 'atraumatic', 'non traumatic', 'no trauma recalled', 'no injury recalled', 'no mechanism of injury',
  'no specific mechanism', 'no precipitating injury', 'no inciting event',
];
