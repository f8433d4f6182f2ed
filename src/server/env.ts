/** What every request carries through the app (Hono context variables). */
import type { Actor } from '../core/actor.ts';
import type { Logger } from './logger.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    /** The acting user; null when anonymous. */
    actor: Actor | null;
  };
}
