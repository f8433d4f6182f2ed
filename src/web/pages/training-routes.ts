/**
 * The training-log pages: timeline, manual log, pain diary, shoes, import (+ job progress) and the km/mi switch.
 * Every form is a plain POST that redirects (or re-renders with the error), so nothing needs JavaScript.
 * @module
 */
import type { Context, Hono } from 'hono';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { fromUnit } from '../../core/training/units.ts';
import type { Database } from '../../services/deps.ts';
import { importUpload } from '../../server/routes/imports.ts';
import type { AppEnv } from '../../server/env.ts';
import { addActivity, listActivities, setPreferences, trainingOverview } from '../../services/activities.ts';
import { getImportJob, listImportJobs } from '../../services/import.ts';
import { listPainDays, painGuidance, putPainEntry } from '../../services/pain-diary.ts';
import { addShoe, listShoes, updateShoe } from '../../services/shoes.ts';
import { importFormPage, importJobPage } from './import.ts';
import { blankLog, logPage, type LogFormValues } from './log.ts';
import { blankPain, painPage, type PainFormValues } from './pain.ts';
import { shoesPage } from './shoes.ts';
import { trainingOverviewPage } from './training.ts';
import { trainingNotFoundPage, trainingSignInPage } from './training-parts.ts';

export interface TrainingPageDeps {
  readonly database: Database;
  /** Today's date in a time zone; the pages ask for the runner's (`actor.timeZone`). */
  readonly today: (timeZone?: string) => string;
  /** Largest upload accepted on the import page (MAX_UPLOAD_MB); default 4 GiB. */
  readonly maxUploadBytes?: number;
}

type Ctx = Context<AppEnv>;

async function guarded(c: Ctx, body: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = c.get('actor');
  if (!actor) return c.html(trainingSignInPage(c.req.path), 401);
  try {
    return await body(actor);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return c.html(trainingNotFoundPage(c.req.path, 'such item'), 404);
    throw err;
  }
}

async function form(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v.trim();
  return out;
}

const num = (s: string | undefined): number | undefined => (s === undefined || s === '' ? undefined : Number(s));
const userError = (err: unknown): string | null => (err instanceof AppError && err.isUserError ? err.message : null);

export function registerTrainingPages(app: Hono<AppEnv>, deps: TrainingPageDeps): void {
  const svc = { database: deps.database };

  app.get('/training', (c) => guarded(c, async (actor) => {
    const o = await trainingOverview(actor, svc, deps.today(actor.timeZone), 26);
    return c.html(trainingOverviewPage(actor, o, await listActivities(actor, svc, { limit: 10 })));
  }));

  app.post('/training/units', (c) => guarded(c, async (actor) => {
    const f = await form(c);
    await setPreferences(actor, svc, { units: f.units, ...(f.timeZone ? { timeZone: f.timeZone } : {}) });
    const back = ['/training', '/training/shoes', '/training/log', '/training/pain'].includes(f.back ?? '') ? f.back ?? '/training' : '/training';
    return c.redirect(back, 303);
  }));

  app.get('/training/log', (c) => guarded(c, async (actor) =>
    c.html(logPage(actor, blankLog(deps.today(actor.timeZone)), await listShoes(actor, svc), await listActivities(actor, svc, { limit: 10 }), { added: c.req.query('added') === '1' }))));
  app.post('/training/log', (c) => guarded(c, async (actor) => {
    const f = await form(c);
    const v: LogFormValues = { ...blankLog(deps.today(actor.timeZone)), ...f };
    try {
      const dist = num(v.distance);
      await addActivity(actor, svc, {
        date: v.date, ...(v.time ? { time: v.time } : {}), sport: v.sport, distanceMeters: dist === undefined ? Number.NaN : fromUnit(dist, actor.units),
        durationSeconds: (num(v.hours) ?? 0) * 3600 + (num(v.minutes) ?? 0) * 60 + (num(v.seconds) ?? 0),
        ...(v.rpe ? { rpe: Number(v.rpe) } : {}), ...(v.shoeId ? { shoeId: v.shoeId } : {}), ...(v.notes ? { notes: v.notes } : {}),
      });
      return c.redirect('/training/log?added=1', 303);
    } catch (err) {
      const msg = userError(err);
      if (msg === null) throw err;
      return c.html(logPage(actor, v, await listShoes(actor, svc), await listActivities(actor, svc, { limit: 10 }), { error: msg }), 400);
    }
  }));

  app.get('/training/pain', (c) => guarded(c, async (actor) => {
    const days = await listPainDays(actor, svc, { limit: 30 });
    const saved = c.req.query('saved');
    const i = days.findIndex((d) => d.date === saved);
    const day = days[i];
    return c.html(painPage(actor, blankPain(deps.today(actor.timeZone)), days, { guidance: day ? painGuidance(day, days[i + 1]) : null }));
  }));
  app.post('/training/pain', (c) => guarded(c, async (actor) => {
    const f = await form(c);
    const v: PainFormValues = { ...blankPain(deps.today(actor.timeZone)), ...f };
    try {
      const { entry } = await putPainEntry(actor, svc, {
        date: v.date, painDuring: num(v.painDuring) ?? null, painAfter: num(v.painAfter) ?? null, painNextMorning: num(v.painNextMorning) ?? null,
        stiffness: num(v.stiffness) ?? null, note: v.note || null,
      });
      return c.redirect(`/training/pain?saved=${entry.date}`, 303);
    } catch (err) {
      const msg = userError(err);
      if (msg === null) throw err;
      return c.html(painPage(actor, v, await listPainDays(actor, svc, { limit: 30 }), { error: msg }), 400);
    }
  }));

  app.get('/training/shoes', (c) => guarded(c, async (actor) => c.html(shoesPage(actor, await listShoes(actor, svc)))));
  app.post('/training/shoes', (c) => guarded(c, async (actor) => {
    const f = await form(c);
    try {
      await addShoe(actor, svc, {
        name: f.name ?? '', ...(f.brand ? { brand: f.brand } : {}), ...(f.defaultFor ? { defaultFor: f.defaultFor } : {}),
        startDistanceMeters: fromUnit(num(f.start) ?? 0, actor.units), ...(f.alert ? { alertDistanceMeters: fromUnit(Number(f.alert), actor.units) } : {}),
      });
      return c.redirect('/training/shoes', 303);
    } catch (err) {
      const msg = userError(err);
      if (msg === null) throw err;
      return c.html(shoesPage(actor, await listShoes(actor, svc), { error: msg }), 400);
    }
  }));
  app.post('/training/shoes/:id', (c) => guarded(c, async (actor) => {
    const f = await form(c);
    const patch = f.action === 'retire' ? { retired: true } : f.action === 'unretire' ? { retired: false } : { defaultFor: f.defaultFor ? f.defaultFor : null };
    try {
      await updateShoe(actor, svc, c.req.param('id'), patch);
      return c.redirect('/training/shoes', 303);
    } catch (err) {
      const msg = userError(err);
      if (msg === null || (err instanceof AppError && err.code === 'not_found')) throw err;
      return c.html(shoesPage(actor, await listShoes(actor, svc), { error: msg }), 400);
    }
  }));

  app.get('/training/import', (c) => guarded(c, async (actor) => c.html(importFormPage(await listImportJobs(actor, svc, 10)))));
  app.post('/training/import', (c) => guarded(c, async (actor) => {
    try {
      const job = await importUpload(actor, { ...svc, ...(deps.maxUploadBytes ? { maxUploadBytes: deps.maxUploadBytes } : {}) }, c.req.raw);
      return c.redirect(`/training/import/${job.id}`, 303);
    } catch (err) {
      const msg = userError(err);
      if (msg === null) throw err;
      return c.html(importFormPage(await listImportJobs(actor, svc, 10), { error: msg }), err instanceof AppError && err.code === 'too_large' ? 413 : 400);
    }
  }));
  app.get('/training/import/:id', (c) => guarded(c, async (actor) => c.html(importJobPage(await getImportJob(actor, svc, c.req.param('id'))))));
}
