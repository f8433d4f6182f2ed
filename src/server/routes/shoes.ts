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
import { jsonBody } from '../json-body.ts';
import { policy } from '../middleware/policy.ts';
import { presentShoe, shoeSchema } from '../presenters/shoe.ts';

/** Register the shoe routes. */
export function registerShoeRoutes(app: Hono<AppEnv>, deps: { readonly database: Database }): void {
  app.get('/api/v1/shoes', policy('read', 'shoe'), async (c) => c.json({ shoes: (await listShoes(c.get('actor'), deps)).map(presentShoe) }));
  app.post('/api/v1/shoes', policy('create', 'shoe'), async (c) => c.json({ shoe: presentShoe(await addShoe(c.get('actor'), deps, await jsonBody(c.req.raw))) }, 201));
  app.patch('/api/v1/shoes/:id', policy('update', 'shoe'), async (c) =>
    c.json({ shoe: presentShoe(await updateShoe(c.get('actor'), deps, c.req.param('id'), await jsonBody(c.req.raw))) }));
}

const one = { 'application/json': { schema: { type: 'object', properties: { shoe: shoeSchema } } } };
const unauthorised = { description: 'Not signed in' };

/** OpenAPI description of the shoe routes. */
export const shoesOpenApi = {
  '/api/v1/shoes': {
    get: { summary: 'Your shoes with distance and wear', responses: { 200: { description: 'Shoes', content: { 'application/json': { schema: { type: 'object', properties: { shoes: { type: 'array', items: shoeSchema } } } } } }, 401: unauthorised } },
    post: { summary: 'Add a pair (new, or used with a starting distance)', responses: { 201: { description: 'The shoe', content: one }, 400: { description: 'Bad input' }, 401: unauthorised, 409: { description: 'Name in use' } } },
  },
  '/api/v1/shoes/{id}': { patch: { summary: 'Edit, retire (statistics kept) or make the default for a sport', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'The shoe', content: one }, 401: unauthorised, 404: { description: 'No such shoe' } } } },
};
