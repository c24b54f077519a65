import { ChainmatchError, ErrorCodes } from '../errors.js';

/** The error a streaming match rejects with when its signal aborts: code `ABORTED`, the signal's reason as `details`. */
export const abortError = (signal: AbortSignal): ChainmatchError =>
  new ChainmatchError(ErrorCodes.ABORTED, 'the match was aborted', signal.reason);

/** Throws {@link abortError} if `signal` has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Resolves after the event loop has had a turn (timers, messages, an abort), so a long synchronous loop can stop. */
export const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
