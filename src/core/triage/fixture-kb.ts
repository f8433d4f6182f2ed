/**
 * A small, valid knowledge base for the triage engine's unit tests, built through the real loader so tests
 * exercise the same shapes as production. Clinical numbers here are test values, not advice.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { loadKnowledgeBase } from '../kb/load.ts';

const src = ['fixture'];

function zone(id: string, region: string, lexicon: string[]): unknown {
  return { id, name: id.replace(/-/g, ' '), lexicon, region, description: `The ${id} zone for tests.` };
}

function finding(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, category: 'sign', question: `Question about ${id}?`, label: id.replace(/-/g, ' '), type: 'boolean', ...extra };
}

function ev(findingId: string, lrPlus: number, lrMinus: number, match?: unknown): unknown {
  return { finding: findingId, lrPlus, lrMinus, basis: 'judgement', ...(match === undefined ? {} : { match }) };
}

function condition(id: string, zones: string[], weight: number, evidence: unknown[], extra: Record<string, unknown> = {}): unknown {
  return {
    id, name: id.replace(/-/g, ' '), clinicalName: `${id} clinical`, category: 'tendon', zones,
    summary: 'A test condition used only by the triage engine unit tests, not real advice.',
    feelsLike: 'Whatever the test says it feels like.',
    prior: { weight, basis: 'judgement' }, evidence, redFlag: false,
    care: { level: 'selfcare', timeframe: 'when convenient', action: 'Look after it at home for now.' },
    running: { advice: 'modify', guidance: 'Run less and keep it easy.' },
    recovery: { minWeeks: 2, maxWeeks: 12 }, causes: [{ factor: 'overuse', note: 'Too much too soon.' }],
    selfCare: ['Rest a little.'], clinicianCare: ['Physio review.'], whenToSeeSomeone: 'If not better in three weeks.',
    protocol: 'none', sources: src, ...extra,
  };
}

/** Raw JSON for the fixture KB (exported so tests can vary it). */
export function fixtureRaw(): Parameters<typeof loadKnowledgeBase>[0] {
  const zones = [
    zone('heel-underside', 'heel', ['bottom of my heel', 'under my heel', 'heel']),
    zone('arch', 'heel', ['arch', 'my arch']),
    zone('achilles', 'achilles-calf', ['achilles', 'achilles tendon']),
    zone('calf', 'achilles-calf', ['calf']),
    zone('inner-shin', 'shin', ['inner shin', 'inside of my shin', 'shin']),
    zone('outside-ankle', 'outside', ['outside of my ankle', 'outer ankle']),
  ];
  const findings = [
    ...zones.map((z) => {
      const id = (z as { id: string }).id;
      return finding(`pain-${id}`, { category: 'location', zone: id, label: `pain: ${id}` });
    }),
    finding('side', { category: 'side', type: 'side' }),
    finding('swelling', { lexicon: ['swollen', 'swelling'] }),
    finding('pain-first-steps', { category: 'timing', lexicon: ['first steps in the morning', 'when i get out of bed'] }),
    finding('pain-eases-with-warm-up', { category: 'timing', lexicon: ['eases once i warm up'] }),
    finding('tender-to-squeeze-tendon', { lexicon: ['tendon is tender'] }),
    finding('bony-tenderness-focal', { lexicon: ['one spot on the bone'] }),
    finding('pain-hopping', { category: 'aggravator' }),
    finding('pain-at-night-or-rest', { category: 'timing' }),
    finding('test-hop-painful', { category: 'self-test', selfTest: 'hop-test' }),
    finding('injury-rolled-ankle', { category: 'onset', lexicon: ['rolled my ankle'] }),
    finding('onset-sudden', { category: 'onset' }),
    finding('injury-kicked-in-calf', { category: 'onset' }),
    finding('test-calf-squeeze-no-movement', { category: 'self-test' }),
    finding('ottawa-tender-back-of-outer-ankle-bone', { category: 'self-test' }),
    finding('cannot-bear-weight', { category: 'red-flag', redFlag: true, lexicon: ["can't walk on it"] }),
    finding('calf-swelling-one-side', { redFlag: true, lexicon: ['calf is swollen'] }),
    finding('fever-or-unwell', { category: 'red-flag', redFlag: true }),
    finding('numbness-persistent', { category: 'red-flag', redFlag: true }),
    finding('chest-pain-or-breathless', { category: 'red-flag', redFlag: true }),
    finding('long-travel-or-immobilisation', { category: 'history', lexicon: ['long flight'] }),
    finding('recent-training-increase', { category: 'training' }),
    finding('duration-weeks', { category: 'duration', type: 'number', min: 0, max: 520, unit: 'weeks' }),
    finding('weekly-distance-km', { category: 'training', type: 'number', min: 0, max: 400 }),
    finding('distance-change-percent', { category: 'training', type: 'number', min: -100, max: 1000 }),
    finding('age-years', { category: 'profile', type: 'number', min: 5, max: 110 }),
    finding('sex', { category: 'profile', type: 'choice', options: [{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }] }),
  ];
  const conditions = [
    condition('plantar-fasciitis', ['heel-underside', 'arch'], 10, [
      ev('pain-first-steps', 4, 0.3), ev('pain-eases-with-warm-up', 2, 0.7), ev('swelling', 0.5, 1.1),
      ev('duration-weeks', 2, 0.8, { min: 4 }), ev('recent-training-increase', 1.3, 0.9), ev('pain-hopping', 1.2, 0.9),
    ], { category: 'fascia' }),
    condition('achilles-tendinopathy-midportion', ['achilles'], 12, [
      ev('tender-to-squeeze-tendon', 3.1, 0.22), ev('pain-first-steps', 2, 0.5), ev('pain-eases-with-warm-up', 2, 0.6),
      ev('swelling', 1.5, 0.8), ev('recent-training-increase', 1.5, 0.8), ev('onset-sudden', 0.4, 1.2),
    ]),
    condition('medial-tibial-stress-syndrome', ['inner-shin'], 15, [
      ev('bony-tenderness-focal', 0.4, 1.3), ev('pain-hopping', 2, 0.4), ev('pain-eases-with-warm-up', 2, 0.7),
      ev('recent-training-increase', 2, 0.6), ev('pain-at-night-or-rest', 0.4, 1.2), ev('test-hop-painful', 2, 0.4),
    ], { category: 'bone-stress' }),
    condition('tibial-stress-fracture', ['inner-shin'], 4, [
      ev('bony-tenderness-focal', 4, 0.3), ev('pain-hopping', 3, 0.1), ev('test-hop-painful', 3, 0.1),
      ev('pain-at-night-or-rest', 3, 0.7), ev('pain-eases-with-warm-up', 0.3, 1.2), ev('recent-training-increase', 2, 0.6),
    ], { category: 'bone-stress', care: { level: 'doctor', timeframe: 'within a few days', action: 'See a doctor for imaging.' }, running: { advice: 'stop', guidance: 'Stop running until cleared.' } }),
    condition('lateral-ankle-sprain', ['outside-ankle'], 6, [
      ev('injury-rolled-ankle', 10, 0.05), ev('swelling', 3, 0.4), ev('onset-sudden', 4, 0.2),
      ev('pain-first-steps', 0.8, 1.1), ev('pain-hopping', 1.5, 0.8), ev('recent-training-increase', 0.8, 1.1),
    ], { category: 'ligament' }),
    condition('deep-vein-thrombosis', ['calf'], 0.5, [
      ev('calf-swelling-one-side', 6, 0.2), ev('long-travel-or-immobilisation', 3, 0.7), ev('swelling', 2, 0.5),
      ev('injury-kicked-in-calf', 0.3, 1.1), ev('onset-sudden', 0.7, 1.1), ev('recent-training-increase', 0.8, 1.1),
    ], { category: 'vascular', redFlag: true, care: { level: 'urgent', timeframe: 'today', action: 'See a doctor today.' }, running: { advice: 'stop', guidance: 'Do not run until a clot is ruled out.' } }),
  ];
  const selfTests = [{
    id: 'hop-test', name: 'Hop test', purpose: 'Checks whether hopping brings on the pain.',
    steps: ['Stand on the sore leg.', 'Hop ten times gently.'], safety: ['Skip this if you cannot walk normally.'],
    contraindicatedBy: ['cannot-bear-weight'], record: 'Did hopping hurt?', findings: ['test-hop-painful'], sources: src,
  }];
  return {
    meta: { version: '0.0.1', changelog: [{ version: '0.0.1', date: '2026-01-01', changes: ['fixture'] }] },
    zones, sources: [{ id: 'fixture', kind: 'website', citation: 'Test fixture source, not a real reference.' }],
    findings, conditions, exercises: [], selfTests, protocols: [],
  };
}

/** The fixture KB, validated by the real loader. */
export function fixtureKb(): KnowledgeBase {
  return loadKnowledgeBase(fixtureRaw());
}
