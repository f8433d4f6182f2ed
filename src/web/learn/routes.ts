/**
 * Registers the Learn pages: the condition library, the exercise library and the self-tests, all generated from
 * the KB. Static paths are registered before `/learn/:id` so "exercises" is never read as a condition id.
 * @module
 */
import type { Context, Hono } from 'hono';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import type { AppEnv } from '../../server/env.ts';
import { learnConditionPage } from '../pages/learn-condition.ts';
import { exercisePage } from '../pages/learn-exercise.ts';
import { exerciseLibraryPage, parseExerciseFilter } from '../pages/learn-exercises.ts';
import { selfTestPage, selfTestsPage } from '../pages/learn-self-tests.ts';
import { learnIndexPage, learnZonePage } from '../pages/learn.ts';
import { learnNotFoundPage } from './not-found.ts';

export interface LearnDeps {
  readonly kb: KnowledgeBase;
}

function notFound(c: Context<AppEnv>, what: string, id: string, backHref: string, backLabel: string) {
  return c.html(learnNotFoundPage({ what, id, path: c.req.path, backHref, backLabel }), 404);
}

/**
 * @example
 * registerLearnRoutes(app, { kb });
 */
export function registerLearnRoutes(app: Hono<AppEnv>, deps: LearnDeps): void {
  const { kb } = deps;
  app.get('/learn', (c) => {
    const zoneId = c.req.query('zone');
    if (zoneId === undefined || zoneId === '') return c.html(learnIndexPage(kb));
    const zone = kb.zoneById.get(zoneId);
    return zone ? c.html(learnZonePage(kb, zone)) : notFound(c, 'place on the body map', zoneId, '/learn', 'Browse all conditions');
  });
  app.get('/learn/exercises', (c) =>
    c.html(exerciseLibraryPage(kb, parseExerciseFilter(kb, c.req.query('area'), c.req.query('equipment')))));
  app.get('/learn/exercises/:id', (c) => {
    const x = kb.exerciseById.get(c.req.param('id'));
    return x ? c.html(exercisePage(kb, x)) : notFound(c, 'exercise', c.req.param('id'), '/learn/exercises', 'Browse all exercises');
  });
  app.get('/learn/self-tests', (c) => c.html(selfTestsPage(kb)));
  app.get('/learn/self-tests/:id', (c) => {
    const t = kb.selfTestById.get(c.req.param('id'));
    return t ? c.html(selfTestPage(kb, t)) : notFound(c, 'self-test', c.req.param('id'), '/learn/self-tests', 'See all self-tests');
  });
  app.get('/learn/:id', (c) => {
    const cond = kb.conditionById.get(c.req.param('id'));
    return cond ? c.html(learnConditionPage(kb, cond)) : notFound(c, 'condition', c.req.param('id'), '/learn', 'Browse all conditions');
  });
}
