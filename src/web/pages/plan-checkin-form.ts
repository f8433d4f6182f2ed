/**
 * Reading the evening check-in form: raw fields in, the check-in body for the plans service or field errors.
 * Empty optional answers mean "did not apply today" (no run, no test), never zero.
 * @module
 */
import { isIsoDate } from '../../core/planner/dates.ts';
import { formList, formText, type FieldError, type FormInput } from './plan-parts.ts';

/** Every value as typed, so the form can be shown again with errors. */
export type CheckinValues = Readonly<Record<string, string | readonly string[]>>;

export interface CheckinBody {
  date: string;
  painMorning: number;
  painDuring?: number;
  painAfter?: number;
  stiffnessMorning?: number;
  sessionsDone: number;
  sessionsPlanned: number;
  painWalking?: number;
  painHop?: number;
  heelRaiseCount?: number;
  newFindings?: string[];
  clinicianCleared?: boolean;
}

export type ParsedCheckin =
  | { readonly ok: true; readonly body: CheckinBody }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: CheckinValues };

/** The 0–10 questions: form name, input id, what to say when the answer is not a score. */
export const SCORE_FIELDS = [
  { name: 'painMorning', id: 'ci-painMorning', required: true, what: 'your pain when you got up this morning' },
  { name: 'painDuring', id: 'ci-painDuring', required: false, what: 'your worst pain during exercise or running' },
  { name: 'painAfter', id: 'ci-painAfter', required: false, what: 'your pain in the hours after' },
  { name: 'stiffnessMorning', id: 'ci-stiffnessMorning', required: false, what: 'your stiffness this morning' },
  { name: 'painWalking', id: 'ci-painWalking', required: false, what: 'your pain on a brisk walk' },
  { name: 'painHop', id: 'ci-painHop', required: false, what: 'your pain when hopping' },
] as const;

/**
 * Validate a posted check-in. `allowedFindings` are the new-symptom ids the form offered.
 * @example parseCheckinForm({ painMorning: '2', sessionsDone: '1', sessionsPlanned: '2' }, '2026-03-02', new Set())
 */
export function parseCheckinForm(form: FormInput, today: string, allowedFindings: ReadonlySet<string>): ParsedCheckin {
  const values: Record<string, string | readonly string[]> = {};
  for (const k of Object.keys(form)) values[k] = Array.isArray(form[k]) ? formList(form, k) : formText(form, k);
  const errors: FieldError[] = [];
  const body: CheckinBody = { date: today, painMorning: 0, sessionsDone: 0, sessionsPlanned: 0 };
  const date = formText(form, 'date');
  if (date !== '') {
    if (isIsoDate(date) && date <= today) body.date = date;
    else errors.push({ field: 'ci-painMorning', message: 'This check-in is for a day that has not come yet: reload the page and try again' });
  }
  for (const f of SCORE_FIELDS) {
    const raw = formText(form, f.name);
    if (raw === '') {
      if (f.required) errors.push({ field: f.id, message: `Enter ${f.what}, from 0 (none) to 10 (worst)` });
      continue;
    }
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 10) errors.push({ field: f.id, message: `Enter ${f.what} as a number from 0 to 10` });
    else body[f.name] = n;
  }
  const planned = Number(formText(form, 'sessionsPlanned') || '0');
  body.sessionsPlanned = Number.isInteger(planned) && planned >= 0 && planned <= 20 ? planned : 0;
  const doneRaw = formText(form, 'sessionsDone');
  const done = Number(doneRaw);
  if (doneRaw === '' || !Number.isInteger(done) || done < 0 || done > 20) errors.push({ field: 'ci-done', message: 'Enter how many of today’s sessions you did, as a whole number' });
  else body.sessionsDone = done;
  const heel = formText(form, 'heelRaiseCount');
  if (heel !== '') {
    const n = Number(heel);
    if (!Number.isInteger(n) || n < 0 || n > 200) errors.push({ field: 'ci-heelRaiseCount', message: 'Enter the number of heel raises as a whole number, or leave it empty' });
    else body.heelRaiseCount = n;
  }
  const findings = formList(form, 'newFindings').filter((f) => allowedFindings.has(f));
  if (findings.length > 0) body.newFindings = findings;
  if (formText(form, 'clinicianCleared') === 'yes') body.clinicianCleared = true;
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, body };
}
