/** Row types for rehab plans and check-ins. Owned by the planner work. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlanTables {}
