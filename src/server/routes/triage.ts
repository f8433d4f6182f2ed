/**
 * `POST /api/v1/triage`: stateless triage — evidence and/or text in, the result contract out. No account needed.
 * Bad input → 400 `{"error":{"code":"bad_input","message"}}` (unknown finding ids listed in the message).
 * @module
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.ts';
import { AppError } from '../../core/errors.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { decodeUtf8, triage } from '../../services/triage.ts';
import { policy } from '../middleware/policy.ts';

/** What the route needs: the KB and today's date (kept out of the pure core). */
export interface TriageRouteDeps {
  readonly kb: () => KnowledgeBase | Promise<KnowledgeBase>;
  readonly today?: () => string;
}

/** Largest request body accepted (a 10 000-character text plus evidence fits well within it). */
export const MAX_BODY_BYTES = 256 * 1024;

/** Today in UTC, when the app does not inject its own clock. */
function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Register the triage route.
 * @example registerTriageRoutes(app, { kb: () => kb })
 */
export function registerTriageRoutes(app: Hono<AppEnv>, deps: TriageRouteDeps): void {
  // Stop reading at the limit rather than buffering up to the app-wide 50 MB and measuring afterwards.
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => { throw new AppError('too_large', `request body is larger than ${MAX_BODY_BYTES} bytes`); },
  });
  app.post('/api/v1/triage', policy('create', 'triage'), limit, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    let body: unknown;
    try {
      body = JSON.parse(decodeUtf8(bytes));
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('bad_input', 'request body is not valid JSON');
    }
    // The result is the published contract already (versioned with kbVersion, built by the core for every
    // client): there is nothing private in it to leave out, so no presenter stands between.
    const result = triage(c.get('actor'), await deps.kb(), body, (deps.today ?? utcToday)());
    return c.json(result);
  });
}

/** OpenAPI description of the route; `createApp` merges it into the spec served at /api/openapi.json. */
export const triageOpenApi = {
  '/api/v1/triage': {
    post: {
      summary: 'Assess foot, ankle or shin pain (stateless, no account needed)',
      description: 'Send the runner\'s own words and/or structured evidence; get the level of care, running advice, red flags, an explained differential and the next question. Send the full evidence each time.',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object', additionalProperties: false,
              properties: {
                text: { type: 'string', maxLength: 10000, description: 'The runner\'s description in their own words.' },
                evidence: {
                  oneOf: [
                    { type: 'array', items: { type: 'object', required: ['id', 'value'], properties: { id: { type: 'string' }, value: { oneOf: [{ type: 'boolean' }, { type: 'number' }, { type: 'string' }] }, source: { type: 'string', enum: ['text', 'answer'] }, span: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 } } } },
                    { type: 'object', additionalProperties: { oneOf: [{ type: 'boolean' }, { type: 'number' }, { type: 'string' }] } },
                  ],
                  description: 'Finding id → value: true/false/"unknown", a number, a side (left/right/both) or a choice option. Later entries win.',
                },
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: 'Triage result',
          content: { 'application/json': { schema: { type: 'object', required: ['kbVersion', 'triage', 'running', 'redFlags', 'differential', 'findings', 'nextQuestion', 'disclaimer'], properties: {
            kbVersion: { type: 'string' },
            triage: { type: 'object', properties: { level: { type: 'string', enum: ['emergency', 'urgent', 'doctor', 'selfcare'] }, timeframe: { type: 'string' }, reason: { type: 'string' }, action: { type: 'string' } } },
            running: { type: 'object', properties: { advice: { type: 'string', enum: ['stop', 'modify', 'continue'] }, reason: { type: 'string' }, rule: { type: 'string' } } },
            redFlags: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, reason: { type: 'string' }, level: { type: 'string' }, findings: { type: 'array', items: { type: 'string' } } } } },
            differential: { type: 'array', items: { type: 'object', properties: { conditionId: { type: 'string' }, name: { type: 'string' }, probability: { type: 'number', minimum: 0, maximum: 1 }, for: { type: 'array', items: { type: 'object' } }, against: { type: 'array', items: { type: 'object' } } } } },
            findings: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, value: {}, source: { type: 'string', enum: ['text', 'answer'] }, span: { type: 'array', items: { type: 'integer' } } } } },
            nextQuestion: { oneOf: [{ type: 'object' }, { type: 'null' }] },
            somethingElse: { type: 'number', minimum: 0, maximum: 1, description: 'Probability that none of the listed conditions explains the picture.' },
            together: { type: 'array', items: { type: 'object', properties: { conditionIds: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 }, probability: { type: 'number' } } } },
            notes: { type: 'array', items: { type: 'string' } },
            disclaimer: { type: 'string', description: 'This is not a diagnosis: show it with every result.' },
            progress: { type: 'object', description: 'How far the questions have got; the total is an estimate because questions stop when the answer is clear.', properties: {
              answered: { type: 'integer' }, asked: { type: 'integer' }, remainingEstimate: { type: 'integer', minimum: 0 },
              confident: { type: 'boolean' }, stopReason: { oneOf: [{ type: 'string' }, { type: 'null' }] },
            } },
          } } } },
        },
        400: { description: 'Bad input (unknown finding ids are listed; text too long, empty JSON, non-UTF-8)' },
        413: { description: 'Body too large' },
      },
    },
  },
} as const;
