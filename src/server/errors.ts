/**
 * One error shape for every API error: `{"error":{"code","message"}}`. Unexpected errors are logged with their
 * stack and shown to the caller as a plain "internal" message with the request id. A browser asking for a page
 * (not under /api/) gets the same message as an HTML page instead of raw JSON.
 * @module
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, errorStatus, type ErrorCode } from '../core/errors.ts';
import { errorPage } from '../web/layout.ts';
import type { AppEnv } from './env.ts';

/** Page titles for errors shown to a browser. */
const PAGE_TITLES: Partial<Record<ErrorCode, string>> = {
  not_found: 'Page not found',
  forbidden: 'That request was refused',
  too_large: 'That was too large',
  bad_input: 'Something in the form needs fixing',
  internal: 'Something went wrong on our side',
};

/** A browser navigating to a page (not an API client) should see HTML, not JSON. */
export function wantsHtml(c: Context<AppEnv>): boolean {
  return !c.req.path.startsWith('/api/') && c.req.path !== '/healthz' && (c.req.header('accept') ?? '').includes('text/html');
}

/**
 * The error as JSON, or as a page for a browser.
 * @example respondError(c, 'not_found', 'no such page', 404)
 */
export function respondError(c: Context<AppEnv>, code: ErrorCode, message: string, status: ContentfulStatusCode): Response | Promise<Response> {
  if (!wantsHtml(c)) return c.json(errorBody(code, message), status);
  const requestId = code === 'internal' ? c.get('requestId') : undefined;
  return c.html(errorPage({ title: PAGE_TITLES[code] ?? 'Something went wrong', message: sentence(message), path: c.req.path, ...(requestId ? { requestId } : {}) }), status);
}

/** Error messages are written as one lower-case clause for JSON; a page shows them as a sentence. */
function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** The JSON error body. @example errorBody('bad_input', 'text is too long') */
export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** The app's `onError`: AppError and HTTPException keep their status; anything else is a logged 500. */
export function handleError(err: Error, c: Context<AppEnv>): Response | Promise<Response> {
  const requestId = c.get('requestId');
  if (err instanceof AppError) {
    if (!err.isUserError) c.get('logger').error('request failed', { requestId, code: err.code, err: err.message });
    return respondError(c, err.code, err.message, errorStatus[err.code]);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    return respondError(c, status === 413 ? 'too_large' : 'bad_input', err.message || 'bad request', status);
  }
  c.get('logger').error('unhandled error', { requestId, err: err.message, stack: err.stack });
  return respondError(c, 'internal', `something went wrong on our side (request ${requestId})`, 500);
}
