/**
 * Builds the HTTP app: middleware, API routes, web pages. No I/O of its own — everything it needs is passed in,
 * so tests build it in-process and call `app.request()`.
 * @module
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import type { KnowledgeBase } from '../core/kb/knowledge-base.ts';
import type { Database } from '../db/database.ts';
import { registerPlanPages } from '../web/pages/plan-routes.ts';
import { errorPage } from '../web/layout.ts';
import { registerWebRoutes } from '../web/routes.ts';
import type { AppEnv } from './env.ts';
import { handleError, respondError } from './errors.ts';
import type { Logger } from './logger.ts';
import { requestContext } from './middleware/request-context.ts';
import { sameOriginWrites } from './middleware/same-origin.ts';
import { buildOpenApi } from './openapi.ts';
import { healthOpenApi, registerHealthRoutes } from './routes/health.ts';
import { registerTriageRoutes, triageOpenApi } from './routes/triage.ts';
import { plansOpenApi, registerPlanRoutes } from './routes/plans.ts';
import { activitiesOpenApi, registerActivityRoutes } from './routes/activities.ts';
import { importsOpenApi, isUploadRoute, registerImportRoutes } from './routes/imports.ts';
import { painOpenApi, registerPainRoutes } from './routes/pain.ts';
import { registerShoeRoutes, shoesOpenApi } from './routes/shoes.ts';
import { registerTrainingPages } from '../web/pages/training-routes.ts';
import { localToday } from '../core/training/zones.ts';

export interface AppDeps {
  readonly database: Database;
  readonly kb: KnowledgeBase;
  readonly logger: Logger;
  readonly version: string;
  /** Who is acting for a request. Until accounts exist: the local owner (the server binds to localhost). */
  readonly resolveActor: (req: Request) => Promise<Actor | null>;
  /** Today's date (YYYY-MM-DD) in a time zone (UTC when none is given); injectable for tests. */
  readonly today?: (timeZone?: string) => string;
  /** Largest upload the import routes accept (they stream to disk, exempt from MAX_BODY); default 4 GiB. */
  readonly maxUploadBytes?: number;
}

/** Largest request body accepted by any route (uploads stream through their own limit). */
const MAX_BODY = 50 * 1024 * 1024;

/**
 * @example
 * const app = createApp(deps);
 * const res = await app.request('/healthz');
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(deps.logger, deps.resolveActor));
  app.use('*', secureHeaders({
    // 'no-referrer' would make browsers send `Origin: null` on our own form posts; keep the origin for same-site.
    referrerPolicy: 'strict-origin-when-cross-origin',
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"], scriptSrc: ["'self'"],
      objectSrc: ["'none'"], frameAncestors: ["'none'"],
    },
  }));
  const limit = bodyLimit({ maxSize: MAX_BODY, onError: () => { throw new AppError('too_large', `request body is larger than ${MAX_BODY / 1024 / 1024} MB`); } });
  app.use('*', (c, next) => (isUploadRoute(c.req.method, c.req.path) ? next() : limit(c, next)));
  app.use('*', sameOriginWrites());
  app.onError(handleError);
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? respondError(c, 'not_found', `no such endpoint: ${c.req.method} ${c.req.path}`, 404)
      : c.html(errorPage({ title: 'Page not found', message: 'There is no page at this address. The link may be old, or the address may have a typo.', path: c.req.path }), 404),
  );

  const today = deps.today ?? ((timeZone = 'UTC') => localToday(timeZone, Date.now()));
  registerHealthRoutes(app, {
    dialect: deps.database.dialect,
    version: deps.version,
    ping: () => deps.database.ping(),
  });
  registerTriageRoutes(app, { kb: () => deps.kb, today });
  registerPlanRoutes(app, { database: deps.database, kb: deps.kb, today });
  registerActivityRoutes(app, { database: deps.database, today });
  registerShoeRoutes(app, { database: deps.database });
  registerPainRoutes(app, { database: deps.database });
  const uploads = deps.maxUploadBytes === undefined ? {} : { maxUploadBytes: deps.maxUploadBytes };
  registerImportRoutes(app, { database: deps.database, ...uploads });

  const spec = buildOpenApi(deps.version, [healthOpenApi, triageOpenApi, plansOpenApi, activitiesOpenApi, shoesOpenApi, painOpenApi, importsOpenApi]);
  app.get('/api/openapi.json', (c) => c.json(spec));
  registerWebRoutes(app, { kb: deps.kb, today });
  registerPlanPages(app, { database: deps.database, kb: deps.kb, today });
  registerTrainingPages(app, { database: deps.database, today, ...uploads });
  return app;
}
