/**
 * The 42 condition ids the vignette set is labelled with (issue 3's stable list). The evaluation keeps
 * its own copy on purpose: it is a yardstick that must not move when the knowledge base changes.
 * @module
 */

/** Every condition id a vignette's gold label may use. */
export const evalConditionIds = [
  // Heel and sole
  'plantar-fasciitis', 'fat-pad-syndrome', 'calcaneal-stress-fracture', 'baxters-nerve-entrapment',
  'retrocalcaneal-bursitis',
  // Achilles and calf
  'achilles-tendinopathy-midportion', 'achilles-tendinopathy-insertional', 'achilles-rupture', 'calf-strain',
  'chronic-exertional-compartment-syndrome', 'deep-vein-thrombosis', 'acute-compartment-syndrome',
  'vascular-claudication',
  // Shin
  'medial-tibial-stress-syndrome', 'anterior-shin-splints', 'tibial-stress-fracture', 'fibular-stress-fracture',
  // Inside of ankle and foot
  'posterior-tibial-tendinopathy', 'tarsal-tunnel-syndrome', 'accessory-navicular-syndrome',
  'navicular-stress-fracture',
  // Outside
  'peroneal-tendinopathy', 'cuboid-syndrome', 'lateral-ankle-sprain', 'chronic-ankle-instability',
  'high-ankle-sprain',
  // Front and top
  'anterior-ankle-impingement', 'tibialis-anterior-tendinopathy', 'extensor-tendinopathy', 'lisfranc-injury',
  // Back of ankle
  'posterior-ankle-impingement',
  // Forefoot
  'metatarsalgia', 'metatarsal-stress-fracture', 'mortons-neuroma', 'sesamoiditis', 'hallux-rigidus', 'bunion',
  // Trauma
  'ankle-foot-fracture',
  // Mimics
  'lumbar-radiculopathy', 'gout', 'foot-infection', 'inflammatory-arthritis',
] as const;

/** One of the 42 labelled condition ids. */
export type EvalConditionId = (typeof evalConditionIds)[number];
