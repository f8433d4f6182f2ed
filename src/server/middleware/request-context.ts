/**
 * Per-request context: a request id (taken from `X-Request-Id` when a proxy sets one), a logger bound to it, the
 * acting user, and one structured log line when the response is sent.
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';
import type { Logger } from '../logger.ts';

const SAFE_ID = /^[\w.-]{1,100}$/;

/**
 * Paths that never act for a user (public, stateless): no account lookup is spent on them.
 * Everything else resolves the acting user first.
 */
export const ANONYMOUS_PATHS: readonly string[] = ['/healthz', '/static/', '/api/v1/triage', '/api/openapi.json', '/api/docs', '/assess', '/learn', '/about'];

const isAnonymous = (path: string): boolean =>
  ANONYMOUS_PATHS.some((p) => path === p || (p.endsWith('/') ? path.startsWith(p) : path.startsWith(`${p}/`)));

/**
 * The first middleware: sets `requestId`, `logger` and `actor` on the context and logs one line per request.
 * @example app.use('*', requestContext(logger, resolveActor));
 */
export function requestContext(logger: Logger, resolveActor: (req: Request) => Promise<Actor | null>): MiddlewareHandler<AppEnv> {
  // A failed account lookup almost always means the database is unreachable: say so (503, worth retrying) instead
  // of a bare 500, and keep the cause in the log under the request id.
  const actorFor = async (req: Request, requestId: string): Promise<Actor | null> => {
    try {
      return await resolveActor(req);
    } catch (err) {
      logger.error('actor lookup failed', { requestId, err: err instanceof Error ? err.message : String(err) });
      throw new AppError('unavailable', 'Footing cannot reach its database just now; try again in a moment');
    }
  };
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    const started = performance.now();
    c.set('requestId', requestId);
    c.set('logger', logger);
    c.set('actor', isAnonymous(c.req.path) ? null : await actorFor(c.req.raw, requestId));
    c.header('X-Request-Id', requestId);
    await next();
    logger.info('request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
