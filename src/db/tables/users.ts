/** Row types for accounts. Timestamps are ISO-8601 strings on both dialects (see database.ts type parsers). */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'runner' | 'clinician';
  units: 'km' | 'mi';
  /** IANA time zone for local days and weeks (migration 0004). */
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface JobsTable {
  id: string;
  user_id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  total: number | null;
  input: string | null;
  result: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
  attempts: Generated<number>;
}

export interface UsersTables {
  users: UsersTable;
  jobs: JobsTable;
}
