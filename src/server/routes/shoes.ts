/**
 * Shoe routes (distances in metres):
 *   GET   /api/v1/shoes        shoes with distance, wear fraction and wear prompt
 *   POST  /api/v1/shoes        {name, brand?, startDistanceMeters?, alertDistanceMeters?, defaultFor?} → 201
 *   PATCH /api/v1/shoes/:id    edit, retire ({"retired":true}) or set the default ({"defaultFor":"running"})
 * @module
 */
import type { Hono } from 'hono';
import type { Database } from '../../db/database.ts';
import { addShoe, listShoes, updateShoe } from '../../services/shoes.ts';
import type { AppEnv } from '../env.ts';
import { jsonBody } from './activities.ts';

/** Register the shoe routes. */
export function registerShoeRoutes(app: Hono<AppEnv>, deps: { readonly database: Database }): void {
  app.get('/api/v1/shoes', async (c) => c.json({ shoes: await listShoes(c.get('actor'), deps) }));
  app.post('/api/v1/shoes', async (c) => c.json({ shoe: await addShoe(c.get('actor'), deps, await jsonBody(c.req.raw)) }, 201));
  app.patch('/api/v1/shoes/:id', async (c) => c.json({ shoe: await updateShoe(c.get('actor'), deps, c.req.param('id'), await jsonBody(c.req.raw)) }));
}

const shoe = {
  type: 'object',
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, brand: { type: ['string', 'null'] }, distanceMeters: { type: 'number' },
    startDistanceMeters: { type: 'number' }, alertDistanceMeters: { type: 'number', default: 800000 }, defaultFor: { type: ['string', 'null'] },
    retired: { type: 'boolean' }, activities: { type: 'integer' }, wearFraction: { type: 'number' }, wearAlert: { type: 'boolean' },
    wearMessage: { type: ['string', 'null'], description: 'A prompt to inspect the shoe, not a rule' },
  },
};

/** OpenAPI description of the shoe routes. */
export const shoesOpenApi = {
  '/api/v1/shoes': {
    get: { summary: 'Your shoes with distance and wear', responses: { 200: { description: 'Shoes', content: { 'application/json': { schema: { type: 'object', properties: { shoes: { type: 'array', items: shoe } } } } } } } },
    post: { summary: 'Add a pair (new, or used with a starting distance)', responses: { 201: { description: 'The shoe' }, 400: { description: 'Bad input' }, 409: { description: 'Name in use' } } },
  },
  '/api/v1/shoes/{id}': { patch: { summary: 'Edit, retire (statistics kept) or make the default for a sport', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'The shoe' }, 404: { description: 'No such shoe' } } } },
};
