/** Row types for the training log (activities, shoes, pain diary). Owned by the training-log work. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TrainingTables {}
