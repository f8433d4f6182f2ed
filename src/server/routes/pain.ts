/**
 * Pain diary routes:
 *   GET    /api/v1/pain?from&to&limit   entries newest first, each with that day's activities
 *   PUT    /api/v1/pain/:date           save the day's entry (replaces any earlier one) → {entry, guidance}
 *   DELETE /api/v1/pain/:date           → 204
 * @module
 */
import type { Hono } from 'hono';
import type { Database } from '../../db/database.ts';
import { deletePainEntry, listPainDays, putPainEntry } from '../../services/pain-diary.ts';
import type { AppEnv } from '../env.ts';
import { withPathParams } from '../json-body.ts';
import { policy } from '../middleware/policy.ts';
import { presentPainDay, presentPainSaved } from '../presenters/pain.ts';

/** Register the pain diary routes. */
export function registerPainRoutes(app: Hono<AppEnv>, deps: { readonly database: Database }): void {
  app.get('/api/v1/pain', policy('read', 'pain-entry'), async (c) => {
    const from = c.req.query('from');
    const to = c.req.query('to');
    const limit = Number(c.req.query('limit') ?? 60);
    const days = await listPainDays(c.get('actor'), deps, { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 60 });
    return c.json({ entries: days.map(presentPainDay) });
  });
  // Saving replaces the day's entry if there is one: one "create" for the runner's own day.
  app.put('/api/v1/pain/:date', policy('create', 'pain-entry'), async (c) =>
    c.json(presentPainSaved(await putPainEntry(c.get('actor'), deps, await withPathParams(c.req.raw, { date: c.req.param('date') })))));
  app.delete('/api/v1/pain/:date', policy('delete', 'pain-entry'), async (c) => {
    await deletePainEntry(c.get('actor'), deps, c.req.param('date'));
    return c.body(null, 204);
  });
}

const date = [{ name: 'date', in: 'path', required: true, schema: { type: 'string', format: 'date' } }];
const score = { type: ['integer', 'null'], minimum: 0, maximum: 10 };

/** OpenAPI description of the pain diary routes. */
export const painOpenApi = {
  '/api/v1/pain': { get: { summary: 'Pain diary entries with that day’s activities', parameters: ['from', 'to', 'limit'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { 200: { description: 'Entries, newest first' }, 401: { description: 'Not signed in' } } } },
  '/api/v1/pain/{date}': {
    put: {
      summary: 'Save a day’s pain scores (0–10) and note; returns guidance from the pain-monitoring model',
      parameters: date,
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { painDuring: score, painAfter: score, painNextMorning: score, stiffness: score, note: { type: ['string', 'null'] } } } } } },
      responses: { 200: { description: 'The entry and guidance' }, 400: { description: 'Bad input' }, 401: { description: 'Not signed in' } },
    },
    delete: { summary: 'Delete a day’s entry', parameters: date, responses: { 204: { description: 'Deleted' }, 401: { description: 'Not signed in' }, 404: { description: 'No entry that day' } } },
  },
};
