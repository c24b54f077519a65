import type { Issue } from './schema/issue.js';

/**
 * Stable error codes. Tests and callers match on `code`, never on wording.
 */
export const ErrorCodes = {
  INVALID_OPTION: 'INVALID_OPTION',
  INVALID_INPUT: 'INVALID_INPUT',
  UNKNOWN_FEATURE: 'UNKNOWN_FEATURE',
  DUPLICATE_ID: 'DUPLICATE_ID',
  PROFILE_MISMATCH: 'PROFILE_MISMATCH',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
  UNSUPPORTED_ENCODING: 'UNSUPPORTED_ENCODING',
  /** A long-running call (`matchStream` of `chainmatch/node`) was stopped by its `AbortSignal`. */
  ABORTED: 'ABORTED',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * The one error class of chainmatch. Thrown for programmer errors (a wrong option, a mismatched profile,
 * records passed to `rank` / `explain` that fail the schemas); readers and `validate*` return bad data as
 * {@link Issue}s instead.
 */
export class ChainmatchError extends Error {
  readonly code: ErrorCode;
  /** Context for the error; for input errors from `rank` / `explain`, the same list as {@link ChainmatchError.issues}. */
  readonly details: unknown;
  /**
   * Every problem found in the input, each `{ code, path, message }` with the path from the argument
   * (`['enterprises', 0, 'name']`); empty when the error is not about input records.
   */
  readonly issues: readonly Issue[];
  constructor(code: ErrorCode, message: string, details?: unknown, issues: readonly Issue[] = []) {
    super(`chainmatch: ${message}`);
    this.name = 'ChainmatchError';
    this.code = code;
    this.details = details;
    this.issues = issues;
  }

  /**
   * An `INVALID_INPUT` error listing `issues` (as `issues` and as `details`); the message names the first few.
   * @example ChainmatchError.invalidInput([{ code: 'invalid_type', path: ['enterprises', 0, 'id'], message: 'is required' }]).message
   * // 'chainmatch: invalid input, 1 issue: enterprises[0].id: is required'
   */
  static invalidInput(issues: readonly Issue[]): ChainmatchError {
    const shown = issues.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.message}`);
    if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
    const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    return new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `invalid input, ${count}: ${shown.join('; ')}`,
      issues,
      issues,
    );
  }
}

/** `['enterprises', 0, 'name']` → `enterprises[0].name`. */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k ? `.${p}` : p)).join('');
}
