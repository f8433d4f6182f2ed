/**
 * Who may do what, in one table. Every service asks `authorize` before it touches data, and every HTTP route
 * declares the same check (`policy(action, subject)`) so an anonymous request is refused before its body is read.
 * A new rule (such as a clinician following runners who shared with them) is added here, not in each service.
 * @module
 */
import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';

/** What can be done to a subject. */
export type Action = 'read' | 'create' | 'update' | 'delete';

/**
 * - `anyone`: no account needed (nothing is stored for the caller).
 * - `account`: the caller must be signed in; what they create is theirs.
 * - `owner`: the caller must be signed in, and a record they name must be theirs. Lists are always of the caller's
 *   own records, so without a record this is the same as `account`.
 *
 * Seam for sharing: a clinician seeing runners who shared with them would be one more rule,
 * `'owner-or-care-team'`, whose case in `allows` below also accepts `record.userId` when it is among the runners the
 * actor cares for. The core does no I/O, so that list would arrive on the `Actor` (resolved once per request, like
 * units and time zone), keeping `authorize` pure and synchronous. Not built yet: there is no sharing.
 */
export type Rule = 'anyone' | 'account' | 'owner';

/**
 * The table. An action missing from a subject's row is refused for everyone (deny by default), and the types
 * refuse it at compile time too.
 */
export const POLICIES = {
  // Assessing stores nothing, and the knowledge pages are public: no account for either.
  triage:       { create: 'anyone' },
  knowledge:    { read: 'anyone' },
  // A plan is updated by check-ins and clinician clearances; there is no delete yet.
  plan:         { read: 'owner', create: 'account', update: 'owner' },
  activity:     { read: 'owner', create: 'account', update: 'owner', delete: 'owner' },
  // Shoes are retired (an update), never deleted, so their statistics stay.
  shoe:         { read: 'owner', create: 'account', update: 'owner' },
  // Saving a day's entry replaces any earlier one: one create.
  'pain-entry': { read: 'owner', create: 'account', delete: 'owner' },
  import:       { read: 'owner', create: 'account' },
  // Preferences and the overview are always the caller's own: there is no record to own.
  preferences:  { read: 'account', update: 'account' },
  training:     { read: 'account' },
} as const satisfies Record<string, Partial<Record<Action, Rule>>>;

type Table = typeof POLICIES;
export type Subject = keyof Table;
/** The actions a subject's row lists. */
export type ActionOn<S extends Subject> = keyof Table[S] & Action;
/** Actions on `S` that anyone may take (the caller may be anonymous). */
export type OpenAction<S extends Subject> = { [A in ActionOn<S>]: Table[S][A] extends 'anyone' ? A : never }[ActionOn<S>];
/** Actions on `S` that need an account. */
export type GuardedAction<S extends Subject> = Exclude<ActionOn<S>, OpenAction<S>>;
/** Subjects with at least one action that needs an account: each has a sign-in message. */
export type GuardedSubject = { [S in Subject]: [GuardedAction<S>] extends [never] ? never : S }[Subject];
/** Subjects with at least one `owner` rule: each has a "no such …" message. */
export type OwnedSubject = { [S in Subject]: 'owner' extends Table[S][ActionOn<S>] ? S : never }[Subject];

/** What the caller is told when an account is needed: why signing in helps. */
export const SIGN_IN_MESSAGES: Readonly<Record<GuardedSubject, string>> = {
  plan: 'sign in to keep a plan',
  activity: 'sign in to keep a training log',
  shoe: 'sign in to keep a training log',
  'pain-entry': 'sign in to keep a training log',
  import: 'sign in to keep a training log',
  preferences: 'sign in to keep a training log',
  training: 'sign in to keep a training log',
};

/** What the caller is told about a record that is missing or someone else's: the two must look the same. */
export const NOT_FOUND_MESSAGES: Readonly<Record<OwnedSubject, string>> = {
  plan: 'no such plan',
  activity: 'no such activity',
  shoe: 'no such shoe',
  'pain-entry': 'no such diary entry',
  import: 'no such import',
};

/** Anything stored for one user. */
export interface OwnedRecord {
  readonly userId: string;
}

/** The rule for an action on a subject; null when the table does not list it (nobody may). */
export function ruleFor(subject: Subject, action: Action): Rule | null {
  const row: Partial<Record<Action, Rule>> = POLICIES[subject];
  return row[action] ?? null;
}

/** Whether `actor` passes `rule` for `record` (no record: a list or a new record, which are the actor's own). */
function allows(rule: Rule, actor: Actor | null, record: OwnedRecord | undefined): 'yes' | 'sign-in' | 'missing' {
  switch (rule) {
    case 'anyone':
      return 'yes';
    case 'account':
      return actor ? 'yes' : 'sign-in';
    case 'owner':
      if (!actor) return 'sign-in';
      return record === undefined || record.userId === actor.id ? 'yes' : 'missing';
  }
}

function decide(actor: Actor | null, action: Action, subject: Subject, record: OwnedRecord | undefined): Actor | null {
  const rule = ruleFor(subject, action);
  // Deny by default: `authorize`'s types refuse an unlisted action; `checkPolicy` callers are refused here.
  if (rule === null) throw new AppError('forbidden', `nobody may ${action} ${subject}`);
  const verdict = allows(rule, actor, record);
  if (verdict === 'sign-in') throw new AppError('unauthorised', messageFor(SIGN_IN_MESSAGES, subject, 'sign in first'));
  // Someone else's record is reported exactly like a missing one: a 403 would tell the caller that it exists.
  if (verdict === 'missing') throw notFound(subject);
  return actor;
}

function messageFor<K extends string>(messages: Readonly<Record<K, string>>, subject: string, fallback: string): string {
  const all: Readonly<Record<string, string>> = messages;
  return all[subject] ?? fallback;
}

function notFound(subject: Subject): AppError {
  return new AppError('not_found', messageFor(NOT_FOUND_MESSAGES, subject, `no such ${subject}`));
}

/**
 * Check the table for `actor` doing `action` to `subject`, and to `record` when one is named. Returns the actor:
 * `Actor | null` for actions anyone may take, `Actor` for the others. Throws `AppError('unauthorised')` with the
 * subject's sign-in message when an account is needed, and `AppError('not_found')` when the record is someone
 * else's (never `forbidden`: that would reveal that it exists).
 * @example
 * const actor = authorize(c.get('actor'), 'create', 'plan');         // Actor, or throws unauthorised
 * authorize(actor, 'update', 'activity', await repo.findById(id));  // throws not_found if it is someone else's
 * authorize(null, 'create', 'triage');                                // null: anyone may assess
 */
export function authorize<S extends Subject, A extends OpenAction<S>>(actor: Actor | null, action: A, subject: S): Actor | null;
export function authorize<S extends Subject, A extends GuardedAction<S>>(actor: Actor | null, action: A, subject: S, record?: OwnedRecord): Actor;
export function authorize(actor: Actor | null, action: Action, subject: Subject, record?: OwnedRecord): Actor | null {
  return decide(actor, action, subject, record);
}

/**
 * The general form of `authorize` for callers generic over subject and action (route middleware, table-wide
 * tests): the same checks, `Actor | null` returned for every action, and an action the table does not list for the
 * subject refused with `AppError('forbidden')`.
 * @example checkPolicy(c.get('actor'), 'create', 'import');
 */
export function checkPolicy(actor: Actor | null, action: Action, subject: Subject, record?: OwnedRecord): Actor | null {
  return decide(actor, action, subject, record);
}

/**
 * `authorize` for a record just looked up: a missing record (`null`/`undefined`) and someone else's both throw
 * `AppError('not_found')`; otherwise the record comes back, narrowed to present.
 * @example const plan = authorizeRecord(actor, 'read', 'plan', await plans.findById(id));
 */
export function authorizeRecord<S extends Subject, A extends GuardedAction<S>, R extends OwnedRecord>(actor: Actor | null, action: A, subject: S, record: R | null | undefined): R {
  decide(actor, action, subject, record ?? undefined);
  if (record === null || record === undefined) throw notFound(subject);
  return record;
}
