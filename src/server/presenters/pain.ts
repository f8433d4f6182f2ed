/**
 * Pain diary as the API shows it: a day's scores and note, the day's activities, and the guidance; never the
 * owner's id.
 * @module
 */
import type { PainEntry } from '../../services/deps.ts';
import type { PainDay, PainGuidance } from '../../services/pain-diary.ts';
import { presentActivity, type ActivityJson } from './activity.ts';

/** A diary entry in `/api/v1` responses (scores 0–10, null when not given). */
export interface PainEntryJson {
  readonly id: string;
  readonly date: string;
  readonly painDuring: number | null;
  readonly painAfter: number | null;
  readonly painNextMorning: number | null;
  readonly stiffness: number | null;
  readonly note: string | null;
  readonly updatedAt: string;
}

/** An entry with the activities of its day. */
export interface PainDayJson extends PainEntryJson {
  readonly activities: readonly ActivityJson[];
}

/** @example presentPainEntry(entry).painDuring */
export function presentPainEntry(e: PainEntry): PainEntryJson {
  return {
    id: e.id, date: e.date, painDuring: e.painDuring, painAfter: e.painAfter, painNextMorning: e.painNextMorning,
    stiffness: e.stiffness, note: e.note, updatedAt: e.updatedAt,
  };
}

/** @example c.json({ entries: days.map(presentPainDay) }) */
export function presentPainDay(d: PainDay): PainDayJson {
  return { ...presentPainEntry(d), activities: d.activities.map(presentActivity) };
}

/** A saved entry and what it means. @example c.json(presentPainSaved(await putPainEntry(actor, deps, body))) */
export function presentPainSaved(saved: { entry: PainEntry; guidance: PainGuidance }): { entry: PainEntryJson; guidance: PainGuidance } {
  const g = saved.guidance;
  return { entry: presentPainEntry(saved.entry), guidance: { level: g.level, message: g.message, source: g.source } };
}
