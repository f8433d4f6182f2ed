/**
 * One error family for the whole app. Every layer throws `AppError` with a stable `code`; the HTTP adapter maps it
 * to `{"error":{"code","message"}}` and the CLI to one stderr line and an exit code.
 * @module
 */

export const errorStatus = {
  bad_input: 400,
  unauthorised: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  /**
   * @example
   * throw new AppError('bad_input', 'unknown finding ids: foo, bar');
   */
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  /** Bad input is the caller's to fix (CLI exit 2); everything else is ours (exit 1). */
  get isUserError(): boolean {
    return this.status < 500;
  }
}

/** Narrow an unknown thrown value to a message safe to show a user (no stack traces). */
export function describeError(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? 'unexpected error';
  return 'unexpected error';
}
