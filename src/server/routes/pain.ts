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
import { jsonBody } from './activities.ts';

/** Register the pain diary routes. */
export function registerPainRoutes(app: Hono<AppEnv>, deps: { readonly database: Database }): void {
  app.get('/api/v1/pain', async (c) => {
    const from = c.req.query('from');
    const to = c.req.query('to');
    const limit = Number(c.req.query('limit') ?? 60);
    return c.json({ entries: await listPainDays(c.get('actor'), deps, { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 60 }) });
  });
  app.put('/api/v1/pain/:date', async (c) => {
    const body = await jsonBody(c.req.raw);
    return c.json(await putPainEntry(c.get('actor'), deps, typeof body === 'object' && body !== null ? { ...body, date: c.req.param('date') } : body));
  });
  app.delete('/api/v1/pain/:date', async (c) => {
    await deletePainEntry(c.get('actor'), deps, c.req.param('date'));
    return c.body(null, 204);
  });
}

const date = [{ name: 'date', in: 'path', required: true, schema: { type: 'string', format: 'date' } }];
const score = { type: ['integer', 'null'], minimum: 0, maximum: 10 };

/** OpenAPI description of the pain diary routes. */
export const painOpenApi = {
  '/api/v1/pain': { get: { summary: 'Pain diary entries with that day’s activities', parameters: ['from', 'to', 'limit'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { 200: { description: 'Entries, newest first' } } } },
  '/api/v1/pain/{date}': {
    put: {
      summary: 'Save a day’s pain scores (0–10) and note; returns guidance from the pain-monitoring model',
      parameters: date,
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { painDuring: score, painAfter: score, painNextMorning: score, stiffness: score, note: { type: ['string', 'null'] } } } } } },
      responses: { 200: { description: 'The entry and guidance' }, 400: { description: 'Bad input' } },
    },
    delete: { summary: 'Delete a day’s entry', parameters: date, responses: { 204: { description: 'Deleted' }, 404: { description: 'No entry that day' } } },
  },
};
