import { ChainmatchError, ErrorCodes } from '../../errors.js';

/** Exit codes of every command. */
export const EXIT = Object.freeze({
  /** Done, every input row accepted. */
  OK: 0,
  /** Failed: unreadable file, unsupported format, internal error. */
  FAILURE: 1,
  /** Usage error: unknown option, missing argument, bad option value. */
  USAGE: 2,
  /** Done, but some input rows were rejected (reported on stderr). */
  REJECTED_ROWS: 3,
});

/** Thrown by commands for usage errors found after parsing (bad values). */
export function usageError(message: string): ChainmatchError {
  return new ChainmatchError(ErrorCodes.INVALID_OPTION, message);
}

export function exitCodeFor(e: unknown): number {
  return e instanceof ChainmatchError && e.code === ErrorCodes.INVALID_OPTION ? EXIT.USAGE : EXIT.FAILURE;
}
