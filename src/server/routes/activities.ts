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
import { authorize } from '../../core/policy.ts';
import { AppError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { addActivity, deleteActivity, getActivity, getPreferences, listActivities, setPreferences, setUnits, trainingOverview, updateActivity } from '../../services/activities.ts';
import type { AppEnv } from '../env.ts';
import { jsonBody } from '../json-body.ts';
import { policy } from '../middleware/policy.ts';
import { activitySchema, presentActivity } from '../presenters/activity.ts';
import { presentPreferences, presentTrainingOverview } from '../presenters/training.ts';

export interface TrainingRouteDeps {
  readonly database: Database;
  /** Today's date in a time zone (the runner's: `actor.timeZone`). */
  readonly today: (timeZone?: string) => string;
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
  app.get('/api/v1/activities', policy('read', 'activity'), async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 1, 10_000);
    const from = c.req.query('from');
    const to = c.req.query('to');
    const list = await listActivities(c.get('actor'), svc, { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(limit ? { limit } : {}) });
    return c.json({ activities: list.map(presentActivity) });
  });
  app.post('/api/v1/activities', policy('create', 'activity'), async (c) =>
    c.json({ activity: presentActivity(await addActivity(c.get('actor'), svc, await jsonBody(c.req.raw))) }, 201));
  app.get('/api/v1/activities/:id', policy('read', 'activity'), async (c) =>
    c.json({ activity: presentActivity(await getActivity(c.get('actor'), svc, c.req.param('id'))) }));
  app.patch('/api/v1/activities/:id', policy('update', 'activity'), async (c) =>
    c.json({ activity: presentActivity(await updateActivity(c.get('actor'), svc, c.req.param('id'), await jsonBody(c.req.raw))) }));
  app.delete('/api/v1/activities/:id', policy('delete', 'activity'), async (c) => {
    await deleteActivity(c.get('actor'), svc, c.req.param('id'));
    return c.body(null, 204);
  });
  app.get('/api/v1/training', policy('read', 'training'), async (c) => {
    const weeks = intParam(c.req.query('weeks'), 'weeks', 1, 520) ?? 26;
    // The route needs the actor itself: "today" is the runner's, in their time zone.
    const actor = authorize(c.get('actor'), 'read', 'training');
    return c.json(presentTrainingOverview(actor.units, await trainingOverview(actor, svc, deps.today(actor.timeZone), weeks)));
  });
  app.put('/api/v1/preferences/units', policy('update', 'preferences'), async (c) => {
    const body = await jsonBody(c.req.raw);
    const units = typeof body === 'object' && body !== null && 'units' in body ? body.units : undefined;
    return c.json({ units: (await setUnits(c.get('actor'), svc, units)).units });
  });
  app.get('/api/v1/preferences', policy('read', 'preferences'), async (c) => c.json({ preferences: presentPreferences(await getPreferences(c.get('actor'), svc)) }));
  app.put('/api/v1/preferences', policy('update', 'preferences'), async (c) =>
    c.json({ preferences: presentPreferences(await setPreferences(c.get('actor'), svc, await jsonBody(c.req.raw))) }));
}

const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const one = { 'application/json': { schema: { type: 'object', properties: { activity: activitySchema } } } };
/** Every route here needs an account; someone else's activity is a 404, exactly like a missing one. */
const unauthorised = { description: 'Not signed in' };
const manual = {
  type: 'object', required: ['date', 'distanceMeters', 'durationSeconds'],
  properties: {
    date: { type: 'string', format: 'date' }, time: { type: 'string', example: '07:30' }, sport: { type: 'string', default: 'running' },
    distanceMeters: { type: 'number' }, durationSeconds: { type: 'number' }, rpe: { type: 'integer', minimum: 0, maximum: 10 },
    shoeId: { type: 'string' }, name: { type: 'string' }, notes: { type: 'string' },
  },
};
const preferences = { type: 'object', properties: { units: { type: 'string', enum: ['km', 'mi'] }, timeZone: { type: 'string', example: 'America/New_York' } } };

/** OpenAPI description of the activity routes. */
export const activitiesOpenApi = {
  '/api/v1/activities': {
    get: { summary: 'Your activities, newest first', parameters: ['from', 'to', 'limit'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { 200: { description: 'Activities', content: { 'application/json': { schema: { type: 'object', properties: { activities: { type: 'array', items: activitySchema } } } } } }, 401: unauthorised } },
    post: { summary: 'Log a run or cross-training session by hand', requestBody: { content: { 'application/json': { schema: manual } } }, responses: { 201: { description: 'The activity', content: one }, 400: { description: 'Bad input' }, 401: unauthorised, 409: { description: 'Already logged' } } },
  },
  '/api/v1/activities/{id}': {
    get: { summary: 'One activity', parameters: id, responses: { 200: { description: 'The activity', content: one }, 401: unauthorised, 404: { description: 'No such activity' } } },
    patch: { summary: 'Change RPE, shoe, name, notes or sport', parameters: id, responses: { 200: { description: 'The activity', content: one }, 401: unauthorised, 404: { description: 'No such activity' } } },
    delete: { summary: 'Delete an activity', parameters: id, responses: { 204: { description: 'Deleted' }, 401: unauthorised, 404: { description: 'No such activity' } } },
  },
  '/api/v1/training': { get: { summary: 'Weekly distance with pain and run spikes, and this week’s flags with their sources', parameters: [{ name: 'weeks', in: 'query', schema: { type: 'integer', default: 26 } }], responses: { 200: { description: 'The training overview' }, 401: unauthorised } } },
  '/api/v1/preferences': {
    get: { summary: 'Your units and time zone', responses: { 200: { description: 'Preferences', content: { 'application/json': { schema: { type: 'object', properties: { preferences } } } } }, 401: unauthorised } },
    put: {
      summary: 'Set units and/or time zone; a new time zone re-dates activities whose files gave no UTC offset',
      requestBody: { content: { 'application/json': { schema: preferences } } },
      responses: { 200: { description: 'Saved' }, 400: { description: 'Unknown time zone' }, 401: unauthorised },
    },
  },
  '/api/v1/preferences/units': { put: { summary: 'Show distances in km or miles', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { units: { type: 'string', enum: ['km', 'mi'] } } } } } }, responses: { 200: { description: 'Saved' }, 401: unauthorised } } },
};
