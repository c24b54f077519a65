import { Command, CommanderError } from 'commander';
import { ChainmatchError } from '../errors.js';
import { register as registerExplain } from './commands/explain.js';
import { register as registerMatch } from './commands/match.js';
import { register as registerMerge } from './commands/merge.js';
import { register as registerValidate } from './commands/validate.js';
import { register as registerPlan } from './commands/plan.js';
import { register as registerReport } from './commands/report.js';
import { register as registerEvaluate } from './commands/evaluate.js';
import { register as registerFit } from './commands/fit.js';
import { register as registerRegister } from './commands/register.js';
import { register as registerChains } from './commands/chains.js';
import { register as registerInvite } from './commands/invite.js';
import { EXIT, EXIT_CODES_HELP, exitCodeFor } from './_lib/errors.js';
import { escapeControl } from './_lib/issues.js';

/** Builds the `chainmatch` command line program. */
export function buildProgram(version: string): Command {
  const program = new Command('chainmatch')
    .description(
      'Match target enterprises to industrial chain-gap items (补链/强链/延链): scored, ranked and explained.\n' +
        'Inputs: JSON, JSONL, CSV, TSV or XLSX with Chinese or English column headers.',
    )
    .version(version)
    .addHelpText('after', `\n${EXIT_CODES_HELP}`)
    .showHelpAfterError()
    // Commander's own errors echo arguments: escaped like every other message.
    .configureOutput({ outputError: (s, write) => write(`${escapeControl(s.replace(/\n$/u, ''))}\n`) })
    .exitOverride();
  for (const register of [
    registerMatch,
    registerValidate,
    registerExplain,
    registerReport,
    registerMerge,
    registerEvaluate,
    registerFit,
    registerInvite,
    registerPlan,
    registerRegister,
    registerChains,
  ])
    register(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI on `argv`; resolves with the exit code (never calls process.exit itself). */
export async function main(argv: string[], version: string): Promise<number> {
  const program = buildProgram(version);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    // Commander has printed its own message.
    if (!(e instanceof CommanderError)) process.stderr.write(`${errorText(e)}\n`);
    return exitCodeFor(e);
  }
}

/**
 * The line (or, for an internal error, the lines) printed for an error that ends a command, with whatever it
 * echoes escaped: a ChainmatchError or a system error (ENOENT, EACCES …) is its message, anything else a bug
 * and gets its stack frames too.
 */
function errorText(e: unknown): string {
  if (e instanceof ChainmatchError) return escapeControl(e.message);
  const err = e instanceof Error ? e : new Error(String(e));
  if (
    typeof (err as NodeJS.ErrnoException).code === 'string' &&
    typeof (err as NodeJS.ErrnoException).syscall === 'string'
  )
    return escapeControl(`chainmatch: ${err.message}`);
  const line = escapeControl(`chainmatch: ${err.name}: ${err.message}`);
  const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /u.test(l));
  return [line, ...frames.map(escapeControl)].join('\n');
}
