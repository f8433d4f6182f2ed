/**
 * Reading a JSON request body, the one way every route does it.
 * @module
 */
import { AppError } from '../core/errors.ts';

/**
 * The request body as JSON; anything else is one `bad_input` line.
 * @example const body = await jsonBody(c.req.raw);
 */
export async function jsonBody(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError('bad_input', 'request body is not valid JSON');
  }
}

/**
 * The JSON body with path parameters laid over it (the path wins), when the body is an object; anything else is
 * passed on for the service to reject in its own words.
 * @example await withPathParams(c.req.raw, { date: c.req.param('date') })
 */
export async function withPathParams(req: Request, params: Readonly<Record<string, string>>): Promise<unknown> {
  const body = await jsonBody(req);
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body, ...params } : body;
}
