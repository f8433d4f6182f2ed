/**
 * The 42 condition ids issue 3 fixes (stable: more may be added, none dropped or renamed), shared by the KB tests.
 * @module
 */
export const ISSUE_CONDITION_IDS: readonly string[] = [
  // Heel and sole
  'plantar-fasciitis', 'fat-pad-syndrome', 'calcaneal-stress-fracture', 'baxters-nerve-entrapment', 'retrocalcaneal-bursitis',
  // Achilles and calf
  'achilles-tendinopathy-midportion', 'achilles-tendinopathy-insertional', 'achilles-rupture', 'calf-strain',
  'chronic-exertional-compartment-syndrome', 'deep-vein-thrombosis', 'acute-compartment-syndrome', 'vascular-claudication',
  // Shin
  'medial-tibial-stress-syndrome', 'anterior-shin-splints', 'tibial-stress-fracture', 'fibular-stress-fracture',
  // Inside of the ankle and foot
  'posterior-tibial-tendinopathy', 'tarsal-tunnel-syndrome', 'accessory-navicular-syndrome', 'navicular-stress-fracture',
  // Outside
  'peroneal-tendinopathy', 'cuboid-syndrome', 'lateral-ankle-sprain', 'chronic-ankle-instability', 'high-ankle-sprain',
  // Front and top
  'anterior-ankle-impingement', 'tibialis-anterior-tendinopathy', 'extensor-tendinopathy', 'lisfranc-injury',
  // Back of the ankle
  'posterior-ankle-impingement',
  // Forefoot
  'metatarsalgia', 'metatarsal-stress-fracture', 'mortons-neuroma', 'sesamoiditis', 'hallux-rigidus', 'bunion',
  // Trauma
  'ankle-foot-fracture',
  // Mimics
  'lumbar-radiculopathy', 'gout', 'foot-infection', 'inflammatory-arthritis',
];
