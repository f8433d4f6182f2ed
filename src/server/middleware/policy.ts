/**
 * Route-level policy: each API route declares what it does (`policy('create', 'plan')`), and the table in
 * `core/policy.ts` is checked before the handler runs, so an anonymous request is refused before its body is read
 * (an upload is never streamed to disk for nobody). The service checks again, with the record in hand.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { checkPolicy, POLICIES, type Action, type ActionOn, type Subject } from '../../core/policy.ts';
import type { AppEnv } from '../env.ts';

/** What a route declared, readable from the handler so a test can find routes that declared nothing. */
export interface DeclaredPolicy {
  readonly action: Action;
  readonly subject: Subject;
}

/** A middleware carrying the policy it checks. */
export type PolicyMiddleware = MiddlewareHandler<AppEnv> & { readonly policy: DeclaredPolicy };

/**
 * @example app.post('/api/v1/plans', policy('create', 'plan'), async (c) => …)
 */
export function policy<S extends Subject>(action: ActionOn<S>, subject: S): PolicyMiddleware {
  const check: MiddlewareHandler<AppEnv> = async (c, next) => {
    checkPolicy(c.get('actor'), action, subject);
    await next();
  };
  return Object.assign(check, { policy: { action, subject } });
}

/** The policy a route handler declares, if it is a `policy()` middleware. */
export function declaredPolicy(handler: unknown): DeclaredPolicy | null {
  if (typeof handler !== 'function' || !('policy' in handler)) return null;
  const p: unknown = handler.policy;
  if (typeof p !== 'object' || p === null || !('action' in p) || !('subject' in p)) return null;
  const { action, subject } = p;
  return typeof action === 'string' && isAction(action) && typeof subject === 'string' && isSubject(subject) ? { action, subject } : null;
}

function isSubject(s: string): s is Subject {
  return s in POLICIES;
}

function isAction(s: string): s is Action {
  return s === 'read' || s === 'create' || s === 'update' || s === 'delete';
}
