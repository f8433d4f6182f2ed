/**
 * Registers the server-rendered pages. Each page module renders; data comes from services or the KB.
 * @module
 */
import type { Hono } from 'hono';
import type { KnowledgeBase } from '../core/kb/knowledge-base.ts';
import type { AppEnv } from '../server/env.ts';
import { registerAssessPages } from './assess/routes.ts';
import { aboutPage } from './pages/about.ts';
import { apiDocsPage } from './pages/api-docs.ts';
import { homePage } from './pages/home.ts';
import { registerLearnRoutes } from './learn/routes.ts';
import { registerStaticFiles } from './static-files.ts';

export interface WebDeps {
  readonly kb: KnowledgeBase;
  readonly today: () => string;
}

export function registerWebRoutes(app: Hono<AppEnv>, deps: WebDeps): void {
  registerStaticFiles(app);
  app.get('/', (c) => c.html(homePage()));
  app.get('/about', (c) => c.html(aboutPage(deps.kb)));
  app.get('/api/docs', (c) => c.html(apiDocsPage()));
  registerAssessPages(app, { kb: deps.kb, today: deps.today });
  registerLearnRoutes(app, { kb: deps.kb });
}
