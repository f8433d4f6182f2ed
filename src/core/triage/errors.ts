/**
 * Typed errors for bad triage input. They extend AppError (code `bad_input`) so the HTTP layer answers 400
 * and the CLI exits 2, each listing exactly what to fix.
 * @module
 */
import { AppError } from '../errors.ts';

export type TriageErrorKind =
  | 'unknown-findings' | 'bad-value' | 'text-empty' | 'text-too-long' | 'text-binary' | 'bad-input';

/** Bad triage input; `unknownIds` lists finding ids the KB does not define. */
export class TriageInputError extends AppError {
  readonly kind: TriageErrorKind;
  readonly unknownIds: readonly string[];
  /**
   * @example throw new TriageInputError('unknown-findings', 'unknown finding ids: foo', ['foo'])
   */
  constructor(kind: TriageErrorKind, message: string, unknownIds: readonly string[] = []) {
    super('bad_input', message, { kind, unknownIds });
    this.name = 'TriageInputError';
    this.kind = kind;
    this.unknownIds = unknownIds;
  }
}

/** Longest own-words description accepted. */
export const MAX_TEXT_LENGTH = 10_000;
