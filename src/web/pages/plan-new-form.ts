/**
 * Reading the "new plan" form: raw form fields in, either the body for the plans service or field errors (with
 * what the runner typed, so the form can be shown again). Distances arrive in the runner's units and leave in km.
 * @module
 */
import { isIsoDate } from '../../core/planner/dates.ts';
import { encodeFindings, parseFindingsParam } from '../../core/planner/plan-link.ts';
import { equipmentKinds, weekdays, type EquipmentKind, type Weekday } from '../../core/planner/types.ts';
import { METERS_PER_MILE, type DistanceUnit } from '../../core/training/units.ts';
import { formList, formText, type FieldError, type FormInput } from './plan-parts.ts';

/** What the form shows: every value as typed. */
export interface NewPlanValues {
  readonly conditionId: string;
  readonly advice: string;
  /** Findings handed over from an assessment, re-encoded after a defensive read (plan-link.ts). */
  readonly findings: string;
  readonly weekly: string;
  readonly raceName: string;
  readonly raceDate: string;
  readonly raceDistance: string;
  readonly startDate: string;
  readonly weeks: string;
  readonly equipment: readonly string[];
  readonly days: readonly string[];
}

/** The body `createPlan` takes. */
export interface NewPlanBody {
  conditionId: string;
  advice?: 'stop' | 'modify' | 'continue';
  findings?: string;
  startDate: string;
  weeks?: number;
  profile: {
    weeklyKmBefore?: number;
    goalRace?: { name?: string; date: string; distanceKm?: number };
    equipment: EquipmentKind[];
    daysAvailable: Weekday[];
  };
}

export type ParsedNewPlan =
  | { readonly ok: true; readonly body: NewPlanBody; readonly values: NewPlanValues }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: NewPlanValues };

/** Kilometres from a distance in the runner's units. */
export function toKm(value: number, units: DistanceUnit): number {
  return units === 'km' ? value : Math.round(((value * METERS_PER_MILE) / 1000) * 10) / 10;
}

/** The blank form: today's start, every day available, nothing ticked. */
export function blankValues(today: string, conditionId = '', advice = '', findings = ''): NewPlanValues {
  return { conditionId, advice, findings: encodeFindings(parseFindingsParam(findings)), weekly: '', raceName: '', raceDate: '', raceDistance: '', startDate: today, weeks: '', equipment: [], days: [...weekdays] };
}

const isAdvice = (s: string): s is 'stop' | 'modify' | 'continue' => s === 'stop' || s === 'modify' || s === 'continue';

/**
 * Validate the posted form. `planable` says whether a condition id may be offered a plan.
 * @example parseNewPlanForm({ conditionId: 'plantar-fasciitis', days: ['mon'] }, 'km', '2026-03-02', () => true)
 */
export function parseNewPlanForm(form: FormInput, units: DistanceUnit, today: string, planable: (id: string) => boolean): ParsedNewPlan {
  const values: NewPlanValues = {
    conditionId: formText(form, 'conditionId'), advice: formText(form, 'advice'), findings: encodeFindings(parseFindingsParam(formText(form, 'findings'))), weekly: formText(form, 'weekly'), raceName: formText(form, 'raceName'),
    raceDate: formText(form, 'raceDate'), raceDistance: formText(form, 'raceDistance'), startDate: formText(form, 'startDate') || today,
    weeks: formText(form, 'weeks'), equipment: formList(form, 'equipment'), days: formList(form, 'days'),
  };
  const errors: FieldError[] = [];
  if (!values.conditionId) errors.push({ field: 'condition', message: 'Choose what your plan is for' });
  else if (!planable(values.conditionId)) errors.push({ field: 'condition', message: 'Choose a problem from the list' });
  const weekly = values.weekly === '' ? undefined : Number(values.weekly);
  const maxWeekly = units === 'km' ? 400 : 250;
  if (weekly !== undefined && !(Number.isFinite(weekly) && weekly >= 0 && weekly <= maxWeekly)) {
    errors.push({ field: 'weekly', message: `Enter your usual weekly distance as a number from 0 to ${maxWeekly} ${units}, or leave it empty` });
  }
  if (!isIsoDate(values.startDate)) errors.push({ field: 'startDate', message: 'Enter the start date as a real date, like 2026-03-02' });
  const hasRace = values.raceName !== '' || values.raceDistance !== '' || values.raceDate !== '';
  if (hasRace && !isIsoDate(values.raceDate)) errors.push({ field: 'raceDate', message: 'Enter the race date, or leave the race fields empty' });
  else if (hasRace && isIsoDate(values.startDate) && values.raceDate <= values.startDate) errors.push({ field: 'raceDate', message: 'The race date must be after the day the plan starts' });
  const raceDistance = values.raceDistance === '' ? undefined : Number(values.raceDistance);
  if (raceDistance !== undefined && !(Number.isFinite(raceDistance) && raceDistance > 0 && raceDistance <= 400)) {
    errors.push({ field: 'raceDistance', message: `Enter the race distance in ${units} as a number, or leave it empty` });
  }
  const weeks = values.weeks === '' ? undefined : Number(values.weeks);
  if (weeks !== undefined && !(Number.isInteger(weeks) && weeks >= 6 && weeks <= 16)) errors.push({ field: 'weeks', message: 'Choose a plan length from 6 to 16 weeks' });
  const equipment = values.equipment.filter((e): e is EquipmentKind => (equipmentKinds as readonly string[]).includes(e));
  const days = weekdays.filter((d) => values.days.includes(d));
  if (days.length === 0) errors.push({ field: 'day-mon', message: 'Tick at least one day you can train' });
  if (errors.length > 0) return { ok: false, errors, values };
  const body: NewPlanBody = {
    conditionId: values.conditionId,
    ...(isAdvice(values.advice) ? { advice: values.advice } : {}),
    ...(values.findings ? { findings: values.findings } : {}),
    startDate: values.startDate,
    ...(weeks !== undefined ? { weeks } : {}),
    profile: {
      ...(weekly !== undefined ? { weeklyKmBefore: toKm(weekly, units) } : {}),
      ...(hasRace ? { goalRace: { ...(values.raceName ? { name: values.raceName } : {}), date: values.raceDate, ...(raceDistance !== undefined ? { distanceKm: toKm(raceDistance, units) } : {}) } } : {}),
      equipment,
      daysAvailable: days,
    },
  };
  return { ok: true, body, values };
}
