import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActivityRecord, PainEntry } from '../../services/deps.ts';
import type { ImportJobView } from '../../services/import.ts';
import type { ShoeView } from '../../services/shoes.ts';
import { activitySchema, presentActivity } from './activity.ts';
import { presentImportJob } from './import.ts';
import { presentPainDay, presentPainSaved } from './pain.ts';
import { presentCheckin, presentDecision, presentPlan, presentPlanCreated, presentPlanSummary } from './plan.ts';
import { presentShoe, shoeSchema } from './shoe.ts';
import { presentPreferences, presentTrainingOverview } from './training.ts';

const OWNER = 'user-secret-id';

const activity: ActivityRecord = {
  id: 'a1', userId: OWNER, startTime: '2024-04-15T06:00:00.000Z', sport: 'running', format: 'fit', source: 'run.fit', name: 'Morning',
  distanceMeters: 10_000, elapsedSeconds: 3000, movingSeconds: 2950, points: 3000, avgHeartRate: 150, maxHeartRate: 170, avgCadenceSpm: 172,
  elevationGainMeters: 80, rpe: 5, shoeId: 's1', notes: null, externalId: 'strava-123', jobId: 'job-9', utcOffsetMinutes: 60, localDate: '2024-04-15',
};
const shoe: ShoeView = {
  id: 's1', userId: OWNER, name: 'Daily', brand: null, startDistanceMeters: 0, alertDistanceMeters: 800_000, defaultFor: 'running', retired: false,
  createdAt: '2024-01-01T00:00:00Z', distanceMeters: 10_000, activities: 1, lastUsed: '2024-04-15T06:00:00.000Z', wearFraction: 0.0125, wearAlert: false, wearMessage: null,
};
const entry: PainEntry = { id: 'p1', userId: OWNER, date: '2024-04-15', painDuring: 2, painAfter: 3, painNextMorning: null, stiffness: null, note: null, updatedAt: '2024-04-15T20:00:00Z' };

/** Every key anywhere in a value. */
function keysIn(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysIn(x, out);
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) keysIn(x, out.add(k));
  return out;
}

test('no presenter passes on the owner’s id (nor any value equal to it)', () => {
  const job: ImportJobView = { id: 'j1', status: 'done', progress: 4, total: 4, percent: 100, files: ['run.fit'], report: { imported: 1, duplicates: [], failed: [], missing: [] }, error: null, createdAt: 'x', updatedAt: 'y' };
  const outputs: unknown[] = [
    presentActivity(activity), presentShoe(shoe), presentPainDay({ ...entry, activities: [activity] }),
    presentPainSaved({ entry, guidance: { level: 'ok', message: 'fine', source: 'silbernagel-2007' } }), presentImportJob(job),
    presentPlanSummary({ id: 'pl1', protocolId: 'p', conditionId: 'c', status: 'active', startDate: null }),
    presentCheckin({ date: '2024-04-15', decision: 'hold', rule: 'r', reason: 'because', data: { painMorning: 1 } }),
  ];
  for (const out of outputs) {
    assert.ok(!keysIn(out).has('userId'), JSON.stringify(out));
    assert.ok(!JSON.stringify(out).includes(OWNER), JSON.stringify(out));
  }
});

test('the activity presenter keeps what clients read and drops import bookkeeping', () => {
  const out = presentActivity(activity);
  assert.deepEqual(Object.keys(out).sort(), Object.keys(activitySchema.properties).sort(), 'the OpenAPI schema lists exactly what is sent');
  assert.equal(out.distanceMeters, 10_000);
  assert.equal(out.localDate, '2024-04-15');
  assert.ok(!('jobId' in out) && !('externalId' in out));
  // A column added to the record later does not leak: the presenter copies named fields only.
  const wider = { ...activity, internalScore: 42 };
  assert.ok(!('internalScore' in presentActivity(wider)));
});

test('the shoe presenter sends exactly the documented fields', () => {
  assert.deepEqual(Object.keys(presentShoe(shoe)).sort(), Object.keys(shoeSchema.properties).sort());
});

test('plan presenters keep today’s shapes', () => {
  const seeClinician = { status: 'see-clinician', conditionId: 'clot', reason: 'red-flag', message: 'see someone today' } as const;
  assert.deepEqual(presentPlanCreated({ id: null, result: seeClinician }), seeClinician);
  const position = { phaseIndex: 0, runStage: 0, weekInPhase: 0, lastWeekRunMinutes: 0, runCleared: false };
  const shown = presentPlan({ id: 'pl1', status: 'see-clinician', result: seeClinician, position, pausedUntil: null, awaiting: null });
  assert.deepEqual(shown, { id: 'pl1', status: 'see-clinician', position, pausedUntil: null, awaitingClinician: null, result: seeClinician });
  const d = presentDecision({ decision: 'hold', rule: 'pain-limit', reason: 'pain 6/10', next: position, pauseRunningDays: 0 });
  assert.deepEqual(d, { decision: 'hold', rule: 'pain-limit', reason: 'pain 6/10', pauseRunningDays: 0 });
});

test('training and preferences presenters copy the named fields', () => {
  const o = { today: '2024-04-17', weeks: [], flags: [], spikes: [], activityCount: 0, timeZone: 'UTC' };
  assert.deepEqual(presentTrainingOverview('mi', o), { units: 'mi', ...o });
  assert.deepEqual(presentPreferences({ units: 'km', timeZone: 'Europe/London' }), { units: 'km', timeZone: 'Europe/London' });
});
