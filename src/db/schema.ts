/** The whole database as Kysely sees it: each feature declares its tables in `tables/`. */
import type { PlanTables } from './tables/plans.ts';
import type { TrainingTables } from './tables/training.ts';
import type { UsersTables } from './tables/users.ts';

export interface DB extends UsersTables, TrainingTables, PlanTables {}
