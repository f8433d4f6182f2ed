/**
 * The planner: phased rehab and return-to-run plans from an assessment, adapted by daily check-ins.
 * @module
 */
export { generatePlan } from './generate.ts';
export { adaptPlan, orderLog, placeOn, replayPlan, type StoredAdaptation } from './adapt.ts';
export { awaitingClinician, journalState, openJournal, recordCheckIn, recordClearance, startsCleared, type Clearance, type PlanJournal } from './journal.ts';
export { parseClearance, readStateFile, stateFile } from './journal-schema.ts';
export { encodeFindings, parseFindingsParam, planLinkFor, PLAN_FINDINGS, type PlanLinkSource } from './plan-link.ts';
export { simulateRunner } from './simulate.ts';
export { assessmentFromTriage } from './assessment.ts';
export { decideCheckIn, type CheckIn, type CheckInContext, type Decision, type DecisionKind } from './checkin.ts';
export { planToICalendar, doseText, daySummary } from './ical.ts';
export { personalise } from './personalise.ts';
export { weeklyCap, LADDER } from './run-ladder.ts';
export { stopRule } from './run-plan.ts';
export type * from './types.ts';
