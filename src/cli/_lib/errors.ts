import { readFile } from 'node:fs/promises';
import { CommanderError } from 'commander';
import { ChainmatchError, ErrorCodes } from '../../errors.js';

/** Exit codes of every command. */
export const EXIT = Object.freeze({
  /** Done, every input row accepted. */
  OK: 0,
  /** Failed: unreadable file, unsupported format, internal error. */
  FAILURE: 1,
  /** Usage error: unknown option, missing argument, bad option value (an output that would replace an input …). */
  USAGE: 2,
  /** Done, but some input rows were rejected (reported on stderr). */
  REJECTED_ROWS: 3,
  /** Interrupted by SIGINT (Ctrl-C, 128 + 2): temporary files removed, no output replaced. */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM (128 + 15): temporary files removed, no output replaced. */
  TERMINATED: 143,
});

/** The exit codes as the help text lists them. */
export const EXIT_CODES_HELP =
  'Exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some input rows were rejected (see stderr), ' +
  '130 / 143 interrupted by SIGINT / SIGTERM (temporary files removed).';

/** Thrown by commands for usage errors found after parsing (bad values). */
export function usageError(message: string): ChainmatchError {
  return new ChainmatchError(ErrorCodes.INVALID_OPTION, message);
}

/** Reads the JSON file an option names (`--weights`, `--rules`); unreadable or malformed is a usage error. */
export async function readJsonOption(flag: string, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (e) {
    throw usageError(`${flag} ${file}: ${(e as Error).message}`);
  }
}

const SHOWN = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** The exit code for an error that ended a command: help or version shown 0, usage errors 2, anything else 1. */
export function exitCodeFor(e: unknown): number {
  if (e instanceof CommanderError) return SHOWN.has(e.code) ? EXIT.OK : EXIT.USAGE;
  return e instanceof ChainmatchError && e.code === ErrorCodes.INVALID_OPTION ? EXIT.USAGE : EXIT.FAILURE;
}

/** The exit code of a command that ran to the end: 3 when `rejected` input rows were left out, else 0. */
export const doneExitCode = (rejected: number): number => (rejected > 0 ? EXIT.REJECTED_ROWS : EXIT.OK);
