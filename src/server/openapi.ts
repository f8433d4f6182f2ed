/**
 * The OpenAPI 3.1 document, assembled from the path descriptions each route module exports, served at
 * `/api/openapi.json`. Keeping each description next to its route keeps them in step.
 * @module
 */
export type PathItems = Record<string, unknown>;

/**
 * Merge the routes' path descriptions into one OpenAPI 3.1 document.
 * @example buildOpenApi('0.1.0', [healthOpenApi, triageOpenApi]).paths
 */
export function buildOpenApi(version: string, parts: readonly PathItems[]): Record<string, unknown> {
  const paths: PathItems = {};
  for (const part of parts) Object.assign(paths, part);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Footing API',
      version,
      description: 'Triage, rehab plans and a training log for runners with foot, ankle and shin pain. ' +
        'Results are not a diagnosis. Errors always have the shape {"error":{"code","message"}}.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  };
}
