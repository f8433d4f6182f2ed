/**
 * Cross-site request forgery guard: a browser that sends a state-changing request from another site is refused.
 * Browsers always label such requests (Origin and/or Sec-Fetch-Site), so those headers decide; clients that send
 * neither (curl, scripts, tests) are not browsers and cannot be tricked into sending a user's cookies.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuse state-changing requests that a browser labels as coming from another site (403 `forbidden`).
 * @example app.use('*', sameOriginWrites());
 */
export function sameOriginWrites(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
      // Browsers may send `Origin: null` for privacy; then only a same-origin Sec-Fetch-Site vouches for it.
      const nullOrigin = origin === 'null' && site !== 'same-origin';
      const foreignOrigin = origin !== undefined && origin !== 'null' && origin !== new URL(c.req.url).origin;
      if (crossSite || foreignOrigin || nullOrigin) {
        throw new AppError('forbidden', 'this request came from another site; open Footing and try again there');
      }
    }
    await next();
  };
}
