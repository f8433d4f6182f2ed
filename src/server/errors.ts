/**
 * One error shape for every API error: `{"error":{"code","message"}}`. Unexpected errors are logged with their
 * stack and shown to the caller as a plain "internal" message with the request id.
 * @module
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, errorStatus } from '../core/errors.ts';
import type { AppEnv } from './env.ts';

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

export function handleError(err: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId');
  if (err instanceof AppError) {
    if (!err.isUserError) c.get('logger').error('request failed', { requestId, code: err.code, err: err.message });
    return c.json(errorBody(err.code, err.message), errorStatus[err.code]);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    return c.json(errorBody(status === 413 ? 'too_large' : 'bad_input', err.message || 'bad request'), status);
  }
  c.get('logger').error('unhandled error', { requestId, err: err.message, stack: err.stack });
  return c.json(errorBody('internal', `something went wrong on our side (request ${requestId})`), 500);
}
