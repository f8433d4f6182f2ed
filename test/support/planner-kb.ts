/**
 * Test support: a small, valid knowledge base for planner tests. It uses the real protocol files (the planner's
 * own data) with synthetic exercises, findings and conditions, so planner tests do not depend on content that
 * other authors are still writing.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/core/kb/load.ts';
import { exerciseSchema } from '../../src/core/kb/schema.ts';

const KB_DIR = fileURLToPath(new URL('../../kb', import.meta.url));
const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const jsonIn = (dir: string): unknown[] => readdirSync(`${KB_DIR}/${dir}`).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(`${KB_DIR}/${dir}/${f}`));

/** Equipment and regressions for a few fixture exercises, so kit filtering can be tested. */
const kit: Record<string, { equipment: string[]; regression?: string }> = {
  'seated-calf-raise-weighted': { equipment: ['dumbbell or weight plate'] },
  'leg-press-calf-raise': { equipment: ['leg press machine'] },
  'standing-calf-raise-weighted': { equipment: ['smith machine or barbell'] },
  'band-inversion': { equipment: ['resistance band'], regression: 'ankle-alphabet' },
  'band-eversion': { equipment: ['resistance band'], regression: 'ankle-alphabet' },
  'band-dorsiflexion': { equipment: ['resistance band'], regression: 'heel-walk' },
  'standing-hip-abduction-band': { equipment: ['resistance band'], regression: 'side-lying-hip-abduction' },
  'monster-walk': { equipment: ['resistance band'], regression: 'side-lying-hip-abduction' },
  'single-leg-balance-foam': { equipment: ['foam pad'], regression: 'single-leg-balance' },
};

/** A valid illustration borrowed from the real exercise KB (the pose format belongs to the illustration work). */
function borrowedIllustration(): unknown {
  for (const raw of jsonIn('exercises')) {
    const r = exerciseSchema.safeParse(raw);
    if (r.success) return r.data.illustration;
  }
  throw new Error('fixture needs at least one valid exercise in kb/exercises to borrow an illustration from');
}

function exercise(id: string, illustration: unknown): unknown {
  const k = kit[id] ?? { equipment: [] };
  return {
    id, name: id.replace(/-/g, ' '), purpose: 'strength', bodyArea: ['calf'], summary: `Fixture exercise ${id}.`,
    steps: ['Do the first part.', 'Do the second part.'], dosage: { sets: 3, reps: 10, daysPerWeek: 3 },
    equipment: k.equipment, ...(k.regression ? { regression: k.regression } : {}),
    illustration,
    sources: ['seed-001'],
  };
}

const bool = (id: string, redFlag = false): unknown => ({ id, category: redFlag ? 'red-flag' : 'sign', question: `Do you have ${id}?`, label: id, type: 'boolean', redFlag });
const number = (id: string): unknown => ({ id, category: 'self-test', question: `What was ${id}?`, label: id, type: 'number' });

const evidence = ['f-a', 'f-b', 'f-c', 'f-d', 'f-e', 'f-f'].map((finding) => ({ finding, lrPlus: 3, lrMinus: 0.4, basis: 'judgement' }));
function condition(id: string, protocol: string, o: { redFlag?: boolean; level?: string } = {}): unknown {
  return {
    id, name: `Fixture ${id}`, clinicalName: `Fixture ${id}`, category: 'tendon', zones: ['achilles'],
    summary: 'A fixture condition used only by the planner tests; it has no clinical meaning.',
    feelsLike: 'Whatever the test needs it to feel like.', prior: { weight: 1, basis: 'judgement' }, evidence,
    redFlag: o.redFlag ?? false, care: { level: o.level ?? 'selfcare', timeframe: 'soon', action: 'Look after it yourself.' },
    running: { advice: 'modify', guidance: 'Run less, and easier.' }, recovery: { minWeeks: 2, maxWeeks: 12 },
    causes: [{ factor: 'overuse', note: 'Too much too soon.' }], selfCare: ['Rest a little.'], clinicianCare: ['Physio.'],
    whenToSeeSomeone: 'If it is not better in three weeks.', protocol, sources: ['seed-000'],
  };
}

/** Every exercise id named by the protocols, plus the extras the planner may add. */
export function protocolExerciseIds(protocols: unknown[]): string[] {
  const ids = new Set<string>(['single-leg-balance']);
  const text = JSON.stringify(protocols);
  for (const m of text.matchAll(/"exerciseId":"([^"]+)"/g)) if (m[1]) ids.add(m[1]);
  for (const k of Object.values(kit)) if (k.regression) ids.add(k.regression);
  return [...ids].sort();
}

/** Build the fixture KB (validated by the real loader). */
export function fixtureKb(): KnowledgeBase {
  const protocols = jsonIn('protocols');
  const illustration = borrowedIllustration();
  return loadKnowledgeBase({
    meta: { version: '1.0.0', changelog: [{ version: '1.0.0', date: '2026-01-01', changes: ['fixture'] }] },
    zones: [{ id: 'achilles', name: 'Achilles', lexicon: ['achilles'], region: 'achilles-calf', description: 'The Achilles tendon.' }],
    sources: [...(readJson(`${KB_DIR}/sources/seeds.json`) as unknown[]), ...(readJson(`${KB_DIR}/sources/planner.json`) as unknown[])],
    findings: [
      ...['f-a', 'f-b', 'f-c', 'f-d', 'f-e', 'f-f', 'test-knee-to-wall-deficit', 'test-heel-raise-unable', 'test-heel-raise-painful', 'flat-feet', 'back-pain', 'previous-ankle-sprains'].map((id) => bool(id)),
      bool('cannot-bear-weight', true), bool('calf-swelling-one-side', true),
      number('test-heel-raise-count'), number('test-knee-to-wall-left-cm'), number('test-knee-to-wall-right-cm'),
    ],
    conditions: [
      condition('achilles-tendinopathy', 'achilles-midportion'), condition('insertional', 'achilles-insertional'),
      condition('plantar-fasciitis', 'plantar-heel'), condition('tibial-stress', 'bone-stress-low-risk'),
      condition('navicular-stress', 'bone-stress-high-risk', { level: 'doctor' }), condition('sprain', 'ankle-sprain'),
      condition('clot', 'medical-first', { redFlag: true, level: 'emergency' }),
      condition('compartment-acute', 'exertional-compartment', { level: 'emergency', redFlag: false }),
    ],
    exercises: protocolExerciseIds(protocols).map((id) => exercise(id, illustration)),
    selfTests: [],
    protocols,
  });
}
