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
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * The one error class of chainmatch. Thrown only for programmer errors
 * (a wrong option, a mismatched profile); bad data is returned as {@link Issue}s.
 */
export class ChainmatchError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(`chainmatch: ${message}`);
    this.name = 'ChainmatchError';
    this.code = code;
    this.details = details;
  }
}
