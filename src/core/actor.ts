/**
 * Who is acting. Every service takes the actor first, so that accounts and clinician access are additive later.
 * `null` means anonymous (allowed only where a feature needs no account, such as triage).
 * @module
 */
export interface Actor {
  readonly id: string;
  readonly email: string;
  readonly role: 'owner' | 'runner' | 'clinician';
  readonly units: 'km' | 'mi';
  /** IANA time zone: days and weeks are the runner's local ones. */
  readonly timeZone: string;
}
