/** `GET /healthz`: liveness plus a real database round-trip, for load balancers and start-up checks. */
import type { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

export interface HealthDeps {
  readonly dialect: 'sqlite' | 'postgres';
  readonly version: string;
  readonly ping: () => Promise<void>;
}

/** Register `GET /healthz`: 200 when a database round-trip works, 503 when it does not. */
export function registerHealthRoutes(app: Hono<AppEnv>, deps: HealthDeps): void {
  app.get('/healthz', async (c) => {
    try {
      await deps.ping();
    } catch {
      return c.json({ status: 'error', db: deps.dialect, version: deps.version }, 503);
    }
    return c.json({ status: 'ok', db: deps.dialect, version: deps.version });
  });
}

export const healthOpenApi = {
  '/healthz': {
    get: {
      summary: 'Health check',
      responses: {
        200: { description: 'The app and its database are up', content: { 'application/json': { schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] }, db: { type: 'string', enum: ['sqlite', 'postgres'] }, version: { type: 'string' } } } } } },
        503: { description: 'The database is not reachable' },
      },
    },
  },
};
