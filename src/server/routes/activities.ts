/**
 * Training-log routes (distances in metres, durations in seconds, times ISO-8601 UTC):
 *   GET    /api/v1/activities?from&to&limit   the acting runner's activities, newest first
 *   POST   /api/v1/activities                 log a run or cross-training by hand → 201
 *   GET    /api/v1/activities/:id             one activity
 *   PATCH  /api/v1/activities/:id             change RPE, shoe, name, notes or sport
 *   DELETE /api/v1/activities/:id             → 204
 *   GET    /api/v1/training?weeks             weekly totals with pain and spikes, and this week's flags
 *   PUT    /api/v1/preferences/units          {"units":"km"|"mi"}
 *   GET|PUT /api/v1/preferences               {"units"?, "timeZone"?} (IANA name; re-dates activities without a file offset)
 * @module
 */
import type { Hono } from 'hono';
import { AppError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { addActivity, deleteActivity, getActivity, getPreferences, listActivities, setPreferences, setUnits, trainingOverview, updateActivity } from '../../services/activities.ts';
import type { AppEnv } from '../env.ts';

export interface TrainingRouteDeps {
  readonly database: Database;
  /** Today's date in a time zone (the runner's: `actor.timeZone`). */
  readonly today: (timeZone?: string) => string;
}

/** The request body as JSON; anything else is one `bad_input` line. */
export async function jsonBody(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError('bad_input', 'request body is not valid JSON');
  }
}

function intParam(v: string | undefined, name: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new AppError('bad_input', `${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** Register the activity, training overview and units routes. */
export function registerActivityRoutes(app: Hono<AppEnv>, deps: TrainingRouteDeps): void {
  const svc = { database: deps.database };
  app.get('/api/v1/activities', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 1, 10_000);
    const from = c.req.query('from');
    const to = c.req.query('to');
    return c.json({ activities: await listActivities(c.get('actor'), svc, { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(limit ? { limit } : {}) }) });
  });
  app.post('/api/v1/activities', async (c) => c.json({ activity: await addActivity(c.get('actor'), svc, await jsonBody(c.req.raw)) }, 201));
  app.get('/api/v1/activities/:id', async (c) => c.json({ activity: await getActivity(c.get('actor'), svc, c.req.param('id')) }));
  app.patch('/api/v1/activities/:id', async (c) => c.json({ activity: await updateActivity(c.get('actor'), svc, c.req.param('id'), await jsonBody(c.req.raw)) }));
  app.delete('/api/v1/activities/:id', async (c) => {
    await deleteActivity(c.get('actor'), svc, c.req.param('id'));
    return c.body(null, 204);
  });
  app.get('/api/v1/training', async (c) => {
    const weeks = intParam(c.req.query('weeks'), 'weeks', 1, 520) ?? 26;
    const actor = c.get('actor');
    return c.json({ units: actor?.units ?? 'km', ...(await trainingOverview(actor, svc, deps.today(actor?.timeZone), weeks)) });
  });
  app.put('/api/v1/preferences/units', async (c) => {
    const body = await jsonBody(c.req.raw);
    const units = typeof body === 'object' && body !== null && 'units' in body ? body.units : undefined;
    return c.json({ units: (await setUnits(c.get('actor'), svc, units)).units });
  });
  app.get('/api/v1/preferences', async (c) => c.json({ preferences: await getPreferences(c.get('actor'), svc) }));
  app.put('/api/v1/preferences', async (c) => c.json({ preferences: await setPreferences(c.get('actor'), svc, await jsonBody(c.req.raw)) }));
}

const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const activity = {
  type: 'object',
  properties: {
    id: { type: 'string' }, startTime: { type: 'string', format: 'date-time' }, sport: { type: 'string' }, format: { type: 'string', enum: ['fit', 'gpx', 'tcx', 'manual'] },
    source: { type: 'string' }, name: { type: ['string', 'null'] }, distanceMeters: { type: 'number' }, elapsedSeconds: { type: 'number' }, movingSeconds: { type: 'number' },
    avgHeartRate: { type: ['number', 'null'] }, avgCadenceSpm: { type: ['number', 'null'] }, rpe: { type: ['integer', 'null'] }, shoeId: { type: ['string', 'null'] }, notes: { type: ['string', 'null'] },
  },
};
const manual = {
  type: 'object', required: ['date', 'distanceMeters', 'durationSeconds'],
  properties: {
    date: { type: 'string', format: 'date' }, time: { type: 'string', example: '07:30' }, sport: { type: 'string', default: 'running' },
    distanceMeters: { type: 'number' }, durationSeconds: { type: 'number' }, rpe: { type: 'integer', minimum: 0, maximum: 10 },
    shoeId: { type: 'string' }, name: { type: 'string' }, notes: { type: 'string' },
  },
};

/** OpenAPI description of the activity routes. */
export const activitiesOpenApi = {
  '/api/v1/activities': {
    get: { summary: 'Your activities, newest first', parameters: ['from', 'to', 'limit'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { 200: { description: 'Activities', content: { 'application/json': { schema: { type: 'object', properties: { activities: { type: 'array', items: activity } } } } } } } },
    post: { summary: 'Log a run or cross-training session by hand', requestBody: { content: { 'application/json': { schema: manual } } }, responses: { 201: { description: 'The activity' }, 400: { description: 'Bad input' }, 409: { description: 'Already logged' } } },
  },
  '/api/v1/activities/{id}': {
    get: { summary: 'One activity', parameters: id, responses: { 200: { description: 'The activity' }, 404: { description: 'No such activity' } } },
    patch: { summary: 'Change RPE, shoe, name, notes or sport', parameters: id, responses: { 200: { description: 'The activity' }, 404: { description: 'No such activity' } } },
    delete: { summary: 'Delete an activity', parameters: id, responses: { 204: { description: 'Deleted' }, 404: { description: 'No such activity' } } },
  },
  '/api/v1/training': { get: { summary: 'Weekly distance with pain and run spikes, and this week’s flags with their sources', parameters: [{ name: 'weeks', in: 'query', schema: { type: 'integer', default: 26 } }], responses: { 200: { description: 'The training overview' } } } },
  '/api/v1/preferences': {
    get: { summary: 'Your units and time zone', responses: { 200: { description: 'Preferences' } } },
    put: {
      summary: 'Set units and/or time zone; a new time zone re-dates activities whose files gave no UTC offset',
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { units: { type: 'string', enum: ['km', 'mi'] }, timeZone: { type: 'string', example: 'America/New_York' } } } } } },
      responses: { 200: { description: 'Saved' }, 400: { description: 'Unknown time zone' } },
    },
  },
  '/api/v1/preferences/units': { put: { summary: 'Show distances in km or miles', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { units: { type: 'string', enum: ['km', 'mi'] } } } } } }, responses: { 200: { description: 'Saved' } } } },
};
