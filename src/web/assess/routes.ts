/**
 * The assessment's pages: every step is a plain form, and the whole state travels in a hidden field, so the flow
 * works without JavaScript and the server keeps nothing. GET /assess starts; each POST renders the next step.
 * @module
 */
import type { Context, Hono } from 'hono';
import { AppError } from '../../core/errors.ts';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { assessChecked, understandWords } from '../../services/triage.ts';
import type { TriageResult } from '../../core/triage/index.ts';
import type { AppEnv } from '../../server/env.ts';
import { assessChipsPage } from '../pages/assess-chips.ts';
import { assessDescribePage } from '../pages/assess-describe.ts';
import { assessQuestionPage } from '../pages/assess-question.ts';
import { assessResultPage } from '../pages/assess-result.ts';
import { assessWherePage } from '../pages/assess-where.ts';
import type { Html } from '../layout.ts';
import { readAnswer } from './answers.ts';
import { applyChipEdits, addWords, whereChanges } from './edits.ts';
import { applyStep, decodeState, engineInput, newState, stateHints, undoStep, type AssessState, type StateEntry } from './state.ts';

/** What the pages need: the KB and today's date (for "since March"). */
export interface AssessPageDeps {
  readonly kb: KnowledgeBase;
  readonly today: () => string;
}

type Form = Record<string, string | File | (string | File)[]>;
const one = (form: Form, name: string): string => {
  const v = form[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
};
const many = (form: Form, name: string): string[] => {
  const v = form[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
};

const LOST = 'Your answers did not come through, so we could not carry on. Please start again.';

/**
 * Register the assessment pages.
 * @example registerAssessPages(app, { kb, today: () => '2026-05-01' })
 */
export function registerAssessPages(app: Hono<AppEnv>, deps: AssessPageDeps): void {
  const { kb } = deps;
  const html = (c: Context<AppEnv>, page: Html, status: 200 | 400 = 200) => c.html(page, status);
  const lost = (c: Context<AppEnv>) => html(c, assessDescribePage({ error: LOST }), 400);

  const run = (state: AssessState): TriageResult => assessChecked(null, kb, engineInput(state), deps.today());
  /** Run the engine on the state: the next question, or the result when there is none. */
  const next = (c: Context<AppEnv>, state: AssessState) => {
    const r = run(state);
    return r.nextQuestion ? html(c, assessQuestionPage(state, r, r.nextQuestion)) : html(c, assessResultPage(kb, state, r));
  };
  // The steps before the questions also show a warning sign the runner's own words already raise, so nobody has to
  // get through the chips and the body map to learn that they should see someone now.
  const chips = (c: Context<AppEnv>, state: AssessState, opts: { notes?: readonly string[]; error?: string } = {}, status: 200 | 400 = 200) =>
    html(c, assessChipsPage(kb, state, { ...opts, result: run(state) }), status);
  const where = (c: Context<AppEnv>, state: AssessState, opts: { shown?: AssessState } = {}) =>
    html(c, assessWherePage(kb, state, { ...opts, result: run(opts.shown ?? state) }));
  const withState = async (c: Context<AppEnv>, run: (form: Form, state: AssessState) => Response | Promise<Response>) => {
    const form: Form = await c.req.parseBody({ all: true });
    const state = decodeState(one(form, 'state'));
    if (!state) return lost(c);
    try {
      return await run(form, state);
    } catch (err) {
      // A tampered or outdated state (unknown finding, bad value) starts again rather than failing obscurely.
      if (err instanceof AppError && err.isUserError) return lost(c);
      throw err;
    }
  };

  app.get('/assess', (c) => html(c, assessDescribePage()));
  app.get('/assess/where', (c) => html(c, assessWherePage(kb, newState())));
  for (const step of ['understand', 'chips', 'answer']) app.get(`/assess/${step}`, (c) => c.redirect('/assess', 303));

  app.post('/assess/understand', async (c) => {
    const form: Form = await c.req.parseBody();
    const text = one(form, 'text');
    if (text.trim() === '') return html(c, assessWherePage(kb, newState()));
    try {
      const understood = understandWords(null, kb, text, deps.today());
      const entries: StateEntry[] = understood.findings.map((f) => ({ id: f.id, value: f.value, source: 'text', ...(f.span ? { span: [f.span[0], f.span[1]] } : {}) }));
      return chips(c, newState(text, entries, stateHints(understood.hints)), { notes: understood.notes });
    } catch (err) {
      if (err instanceof AppError && err.isUserError) return html(c, assessDescribePage({ text: text.slice(0, 20_000), error: err.message }), 400);
      throw err;
    }
  });

  app.post('/assess/chips', (c) => withState(c, (form, state) => {
    const op = one(form, 'op');
    if (op === 'back') return html(c, assessDescribePage({ text: state.text }));
    const edited = applyChipEdits(kb, state, form);
    if ('error' in edited) return chips(c, state, { error: edited.error }, 400);
    const s = edited.state;
    const more = one(form, 'more').trim();
    if (more !== '') {
      const added = addWords(kb, s, more, deps.today());
      if ('error' in added) return chips(c, s, { error: added.error }, 400);
      return chips(c, added.state, { notes: added.notes });
    }
    // Only "continue" moves on; every other button (toggle, remove, add) shows the corrected chips again.
    return op === 'continue' ? where(c, s) : chips(c, s);
  }));

  app.post('/assess/where', (c) => withState(c, (form, state) => {
    if (one(form, 'nav') === 'back') {
      return state.text.trim() !== '' ? chips(c, state) : html(c, assessDescribePage());
    }
    return next(c, applyStep(state, 'where', whereChanges(kb, state, many(form, 'zone'), one(form, 'side'))));
  }));

  app.post('/assess/answer', (c) => withState(c, (form, state) => {
    const nav = one(form, 'nav');
    if (nav === 'back') {
      const undone = undoStep(state);
      if (!undone.step || undone.step.kind === 'where') return where(c, undone.state, { shown: state });
      const r = run(undone.state);
      return r.nextQuestion
        ? html(c, assessQuestionPage(undone.state, r, r.nextQuestion, { given: undone.given }))
        : html(c, assessResultPage(kb, undone.state, r));
    }
    const r = run(state);
    const q = r.nextQuestion;
    if (nav === 'result' || !q) return html(c, assessResultPage(kb, state, r));
    if (one(form, 'qid') !== (q.findingId ?? 'red-flag-screen')) {
      return html(c, assessQuestionPage(state, r, q, { error: 'The question changed before your answer arrived; please answer this one.' }), 400);
    }
    const answer = readAnswer(q, { nav, answer: one(form, 'answer'), flags: many(form, 'flag') });
    if ('error' in answer) return html(c, assessQuestionPage(state, r, q, { error: answer.error }), 400);
    return next(c, applyStep(state, 'question', answer.changes));
  }));
}
